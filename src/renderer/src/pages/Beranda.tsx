// Beranda: on an empty database, the first-start choice; then the first steps until done, and a short overview.
import { useState } from 'react';
import type { Kemajuan } from '../../../shared/kemajuan';
import { api, pesanGalat } from '../api/client';
import { BilahKemajuan } from '../components/BilahKemajuan';
import { useMuat } from '../components/useMuat';
import { useStatusSistem } from '../components/useStatusSistem';
import { useNotifikasi } from '../components/Notifikasi';
import { formatAngka } from '../../../shared/format';
import { Dashboard } from './beranda/Dashboard';
import { PelaporanBeranda } from './beranda/PelaporanBeranda';
import { LangkahAwal } from './beranda/LangkahAwal';
import { periodePelaporanDi } from '../../../shared/pelaporan';
import { hariIni } from '../../../shared/rapat';

export function Beranda() {
  // Shared with the operator question, which must appear the moment the choice below is made.
  const [status, muatUlang] = useStatusSistem();
  // The quarter being chased now (the current one in its last week, else the one before).
  const [pelaporan] = useMuat(
    () =>
      status && !status.perluMemilihAwal
        ? api('pelaporan.pantau', periodePelaporanDi(hariIni()))
        : Promise.resolve(undefined),
    [status],
  );
  const [sibuk, setSibuk] = useState(false);
  const [kemajuan, setKemajuan] = useState<Kemajuan | null>(null);
  const { tampilkan } = useNotifikasi();

  const pilih = async (aksi: 'sistem.mulaiKosong' | 'sistem.muatDataContoh') => {
    setSibuk(true);
    setKemajuan(null);
    try {
      const hasil = await api(aksi, {}, { kemajuan: setKemajuan });
      tampilkan(
        aksi === 'sistem.muatDataContoh'
          ? `Data contoh dimuat: ${formatAngka(hasil.jumlahOpd)} OPD`
          : 'Basis data kosong siap diisi',
        'sukses',
      );
      muatUlang();
    } catch (e) {
      tampilkan(pesanGalat(e), 'galat');
    } finally {
      setSibuk(false);
    }
  };

  if (!status) return <p className="keterangan">Memuat…</p>;

  if (status.perluMemilihAwal) {
    return (
      <section className="sambutan">
        <h1>Selamat datang di Sinergi</h1>
        <p>
          Sinergi membantu Bagian Perekonomian/Ekbang mengoordinasikan, memantau dan mengevaluasi pelaksanaan program
          dan kegiatan perangkat daerah setiap triwulan. Basis data masih kosong. Pilih cara memulai:
        </p>
        <div className="pilihan-awal">
          <button type="button" className="utama" disabled={sibuk} onClick={() => void pilih('sistem.muatDataContoh')}>
            Muat data contoh
            <small>Kabupaten Contoh dengan 36 OPD, untuk mencoba semua fitur</small>
          </button>
          <button type="button" disabled={sibuk} onClick={() => void pilih('sistem.mulaiKosong')}>
            Mulai dengan data kosong
            <small>Isi profil instansi di Pengaturan, lalu daftar OPD di Data Master</small>
          </button>
        </div>
        {sibuk && <BilahKemajuan judul="Menyiapkan data" kemajuan={kemajuan} />}
      </section>
    );
  }

  // Until the year's Renja exists the overview and the reporting tracker would be empty tiles and grids: the first
  // steps say what to do instead.
  const adaRenja = !status.langkahAwal || status.langkahAwal.renja;
  return (
    <>
      {status.langkahAwal && <LangkahAwal langkah={status.langkahAwal} />}
      {adaRenja && (
        <>
          <Dashboard pertama={pelaporan?.masaPelaporan && <PelaporanBeranda data={pelaporan} />} />
          {pelaporan && !pelaporan.masaPelaporan && <PelaporanBeranda data={pelaporan} />}
        </>
      )}
      <p className="keterangan">
        Sinergi {status.versiAplikasi} · <span data-testid="jumlah-opd">{formatAngka(status.jumlahOpd)}</span> OPD ·
        data tersimpan di <code>{status.lokasiData}</code>
      </p>
    </>
  );
}
