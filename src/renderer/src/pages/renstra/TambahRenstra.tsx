// The small one-line forms that add to the RPJMD and the Renstra (FormTambah), and the Renstra OPD's two.
import { useState, type ReactNode } from 'react';
import type { Renstra } from '../../../../shared/api/renstra';
import { api } from '../../api/client';
import { useJalankan } from '../../components/useJalankan';
import { LABEL_TINGKAT } from '../../../../shared/renja';
import type { BarisUnit } from './barisRenstra';

/** One line of inputs that saves on submit, says how it went, and is emptied after a save. */
export function FormTambah({
  kirim,
  berhasil,
  sesudah,
  tombol,
  children,
}: {
  kirim: () => Promise<unknown>;
  berhasil: string;
  sesudah: () => void;
  tombol: string;
  children: ReactNode;
}) {
  const jalankan = useJalankan();
  return (
    <form
      className="renstra-tambah"
      onSubmit={(e) => {
        e.preventDefault();
        void jalankan(kirim, berhasil).then(({ ok }) => ok && sesudah());
      }}
    >
      {children}
      <button type="submit">{tombol}</button>
    </form>
  );
}

export function TambahKegiatan({ program, onTersimpan }: { program: Renstra['program']; onTersimpan: () => void }) {
  const [form, setForm] = useState({ programId: '', kode: '', nama: '' });
  const programId = form.programId || String(program[0]?.id ?? '');
  if (program.length === 0) return null;
  return (
    <FormTambah
      kirim={() => api('renstra.simpanKegiatan', { programId: Number(programId), kode: form.kode, nama: form.nama })}
      berhasil={`Kegiatan ${form.kode} disimpan`}
      sesudah={() => (setForm({ ...form, kode: '', nama: '' }), onTersimpan())}
      tombol="Tambah kegiatan Renstra"
    >
      <select
        value={programId}
        onChange={(e) => setForm({ ...form, programId: e.target.value })}
        aria-label="Program kegiatan baru"
      >
        {program.map((p) => (
          <option key={p.id} value={p.id}>
            {p.kode} {p.nama}
          </option>
        ))}
      </select>
      <input
        value={form.kode}
        onChange={(e) => setForm({ ...form, kode: e.target.value })}
        placeholder="Kode, mis. 3.27.02.2.01"
        aria-label="Kode kegiatan baru"
        size={12}
      />
      <input
        value={form.nama}
        onChange={(e) => setForm({ ...form, nama: e.target.value })}
        placeholder="Nama kegiatan"
        aria-label="Nama kegiatan baru"
      />
    </FormTambah>
  );
}

export function TambahIndikator({ unit, onTersimpan }: { unit: BarisUnit[]; onTersimpan: () => void }) {
  const [form, setForm] = useState({ pemilik: '', uraian: '', satuan: '' });
  const pemilik = form.pemilik || (unit[0]?.rowId ?? '');
  const u = unit.find((x) => x.rowId === pemilik);
  if (!u) return null;
  return (
    <FormTambah
      kirim={() =>
        api('renstra.simpanIndikator', {
          tingkat: u.tingkat,
          pemilikId: u.id,
          uraian: form.uraian,
          satuan: form.satuan,
        })
      }
      berhasil="Indikator Renstra disimpan"
      sesudah={() => (setForm({ ...form, uraian: '', satuan: '' }), onTersimpan())}
      tombol="Tambah indikator"
    >
      <select
        value={pemilik}
        onChange={(e) => setForm({ ...form, pemilik: e.target.value })}
        aria-label="Pemilik indikator baru"
      >
        {unit.map((x) => (
          <option key={x.rowId} value={x.rowId}>
            {LABEL_TINGKAT[x.tingkat]} {x.kode}
          </option>
        ))}
      </select>
      <input
        value={form.uraian}
        onChange={(e) => setForm({ ...form, uraian: e.target.value })}
        placeholder="Indikator…"
        aria-label="Indikator Renstra baru"
      />
      <input
        value={form.satuan}
        onChange={(e) => setForm({ ...form, satuan: e.target.value })}
        placeholder="Satuan"
        aria-label="Satuan indikator Renstra baru"
        size={8}
      />
    </FormTambah>
  );
}
