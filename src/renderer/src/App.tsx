// The shell: sidebar in the order the section works through a quarter, and the current page.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { NotifikasiProvider } from './components/Notifikasi';
import { useHalaman } from './components/useHalaman';
import { Operator } from './components/Operator';
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
  Halaman: LazyExoticComponent<ComponentType>;
}

const MENU: Menu[] = [
  { id: 'beranda', label: 'Beranda', ikon: 'Br', Halaman: halaman(() => import('./pages/Beranda'), 'Beranda') },
  {
    id: 'perencanaan',
    label: 'Perencanaan (Renja)',
    ikon: 'Rj',
    Halaman: halaman(() => import('./pages/perencanaan/PerencanaanPage'), 'PerencanaanPage'),
  },
  {
    id: 'renstra',
    label: 'Renstra & RPJMD',
    ikon: 'Rs',
    Halaman: halaman(() => import('./pages/renstra/RenstraPage'), 'RenstraPage'),
  },
  {
    id: 'realisasi',
    label: 'Realisasi',
    ikon: 'Re',
    Halaman: halaman(() => import('./pages/realisasi/RealisasiPage'), 'RealisasiPage'),
  },
  {
    id: 'pemantauan',
    label: 'Pemantauan Pelaporan',
    ikon: 'Pp',
    Halaman: halaman(() => import('./pages/pelaporan/PemantauanPage'), 'PemantauanPage'),
  },
  {
    id: 'kontrak',
    label: 'Kontrak Kritis',
    ikon: 'Kk',
    Halaman: halaman(() => import('./pages/kontrak/KontrakPage'), 'KontrakPage'),
  },
  { id: 'rapat', label: 'Rapat', ikon: 'Ra', Halaman: halaman(() => import('./pages/rapat/RapatPage'), 'RapatPage') },
  {
    id: 'tindak-lanjut',
    label: 'Tindak Lanjut',
    ikon: 'TL',
    Halaman: halaman(() => import('./pages/rapat/TindakLanjutPage'), 'TindakLanjutPage'),
  },
  {
    id: 'risiko',
    label: 'Risiko Kendala',
    ikon: 'Rk',
    Halaman: halaman(() => import('./pages/risiko/RisikoPage'), 'RisikoPage'),
  },
  {
    id: 'laporan',
    label: 'Laporan',
    ikon: 'Lp',
    Halaman: halaman(() => import('./pages/laporan/LaporanPage'), 'LaporanPage'),
  },
  {
    id: 'opd',
    label: 'OPD',
    ikon: 'OP',
    grup: 'Data Master',
    Halaman: halaman(() => import('./pages/OpdPage'), 'OpdPage'),
  },
  {
    id: 'penandatangan',
    label: 'Penandatangan',
    ikon: 'Tt',
    grup: 'Data Master',
    Halaman: halaman(() => import('./pages/PenandatanganPage'), 'PenandatanganPage'),
  },
  {
    id: 'pengaturan',
    label: 'Pengaturan',
    ikon: 'Pg',
    Halaman: halaman(() => import('./pages/PengaturanPage'), 'PengaturanPage'),
  },
  {
    id: 'cadangan',
    label: 'Cadangan & Pemulihan',
    ikon: 'Cd',
    Halaman: halaman(() => import('./pages/CadanganPage'), 'CadanganPage'),
  },
  {
    id: 'riwayat',
    label: 'Riwayat Perubahan',
    ikon: 'Rw',
    Halaman: halaman(() => import('./pages/riwayat/RiwayatPage'), 'RiwayatPage'),
  },
  { id: 'tentang', label: 'Tentang', ikon: 'i', Halaman: halaman(() => import('./pages/TentangPage'), 'TentangPage') },
];

export function App() {
  const halaman = useHalaman();
  const aktif = MENU.find((m) => m.id === halaman) ?? MENU[0]!;
  // Narrow by default on a 1366-wide laptop, where the grids need every column of width; the user's choice sticks.
  const [ringkas, setRingkas] = usePreferensi('sidebarRingkas', () => window.innerWidth < 1500);
  return (
    <NotifikasiProvider>
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
            {MENU.map((m, i) => {
              const judulGrup = m.grup && m.grup !== MENU[i - 1]?.grup ? m.grup : undefined;
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
        </nav>
        <main className="konten">
          {/* Remounted per page, so the question appears as soon as the first-start choice is made. */}
          <Operator key={aktif.id} />
          <Suspense fallback={<p className="keterangan">Memuat…</p>}>
            <aktif.Halaman />
          </Suspense>
        </main>
      </div>
    </NotifikasiProvider>
  );
}
