// Pengaturan: the deadline of each quarter's report (default: the 10th day after the quarter ends) and the kendala
// category list (kode kendala) the regency edits.
import { useState } from 'react';
import type { TenggatTriwulan } from '../../../shared/api/pelaporan';
import type { KategoriKendala } from '../../../shared/api/risiko';
import { formatAngka, formatHariTanggal, labelTriwulan } from '../../../shared/format';
import { api, pesanGalat } from '../api/client';
import { InputTanggal } from '../components/InputWaktu';
import { useNotifikasi } from '../components/Notifikasi';
import { useJalankan } from '../components/useJalankan';
import { useMuat } from '../components/useMuat';

function BarisTenggat({ tahun, t, berubah }: { tahun: number; t: TenggatTriwulan; berubah: () => void }) {
  const [tanggal, setTanggal] = useState(t.tanggal);
  const [galat, setGalat] = useState('');
  const { tampilkan } = useNotifikasi();
  const simpan = async (nilai: string | null) => {
    try {
      await api('pelaporan.simpanTenggat', { tahun, triwulan: t.triwulan, tanggal: nilai });
      setGalat('');
      tampilkan(`Batas waktu ${labelTriwulan(t.triwulan)} ${tahun} disimpan`, 'sukses');
      berubah();
    } catch (error) {
      setGalat(pesanGalat(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };
  return (
    <tr className={galat ? 'rapat-baris-salah' : undefined}>
      <td>{labelTriwulan(t.triwulan)}</td>
      <td>
        <InputTanggal nilai={tanggal} ubah={setTanggal} aria-label={`Batas waktu ${labelTriwulan(t.triwulan)}`} />
        {galat && <small className="pesan-salah rapat-blok">{galat}</small>}
      </td>
      <td className="keterangan">{t.baku ? 'bawaan' : `diatur · bawaan ${formatHariTanggal(t.tanggalBaku)}`}</td>
      <td>
        <button type="button" onClick={() => void simpan(tanggal || null)}>
          Simpan
        </button>{' '}
        {!t.baku && (
          <button type="button" onClick={() => void simpan(null)}>
            Kembalikan bawaan
          </button>
        )}
      </td>
    </tr>
  );
}

export function TenggatPelaporan({ tahun }: { tahun: number }) {
  const [daftar, muatUlang] = useMuat(() => api('pelaporan.tenggat', { tahun }), [tahun]);
  return (
    <section className="pengaturan-bagian">
      <h2>Batas waktu pelaporan tahun {tahun}</h2>
      <p className="keterangan">
        Bawaan: hari ke-10 setelah triwulan berakhir. Batas waktu tidak boleh sebelum akhir triwulan. Keterlambatan OPD
        di Pemantauan Pelaporan dihitung dari tanggal ini.
      </p>
      <table className="rapat-tabel" aria-label="Batas waktu pelaporan">
        <tbody>
          {(daftar ?? []).map((t) => (
            <BarisTenggat key={`${t.triwulan}-${t.tanggal}`} tahun={tahun} t={t} berubah={muatUlang} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function BarisKategori({ k, berubah }: { k: KategoriKendala; berubah: () => void }) {
  const [nama, setNama] = useState(k.nama);
  const jalankan = useJalankan();
  const jalan = async (kerja: () => Promise<unknown>, sukses: string) => {
    if ((await jalankan(kerja, sukses)).ok) berubah();
  };
  return (
    <tr>
      <td>
        <input value={nama} onChange={(e) => setNama(e.target.value)} aria-label={`Nama kategori ${k.nama}`} />
      </td>
      <td className="keterangan">{formatAngka(k.jumlahKendala)} kendala</td>
      <td>
        <button
          type="button"
          disabled={nama === k.nama}
          onClick={() =>
            void jalan(() => api('kategoriKendala.simpan', { id: k.id, revisi: k.revisi, nama }), 'Kategori disimpan')
          }
        >
          Simpan
        </button>{' '}
        <button
          type="button"
          className="tautan-bahaya"
          onClick={() => void jalan(() => api('kategoriKendala.hapus', { id: k.id }), `Kategori ${k.nama} dihapus`)}
        >
          Hapus
        </button>
      </td>
    </tr>
  );
}

export function KategoriKendalaForm() {
  const [daftar, muatUlang] = useMuat(() => api('kategoriKendala.daftar', {}), []);
  const [baru, setBaru] = useState('');
  const jalankan = useJalankan();
  const tambah = async () => {
    const { ok } = await jalankan(() => api('kategoriKendala.simpan', { nama: baru }), 'Kategori ditambahkan');
    if (!ok) return;
    setBaru('');
    muatUlang();
  };
  return (
    <section className="pengaturan-bagian">
      <h2>Kategori kendala</h2>
      <p className="keterangan">
        Kode kendala yang dipakai saat mencatat kendala rapat; Risiko Kendala menjumlahkan skor per kategori.
      </p>
      <table className="rapat-tabel" aria-label="Kategori kendala">
        <tbody>
          {(daftar ?? []).map((k) => (
            <BarisKategori key={`${k.id}-${k.revisi}`} k={k} berubah={muatUlang} />
          ))}
        </tbody>
      </table>
      <div className="bilah-aksi">
        <input
          value={baru}
          onChange={(e) => setBaru(e.target.value)}
          placeholder="Kategori baru"
          aria-label="Kategori baru"
        />
        <button type="button" onClick={() => void tambah()}>
          Tambah kategori
        </button>
      </div>
    </section>
  );
}
