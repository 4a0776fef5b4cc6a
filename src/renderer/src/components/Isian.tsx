// A labelled form field that shows the field's own error message under it.
import type { Dispatch, InputHTMLAttributes, ReactNode, SetStateAction } from 'react';

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

/** A text box bound to one text field of a form's state: typing replaces that field and keeps the others. */
export function InputIsian<T>({
  data,
  ubah,
  kolom,
  label,
  ...props
}: {
  data: T;
  ubah: (data: T) => void;
  kolom: KolomTeks<T>;
  /** Its accessible name (the form has no visible label for it). */
  label: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  return (
    <input
      value={data[kolom] as string}
      onChange={(e) => ubah({ ...data, [kolom]: e.target.value })}
      aria-label={label}
      {...props}
    />
  );
}

/** The `onChange` of a form's text fields: `ubahKolom(setData)('nama')` puts what was typed in that field. */
export function ubahKolom<T>(set: Dispatch<SetStateAction<T>>) {
  return (kolom: KolomTeks<T>) => (e: { target: { value: string } }) => set((d) => ({ ...d, [kolom]: e.target.value }));
}
