// The shell: sidebar in the order the section works through a quarter, and the current page.
import type { ReactNode } from 'react';
import { NotifikasiProvider } from './components/Notifikasi';
import { useHalaman } from './components/useHalaman';
import { CadanganPage } from './pages/CadanganPage';
import { TentangPage } from './pages/TentangPage';
import { Beranda } from './pages/Beranda';
import { OpdPage } from './pages/OpdPage';
import { PenandatanganPage } from './pages/PenandatanganPage';
import { PengaturanPage } from './pages/PengaturanPage';
import { RealisasiPage } from './pages/realisasi/RealisasiPage';
import { RiwayatPage } from './pages/riwayat/RiwayatPage';
import { PerencanaanPage } from './pages/perencanaan/PerencanaanPage';
import { RenstraPage } from './pages/renstra/RenstraPage';
import { RapatPage } from './pages/rapat/RapatPage';
import { TindakLanjutPage } from './pages/rapat/TindakLanjutPage';
import { LaporanPage } from './pages/laporan/LaporanPage';
import { Operator } from './components/Operator';
import { PemantauanPage } from './pages/pelaporan/PemantauanPage';
import { KontrakPage } from './pages/kontrak/KontrakPage';
import { RisikoPage } from './pages/risiko/RisikoPage';

interface Menu {
  id: string;
  label: string;
  grup?: string;
  halaman: () => ReactNode;
}

const MENU: Menu[] = [
  { id: 'beranda', label: 'Beranda', halaman: () => <Beranda /> },
  { id: 'perencanaan', label: 'Perencanaan (Renja)', halaman: () => <PerencanaanPage /> },
  { id: 'renstra', label: 'Renstra & RPJMD', halaman: () => <RenstraPage /> },
  { id: 'realisasi', label: 'Realisasi', halaman: () => <RealisasiPage /> },
  { id: 'pemantauan', label: 'Pemantauan Pelaporan', halaman: () => <PemantauanPage /> },
  { id: 'kontrak', label: 'Kontrak Kritis', halaman: () => <KontrakPage /> },
  { id: 'rapat', label: 'Rapat', halaman: () => <RapatPage /> },
  { id: 'tindak-lanjut', label: 'Tindak Lanjut', halaman: () => <TindakLanjutPage /> },
  { id: 'risiko', label: 'Risiko Kendala', halaman: () => <RisikoPage /> },
  { id: 'laporan', label: 'Laporan', halaman: () => <LaporanPage /> },
  { id: 'opd', label: 'OPD', grup: 'Data Master', halaman: () => <OpdPage /> },
  { id: 'penandatangan', label: 'Penandatangan', grup: 'Data Master', halaman: () => <PenandatanganPage /> },
  { id: 'pengaturan', label: 'Pengaturan', halaman: () => <PengaturanPage /> },
  { id: 'cadangan', label: 'Cadangan & Pemulihan', halaman: () => <CadanganPage /> },
  { id: 'riwayat', label: 'Riwayat Perubahan', halaman: () => <RiwayatPage /> },
  { id: 'tentang', label: 'Tentang', halaman: () => <TentangPage /> },
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
          {aktif.halaman()}
        </main>
      </div>
    </NotifikasiProvider>
  );
}
