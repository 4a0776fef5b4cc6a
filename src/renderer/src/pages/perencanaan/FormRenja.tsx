// Adding a program, kegiatan, sub kegiatan or indicator by hand: a small dialog whose code starts from the parent's.
import { useState } from 'react';
import type { BarisRenja } from '../../../../shared/api/renja';
import { parseAngka } from '../../../../shared/format';
import { CONTOH_KODE, LABEL_TINGKAT, type Tingkat, type Versi } from '../../../../shared/renja';
import { api } from '../../api/client';
import { DialogForm } from '../../components/DialogForm';
import { IsianTeks, isianTeks } from '../../components/Isian';
import { useSimpanForm } from '../../components/useJalankan';
import { kirimForm } from '../../components/useFormTambah';

export type Tambah =
  | { jenis: 'program' }
  | { jenis: 'kegiatan' | 'subKegiatan'; induk: BarisRenja }
  | { jenis: 'indikator'; pemilik: BarisRenja };

/** The title of each adding dialog, and the toolbar button that opens it. */
export const JUDUL: Record<Tambah['jenis'], string> = {
  program: 'Tambah program',
  kegiatan: 'Tambah kegiatan',
  subKegiatan: 'Tambah sub kegiatan',
  indikator: 'Tambah indikator',
};

type IsiRenja = Record<'kode' | 'nama' | 'pagu' | 'lokasi' | 'sumberDana' | 'satuan' | 'target', string>;

/** Saves what the dialog adds; answers the field whose number cannot be read, or null once saved. */
async function simpanTambah(
  tambah: Tambah,
  isi: IsiRenja,
  { opdId, tahun, versi }: { opdId: number; tahun: number; versi: Versi },
): Promise<Record<string, string> | null> {
  const kode = isi.kode.trim();
  if (tambah.jenis === 'program') await api('renja.simpanProgram', { opdId, tahun, kode, nama: isi.nama });
  else if (tambah.jenis === 'kegiatan')
    await api('renja.simpanKegiatan', { programId: tambah.induk.id, kode, nama: isi.nama });
  else if (tambah.jenis === 'subKegiatan') {
    const pagu = parseAngka(isi.pagu, { jenis: 'uang' });
    if (!pagu.ok) return { pagu: pagu.pesan };
    if (pagu.value === null) return { pagu: 'Pagu wajib diisi' };
    await api('renja.simpanSubKegiatan', {
      kegiatanId: tambah.induk.id,
      kode,
      nama: isi.nama,
      lokasi: isi.lokasi,
      sumberDana: isi.sumberDana,
      versi,
      pagu: pagu.value,
    });
  } else if (tambah.jenis === 'indikator') {
    const target = parseAngka(isi.target, { jenis: 'bilangan' });
    if (!target.ok) return { target: target.pesan };
    await api('renja.simpanIndikator', {
      tingkat: tambah.pemilik.tingkat,
      pemilikId: tambah.pemilik.id,
      uraian: isi.nama,
      satuan: isi.satuan,
      target: target.value,
    });
  }
  return null;
}

export function FormRenja({
  tambah,
  opdId,
  tahun,
  versi,
  tutup,
  onTersimpan,
}: {
  tambah: Tambah;
  opdId: number;
  tahun: number;
  versi: Versi;
  tutup: () => void;
  onTersimpan: () => void;
}) {
  const awalKode = 'induk' in tambah ? `${tambah.induk.kode}.` : '';
  const [isi, setIsi] = useState<IsiRenja>({
    kode: awalKode,
    nama: '',
    pagu: '',
    lokasi: '',
    sumberDana: '',
    satuan: '',
    target: '',
  });
  const { galat, setGalat, simpan } = useSimpanForm();
  const teks = isianTeks(isi, setIsi, galat);

  const kirim = async () => {
    const nama = `${tambah.jenis === 'indikator' ? 'Indikator' : LABEL_TINGKAT[tambah.jenis as Tingkat]} ${isi.kode || isi.nama}`;
    // A field this form cannot read is marked without asking main (and without a toast).
    const hasil = await simpan(
      () => simpanTambah(tambah, isi, { opdId, tahun, versi }),
      (salah) => (salah ? undefined : `${nama} disimpan`),
    );
    if (!hasil.ok) return;
    if (hasil.hasil) return setGalat(hasil.hasil);
    onTersimpan();
    tutup();
  };

  const induk = 'induk' in tambah ? tambah.induk : 'pemilik' in tambah ? tambah.pemilik : null;
  return (
    <DialogForm
      judul={JUDUL[tambah.jenis]}
      labelForm={JUDUL[tambah.jenis]}
      className="dialog form-renja"
      kirim={kirimForm(kirim)}
      batal={tutup}
    >
      {induk && (
        <p className="keterangan">
          {tambah.jenis === 'indikator' ? 'Untuk' : 'Di bawah'} {LABEL_TINGKAT[induk.tingkat].toLowerCase()}{' '}
          {induk.kode} {induk.nama}
        </p>
      )}
      {tambah.jenis !== 'indikator' &&
        teks('kode', 'Kode', { placeholder: `mis. ${CONTOH_KODE[tambah.jenis]}`, autoFocus: true })}
      <IsianTeks
        label={tambah.jenis === 'indikator' ? 'Uraian indikator' : 'Nama'}
        galat={galat['nama'] ?? galat['uraian']}
        data={isi}
        ubah={setIsi}
        kolom="nama"
        autoFocus={tambah.jenis === 'indikator'}
      />
      {tambah.jenis === 'subKegiatan' && (
        <>
          {teks('pagu', 'Pagu (Rp)', { inputMode: 'decimal', placeholder: 'mis. 250.000.000' })}
          {teks('lokasi', 'Lokasi')}
          {teks('sumberDana', 'Sumber dana')}
        </>
      )}
      {tambah.jenis === 'indikator' && (
        <>
          {teks('satuan', 'Satuan', { placeholder: 'mis. Unit, Orang, %' })}
          {teks('target', 'Target', { inputMode: 'decimal' })}
        </>
      )}
    </DialogForm>
  );
}
