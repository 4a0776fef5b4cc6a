// How a signatory's office is written above the signature (Permendagri 1/2023, Tata Naskah Dinas): "a.n." for the
// superior signed for, "u.b." for the level between, Plt./Plh./Pj. before the jabatan held temporarily.

/** Written before the jabatan: '' for the holder of the office (definitif). */
export const KEDUDUKAN = ['', 'Plt.', 'Plh.', 'Pj.'] as const;
export type Kedudukan = (typeof KEDUDUKAN)[number];

export const LABEL_KEDUDUKAN: Record<Kedudukan, string> = {
  '': 'Definitif',
  'Plt.': 'Plt. (pelaksana tugas)',
  'Plh.': 'Plh. (pelaksana harian)',
  'Pj.': 'Pj. (penjabat)',
};

export interface JabatanPenandatangan {
  jabatan: string;
  kedudukan: Kedudukan;
  /** The superior signed for ("Bupati Contoh"); '' signs in the signatory's own name. */
  atasNama: string;
  /** Under a.n.: the office between that superior and the signatory ("Sekretaris Daerah"), written before "u.b.". */
  untukBeliau: string;
}

/**
 * The lines between the place/date and the space to sign, the last one closed by a comma:
 *   a.n. BUPATI CONTOH / SEKRETARIS DAERAH / u.b. / Plt. ASISTEN PEREKONOMIAN DAN PEMBANGUNAN,
 * `atasNamaLain`, when given, stands instead of the signatory's own a.n./u.b. lines (one letter signed otherwise).
 */
export function barisJabatan(p: JabatanPenandatangan, atasNamaLain?: string[]): string[] {
  const jabatan = p.jabatan.trim();
  const sendiri = jabatan ? [`${p.kedudukan ? `${p.kedudukan} ` : ''}${jabatan.toUpperCase()},`] : [];
  if (atasNamaLain) return [...atasNamaLain, ...sendiri];
  const atas = p.atasNama.trim();
  if (!atas) return sendiri;
  const antara = p.untukBeliau.trim();
  return [`a.n. ${atas.toUpperCase()}`, ...(antara ? [antara.toUpperCase(), 'u.b.'] : []), ...sendiri];
}

/** The office in running text: "Plt. Asisten Perekonomian dan Pembangunan". */
export const jabatanLengkap = (p: Pick<JabatanPenandatangan, 'jabatan' | 'kedudukan'>): string =>
  p.kedudukan ? `${p.kedudukan} ${p.jabatan}` : p.jabatan;
