// Adding a program, kegiatan, sub kegiatan or indicator by hand: a small dialog whose code starts from the parent's.
import { useState, type FormEvent } from 'react';
import type { BarisRenja } from '../../../../shared/api/renja';
import { parseAngka } from '../../../../shared/format';
import { CONTOH_KODE, LABEL_TINGKAT, type Tingkat, type Versi } from '../../../../shared/renja';
import { api, pesanGalat } from '../../api/client';
import { DialogForm } from '../../components/DialogForm';
import { galatPerKolom, IsianTeks } from '../../components/Isian';
import { useNotifikasi } from '../../components/Notifikasi';

export type Tambah =
  | { jenis: 'program' }
  | { jenis: 'kegiatan' | 'subKegiatan'; induk: BarisRenja }
  | { jenis: 'indikator'; pemilik: BarisRenja };

const JUDUL: Record<Tambah['jenis'], string> = {
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
  const [galat, setGalat] = useState<Record<string, string>>({});
  const { tampilkan } = useNotifikasi();

  const kirim = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const salah = await simpanTambah(tambah, isi, { opdId, tahun, versi });
      if (salah) return setGalat(salah);
      tampilkan(
        `${tambah.jenis === 'indikator' ? 'Indikator' : LABEL_TINGKAT[tambah.jenis as Tingkat]} ${isi.kode || isi.nama} disimpan`,
        'sukses',
      );
      onTersimpan();
      tutup();
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  const induk = 'induk' in tambah ? tambah.induk : 'pemilik' in tambah ? tambah.pemilik : null;
  return (
    <DialogForm
      judul={JUDUL[tambah.jenis]}
      labelForm={JUDUL[tambah.jenis]}
      className="dialog form-renja"
      kirim={(e) => void kirim(e)}
      batal={tutup}
    >
      {induk && (
        <p className="keterangan">
          {tambah.jenis === 'indikator' ? 'Untuk' : 'Di bawah'} {LABEL_TINGKAT[induk.tingkat].toLowerCase()}{' '}
          {induk.kode} {induk.nama}
        </p>
      )}
      {tambah.jenis !== 'indikator' && (
        <IsianTeks
          label="Kode"
          galat={galat['kode']}
          data={isi}
          ubah={setIsi}
          kolom="kode"
          placeholder={`mis. ${CONTOH_KODE[tambah.jenis]}`}
          autoFocus
        />
      )}
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
          <IsianTeks
            label="Pagu (Rp)"
            galat={galat['pagu']}
            data={isi}
            ubah={setIsi}
            kolom="pagu"
            inputMode="decimal"
            placeholder="mis. 250.000.000"
          />
          <IsianTeks label="Lokasi" galat={galat['lokasi']} data={isi} ubah={setIsi} kolom="lokasi" />
          <IsianTeks label="Sumber dana" galat={galat['sumberDana']} data={isi} ubah={setIsi} kolom="sumberDana" />
        </>
      )}
      {tambah.jenis === 'indikator' && (
        <>
          <IsianTeks
            label="Satuan"
            galat={galat['satuan']}
            data={isi}
            ubah={setIsi}
            kolom="satuan"
            placeholder="mis. Unit, Orang, %"
          />
          <IsianTeks
            label="Target"
            galat={galat['target']}
            data={isi}
            ubah={setIsi}
            kolom="target"
            inputMode="decimal"
          />
        </>
      )}
    </DialogForm>
  );
}
