// The four Rakerda clusters every OPD belongs to, and the shape of an OPD code.
export const KLASTER = ['pembangunan_manusia', 'ekonomi', 'infrastruktur', 'pemerintahan'] as const;
export type Klaster = (typeof KLASTER)[number];

export const LABEL_KLASTER: Record<Klaster, string> = {
  pembangunan_manusia: 'Pembangunan Manusia',
  ekonomi: 'Ekonomi',
  infrastruktur: 'Infrastruktur',
  pemerintahan: 'Pemerintahan',
};

/** Permendagri 90/2019 unit code of eight segments, e.g. 1.01.2.22.0.00.01.0000. */
export const POLA_KODE_OPD = /^\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}$/;

/** How a letter addresses the head of an OPD when the title is not recorded: "Kepala Dinas ...". */
export function jabatanKepalaOpd(opd: { nama: string; kepalaJabatan: string }): string {
  return opd.kepalaJabatan || `Kepala ${opd.nama}`;
}
