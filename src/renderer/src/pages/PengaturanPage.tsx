// Pengaturan: the instansi profile every document prints, and the section's preferences.
import { useState, type ChangeEvent, type FormEvent } from 'react';
import {
  BATAS_MARGIN_CM,
  UKURAN_KERTAS,
  UKURAN_LOGO_MAKS,
  ZONA_WAKTU,
  type Pengaturan,
} from '../../../shared/api/pengaturan';
import { MIME_GAMBAR, type MimeGambar } from '../../../shared/gambar';
import { api } from '../api/client';
import { InputDesimal, Isian } from '../components/Isian';
import { useNotifikasi } from '../components/Notifikasi';
import { useJalankan } from '../components/useJalankan';
import { useMuat } from '../components/useMuat';
import { bacaBase64 } from '../components/berkas';
import { PengaturanMonevForm } from './PengaturanMonev';
import { KategoriKendalaForm, TenggatPelaporan } from './PengaturanPelaporan';
import { JaringanKantor } from './pengaturan/JaringanKantor';
import { PenggunaKantor } from './pengaturan/PenggunaKantor';
import { useBoleh } from '../components/Akun';

type KolomWarna = 'warnaUtama' | 'warnaAksen';
type KolomMargin = 'marginAtas' | 'marginKanan' | 'marginBawah' | 'marginKiri';
type KolomTeks = Exclude<keyof Pengaturan, 'tahunAnggaran' | 'zonaWaktu' | 'ukuranKertas' | KolomWarna | KolomMargin>;

/** Page margins of every document, in cm (the binding edge, left, is usually the wider one). */
const MARGIN: [KolomMargin, string][] = [
  ['marginAtas', `Margin atas (cm, ${BATAS_MARGIN_CM.min}-${BATAS_MARGIN_CM.max})`],
  ['marginKanan', `Margin kanan (cm, ${BATAS_MARGIN_CM.min}-${BATAS_MARGIN_CM.max})`],
  ['marginBawah', `Margin bawah (cm, ${BATAS_MARGIN_CM.min}-${BATAS_MARGIN_CM.max})`],
  ['marginKiri', `Margin kiri (cm, ${BATAS_MARGIN_CM.min}-${BATAS_MARGIN_CM.max})`],
];

/** The regency's colours on the slides of a paparan (the logo above goes on every slide too). */
const WARNA: [KolomWarna, string][] = [
  ['warnaUtama', 'Warna utama paparan'],
  ['warnaAksen', 'Warna aksen paparan'],
];

/** What the field holds, where a new database leaves it empty. */
const CONTOH_ISIAN: Partial<Record<KolomTeks, string>> = {
  namaPemda: 'mis. Pemerintah Kabupaten …',
  kotaPenerbitan: 'kota tempat surat ditandatangani',
};

const ISIAN_TEKS: [KolomTeks, string][] = [
  ['namaPemda', 'Nama pemerintah daerah'],
  ['namaSekretariat', 'Nama sekretariat'],
  ['namaBagian', 'Nama bagian'],
  ['alamat', 'Alamat'],
  ['telepon', 'Telepon'],
  ['email', 'Email'],
  ['laman', 'Laman'],
  ['kodePos', 'Kode pos'],
  ['kotaPenerbitan', 'Kota penerbitan surat'],
  ['polaNomorSurat', 'Pola nomor surat ({urut}, {tahun})'],
];

function Logo() {
  const [logo, muatUlang] = useMuat(() => api('pengaturan.ambilLogo', {}), []);
  const { tampilkan } = useNotifikasi();
  const jalankan = useJalankan();

  const pilih = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > UKURAN_LOGO_MAKS) return tampilkan('Berkas logo paling besar 1 MB', 'galat');
    const mime = (MIME_GAMBAR as readonly string[]).includes(file.type) ? (file.type as MimeGambar) : null;
    if (!mime) return tampilkan('Logo harus berkas PNG atau JPG', 'galat');
    const { ok } = await jalankan(
      async () => api('pengaturan.simpanLogo', { mime, base64: await bacaBase64(file) }),
      'Logo disimpan',
    );
    if (ok) muatUlang();
  };

  return (
    <div className="logo-pengaturan">
      <div className="logo-pratinjau">
        {logo ? <img src={`data:${logo.mime};base64,${logo.base64}`} alt="Logo daerah" /> : <span>Belum ada logo</span>}
      </div>
      <label className="tombol">
        Pilih berkas logo…
        <input type="file" accept="image/png,image/jpeg" onChange={(e) => void pilih(e)} hidden />
      </label>
    </div>
  );
}

export function PengaturanPage() {
  const [tersimpan] = useMuat(() => api('pengaturan.ambil', {}), []);
  const boleh = useBoleh();
  if (!tersimpan) return <p className="keterangan">Memuat…</p>;
  return (
    <>
      <FormPengaturan awal={tersimpan} />
      <PengaturanMonevForm />
      <TenggatPelaporan tahun={tersimpan.tahunAnggaran} />
      <KategoriKendalaForm />
      {boleh('jaringan.simpan') && <JaringanKantor />}
      {boleh('pengguna.simpan') && <PenggunaKantor />}
    </>
  );
}

function FormPengaturan({ awal }: { awal: Pengaturan }) {
  const [data, setData] = useState(awal);
  const [galat, setGalat] = useState<Record<string, string>>({});
  const jalankan = useJalankan();

  const ubah = <K extends keyof Pengaturan>(kolom: K, nilai: Pengaturan[K]) => setData({ ...data, [kolom]: nilai });

  const kirim = async (e: FormEvent) => {
    e.preventDefault();
    const hasil = await jalankan(async () => setData(await api('pengaturan.simpan', data)), 'Pengaturan disimpan');
    setGalat(hasil.ok ? {} : hasil.galat);
  };

  return (
    <section>
      <h1>Pengaturan</h1>
      <h2>Logo (lambang daerah)</h2>
      <Logo />
      <form className="form-pengaturan" onSubmit={(e) => void kirim(e)}>
        <h2>Profil instansi (kop surat)</h2>
        {ISIAN_TEKS.map(([kolom, label]) => (
          <Isian key={kolom} label={label} galat={galat[kolom]}>
            <input
              value={data[kolom]}
              onChange={(e) => ubah(kolom, e.target.value)}
              placeholder={CONTOH_ISIAN[kolom]}
            />
          </Isian>
        ))}
        <h2>Preferensi</h2>
        <Isian label="Tahun anggaran" galat={galat['tahunAnggaran']}>
          <input
            type="number"
            value={data.tahunAnggaran}
            onChange={(e) => ubah('tahunAnggaran', Number(e.target.value))}
          />
        </Isian>
        <Isian label="Zona waktu" galat={galat['zonaWaktu']}>
          <select value={data.zonaWaktu} onChange={(e) => ubah('zonaWaktu', e.target.value as Pengaturan['zonaWaktu'])}>
            {ZONA_WAKTU.map((z) => (
              <option key={z}>{z}</option>
            ))}
          </select>
        </Isian>
        <Isian label="Ukuran kertas" galat={galat['ukuranKertas']}>
          <select
            value={data.ukuranKertas}
            onChange={(e) => ubah('ukuranKertas', e.target.value as Pengaturan['ukuranKertas'])}
          >
            {UKURAN_KERTAS.map((u) => (
              <option key={u} value={u}>
                {u === 'F4' ? 'F4 (215 × 330 mm)' : 'A4 (210 × 297 mm)'}
              </option>
            ))}
          </select>
        </Isian>
        {/* No min/max on the inputs: the browser would answer in its own language; main names the field. */}
        {MARGIN.map(([kolom, label]) => (
          <Isian key={kolom} label={label} galat={galat[kolom]}>
            <InputDesimal nilai={data[kolom]} ubah={(n) => ubah(kolom, n)} />
          </Isian>
        ))}
        {WARNA.map(([kolom, label]) => (
          <Isian key={kolom} label={label} galat={galat[kolom]}>
            <input type="color" value={data[kolom]} onChange={(e) => ubah(kolom, e.target.value)} />
          </Isian>
        ))}
        <button type="submit" className="utama">
          Simpan pengaturan
        </button>
      </form>
    </section>
  );
}
