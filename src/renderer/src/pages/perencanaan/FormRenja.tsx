// Adding a program, kegiatan, sub kegiatan or indicator by hand: a small dialog whose code starts from the parent's.
import { useState, type FormEvent } from 'react';
import type { BarisRenja } from '../../../../shared/api/renja';
import { parseAngka } from '../../../../shared/format';
import { CONTOH_KODE, LABEL_TINGKAT, type Tingkat, type Versi } from '../../../../shared/renja';
import { api, pesanGalat } from '../../api/client';
import { DialogForm } from '../../components/DialogForm';
import { galatPerKolom, Isian, ubahKolom } from '../../components/Isian';
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
  const ubah = ubahKolom(setIsi);

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
        <Isian label="Kode" galat={galat['kode']}>
          <input value={isi.kode} onChange={ubah('kode')} placeholder={`mis. ${CONTOH_KODE[tambah.jenis]}`} autoFocus />
        </Isian>
      )}
      <Isian
        label={tambah.jenis === 'indikator' ? 'Uraian indikator' : 'Nama'}
        galat={galat['nama'] ?? galat['uraian']}
      >
        <input value={isi.nama} onChange={ubah('nama')} autoFocus={tambah.jenis === 'indikator'} />
      </Isian>
      {tambah.jenis === 'subKegiatan' && (
        <>
          <Isian label="Pagu (Rp)" galat={galat['pagu']}>
            <input value={isi.pagu} onChange={ubah('pagu')} inputMode="decimal" placeholder="mis. 250.000.000" />
          </Isian>
          <Isian label="Lokasi" galat={galat['lokasi']}>
            <input value={isi.lokasi} onChange={ubah('lokasi')} />
          </Isian>
          <Isian label="Sumber dana" galat={galat['sumberDana']}>
            <input value={isi.sumberDana} onChange={ubah('sumberDana')} />
          </Isian>
        </>
      )}
      {tambah.jenis === 'indikator' && (
        <>
          <Isian label="Satuan" galat={galat['satuan']}>
            <input value={isi.satuan} onChange={ubah('satuan')} placeholder="mis. Unit, Orang, %" />
          </Isian>
          <Isian label="Target" galat={galat['target']}>
            <input value={isi.target} onChange={ubah('target')} inputMode="decimal" />
          </Isian>
        </>
      )}
    </DialogForm>
  );
}
