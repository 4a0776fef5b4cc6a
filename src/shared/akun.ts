// Accounts of the office network mode: the roles, what each is called, and the password rule.

export const PERAN = ['admin', 'staf', 'verifikator', 'operator_opd', 'pimpinan'] as const;
export type Peran = (typeof PERAN)[number];

export const LABEL_PERAN: Record<Peran, string> = {
  admin: 'Admin',
  staf: 'Staf Bagian',
  verifikator: 'Verifikator',
  operator_opd: 'Operator OPD',
  pimpinan: 'Pimpinan',
};

export const PANJANG_SANDI_MIN = 10;

/** An account as the Admin sees it; the password hash never leaves main. */
export interface Pengguna {
  id: number;
  nama: string;
  namaLengkap: string;
  peran: Peran;
  /** Only for Operator OPD: the one OPD whose rows the account may see. */
  opdId: number | null;
  aktif: boolean;
}

/** Who a request over the network comes from, as dispatch checks it. */
export interface AkunSesi {
  id: number;
  nama: string;
  namaLengkap: string;
  peran: Peran;
  opdId: number | null;
}

/** The one answer to a failed login, whether the name exists or not, so nobody learns which accounts exist. */
export const PESAN_GAGAL_MASUK = 'Nama pengguna atau kata sandi salah.';
