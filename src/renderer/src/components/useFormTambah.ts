// A form that adds a record (a follow-up, an obstacle, a Renstra kegiatan or indikator, an RPJMD misi...): `simpan`
// runs the write through useSimpanForm (a toast says how it went), marks the fields main refused, and after a save
// empties the form and tells the page. The draft lives in useDraf: inside the meeting editor it survives a tab switch.
import type { FormEvent } from 'react';
import { useDraf } from './useDraf';
import { useSimpanForm } from './useJalankan';

interface Opsi<T> {
  /** Where an editor with tabs keeps the draft (useDraf); without one it is plain state. */
  kunciDraf: string;
  kosong: T;
  kerja: (data: T) => Promise<unknown>;
  /** The toast after a save, from what was saved where it names it. */
  berhasil: string | ((data: T) => string);
  /** The form after a save: emptied whole unless it keeps a choice for the next one (the program chosen, say). */
  kosongkan?: (data: T) => T;
  tersimpan?: () => void;
}

export function useFormTambah<T>({ kunciDraf, kosong, kerja, berhasil, kosongkan, tersimpan }: Opsi<T>) {
  const [data, setData] = useDraf(kunciDraf, kosong);
  const { galat, simpan: jalankan } = useSimpanForm();
  const simpan = async () => {
    const hasil = await jalankan(() => kerja(data), typeof berhasil === 'string' ? berhasil : berhasil(data));
    if (!hasil.ok) return;
    setData(kosongkan ? kosongkan(data) : kosong);
    tersimpan?.();
  };
  return { data, setData, galat, simpan };
}

/** A form's `onSubmit` that saves in place of the browser's submit. */
export const kirimForm = (simpan: () => Promise<void>) => (e: FormEvent) => {
  e.preventDefault();
  void simpan();
};
