// The small one-line forms that add to the RPJMD and the Renstra (FormTambah), and the Renstra OPD's two.
import type { ReactNode } from 'react';
import type { Renstra } from '../../../../shared/api/renstra';
import { api } from '../../api/client';
import { inputTeks } from '../../components/Isian';
import { kirimForm, useFormTambah } from '../../components/useFormTambah';
import { LABEL_TINGKAT } from '../../../../shared/renja';
import { idBaris, type BarisUnit } from './barisRenstra';
import { PilihDaftar } from '../../components/PilihDaftar';

/** One line of inputs that saves on submit (`simpan` from useFormTambah: it says how it went and empties them). */
export function FormTambah({
  simpan,
  tombol,
  children,
}: {
  simpan: () => Promise<void>;
  tombol: string;
  children: ReactNode;
}) {
  return (
    <form className="renstra-tambah" onSubmit={kirimForm(simpan)}>
      {children}
      <button type="submit">{tombol}</button>
    </form>
  );
}

export function TambahKegiatan({ program, onTersimpan }: { program: Renstra['program']; onTersimpan: () => void }) {
  // Until one is chosen, the first program.
  const programDari = (f: { programId: string }) => f.programId || String(program[0]?.id ?? '');
  const { data, setData, simpan } = useFormTambah({
    kunciDraf: 'renstra.kegiatan',
    kosong: { programId: '', kode: '', nama: '' },
    kerja: (f) => api('renstra.simpanKegiatan', { programId: Number(programDari(f)), kode: f.kode, nama: f.nama }),
    berhasil: (f) => `Kegiatan ${f.kode} disimpan`,
    kosongkan: (f) => ({ ...f, kode: '', nama: '' }),
    tersimpan: onTersimpan,
  });
  const programId = programDari(data);
  if (program.length === 0) return null;
  const input = inputTeks(data, setData);
  return (
    <FormTambah simpan={simpan} tombol="Tambah kegiatan Renstra">
      <PilihDaftar
        nilai={programId}
        daftar={program}
        kunci={(p) => String(p.id)}
        teks={(p) => `${p.kode} ${p.nama}`}
        ubah={(programId) => setData({ ...data, programId })}
        label="Program kegiatan baru"
      />
      {input('kode', 'Kode kegiatan baru', { placeholder: 'Kode, mis. 3.27.02.2.01', size: 12 })}
      {input('nama', 'Nama kegiatan baru', { placeholder: 'Nama kegiatan' })}
    </FormTambah>
  );
}

export function TambahIndikator({ unit, onTersimpan }: { unit: BarisUnit[]; onTersimpan: () => void }) {
  // Until one is chosen, the first unit; the form shows only when there is one.
  const pemilikDari = (f: { pemilik: string }) => f.pemilik || (unit[0]?.rowId ?? '');
  const unitDari = (f: { pemilik: string }) => unit.find((x) => x.rowId === pemilikDari(f));
  const { data, setData, simpan } = useFormTambah({
    kunciDraf: 'renstra.indikator',
    kosong: { pemilik: '', uraian: '', satuan: '' },
    kerja: (f) => {
      const { tingkat, id } = unitDari(f)!;
      return api('renstra.simpanIndikator', { tingkat, pemilikId: id, uraian: f.uraian, satuan: f.satuan });
    },
    berhasil: 'Indikator Renstra disimpan',
    kosongkan: (f) => ({ ...f, uraian: '', satuan: '' }),
    tersimpan: onTersimpan,
  });
  const pemilik = pemilikDari(data);
  if (!unitDari(data)) return null;
  const input = inputTeks(data, setData);
  return (
    <FormTambah simpan={simpan} tombol="Tambah indikator">
      <PilihDaftar
        nilai={pemilik}
        daftar={unit}
        kunci={idBaris}
        teks={(x) => `${LABEL_TINGKAT[x.tingkat]} ${x.kode}`}
        ubah={(pemilik) => setData({ ...data, pemilik })}
        label="Pemilik indikator baru"
      />
      {input('uraian', 'Indikator Renstra baru', { placeholder: 'Indikator…' })}
      {input('satuan', 'Satuan indikator Renstra baru', { placeholder: 'Satuan', size: 8 })}
    </FormTambah>
  );
}
