// The shell: sidebar in the order the section works through a quarter, and the current page.
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { NotifikasiProvider } from './components/Notifikasi';
import { useHalaman } from './components/useHalaman';
import { Operator } from './components/Operator';

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
  Halaman: LazyExoticComponent<ComponentType>;
}

const MENU: Menu[] = [
  { id: 'beranda', label: 'Beranda', Halaman: halaman(() => import('./pages/Beranda'), 'Beranda') },
  {
    id: 'perencanaan',
    label: 'Perencanaan (Renja)',
    Halaman: halaman(() => import('./pages/perencanaan/PerencanaanPage'), 'PerencanaanPage'),
  },
  {
    id: 'renstra',
    label: 'Renstra & RPJMD',
    Halaman: halaman(() => import('./pages/renstra/RenstraPage'), 'RenstraPage'),
  },
  {
    id: 'realisasi',
    label: 'Realisasi',
    Halaman: halaman(() => import('./pages/realisasi/RealisasiPage'), 'RealisasiPage'),
  },
  {
    id: 'pemantauan',
    label: 'Pemantauan Pelaporan',
    Halaman: halaman(() => import('./pages/pelaporan/PemantauanPage'), 'PemantauanPage'),
  },
  {
    id: 'kontrak',
    label: 'Kontrak Kritis',
    Halaman: halaman(() => import('./pages/kontrak/KontrakPage'), 'KontrakPage'),
  },
  { id: 'rapat', label: 'Rapat', Halaman: halaman(() => import('./pages/rapat/RapatPage'), 'RapatPage') },
  {
    id: 'tindak-lanjut',
    label: 'Tindak Lanjut',
    Halaman: halaman(() => import('./pages/rapat/TindakLanjutPage'), 'TindakLanjutPage'),
  },
  { id: 'risiko', label: 'Risiko Kendala', Halaman: halaman(() => import('./pages/risiko/RisikoPage'), 'RisikoPage') },
  { id: 'laporan', label: 'Laporan', Halaman: halaman(() => import('./pages/laporan/LaporanPage'), 'LaporanPage') },
  { id: 'opd', label: 'OPD', grup: 'Data Master', Halaman: halaman(() => import('./pages/OpdPage'), 'OpdPage') },
  {
    id: 'penandatangan',
    label: 'Penandatangan',
    grup: 'Data Master',
    Halaman: halaman(() => import('./pages/PenandatanganPage'), 'PenandatanganPage'),
  },
  { id: 'pengaturan', label: 'Pengaturan', Halaman: halaman(() => import('./pages/PengaturanPage'), 'PengaturanPage') },
  {
    id: 'cadangan',
    label: 'Cadangan & Pemulihan',
    Halaman: halaman(() => import('./pages/CadanganPage'), 'CadanganPage'),
  },
  {
    id: 'riwayat',
    label: 'Riwayat Perubahan',
    Halaman: halaman(() => import('./pages/riwayat/RiwayatPage'), 'RiwayatPage'),
  },
  { id: 'tentang', label: 'Tentang', Halaman: halaman(() => import('./pages/TentangPage'), 'TentangPage') },
];

export function App() {
  const halaman = useHalaman();
  const aktif = MENU.find((m) => m.id === halaman) ?? MENU[0]!;
  return (
    <NotifikasiProvider>
      <div className="aplikasi">
        <nav className="sidebar" aria-label="Menu utama">
          <div className="merek">
            <strong>Sinergi</strong>
            <small>Monev Program &amp; Kegiatan</small>
          </div>
          <ul>
            {MENU.map((m, i) => {
              const judulGrup = m.grup && m.grup !== MENU[i - 1]?.grup ? m.grup : undefined;
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
