// What each API method needs, in one place: the domain it belongs to (which roles may read or write it, see HAK)
// and how it touches OPD rows. Typed over every method of the contract: a method without an entry does not compile.
// Whether it reads or writes is the method's own `baca`/`tulis`.
import type { Peran } from '../akun';
import type { Akses } from './define';
import { contract, type MethodName } from './index';

export const RANAH = [
  'sistem',
  'akun',
  'pengguna',
  'jaringan',
  'pengaturan',
  'master',
  'cadangan',
  'renja',
  'realisasi',
  'verifikasi',
  'monev',
  'impor',
  'ekspor',
  'berkas',
  'riwayat',
  'dokumentasi',
  'rapat',
  'laporan',
  'renstra',
] as const;
export type Ranah = (typeof RANAH)[number];

/**
 * How a method touches OPD rows, for the Operator OPD:
 * - `umum`: no OPD's rows (the app's status, the regency's settings, the caller's own account or file);
 * - `opd`: the rows of the OPD its input names, directly (`opdId`) or through an entity; main resolves which
 *   (src/main/akses/pemilik.ts) and refuses an OPD that is not the operator's;
 * - `saring`: a list, which main filters to the operator's OPD (src/main/akses/saring.ts);
 * - `wilayah`: the regency's rows or several OPD's at once: never for an Operator OPD.
 */
export type CakupanOpd = 'umum' | 'opd' | 'saring' | 'wilayah';

export interface Izin {
  ranah: Ranah;
  opd: CakupanOpd;
}

const i = <const C extends CakupanOpd>(ranah: Ranah, opd: C) => ({ ranah, opd });

export const IZIN = {
  'sistem.status': i('sistem', 'umum'),
  'sistem.mulaiKosong': i('sistem', 'wilayah'),
  'sistem.muatDataContoh': i('sistem', 'wilayah'),
  'sistem.aturOperator': i('sistem', 'umum'),
  'akun.saya': i('akun', 'umum'),
  'akun.gantiSandi': i('akun', 'umum'),
  'pengguna.daftar': i('pengguna', 'wilayah'),
  'pengguna.simpan': i('pengguna', 'wilayah'),
  'pengguna.hapus': i('pengguna', 'wilayah'),
  'kehadiran.lapor': i('realisasi', 'opd'),
  'jaringan.status': i('jaringan', 'wilayah'),
  'jaringan.simpan': i('jaringan', 'wilayah'),
  'pengaturan.ambilMonev': i('pengaturan', 'umum'),
  'pengaturan.simpanMonev': i('pengaturan', 'wilayah'),
  'pengaturan.ambil': i('pengaturan', 'umum'),
  'pengaturan.simpan': i('pengaturan', 'wilayah'),
  'pengaturan.ambilLogo': i('pengaturan', 'umum'),
  'pengaturan.simpanLogo': i('pengaturan', 'wilayah'),
  'pengaturan.hapusLogo': i('pengaturan', 'wilayah'),
  'opd.daftar': i('master', 'saring'),
  'opd.simpan': i('master', 'wilayah'),
  'opd.hapus': i('master', 'wilayah'),
  'penandatangan.daftar': i('master', 'wilayah'),
  'penandatangan.simpan': i('master', 'wilayah'),
  'penandatangan.hapus': i('master', 'wilayah'),
  'cadangan.daftar': i('cadangan', 'wilayah'),
  'cadangan.aturRetensi': i('cadangan', 'wilayah'),
  'cadangan.buatSekarang': i('cadangan', 'wilayah'),
  'cadangan.pilih': i('cadangan', 'wilayah'),
  'cadangan.pratinjau': i('cadangan', 'wilayah'),
  'cadangan.pulihkan': i('cadangan', 'wilayah'),
  'renja.daftar': i('renja', 'opd'),
  'renja.aturPerubahan': i('renja', 'wilayah'),
  'renja.simpanProgram': i('renja', 'wilayah'),
  'renja.simpanKegiatan': i('renja', 'wilayah'),
  'renja.simpanSubKegiatan': i('renja', 'wilayah'),
  'renja.simpanIndikator': i('renja', 'wilayah'),
  'renja.hapus': i('renja', 'wilayah'),
  'renja.hapusIndikator': i('renja', 'wilayah'),
  'realisasi.lembar': i('realisasi', 'opd'),
  'realisasi.simpan': i('realisasi', 'opd'),
  'realisasi.verifikasi': i('verifikasi', 'opd'),
  'realisasi.bukaVerifikasi': i('verifikasi', 'opd'),
  'monev.ringkasan': i('monev', 'wilayah'),
  'monev.kurvaS': i('monev', 'opd'),
  // Only the latest month with any realisation, every page's default period (an Operator OPD's too): no figures.
  'monev.periodeTerakhir': i('sistem', 'umum'),
  'impor.pratinjau': i('impor', 'wilayah'),
  'impor.terapkan': i('impor', 'wilayah'),
  'impor.templat': i('impor', 'umum'),
  'impor.lupakanPemetaan': i('impor', 'wilayah'),
  'ekspor.tabel': i('ekspor', 'umum'),
  'ekspor.formulir': i('ekspor', 'opd'),
  'ekspor.formulirSemua': i('ekspor', 'wilayah'),
  'ekspor.pilihFolder': i('berkas', 'umum'),
  'berkas.simpan': i('berkas', 'umum'),
  'riwayat.daftar': i('riwayat', 'wilayah'),
  'riwayat.pulihkan': i('riwayat', 'wilayah'),
  'foto.daftar': i('dokumentasi', 'opd'),
  'foto.tambah': i('dokumentasi', 'opd'),
  'foto.hapus': i('dokumentasi', 'opd'),
  'rapat.daftar': i('rapat', 'wilayah'),
  'rapat.ambil': i('rapat', 'wilayah'),
  'rapat.simpan': i('rapat', 'wilayah'),
  'rapat.hapus': i('rapat', 'wilayah'),
  'rapat.salin': i('rapat', 'wilayah'),
  'rapat.simpanNotulen': i('rapat', 'wilayah'),
  'rapat.sahkanNotulen': i('rapat', 'wilayah'),
  'rapat.batalkanPengesahan': i('rapat', 'wilayah'),
  'rapat.terbitkanNomor': i('rapat', 'wilayah'),
  'rapat.tindakLanjut': i('rapat', 'wilayah'),
  'rapat.simpanTinjauan': i('rapat', 'wilayah'),
  'rapat.buatDokumen': i('rapat', 'wilayah'),
  'suratKeluar.daftar': i('rapat', 'wilayah'),
  'tindakLanjut.daftar': i('rapat', 'wilayah'),
  'tindakLanjut.perOpd': i('rapat', 'wilayah'),
  'tindakLanjut.simpan': i('rapat', 'wilayah'),
  'tindakLanjut.hapus': i('rapat', 'wilayah'),
  'kendala.daftar': i('rapat', 'wilayah'),
  'kendala.simpan': i('rapat', 'wilayah'),
  'kendala.hapus': i('rapat', 'wilayah'),
  'arsip.daftar': i('rapat', 'wilayah'),
  'arsip.buka': i('rapat', 'wilayah'),
  'arsip.cetak': i('rapat', 'wilayah'),
  'arsip.unduh': i('rapat', 'wilayah'),
  'arsip.hapus': i('rapat', 'wilayah'),
  'laporan.narasi': i('laporan', 'wilayah'),
  'laporan.simpanNarasi': i('laporan', 'wilayah'),
  'laporan.buat': i('laporan', 'wilayah'),
  'laporan.eksporXlsx': i('laporan', 'wilayah'),
  'rpjmd.daftar': i('renstra', 'wilayah'),
  'rpjmd.rincian': i('renstra', 'wilayah'),
  'rpjmd.simpan': i('renstra', 'wilayah'),
  'rpjmd.simpanMisi': i('renstra', 'wilayah'),
  'rpjmd.simpanTujuan': i('renstra', 'wilayah'),
  'rpjmd.simpanSasaran': i('renstra', 'wilayah'),
  'rpjmd.simpanIndikator': i('renstra', 'wilayah'),
  'rpjmd.simpanPrioritas': i('renstra', 'wilayah'),
  'rpjmd.hapus': i('renstra', 'wilayah'),
  'renstra.daftar': i('renstra', 'opd'),
  'renstra.simpanProgram': i('renstra', 'wilayah'),
  'renstra.simpanKegiatan': i('renstra', 'wilayah'),
  'renstra.simpanIndikator': i('renstra', 'wilayah'),
  'renstra.simpanBaris': i('renstra', 'wilayah'),
  'renstra.hapus': i('renstra', 'wilayah'),
  'renstra.tautan': i('renstra', 'wilayah'),
  'renstra.tautkan': i('renstra', 'wilayah'),
  'renstra.lepasTautan': i('renstra', 'wilayah'),
  'renstra.pohon': i('renstra', 'wilayah'),
  'renstra.konsistensi': i('renstra', 'wilayah'),
  'renstra.konsistensiDocx': i('renstra', 'wilayah'),
  'pelaporan.pantau': i('realisasi', 'saring'),
  'pelaporan.tenggat': i('realisasi', 'umum'),
  'pelaporan.simpanTenggat': i('pengaturan', 'wilayah'),
  'pelaporan.buatSurat': i('realisasi', 'wilayah'),
  'pelaporan.arsipSurat': i('realisasi', 'wilayah'),
  'pelaporan.pesan': i('realisasi', 'opd'),
  'pelaporan.kirimPesan': i('realisasi', 'wilayah'),
  'kategoriKendala.daftar': i('pengaturan', 'umum'),
  'kategoriKendala.simpan': i('pengaturan', 'wilayah'),
  'kategoriKendala.hapus': i('pengaturan', 'wilayah'),
  'risiko.peta': i('rapat', 'wilayah'),
  'kontrak.pantau': i('realisasi', 'wilayah'),
  'kontrak.simpan': i('realisasi', 'wilayah'),
  'kontrak.hapus': i('realisasi', 'wilayah'),
  'paparan.rapat': i('rapat', 'wilayah'),
  'paparan.laporan': i('laporan', 'wilayah'),
  'paparan.ekspose': i('laporan', 'wilayah'),
} as const satisfies { readonly [M in MethodName]: Izin };

export type MetodeBerCakupan<C extends CakupanOpd> = {
  [M in MethodName]: (typeof IZIN)[M]['opd'] extends C ? M : never;
}[MethodName];

const SEMUA: Akses[] = ['baca', 'tulis'];
const BACA: Akses[] = ['baca'];
/** Reading everything a section member may read: all but accounts, the network and the backups. */
const BACA_BAGIAN = Object.fromEntries(
  RANAH.filter((r) => !['pengguna', 'jaringan', 'cadangan'].includes(r)).map((r) => [r, BACA]),
) as Partial<Record<Ranah, Akses[]>>;

/** Which roles read and write each domain. The lock of a verified period applies besides, to every role. */
export const HAK: Record<Peran, Partial<Record<Ranah, Akses[]>>> = {
  admin: Object.fromEntries(RANAH.map((r) => [r, SEMUA])) as Record<Ranah, Akses[]>,
  staf: {
    ...BACA_BAGIAN,
    akun: SEMUA,
    master: SEMUA,
    renja: SEMUA,
    realisasi: SEMUA,
    impor: SEMUA,
    ekspor: SEMUA,
    berkas: SEMUA,
    riwayat: SEMUA,
    dokumentasi: SEMUA,
    rapat: SEMUA,
    laporan: SEMUA,
    renstra: SEMUA,
  },
  verifikator: { ...BACA_BAGIAN, akun: SEMUA, verifikasi: SEMUA, ekspor: SEMUA, berkas: SEMUA },
  operator_opd: {
    sistem: BACA,
    akun: SEMUA,
    pengaturan: BACA,
    master: BACA,
    renja: BACA,
    realisasi: SEMUA,
    dokumentasi: SEMUA,
    ekspor: SEMUA,
    berkas: SEMUA,
  },
  pimpinan: {
    sistem: BACA,
    akun: SEMUA,
    pengaturan: BACA,
    master: BACA,
    monev: BACA,
    laporan: BACA,
    rapat: BACA,
    renstra: BACA,
    renja: BACA,
    realisasi: BACA,
    dokumentasi: BACA,
    ekspor: BACA,
    berkas: SEMUA,
  },
};

/** Whether the role may call the method at all; the OPD of an Operator OPD is checked in main after this. */
export function bolehPeran(peran: Peran, method: MethodName): boolean {
  const izin: Izin = IZIN[method];
  if (peran === 'operator_opd' && izin.opd === 'wilayah') return false;
  return HAK[peran][izin.ranah]?.includes(contract[method].akses) ?? false;
}
