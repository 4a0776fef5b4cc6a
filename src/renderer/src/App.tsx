// The shell: sidebar in the order the section works through a quarter, and the current page.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { NotifikasiProvider } from './components/Notifikasi';
import { useHalaman } from './components/useHalaman';
import { Operator } from './components/Operator';
import { BarisAkun, GerbangAkun, useBoleh } from './components/Akun';
import type { MethodName } from '../../shared/api';
import { usePreferensi } from './components/usePreferensi';

/**
 * Each page is its own chunk, loaded when first opened: the grid library and the charts are not parsed before the
 * first screen shows, which on an office PC is the difference between a blank window and a usable one.
 */
function halaman<K extends string>(
  muat: () => Promise<Record<K, ComponentType>>,
  nama: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => muat().then((m) => ({ default: m[nama] })));
}

interface Menu {
  id: string;
  label: string;
  /** Two letters standing for the page when the sidebar is narrow. */
  ikon: string;
  grup?: string;
  /** The call the page cannot work without: in network mode the page is listed only when the account may make it. */
  metode: MethodName;
  Halaman: LazyExoticComponent<ComponentType>;
}

const MENU: Menu[] = [
  {
    id: 'beranda',
    metode: 'monev.ringkasan',
    label: 'Beranda',
    ikon: 'Br',
    Halaman: halaman(() => import('./pages/Beranda'), 'Beranda'),
  },
  {
    id: 'perencanaan',
    metode: 'renja.daftar',
    label: 'Perencanaan (Renja)',
    ikon: 'Rj',
    Halaman: halaman(() => import('./pages/perencanaan/PerencanaanPage'), 'PerencanaanPage'),
  },
  {
    id: 'renstra',
    metode: 'rpjmd.daftar',
    label: 'Renstra & RPJMD',
    ikon: 'Rs',
    Halaman: halaman(() => import('./pages/renstra/RenstraPage'), 'RenstraPage'),
  },
  {
    id: 'realisasi',
    metode: 'realisasi.lembar',
    label: 'Realisasi',
    ikon: 'Re',
    Halaman: halaman(() => import('./pages/realisasi/RealisasiPage'), 'RealisasiPage'),
  },
  {
    id: 'pemantauan',
    metode: 'pelaporan.pantau',
    label: 'Pemantauan Pelaporan',
    ikon: 'Pp',
    Halaman: halaman(() => import('./pages/pelaporan/PemantauanPage'), 'PemantauanPage'),
  },
  {
    id: 'kontrak',
    metode: 'kontrak.pantau',
    label: 'Kontrak Kritis',
    ikon: 'Kk',
    Halaman: halaman(() => import('./pages/kontrak/KontrakPage'), 'KontrakPage'),
  },
  {
    id: 'rapat',
    metode: 'rapat.daftar',
    label: 'Rapat',
    ikon: 'Ra',
    Halaman: halaman(() => import('./pages/rapat/RapatPage'), 'RapatPage'),
  },
  {
    id: 'tindak-lanjut',
    metode: 'tindakLanjut.daftar',
    label: 'Tindak Lanjut',
    ikon: 'TL',
    Halaman: halaman(() => import('./pages/rapat/TindakLanjutPage'), 'TindakLanjutPage'),
  },
  {
    id: 'risiko',
    metode: 'risiko.peta',
    label: 'Risiko Kendala',
    ikon: 'Rk',
    Halaman: halaman(() => import('./pages/risiko/RisikoPage'), 'RisikoPage'),
  },
  {
    id: 'laporan',
    metode: 'laporan.narasi',
    label: 'Laporan',
    ikon: 'Lp',
    Halaman: halaman(() => import('./pages/laporan/LaporanPage'), 'LaporanPage'),
  },
  {
    id: 'opd',
    metode: 'opd.simpan',
    label: 'OPD',
    ikon: 'OP',
    grup: 'Data Master',
    Halaman: halaman(() => import('./pages/OpdPage'), 'OpdPage'),
  },
  {
    id: 'penandatangan',
    metode: 'penandatangan.daftar',
    label: 'Penandatangan',
    ikon: 'Tt',
    grup: 'Data Master',
    Halaman: halaman(() => import('./pages/PenandatanganPage'), 'PenandatanganPage'),
  },
  {
    id: 'pengaturan',
    metode: 'pengaturan.simpan',
    label: 'Pengaturan',
    ikon: 'Pg',
    Halaman: halaman(() => import('./pages/PengaturanPage'), 'PengaturanPage'),
  },
  {
    id: 'cadangan',
    metode: 'cadangan.daftar',
    label: 'Cadangan & Pemulihan',
    ikon: 'Cd',
    Halaman: halaman(() => import('./pages/CadanganPage'), 'CadanganPage'),
  },
  {
    id: 'riwayat',
    metode: 'riwayat.daftar',
    label: 'Riwayat Perubahan',
    ikon: 'Rw',
    Halaman: halaman(() => import('./pages/riwayat/RiwayatPage'), 'RiwayatPage'),
  },
  {
    id: 'tentang',
    metode: 'sistem.status',
    label: 'Tentang',
    ikon: 'i',
    Halaman: halaman(() => import('./pages/TentangPage'), 'TentangPage'),
  },
];

export function App() {
  return (
    <NotifikasiProvider>
      <GerbangAkun>
        <Kerangka />
      </GerbangAkun>
    </NotifikasiProvider>
  );
}

function Kerangka() {
  const halaman = useHalaman();
  const boleh = useBoleh();
  const menu = MENU.filter((m) => boleh(m.metode));
  const aktif = menu.find((m) => m.id === halaman) ?? menu[0]!;
  // Narrow by default on a 1366-wide laptop, where the grids need every column of width; the user's choice sticks.
  const [ringkas, setRingkas] = usePreferensi('sidebarRingkas', () => window.innerWidth < 1500);
  return (
    <div className={ringkas ? 'aplikasi sidebar-ringkas' : 'aplikasi'}>
      <nav className="sidebar" aria-label="Menu utama">
        <div className="merek">
          <strong>{ringkas ? 'S' : 'Sinergi'}</strong>
          {!ringkas && <small>Monev Program &amp; Kegiatan</small>}
          <button
            type="button"
            className="lipat-sidebar"
            onClick={() => setRingkas(!ringkas)}
            aria-label={ringkas ? 'Lebarkan menu' : 'Ciutkan menu'}
            title={ringkas ? 'Lebarkan menu' : 'Ciutkan menu'}
            aria-expanded={!ringkas}
          >
            {ringkas ? '»' : '«'}
          </button>
        </div>
        <ul>
          {menu.map((m, i) => {
            const judulGrup = m.grup && m.grup !== menu[i - 1]?.grup ? m.grup : undefined;
            return (
              <li key={m.id}>
                {judulGrup && !ringkas && <div className="grup-menu">{judulGrup}</div>}
                <a
                  href={`#/${m.id}`}
                  className={m.id === aktif.id ? 'aktif' : undefined}
                  aria-current={m.id === aktif.id ? 'page' : undefined}
                  title={ringkas ? m.label : undefined}
                >
                  <span className="ikon-menu" aria-hidden="true">
                    {m.ikon}
                  </span>
                  <span className="label-menu">{m.label}</span>
                </a>
              </li>
            );
          })}
        </ul>
        <BarisAkun />
      </nav>
      <main className="konten">
        {/* Remounted per page, so the operator shown is re-read whenever the page changes. */}
        <Operator key={aktif.id} />
        <Suspense fallback={<p className="keterangan">Memuat…</p>}>
          <aktif.Halaman />
        </Suspense>
      </main>
    </div>
  );
}
