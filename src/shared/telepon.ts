// Indonesian phone numbers as people type them ("0812-3456-7890", "+62 812 3456 7890", "(0403) 21001") stored in one
// form, +62 followed by the national number, so a WhatsApp link can be built from any of them.

export type HasilTelepon = { ok: true; nomor: string } | { ok: false; pesan: string };

/**
 * The national significant number of Indonesia is 8 to 12 digits after +62: a landline with a two- or three-digit
 * area code and five to eight digits, or a mobile number 8xx with six to nine more.
 */
const PANJANG_NASIONAL = { min: 8, maks: 12 } as const;

/** '' stays '' (no contact yet); anything else becomes +62... or a message saying why it cannot be a number. */
export function normalisasiTelepon(teks: string): HasilTelepon {
  const isi = teks.trim();
  if (isi === '') return { ok: true, nomor: '' };
  if (!/^\+?[\d\s().-]+$/.test(isi)) return { ok: false, pesan: 'hanya boleh berisi angka, spasi, tanda +, - dan ( )' };
  const plus = isi.startsWith('+');
  const angka = isi.replace(/\D/g, '');
  let nasional: string;
  if (plus || angka.startsWith('62')) {
    if (!angka.startsWith('62')) return { ok: false, pesan: 'harus nomor Indonesia (+62)' };
    nasional = angka.slice(2);
  } else if (angka.startsWith('0')) {
    nasional = angka.slice(1);
  } else {
    nasional = angka;
  }
  if (nasional.startsWith('0')) return { ok: false, pesan: 'tidak boleh berawalan 0 setelah kode negara' };
  if (nasional.length < PANJANG_NASIONAL.min || nasional.length > PANJANG_NASIONAL.maks)
    return {
      ok: false,
      pesan: `terlalu ${nasional.length < PANJANG_NASIONAL.min ? 'pendek' : 'panjang'} untuk nomor telepon Indonesia`,
    };
  return { ok: true, nomor: `+62${nasional}` };
}

/** A normalised number as people read it: "+62 812-3456-7890". */
export function formatTelepon(nomor: string): string {
  const m = /^\+62(\d{3})(\d{4})(\d+)$/.exec(nomor);
  return m ? `+62 ${m[1]}-${m[2]}-${m[3]}` : nomor;
}

/** Only mobile numbers (8xx) reach WhatsApp; a landline has no wa.me link. */
export function bisaWhatsApp(nomor: string): boolean {
  return /^\+628\d+$/.test(nomor);
}

/** The click-to-chat link with the message filled in: wa.me wants the number in digits, without the +. */
export function tautanWhatsApp(nomor: string, pesan: string): string {
  return `https://wa.me/${nomor.replace(/\D/g, '')}?text=${encodeURIComponent(pesan)}`;
}
