// Field schemas whose every error message names the field in Bahasa Indonesia, for all API inputs.
import { z } from 'zod';
import { normalisasiNip, validasiNip } from '../format';
import { bersihkanTeks } from '../teks';

type Issue = z.core.$ZodRawIssue;

function namaJenis(expected: unknown): string {
  switch (expected) {
    case 'string':
      return 'teks';
    case 'number':
    case 'int':
      return 'angka';
    case 'boolean':
      return 'ya/tidak';
    case 'array':
      return 'daftar';
    case 'object':
      return 'data lengkap';
    default:
      return String(expected);
  }
}

/** The error map of one field: the message always starts with the field's label. */
export function pesanGalat(label: string) {
  return (iss: Issue): string => {
    const origin = 'origin' in iss ? iss.origin : undefined;
    switch (iss.code) {
      case 'invalid_type':
        if (iss.input === undefined || iss.input === null) return `${label} wajib diisi`;
        return `${label} harus berupa ${namaJenis(iss.expected)}`;
      case 'too_small':
        if (origin === 'string')
          return Number(iss.minimum) <= 1 ? `${label} wajib diisi` : `${label} minimal ${iss.minimum} karakter`;
        if (origin === 'array') return `${label} minimal berisi ${iss.minimum} butir`;
        return `${label} tidak boleh kurang dari ${iss.minimum}`;
      case 'too_big':
        if (origin === 'string') return `${label} paling banyak ${iss.maximum} karakter`;
        if (origin === 'array') return `${label} paling banyak berisi ${iss.maximum} butir`;
        return `${label} tidak boleh lebih dari ${iss.maximum}`;
      case 'invalid_format':
        return `${label} tidak sesuai format`;
      case 'invalid_value':
        return `${label} harus salah satu dari: ${iss.values.map(String).join(', ')}`;
      case 'not_multiple_of':
        return `${label} harus bilangan bulat`;
      default:
        return `${label} tidak valid`;
    }
  };
}

/** Any text a user types: characters that break documents and file names are dropped, then it is trimmed. */
const teksAman = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .overwrite(bersihkanTeks)
    .trim();

/** Required text, trimmed. */
export const teks = (label: string, max = 200) => teksAman(label).min(1).max(max);

/** Text that may be empty; no default, for the fields of a change where absent means "keep". */
export const teksBebas = (label: string, max = 500) => teksAman(label).max(max);

/** Optional text of a new row, trimmed; absent means empty. */
export const teksOpsional = (label: string, max = 500) => teksBebas(label, max).default('');

/** The revision of the row the client read: a save against an older one is refused (see main/api/sunting.ts). */
export const revisi = () =>
  z
    .number({ error: pesanGalat('Revisi data') })
    .int()
    .nonnegative()
    .optional();

export const bilanganBulat = (label: string, min: number, max: number) =>
  z
    .number({ error: pesanGalat(label) })
    .int()
    .min(min)
    .max(max);

export const id = (label = 'ID') =>
  z
    .number({ error: pesanGalat(label) })
    .int()
    .positive();

/** One of a fixed list; the message lists the choices by their labels when given. */
export const pilihan = <const T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
  labelNilai?: Record<T[number], string>,
) =>
  z.enum(values, {
    error: (iss) =>
      iss.code === 'invalid_value' && labelNilai
        ? `${label} harus salah satu dari: ${values.map((v: T[number]) => labelNilai[v]).join(', ')}`
        : pesanGalat(label)(iss),
  });

/** A date typed as YYYY-MM-DD that exists in the calendar. */
export const tanggal = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} harus berformat TTTT-BB-HH` })
    .refine(
      (s) => {
        const [y, m, d] = s.split('-').map(Number) as [number, number, number];
        const t = new Date(Date.UTC(y, m - 1, d));
        return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
      },
      { error: `${label} bukan tanggal yang ada di kalender` },
    );

export const email = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .trim()
    .max(200)
    .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
      error: `${label} bukan alamat email yang benar`,
    })
    .default('');

/** NIP of a civil servant: typed with or without spaces, stored as 18 digits. */
export const nip = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .transform(normalisasiNip)
    .superRefine((s, ctx) => {
      const salah = validasiNip(s);
      if (salah) ctx.addIssue({ code: 'custom', message: `${label}: ${salah}` });
    });

/** NIP that may be left empty (e.g. a secretary not yet appointed). */
export const nipOpsional = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .default('')
    .transform(normalisasiNip)
    .superRefine((s, ctx) => {
      const salah = s === '' ? null : validasiNip(s);
      if (salah) ctx.addIssue({ code: 'custom', message: `${label}: ${salah}` });
    });

/** A date that may be left empty ('' when absent). */
export const tanggalOpsional = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .trim()
    .default('')
    .superRefine((s, ctx) => {
      if (s === '') return;
      const hasil = tanggal(label).safeParse(s);
      for (const issue of hasil.error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message });
    });

/** A clock time typed as HH:MM or HH.MM, stored as HH:MM. */
export const jam = (label: string) =>
  z
    .string({ error: pesanGalat(label) })
    .trim()
    .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, { error: `${label} harus berformat JJ:MM, misalnya 09:00` })
    .transform((s) => s.replace('.', ':').padStart(5, '0'));

/** A reference that may be left empty (null). */
export const idOpsional = (label: string) => id(label).nullable().default(null);

/** A list of short texts, one per line on screen; blank lines are dropped. */
export const daftarTeks = (label: string, maksButir = 30, maks = 300) =>
  z
    .array(teksBebas(label, maks), { error: pesanGalat(label) })
    .max(maksButir)
    .default([])
    .transform((a) => a.filter((s) => s !== ''));
