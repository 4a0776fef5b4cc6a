// Date and time fields that read and write the Indonesian way whatever the PC's locale: dd/mm/yyyy and 24-hour
// "09.00". The browser's own date and time inputs follow the OS locale (mm/dd/yyyy and AM/PM on an en-US Windows).
import { useState, type InputHTMLAttributes } from 'react';
import { isTanggalValid } from '../../../shared/format';

type Atribut = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

function keTeksTanggal(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** "15/07/2026", "15-7-2026" or "15.07.2026" to "2026-07-15"; '' for empty; null when not a calendar day. */
export function bacaTanggal(teks: string): string | null {
  const t = teks.trim();
  if (t === '') return '';
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const [hari, bulan, tahun] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isTanggalValid(tahun, bulan, hari)) return null;
  return `${tahun}-${String(bulan).padStart(2, '0')}-${String(hari).padStart(2, '0')}`;
}

/** "9.00", "09:30" or "0930" to "09:30"; '' for empty; null when not a time of day. */
export function bacaJam(teks: string): string | null {
  const t = teks.trim();
  if (t === '') return '';
  const m = /^(\d{1,2})[.:]?(\d{2})$/.exec(t);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1]!.padStart(2, '0')}:${m[2]}`;
}

/**
 * A text field holding a stored value (ISO date or "HH:MM") written the Indonesian way; what the user types is kept
 * as typed until it reads as a value, and a new stored value from outside replaces it.
 */
function useTeks(nilai: string, tampil: (v: string) => string) {
  const [teks, setTeks] = useState(() => tampil(nilai));
  const [dari, setDari] = useState(nilai);
  if (nilai !== dari) {
    setDari(nilai);
    setTeks(tampil(nilai));
  }
  return [teks, setTeks] as const;
}

function InputBaca({
  nilai,
  ubah,
  tampil,
  baca,
  contoh,
  ...atribut
}: Atribut & {
  nilai: string;
  ubah: (v: string) => void;
  tampil: (v: string) => string;
  baca: (t: string) => string | null;
  contoh: string;
}) {
  const [teks, setTeks] = useTeks(nilai, tampil);
  const salah = baca(teks) === null;
  return (
    <input
      type="text"
      inputMode="numeric"
      placeholder={contoh}
      {...atribut}
      value={teks}
      aria-invalid={salah || undefined}
      title={salah ? `Tulis seperti ${contoh}` : atribut.title}
      onChange={(e) => {
        setTeks(e.target.value);
        const v = baca(e.target.value);
        if (v !== null && v !== nilai) ubah(v);
      }}
    />
  );
}

export function InputTanggal(p: Atribut & { nilai: string; ubah: (iso: string) => void }) {
  return <InputBaca {...p} tampil={keTeksTanggal} baca={bacaTanggal} contoh="hh/bb/tttt" size={10} />;
}

export function InputJam(p: Atribut & { nilai: string; ubah: (jam: string) => void }) {
  return <InputBaca {...p} tampil={(v) => v.replace(':', '.')} baca={bacaJam} contoh="09.00" size={5} />;
}
