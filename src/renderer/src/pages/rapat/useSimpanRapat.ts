// The meeting editor's state and its saves, held above the tabs so switching tabs loses nothing.
import { useCallback, useRef, useState } from 'react';
import type { Rapat } from '../../../../shared/api/rapat';
import { pembahasanKeLainLain } from '../../../../shared/rapat';
import { api, pesanGalat } from '../../api/client';
import { galatPerKolom } from '../../components/Isian';
import { useNotifikasi } from '../../components/Notifikasi';
import { useBerurutan } from '../../components/useBerurutan';
import { useSimpanOtomatis } from '../../components/useSimpanOtomatis';
import { butirKosong, dariRapat, keInput, keNotulenInput, type FormNotulen, type FormRapat } from './formRapat';

/**
 * The editor's state and its saves: the meeting (with its invitees) saved on demand, the minutes as they are typed.
 * The meeting and its minutes live on one row with one revision: their saves go one at a time, each sending the
 * revision the previous one left, so the editor never refuses its own save as someone else's change.
 */
export function useSimpanRapat(awal: FormRapat, awalNotulen: FormNotulen, awalRevisi: number | undefined) {
  const [form, setForm] = useState(awal);
  // What is stored, to tell whether the form holds work not yet saved.
  const [tersimpan, setTersimpan] = useState(awal);
  const berubah = JSON.stringify(form) !== JSON.stringify(tersimpan);
  const [notulen, setNotulen] = useState(awalNotulen);

  // The revision's one home: read by each save as it starts (after the one before it), so never stale.
  const revisi = useRef(awalRevisi);
  const berurutan = useBerurutan();

  const rapatId = form.id;
  const simpanNotulen = useCallback(
    async (n: FormNotulen) => {
      if (rapatId === undefined) return;
      const r = await berurutan(() => api('rapat.simpanNotulen', keNotulenInput(n, rapatId, revisi.current)));
      revisi.current = r.revisi;
    },
    [rapatId, berurutan],
  );
  const otomatis = useSimpanOtomatis({
    draf: notulen,
    simpan: simpanNotulen,
    siap: rapatId !== undefined && butirKosong(notulen).length === 0,
  });
  const { simpanSekarang: simpanNotulenSekarang } = otomatis;

  const terima = (r: Rapat) => {
    revisi.current = r.revisi;
    const f = dariRapat(r);
    setForm(f);
    setTersimpan(f);
    // An agenda item removed from the meeting leaves its discussion under "Lain-lain", saved or not yet.
    setNotulen((n) => {
      const pembahasan = pembahasanKeLainLain(n.pembahasan, r.acara);
      return pembahasan === n.pembahasan ? n : { ...n, pembahasan };
    });
  };
  const [galat, setGalat] = useState<Record<string, string>>({});
  const [sibuk, setSibuk] = useState(false);
  const { tampilkan } = useNotifikasi();

  const simpan = async (): Promise<number | null> => {
    setSibuk(true);
    try {
      const r = await berurutan(() => api('rapat.simpan', { ...keInput(form), revisi: revisi.current }));
      terima(r);
      setGalat({});
      tampilkan('Rapat disimpan', 'sukses');
      return r.id;
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
      return null;
    } finally {
      setSibuk(false);
    }
  };

  /** Before a document is made: the meeting and its minutes, as the documents are made from what is stored. */
  const simpanSemua = async (): Promise<number | null> => {
    const id = await simpan();
    if (id === null) return null;
    const catatan = await simpanNotulenSekarang(true);
    if (catatan.ok) return id;
    tampilkan(`Notulen belum tersimpan: ${pesanGalat(catatan.galat)}`, 'galat');
    return null;
  };

  const terbitkanNomor = async (nomorUrut: number | null) => {
    const rapatId = await simpan();
    if (rapatId === null) return;
    try {
      const r = await berurutan(() => api('rapat.terbitkanNomor', { rapatId, nomorUrut }));
      terima(r);
      tampilkan(`Nomor surat: ${r.nomorSurat}`, 'sukses');
    } catch (error) {
      setGalat(galatPerKolom(error));
      tampilkan(pesanGalat(error), 'galat');
    }
  };

  return {
    form,
    setForm,
    tersimpan,
    berubah,
    notulen,
    setNotulen,
    otomatis,
    galat,
    sibuk,
    simpan,
    simpanSemua,
    terbitkanNomor,
  };
}
