// Indonesian formatting and parsing of numbers, money, dates, times, number words and NIP: every user-visible string goes through here.

export type JenisAngka = 'uang' | 'persen' | 'bilangan';
export type HasilParse = { ok: true; value: number | null } | { ok: false; pesan: string };
export type Triwulan = 1 | 2 | 3 | 4;
export type ZonaWaktu = 'WIB' | 'WITA' | 'WIT';

export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

// Indexed like Date#getDay (0 = Sunday) so the lookup needs no offset.
export const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

export const ROMAWI = ['I', 'II', 'III', 'IV'] as const;

// Rounds half away from zero on the decimal digits the user sees: toFixed works on the binary value,
// so (1.005).toFixed(2) gives "1.00" where Excel and a calculator give "1,01".
function fixedDecimal(abs: number, desimal: number): string {
  const text = String(abs);
  if (text.includes('e')) return abs.toFixed(desimal);
  return Number(`${Math.round(Number(`${text}e${desimal}`))}e-${desimal}`).toFixed(desimal);
}

export function formatAngka(n: number | null | undefined, desimal = 0): string {
  if (n == null || !Number.isFinite(n)) return '-';
  const fixed = fixedDecimal(Math.abs(n), desimal);
  const [bulat = '0', pecahan] = fixed.split('.');
  const grouped = bulat.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  // A value that rounds to zero must not print as "-0".
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (pecahan ? `,${pecahan}` : '');
}

/** Up to `maks` decimals, none written that are zero: "-10", "-0,5", "75,01". For thresholds and settings. */
export function formatAngkaRingkas(n: number | null | undefined, maks = 2): string {
  const teks = formatAngka(n, maks);
  return teks.includes(',') ? teks.replace(/0+$/, '').replace(/,$/, '') : teks;
}

export function formatRupiah(n: number | null | undefined, opts: { desimal?: boolean } = {}): string {
  const angka = formatAngka(n, (opts.desimal ?? true) ? 2 : 0);
  if (angka === '-') return angka;
  return angka.startsWith('-') ? `-Rp${angka.slice(1)}` : `Rp${angka}`;
}

export function formatPersen(n: number | null | undefined, desimal = 2): string {
  const angka = formatAngka(n, desimal);
  return angka === '-' ? angka : `${angka}%`;
}

// Deviation in percentage points: the sign is always written so "+5,00" and "-15,00" read at a glance.
export function formatPoin(n: number | null | undefined, desimal = 2): string {
  const angka = formatAngka(n, desimal);
  if (angka === '-' || angka.startsWith('-') || /^0(,0*)?$/.test(angka)) return angka;
  return `+${angka}`;
}

const LABEL_JENIS: Record<JenisAngka, string> = { uang: 'rupiah', persen: 'persentase', bilangan: 'bilangan' };

function gagal(pesan: string): HasilParse {
  return { ok: false, pesan };
}

// Indonesian thousands grouping: a first group of 1-3 digits without a leading zero, then groups of exactly 3.
function isGrouped(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && /^[1-9]\d{0,2}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

/** Indonesian (1.234,5: "." groups thousands, "," is the decimal) or English (1,234.5) writing of numbers. */
export type GayaAngka = 'id' | 'en';

/** "Rp 1.250.000,-" and "1.250.000.-": the dash closes an amount of whole rupiah on receipts and forms. */
function tanpaAkhiranRupiah(body: string): string {
  return body.replace(/(\d)\s*[.,]\s*-+$/, '$1');
}

/**
 * The writing a number shows by itself: both separators (the last is the decimal), a separator used twice (it groups
 * thousands) or a separator not followed by exactly three digits (it is the decimal). null when it could be either
 * (1.234, 1,234) or has no separator.
 */
export function gayaAngka(input: string): GayaAngka | null {
  const body = tanpaAkhiranRupiah(
    input
      .trim()
      .replace(/^-?\s*rp\.?\s*/i, '')
      .replace(/%$/, '')
      .trim(),
  );
  if (!/^-?\d[\d.,]*\d$/.test(body)) return null;
  const titik = body.split('.').length - 1;
  const koma = body.split(',').length - 1;
  if (titik > 0 && koma > 0) return body.lastIndexOf(',') > body.lastIndexOf('.') ? 'id' : 'en';
  if (titik + koma === 0) return null;
  if (titik > 1) return 'id';
  if (koma > 1) return 'en';
  const tiga = /[.,]\d{3}$/.test(body) && isGrouped(body.replace(/^-/, '').split(/[.,]/));
  if (tiga) return null;
  return titik === 1 ? 'en' : 'id';
}

/**
 * Reads a number typed by a user or found in an imported sheet. "." is the Indonesian thousands separator but
 * also the decimal point of English/Excel exports, so a lone "." followed by three digits is read as thousands
 * only in a money column (money has at most two decimals) and is rejected as ambiguous elsewhere, unless `gaya`
 * says how the rest of the column writes its numbers. A lone "," is the Indonesian decimal comma (the English
 * thousands separator when `gaya` is 'en'); with both separators present the last one is the decimal.
 */
export function parseAngka(
  input: string | number | null | undefined,
  opts: { jenis: JenisAngka; gaya?: GayaAngka | null },
): HasilParse {
  const { jenis, gaya = null } = opts;
  if (typeof input === 'number')
    return Number.isFinite(input) ? { ok: true, value: input } : gagal('Nilai bukan angka');
  if (input == null) return { ok: true, value: null };
  const asli = input.trim();
  if (asli === '') return { ok: true, value: null };

  let body = asli;
  const rupiah = /^(-?)\s*rp\.?\s*/i.exec(body);
  if (rupiah) {
    if (jenis !== 'uang') return gagal(`"${asli}" berupa rupiah, bukan ${LABEL_JENIS[jenis]}`);
    body = rupiah[1] + body.slice(rupiah[0].length);
  }
  if (body.endsWith('%')) {
    if (jenis !== 'persen') return gagal(`"${asli}" berupa persentase, bukan ${LABEL_JENIS[jenis]}`);
    body = body.slice(0, -1).trimEnd();
  }

  if (jenis === 'uang') body = tanpaAkhiranRupiah(body);

  const match = /^(-?)(\d[\d.,]*)$/.exec(body);
  if (!match || /[.,]$/.test(body)) return gagal(`"${asli}" bukan angka`);
  const negatif = match[1] === '-';
  const digits = match[2] ?? '';

  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let bulat: string;
  let pecahan = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const desimalSep = lastDot > lastComma ? '.' : ',';
    const ribuanSep = desimalSep === '.' ? ',' : '.';
    const posisi = Math.max(lastDot, lastComma);
    pecahan = digits.slice(posisi + 1);
    const kiri = digits.slice(0, posisi);
    if (kiri.includes(desimalSep) || !isGrouped(kiri.split(ribuanSep))) return gagal(`"${asli}" bukan angka`);
    bulat = kiri.split(ribuanSep).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const groups = digits.split(sep);
    if (groups.length > 2) {
      // Several identical separators can only be thousands (1.234.567 or 1,234,567).
      if (!isGrouped(groups)) return gagal(`"${asli}" bukan angka`);
      bulat = groups.join('');
    } else {
      const [kiri = '', kanan = ''] = groups;
      const ribuan = isGrouped(groups) && (sep === '.' ? gaya !== 'en' : gaya === 'en');
      if (sep === '.' && isGrouped(groups) && gaya === null && jenis !== 'uang') {
        return gagal(`Angka "${asli}" ambigu untuk ${LABEL_JENIS[jenis]}: tulis ${kiri},${kanan} atau ${kiri}${kanan}`);
      }
      if (ribuan) {
        bulat = kiri + kanan;
      } else {
        bulat = kiri;
        pecahan = kanan;
      }
    }
  } else {
    bulat = digits;
  }

  if (jenis === 'uang' && pecahan.length > 2) {
    return gagal(`Rupiah "${asli}" memuat lebih dari dua angka desimal: pemisah ribuan titik, desimal koma`);
  }
  const value = Number(`${bulat}.${pecahan || '0'}`);
  return { ok: true, value: negatif && value !== 0 ? -value : value };
}

interface BagianTanggal {
  tahun: number;
  bulan: number;
  hari: number;
  hariKe: number;
}

export function isTanggalValid(tahun: number, bulan: number, hari: number): boolean {
  const d = new Date(Date.UTC(tahun, bulan - 1, hari));
  return d.getUTCFullYear() === tahun && d.getUTCMonth() === bulan - 1 && d.getUTCDate() === hari;
}

// A 'YYYY-MM-DD' string is a calendar day, not an instant: it is read part by part so no time zone can shift it.
// A Date object is read in local time, the day the user sees on the office PC.
function bagianTanggal(d: Date | string): BagianTanggal {
  if (d instanceof Date) {
    if (Number.isNaN(d.getTime())) throw new RangeError('Tanggal tidak valid');
    return { tahun: d.getFullYear(), bulan: d.getMonth() + 1, hari: d.getDate(), hariKe: d.getDay() };
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const [tahun, bulan, hari] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  if (!m || !isTanggalValid(tahun, bulan, hari)) throw new RangeError(`Tanggal "${d}" tidak valid (format YYYY-MM-DD)`);
  return { tahun, bulan, hari, hariKe: new Date(Date.UTC(tahun, bulan - 1, hari)).getUTCDay() };
}

export function formatTanggal(d: Date | string | null | undefined): string {
  if (d == null || d === '') return '-';
  const t = bagianTanggal(d);
  return `${t.hari} ${NAMA_BULAN[t.bulan - 1]} ${t.tahun}`;
}

export function formatHariTanggal(d: Date | string | null | undefined): string {
  if (d == null || d === '') return '-';
  return `${NAMA_HARI[bagianTanggal(d).hariKe]}, ${formatTanggal(d)}`;
}

export function formatTanggalPendek(d: Date | string | null | undefined): string {
  if (d == null || d === '') return '-';
  const t = bagianTanggal(d);
  return `${String(t.hari).padStart(2, '0')}/${String(t.bulan).padStart(2, '0')}/${t.tahun}`;
}

/** An instant (an ISO timestamp of a change) as the office PC's local day and time: "25 November 2026 14.05". */
export function formatTanggalJam(d: Date | string | null | undefined): string {
  if (d == null || d === '') return '-';
  const t = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(t.getTime())) return '-';
  return `${formatTanggal(t)} ${formatPukul(t)}`;
}

/** The local clock time of an instant: "10.32" (Indonesian writes a full stop between hours and minutes). */
export function formatPukul(t: Date): string {
  return `${String(t.getHours()).padStart(2, '0')}.${String(t.getMinutes()).padStart(2, '0')}`;
}

function formatJam(jam: string): string {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(jam.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new RangeError(`Jam "${jam}" tidak valid (format HH:MM)`);
  return `${(m[1] ?? '').padStart(2, '0')}.${m[2]}`;
}

// Official letters write the zone once, after the last clock time: "09.00 s.d. 12.00 WITA", "09.00 WITA s.d. selesai".
export function formatWaktu(mulai: string, selesai: string | null, zona: ZonaWaktu): string {
  if (selesai == null) return `${formatJam(mulai)} ${zona}`;
  if (selesai === 'selesai') return `${formatJam(mulai)} ${zona} s.d. selesai`;
  return `${formatJam(mulai)} s.d. ${formatJam(selesai)} ${zona}`;
}

const SATUAN = [
  '',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];
const SKALA = ['', 'ribu', 'juta', 'miliar', 'triliun'];

function terbilangRatusan(n: number): string {
  if (n < 12) return SATUAN[n] ?? '';
  if (n < 20) return `${SATUAN[n - 10]} belas`;
  if (n < 100) return [`${SATUAN[Math.floor(n / 10)]} puluh`, SATUAN[n % 10]].filter(Boolean).join(' ');
  const ratus = Math.floor(n / 100) === 1 ? 'seratus' : `${SATUAN[Math.floor(n / 100)]} ratus`;
  return [ratus, terbilangRatusan(n % 100)].filter(Boolean).join(' ');
}

export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e15) throw new RangeError(`terbilang: ${n} di luar 0..999 triliun`);
  if (n === 0) return 'nol';
  const kata: string[] = [];
  for (let skala = SKALA.length - 1, sisa = n; skala >= 0; skala--) {
    const besar = 1000 ** skala;
    const kelompok = Math.floor(sisa / besar);
    sisa -= kelompok * besar;
    if (kelompok === 0) continue;
    // Only "ribu" contracts with one: "seribu", but "satu juta".
    if (kelompok === 1 && skala === 1) kata.push('seribu');
    else kata.push([terbilangRatusan(kelompok), SKALA[skala]].filter(Boolean).join(' '));
  }
  return kata.join(' ');
}

/** A list as a sentence writes it: "A", "A dan B", "A, B dan C". */
export function formatDaftar(butir: readonly string[]): string {
  return butir.length <= 1 ? (butir[0] ?? '') : `${butir.slice(0, -1).join(', ')} dan ${butir.at(-1)}`;
}

export function formatLampiran(n: number | null | undefined): string {
  if (n == null || n === 0) return '-';
  return `${n} (${terbilang(n)}) lembar`;
}

export function normalisasiNip(text: string): string {
  return text.replace(/\s+/g, '');
}

export function validasiNip(text: string): string | null {
  const nip = normalisasiNip(text);
  if (!/^\d{18}$/.test(nip)) return 'NIP harus terdiri atas 18 digit angka';
  if (!isTanggalValid(Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8)))) {
    return `Tanggal lahir pada NIP (${nip.slice(0, 8)}) bukan tanggal yang valid`;
  }
  const bulanTmt = Number(nip.slice(12, 14));
  if (bulanTmt < 1 || bulanTmt > 12) return `Bulan TMT CPNS pada NIP (${nip.slice(8, 14)}) tidak valid`;
  if (nip[14] !== '1' && nip[14] !== '2') return 'Digit ke-15 NIP (jenis kelamin) harus 1 atau 2';
  return null;
}

// Leaves text that is not an 18-digit NIP as typed, so a wrong entry stays visible instead of being mangled.
export function formatNip(text: string): string {
  const nip = normalisasiNip(text);
  if (!/^\d{18}$/.test(nip)) return text;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

export function formatTriwulan(triwulan: number): string {
  const romawi = ROMAWI[triwulan - 1];
  if (!Number.isInteger(triwulan) || romawi === undefined) throw new RangeError(`Triwulan ${triwulan} di luar 1..4`);
  return romawi;
}

export function labelTriwulan(triwulan: number): string {
  return `Triwulan ${formatTriwulan(triwulan)}`;
}

/** "s.d. Juni": a cumulative figure up to the end of a month, as messages and forms name it. */
export function labelSampaiBulan(bulan: number): string {
  return `s.d. ${NAMA_BULAN[bulan - 1] ?? `bulan ${bulan}`}`;
}

export function labelSampaiTriwulan(triwulan: number): string {
  return `s.d. ${labelTriwulan(triwulan)}`;
}

// Presenters round: "Rp512,2 miliar", not "Rp512.187.350.000,00". The full figure stays in the report.
const SKALA_LISAN = [
  [1e12, 'triliun'],
  [1e9, 'miliar'],
  [1e6, 'juta'],
] as const;

/** Money as said aloud: one decimal in the largest unit it reaches ("Rp512,2 miliar", "Rp2 miliar"); below a million in full. */
export function formatRupiahLisan(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return '-';
  const tanda = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  // A unit is reached when the next smaller one would say 1.000 or more: Rp999.960.000 is "Rp1 miliar", not
  // "Rp1.000 juta", while Rp950.000.000 stays "Rp950 juta".
  for (const [besar, nama] of SKALA_LISAN) {
    if (Number(fixedDecimal(abs / (besar / 1000), 1)) >= 1000)
      return `${tanda}Rp${formatAngkaRingkas(Number(fixedDecimal(abs / besar, 1)), 1)} ${nama}`;
  }
  return formatRupiah(n, { desimal: false });
}

/** A percentage as said aloud: one decimal, "68,9%". */
export function formatPersenLisan(n: number | null | undefined): string {
  return formatPersen(n, 1);
}

/** Deviation as said aloud: "-11,0 poin", "+5,0 poin". */
export function formatPoinLisan(n: number | null | undefined): string {
  const angka = formatPoin(n, 1);
  return angka === '-' ? angka : `${angka} poin`;
}
