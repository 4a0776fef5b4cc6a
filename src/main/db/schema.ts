// Row types of the SQLite tables as Kysely sees them (camelCase here, snake_case on disk via CamelCasePlugin).
import type { Generated } from 'kysely';
import type { Peran } from '../../shared/akun';
import type { MimeGambar } from '../../shared/gambar';
import type { Opd } from '../../shared/api/opd';
import type { Penandatangan } from '../../shared/api/penandatangan';
import type { KategoriKendala } from '../../shared/api/risiko';
import type { RpjmdRingkas } from '../../shared/api/renstra';
import type { Notulen, Rapat, SuratKeluar } from '../../shared/api/rapat';
import type { Kehadiran, StatusTindakLanjut, TingkatKendala } from '../../shared/rapat';
import type { StatusVerifikasi, Versi } from '../../shared/renja';
import type { ArahIndikator, JenisIndikator } from '../../shared/monev/rules';
import type { CaraPengingat } from '../../shared/pelaporan';

export interface PengaturanTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  kunci: string;
  /** JSON text, validated by the zod schema of its key when read. */
  nilai: string;
}

export interface LogoTable {
  id: number;
  mime: MimeGambar;
  isi: Uint8Array;
  diubahPada: string;
}

/**
 * A row type from the transfer type the API already declares: the same names and types, with the columns the
 * database fills itself wrapped in Generated. One source for both; test/service/skema.test.ts holds it to the table.
 */
type Baris<T, Diisi extends keyof T> = { [K in keyof T]: K extends Diisi ? Generated<T[K]> : T[K] };

/** The OPD as the API gives it (shared/api/opd.ts), plus when it was made and changed. */
export interface OpdTable extends Baris<Opd, 'id' | 'revisi' | 'kontakNama' | 'kontakTelepon'> {
  dibuatPada: Generated<string>;
  diubahPada: Generated<string>;
}

/**
 * The signatory as the API gives it (shared/api/penandatangan.ts). `revisi` came with 0008_revisi_kunci, kedudukan,
 * atasNama and untukBeliau with 0014_kedudukan_penandatangan (their defaults fill the rows written before).
 */
export type PenandatanganTable = Baris<Penandatangan, 'id' | 'revisi' | 'kedudukan' | 'atasNama' | 'untukBeliau'>;

export interface TahunAnggaranTable {
  tahun: number;
  perubahanMulaiBulan: number | null;
}

export interface ProgramTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  opdId: number;
  tahun: number;
  kode: string;
  nama: string;
}

export interface KegiatanTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  programId: number;
  kode: string;
  nama: string;
}

export interface SubKegiatanTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  kegiatanId: number;
  kode: string;
  nama: string;
  lokasi: Generated<string>;
  sumberDana: Generated<string>;
}

export interface AnggaranTable {
  subKegiatanId: number;
  versi: Versi;
  pagu: number;
}

export interface TargetPeriodeTable {
  subKegiatanId: number;
  versi: Versi;
  bulan: number;
  targetFisik: number | null;
  targetKeuangan: number | null;
}

export interface RealisasiTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  subKegiatanId: number;
  bulan: number;
  realisasiFisik: number | null;
  realisasiKeuangan: number | null;
  permasalahan: Generated<string>;
  faktorPendorong: Generated<string>;
  faktorPenghambat: Generated<string>;
  tindakLanjut: Generated<string>;
  diubahOleh: Generated<string>;
  diubahPada: Generated<string>;
}

export interface IndikatorTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  programId: number | null;
  kegiatanId: number | null;
  subKegiatanId: number | null;
  uraian: string;
  satuan: Generated<string>;
  target: number | null;
  jenis: Generated<JenisIndikator>;
  arah: Generated<ArahIndikator>;
  urutan: Generated<number>;
}

export interface NilaiIndikatorTable {
  indikatorId: number;
  bulan: number;
  target: number | null;
  realisasi: number | null;
  diubahOleh: Generated<string>;
  diubahPada: Generated<string>;
}

export interface VerifikasiTable {
  opdId: number;
  tahun: number;
  bulan: number;
  status: Generated<StatusVerifikasi>;
  catatan: Generated<string>;
  /** Why a verified period was reopened (0008_revisi_kunci). */
  alasanBuka: Generated<string>;
  diubahOleh: Generated<string>;
  diubahPada: Generated<string>;
}

export interface DokumentasiTable {
  id: Generated<number>;
  subKegiatanId: number;
  bulan: number;
  keterangan: Generated<string>;
  mime: MimeGambar;
  isi: Uint8Array;
  diubahOleh: Generated<string>;
  dibuatPada: Generated<string>;
}

export interface RiwayatTable {
  id: Generated<number>;
  tabel: string;
  kunci: string;
  aksi: 'tambah' | 'ubah' | 'hapus';
  lama: string | null;
  baru: string | null;
  opdId: number | null;
  oleh: Generated<string>;
  pada: Generated<string>;
}

export interface Database {
  pengaturan: PengaturanTable;
  logo: LogoTable;
  opd: OpdTable;
  penandatangan: PenandatanganTable;
  tahunAnggaran: TahunAnggaranTable;
  program: ProgramTable;
  kegiatan: KegiatanTable;
  subKegiatan: SubKegiatanTable;
  anggaran: AnggaranTable;
  targetPeriode: TargetPeriodeTable;
  realisasi: RealisasiTable;
  indikator: IndikatorTable;
  nilaiIndikator: NilaiIndikatorTable;
  verifikasi: VerifikasiTable;
  dokumentasi: DokumentasiTable;
  riwayat: RiwayatTable;
  rapat: RapatTable;
  rapatPeserta: RapatPesertaTable;
  rapatAcara: RapatAcaraTable;
  rapatPembahasan: RapatPembahasanTable;
  suratKeluar: SuratKeluarTable;
  dokumen: DokumenTable;
  tindakLanjut: TindakLanjutTable;
  tindakLanjutOpd: TindakLanjutOpdTable;
  tindakLanjutTinjauan: TinjauanTable & { tindakLanjutId: number };
  kendala: KendalaTable;
  kendalaTinjauan: TinjauanTable & { kendalaId: number };
  laporanNarasi: LaporanNarasiTable;
}

// Coordination meetings (migration 0003_rapat).
/**
 * The meeting as the API gives it (shared/api/rapat.ts) without what lives in other tables (acara, peserta,
 * pembahasan), its lists kept as JSON text, and the notulen's own fields as columns.
 */
export interface RapatTable extends Baris<
  Omit<Rapat, 'acara' | 'peserta' | 'notulen' | 'notulenSah' | 'narasumber' | 'tembusan'> & Omit<Notulen, 'pembahasan'>,
  'id' | 'revisi' | 'nomorSurat' | 'notulisNama' | 'notulisNip' | 'pembukaan' | 'kesimpulan'
> {
  /** JSON array of text. */
  narasumber: string;
  /** JSON array of text. */
  tembusan: string;
  dibuatPada: Generated<string>;
  diubahPada: Generated<string>;
}

export interface RapatPesertaTable {
  id: Generated<number>;
  rapatId: number;
  urutan: number;
  opdId: number | null;
  nama: string;
  jabatan: string;
  instansi: string;
  diundang: number;
  kehadiran: Kehadiran;
  diwakiliOleh: string;
}

export interface RapatAcaraTable {
  id: Generated<number>;
  rapatId: number;
  urutan: number;
  uraian: string;
}

export interface RapatPembahasanTable {
  id: Generated<number>;
  rapatId: number;
  acaraId: number | null;
  urutan: number;
  pembicara: string;
  uraian: string;
}

/** The register of outgoing letters as the API gives it (shared/api/rapat.ts), plus when the number was taken. */
export interface SuratKeluarTable extends Baris<SuratKeluar, 'id'> {
  dibuatPada: Generated<string>;
}

export interface DokumenTable {
  id: Generated<number>;
  rapatId: number | null;
  jenis: string;
  namaBerkas: string;
  isi: Uint8Array;
  dibuatPada: Generated<string>;
}

export interface TindakLanjutTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  rapatId: number;
  uraian: string;
  batasWaktu: string | null;
  status: StatusTindakLanjut;
  bukti: string;
  dibuatPada: Generated<string>;
  diubahPada: Generated<string>;
}

export interface TindakLanjutOpdTable {
  tindakLanjutId: number;
  opdId: number;
}

export interface TinjauanTable {
  rapatId: number;
  catatan: string;
}

export interface KendalaTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  rapatId: number;
  uraian: string;
  opdId: number | null;
  tingkat: TingkatKendala;
  status: StatusTindakLanjut;
  solusi: string;
  /** Added by 0007_kendala_sub. */
  subKegiatanId: number | null;
  /** Added by 0009_pelaporan: the category and the risk scales (1-5), null while not scored. */
  kategoriId: Generated<number | null>;
  kemungkinan: Generated<number | null>;
  dampak: Generated<number | null>;
  dibuatPada: Generated<string>;
  diubahPada: Generated<string>;
}

// Reporting discipline, risks and contracts (migration 0009_pelaporan).
export interface Database {
  kategoriKendala: KategoriKendalaTable;
  tenggatPelaporan: { tahun: number; triwulan: number; tanggal: string };
  formulirOpd: FormulirOpdTable;
  pengingat: PengingatTable;
  kontrak: KontrakTable;
}

/** The category as the API gives it (shared/api/risiko.ts) without the count of kendala, which is counted. */
export type KategoriKendalaTable = Baris<Omit<KategoriKendala, 'jumlahKendala'>, 'id' | 'revisi'>;

export interface FormulirOpdTable {
  opdId: number;
  tahun: number;
  bulan: number;
  dikirimPada: string | null;
  kembaliPada: string | null;
}

export interface PengingatTable {
  id: Generated<number>;
  opdId: number;
  tahun: number;
  triwulan: number;
  cara: CaraPengingat;
  dokumenId: number | null;
  nomorSurat: Generated<string>;
  oleh: string;
  pada: Generated<string>;
}

export interface KontrakTable {
  revisi: Generated<number>;
  id: Generated<number>;
  subKegiatanId: number;
  nomor: string;
  penyedia: string;
  nilai: number;
  tanggalMulai: string;
  tanggalSelesai: string;
  /** JSON array of { bulan: 'YYYY-MM', rencanaFisik } (cumulative % at each month's end). */
  jadwal: string;
  dibuatPada: Generated<string>;
  diubahPada: Generated<string>;
}

// RPJMD and Renstra PD (migration 0006_renstra); merged into Database above by declaration merging.
export interface Database {
  rpjmd: RpjmdTable;
  rpjmdMisi: RpjmdButirTable & { rpjmdId: number };
  rpjmdTujuan: RpjmdButirTable & { misiId: number };
  rpjmdSasaran: RpjmdButirTable & { tujuanId: number };
  indikatorSasaran: IndikatorSasaranTable;
  nilaiIndikatorSasaran: NilaiTahunanTable;
  prioritas: PrioritasTable;
  prioritasSasaran: { prioritasId: number; sasaranId: number };
  renstra: { id: Generated<number>; opdId: number; rpjmdId: number };
  renstraTujuan: { id: Generated<number>; renstraId: number; uraian: string };
  renstraSasaran: { id: Generated<number>; tujuanId: number; uraian: string };
  renstraProgram: RenstraProgramTable;
  renstraKegiatan: { id: Generated<number>; programId: number; kode: string; nama: string; revisi: Generated<number> };
  renstraIndikator: RenstraIndikatorTable;
  renstraTarget: NilaiTahunanTable;
  renstraPagu: RenstraPaguTable;
  programRenstra: { programId: number; renstraProgramId: number };
}

/** The RPJMD as the API lists it (shared/api/renstra.ts); `revisi` came with 0008_revisi_kunci. */
export interface RpjmdTable extends Baris<RpjmdRingkas, 'id' | 'namaBupati' | 'namaWakil'> {
  revisi: Generated<number>;
}

export interface RpjmdButirTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  nomor: number;
  uraian: string;
}

export interface IndikatorSasaranTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  sasaranId: number;
  uraian: string;
  satuan: Generated<string>;
  baseline: number | null;
  jenis: Generated<JenisIndikator>;
  arah: Generated<ArahIndikator>;
  urutan: Generated<number>;
}

export interface NilaiTahunanTable {
  indikatorId: number;
  tahun: number;
  target: number | null;
  realisasi: number | null;
}

export interface PrioritasTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  rpjmdId: number;
  tingkat: 'daerah' | 'provinsi' | 'nasional';
  nama: string;
  uraian: Generated<string>;
}

export interface RenstraProgramTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  renstraId: number;
  kode: string;
  nama: string;
  sasaranRpjmdId: number | null;
  renstraSasaranId: number | null;
}

export interface RenstraIndikatorTable {
  /** Added by 0008_revisi_kunci: raised by a trigger on every change of the row. */
  revisi: Generated<number>;
  id: Generated<number>;
  programId: number | null;
  kegiatanId: number | null;
  uraian: string;
  satuan: Generated<string>;
  baseline: number | null;
  targetAkhir: number | null;
  jenis: Generated<JenisIndikator>;
  arah: Generated<ArahIndikator>;
  urutan: Generated<number>;
}

export interface RenstraPaguTable {
  programId: number | null;
  kegiatanId: number | null;
  tahun: number;
  pagu: number;
  realisasi: number | null;
}

// The quarterly report's edited narrative (migration 0004_laporan).
export interface LaporanNarasiTable {
  tahun: number;
  triwulan: number;
  cakupanJenis: 'kabupaten' | 'opd' | 'klaster';
  cakupanKunci: string;
  bagian: string;
  teks: string;
  diubahOleh: Generated<string>;
  diubahPada: Generated<string>;
}

/** Accounts of the office network mode (migration 0013_pengguna), read and written by akun/repository.ts. */
export interface PenggunaTable {
  id: Generated<number>;
  /** The login name, unique without regard to case. */
  nama: string;
  namaLengkap: string;
  peran: Peran;
  /** Only for an Operator OPD (a CHECK holds it). */
  opdId: number | null;
  /** `scrypt$N$r$p$salt$hash`; never leaves main. */
  sandi: string;
  aktif: Generated<number>;
  dibuatPada: Generated<string>;
}

/** Sessions: the id is the SHA-256 of the cookie's token; times in ms since the epoch. */
export interface SesiTable {
  id: string;
  penggunaId: number;
  dibuatPada: number;
  terakhirPada: number;
  alamat: string;
}

export interface Database {
  pengguna: PenggunaTable;
  sesi: SesiTable;
}

/**
 * Approvals of minutes (migration 0015_notulen_sah): `isi` is the JSON of what the notulen printed when approved
 * (DataNotulen); a withdrawn approval keeps its row with when, by whom and why.
 */
export interface NotulenSahTable {
  id: Generated<number>;
  rapatId: number;
  disahkanPada: Generated<string>;
  disahkanOleh: Generated<string>;
  isi: string;
  dibatalkanPada: string | null;
  dibatalkanOleh: Generated<string>;
  alasanBatal: Generated<string>;
}

export interface Database {
  notulenSah: NotulenSahTable;
}
