// A small question dialog in place of window.prompt, which Electron does not support.
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { DialogForm } from './DialogForm';
import { InputTanggal } from './InputWaktu';

interface Pertanyaan {
  judul: string;
  awal: string;
  jenis: 'text' | 'date';
  jawab: (nilai: string | null) => void;
}

/** `tanya(judul, awal)` resolves with the answer, or null when cancelled; render `dialog` somewhere in the page. */
export function useTanya(): [
  (judul: string, awal?: string, jenis?: 'text' | 'date') => Promise<string | null>,
  ReactNode,
] {
  const [soal, setSoal] = useState<Pertanyaan | null>(null);
  const [nilai, setNilai] = useState('');
  const tanya = useCallback(
    (judul: string, awal = '', jenis: 'text' | 'date' = 'text') =>
      new Promise<string | null>((jawab) => {
        setNilai(awal);
        setSoal({ judul, awal, jenis, jawab });
      }),
    [],
  );
  const selesai = (hasil: string | null) => {
    soal?.jawab(hasil);
    setSoal(null);
  };
  const kirim = (e: FormEvent) => {
    e.preventDefault();
    selesai(nilai);
  };
  const dialog = soal && (
    <DialogForm judul={soal.judul} kirim={kirim} batal={() => selesai(null)}>
      {soal.jenis === 'date' ? (
        <InputTanggal nilai={nilai} ubah={setNilai} aria-label={soal.judul} autoFocus />
      ) : (
        <input value={nilai} onChange={(e) => setNilai(e.target.value)} aria-label={soal.judul} autoFocus />
      )}
    </DialogForm>
  );
  return [tanya, dialog];
}
