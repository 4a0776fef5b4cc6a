// The shell: sidebar in the order the section works through a quarter, and the current page.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { NotifikasiProvider } from './components/Notifikasi';
import { useHalaman } from './components/useHalaman';
import { Operator } from './components/Operator';
import { BarisAkun, GerbangAkun, useBoleh } from './components/Akun';
import type { MethodName } from '../../shared/api';

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
    Halaman: halaman(() => import('./pages/Beranda'), 'Beranda'),
  },
  {
    id: 'perencanaan',
    metode: 'renja.daftar',
    label: 'Perencanaan (Renja)',
    Halaman: halaman(() => import('./pages/perencanaan/PerencanaanPage'), 'PerencanaanPage'),
  },
  {
    id: 'renstra',
    metode: 'rpjmd.daftar',
    label: 'Renstra & RPJMD',
    Halaman: halaman(() => import('./pages/renstra/RenstraPage'), 'RenstraPage'),
  },
  {
    id: 'realisasi',
    metode: 'realisasi.lembar',
    label: 'Realisasi',
    Halaman: halaman(() => import('./pages/realisasi/RealisasiPage'), 'RealisasiPage'),
  },
  {
    id: 'pemantauan',
    metode: 'pelaporan.pantau',
    label: 'Pemantauan Pelaporan',
    Halaman: halaman(() => import('./pages/pelaporan/PemantauanPage'), 'PemantauanPage'),
  },
  {
    id: 'kontrak',
    metode: 'kontrak.pantau',
    label: 'Kontrak Kritis',
    Halaman: halaman(() => import('./pages/kontrak/KontrakPage'), 'KontrakPage'),
  },
  {
    id: 'rapat',
    metode: 'rapat.daftar',
    label: 'Rapat',
    Halaman: halaman(() => import('./pages/rapat/RapatPage'), 'RapatPage'),
  },
  {
    id: 'tindak-lanjut',
    metode: 'tindakLanjut.daftar',
    label: 'Tindak Lanjut',
    Halaman: halaman(() => import('./pages/rapat/TindakLanjutPage'), 'TindakLanjutPage'),
  },
  {
    id: 'risiko',
    metode: 'risiko.peta',
    label: 'Risiko Kendala',
    Halaman: halaman(() => import('./pages/risiko/RisikoPage'), 'RisikoPage'),
  },
  {
    id: 'laporan',
    metode: 'laporan.narasi',
    label: 'Laporan',
    Halaman: halaman(() => import('./pages/laporan/LaporanPage'), 'LaporanPage'),
  },
  {
    id: 'opd',
    metode: 'opd.simpan',
    label: 'OPD',
    grup: 'Data Master',
    Halaman: halaman(() => import('./pages/OpdPage'), 'OpdPage'),
  },
  {
    id: 'penandatangan',
    metode: 'penandatangan.daftar',
    label: 'Penandatangan',
    grup: 'Data Master',
    Halaman: halaman(() => import('./pages/PenandatanganPage'), 'PenandatanganPage'),
  },
  {
    id: 'pengaturan',
    metode: 'pengaturan.simpan',
    label: 'Pengaturan',
    Halaman: halaman(() => import('./pages/PengaturanPage'), 'PengaturanPage'),
  },
  {
    id: 'cadangan',
    metode: 'cadangan.daftar',
    label: 'Cadangan & Pemulihan',
    Halaman: halaman(() => import('./pages/CadanganPage'), 'CadanganPage'),
  },
  {
    id: 'riwayat',
    metode: 'riwayat.daftar',
    label: 'Riwayat Perubahan',
    Halaman: halaman(() => import('./pages/riwayat/RiwayatPage'), 'RiwayatPage'),
  },
  {
    id: 'tentang',
    metode: 'sistem.status',
    label: 'Tentang',
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
  return (
    <div className="aplikasi">
      <nav className="sidebar" aria-label="Menu utama">
        <div className="merek">
          <strong>Sinergi</strong>
          <small>Monev Program &amp; Kegiatan</small>
        </div>
        <ul>
          {menu.map((m, i) => {
            const judulGrup = m.grup && m.grup !== menu[i - 1]?.grup ? m.grup : undefined;
            return (
              <li key={m.id}>
                {judulGrup && <div className="grup-menu">{judulGrup}</div>}
                <a
                  href={`#/${m.id}`}
                  className={m.id === aktif.id ? 'aktif' : undefined}
                  aria-current={m.id === aktif.id ? 'page' : undefined}
                >
                  {m.label}
                </a>
              </li>
            );
          })}
        </ul>
        <BarisAkun />
      </nav>
      <main className="konten">
        {/* Remounted per page, so the question appears as soon as the first-start choice is made. */}
        <Operator key={aktif.id} />
        <Suspense fallback={<p className="keterangan">Memuat…</p>}>
          <aktif.Halaman />
        </Suspense>
      </main>
    </div>
  );
}
