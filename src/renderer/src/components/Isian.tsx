// A labelled form field that shows the field's own error message under it.
import { useState, type Dispatch, type InputHTMLAttributes, type ReactNode, type SetStateAction } from 'react';
import { formatAngkaRingkas, parseAngka } from '../../../shared/format';

export function Isian({ label, galat, children }: { label: string; galat?: string | undefined; children: ReactNode }) {
  return (
    <label className={galat ? 'isian salah' : 'isian'}>
      <span>{label}</span>
      {children}
      {galat && <small className="pesan-salah">{galat}</small>}
    </label>
  );
}

/** Field -> message, from the details of a refused API call. */
export function galatPerKolom(error: unknown): Record<string, string> {
  const rincian = (error as { galat?: { rincian?: { kolom: string; pesan: string }[] } }).galat?.rincian ?? [];
  return Object.fromEntries(rincian.map((r) => [r.kolom, r.pesan]));
}

type KolomTeks<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
type KolomCentang<T> = { [K in keyof T]: T[K] extends boolean ? K : never }[keyof T];

type PropsInputIsian<T> = {
  data: T;
  ubah: (data: T) => void;
  kolom: KolomTeks<T>;
  /** Its accessible name (the form has no visible label for it). */
  label: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

/** A text box bound to one text field of a form's state: typing replaces that field and keeps the others. */
export function InputIsian<T>({ data, ubah, kolom, label, ...props }: PropsInputIsian<T>) {
  return (
    <input
      value={data[kolom] as string}
      onChange={(e) => ubah({ ...data, [kolom]: e.target.value })}
      aria-label={label}
      {...props}
    />
  );
}

/** InputIsian under its visible label, with the message main gave for the field under it. */
export function IsianTeks<T>({ galat, ...input }: PropsInputIsian<T> & { galat: string | undefined }) {
  return (
    <Isian label={input.label} galat={galat}>
      <InputIsian {...input} />
    </Isian>
  );
}

/**
 * The text boxes of a one-line form (no visible labels) bound once: after `const input = inputTeks(data, setData)`,
 * `input('kode', 'Kode kegiatan baru', { size: 12 })` is that field's InputIsian.
 */
export function inputTeks<T>(data: T, ubah: (data: T) => void) {
  return (
    kolom: KolomTeks<T>,
    label: string,
    props: Omit<PropsInputIsian<T>, 'data' | 'ubah' | 'kolom' | 'label'> = {},
  ) => <InputIsian data={data} ubah={ubah} kolom={kolom} label={label} {...props} />;
}

/**
 * The text fields of one form bound once: after `const teks = isianTeks(data, setData, galat)`, `teks('nama', 'Nama
 * OPD')` is that field's IsianTeks with main's refusal of `nama` under it (`awalan` where main names the fields of a
 * nested object, 'adminPertama.').
 */
export function isianTeks<T>(data: T, ubah: (data: T) => void, galat: Record<string, string>, awalan = '') {
  return (
    kolom: KolomTeks<T>,
    label: string,
    props: Omit<PropsInputIsian<T>, 'data' | 'ubah' | 'kolom' | 'label'> = {},
  ) => (
    <IsianTeks
      label={label}
      galat={galat[`${awalan}${String(kolom)}`]}
      data={data}
      ubah={ubah}
      kolom={kolom}
      {...props}
    />
  );
}

/** A checkbox bound to one yes/no field of a form's state, its label after it. */
export function Centang<T>({
  data,
  ubah,
  kolom,
  children,
}: {
  data: T;
  ubah: (data: T) => void;
  kolom: KolomCentang<T>;
  children: ReactNode;
}) {
  return (
    <label className="pilihan">
      <input
        type="checkbox"
        checked={data[kolom] as boolean}
        onChange={(e) => ubah({ ...data, [kolom]: e.target.checked })}
      />{' '}
      {children}
    </label>
  );
}

/** The `onChange` of a form's text fields: `ubahKolom(setData)('nama')` puts what was typed in that field. */
export function ubahKolom<T>(set: Dispatch<SetStateAction<T>>) {
  return (kolom: KolomTeks<T>) => (e: { target: { value: string } }) => set((d) => ({ ...d, [kolom]: e.target.value }));
}

/**
 * A number with decimals written the Indonesian way ("2,5"), whatever the OS locale: a browser's number box shows
 * "2.5" under en-US and reads "2,5" as nothing. What is typed stays as typed while the box has the focus; a value
 * that does not read goes up as NaN, which main refuses naming the field.
 */
export function InputDesimal({ nilai, ubah }: { nilai: number; ubah: (n: number) => void }) {
  const [teks, setTeks] = useState<string | null>(null);
  return (
    <input
      inputMode="decimal"
      value={teks ?? formatAngkaRingkas(nilai)}
      onFocus={() => setTeks(formatAngkaRingkas(nilai))}
      onBlur={() => setTeks(null)}
      onChange={(e) => {
        setTeks(e.target.value);
        const hasil = parseAngka(e.target.value, { jenis: 'bilangan' });
        ubah(hasil.ok && hasil.value !== null ? hasil.value : NaN);
      }}
    />
  );
}
