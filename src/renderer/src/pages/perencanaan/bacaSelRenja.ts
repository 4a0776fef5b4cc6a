// One edited cell of the Perencanaan grid to the sub kegiatan it changes, or the reason it cannot be read.
import type { BarisRenja } from '../../../../shared/api/renja';
import { parseAngka } from '../../../../shared/format';

export const KOLOM_SUNTING = /^(nama|lokasi|sumberDana|pagu|targetFisik[0-3]|targetKeuangan[0-3])$/;

export type HasilSunting = { ok: true; baris: BarisRenja } | { ok: false; pesan: string };

export function suntingBaris(baris: BarisRenja, kolom: string, mentah: unknown): HasilSunting {
  const teks = mentah == null ? '' : String(mentah);
  if (kolom === 'nama' || kolom === 'lokasi' || kolom === 'sumberDana')
    return { ok: true, baris: { ...baris, [kolom]: teks.trim() } };
  const target = /^(targetFisik|targetKeuangan)([0-3])$/.exec(kolom);
  const jenis = kolom === 'pagu' || target?.[1] === 'targetKeuangan' ? 'uang' : 'persen';
  // A number already read (a paste or a fill) is taken as it is; text is read the Indonesian way.
  const angka = parseAngka(typeof mentah === 'number' ? mentah : teks, { jenis });
  if (!angka.ok) return angka;
  if (kolom === 'pagu')
    return angka.value === null
      ? { ok: false, pesan: 'Pagu wajib diisi' }
      : { ok: true, baris: { ...baris, pagu: angka.value } };
  const [, seri, tw] = target!;
  const key = seri as 'targetFisik' | 'targetKeuangan';
  const nilai = [...baris[key]];
  nilai[Number(tw)] = angka.value;
  return { ok: true, baris: { ...baris, [key]: nilai } };
}
