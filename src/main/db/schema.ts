// Row types of the SQLite tables as Kysely sees them (camelCase here, snake_case on disk via CamelCasePlugin).
import type { Generated } from 'kysely';
import type { Klaster } from '../../shared/opd';

export interface PengaturanTable {
  kunci: string;
  /** JSON text, validated by the zod schema of its key when read. */
  nilai: string;
}

export interface LogoTable {
  id: number;
  mime: string;
  isi: Uint8Array;
  diubahPada: string;
}

export interface OpdTable {
  id: Generated<number>;
  kode: string;
  nama: string;
  singkatan: string;
  klaster: Klaster;
  kepalaNama: string;
  kepalaJabatan: string;
  kepalaNip: string;
  sekretarisNama: string;
  sekretarisNip: string;
  alamat: string;
  telepon: string;
  dibuatPada: Generated<string>;
  diubahPada: Generated<string>;
}

export interface PenandatanganTable {
  id: Generated<number>;
  nama: string;
  jabatan: string;
  pangkat: string;
  nip: string;
}

export interface Database {
  pengaturan: PengaturanTable;
  logo: LogoTable;
  opd: OpdTable;
  penandatangan: PenandatanganTable;
}
