// From a meeting in the database to its documents: gathers the plain data the DOCX builders take, builds, archives.
import { bersihkanSemua } from '../../shared/teks';
import type { DokumenRingkas, Kendala, Peserta, Rapat, TindakLanjut } from '../../shared/api/rapat';
import { formatTanggal } from '../../shared/format';
import {
  formatNomorSurat,
  hariIni,
  hitungKehadiran,
  lembarLampiran,
  LABEL_DOKUMEN_RAPAT,
  LABEL_STATUS_KENDALA,
  LABEL_STATUS_TINDAK_LANJUT,
  LABEL_TINGKAT_KENDALA,
  pembukaBaku,
  PENUTUP_BAKU,
  ringkasKehadiran,
  type JenisDokumenRapat,
} from '../../shared/rapat';
import { namaBerkasAman, simpanDokumen } from '../arsip/repository';
import type { Db } from '../db/connection';
import { buatDaftarHadir, type DataDaftarHadir } from '../docx/daftarHadir';
import { halamanDari } from '../docx/halaman';
import type { GambarLogo } from '../docx/kop';
import { buatNotulen, type BarisKendala, type BarisTindakLanjut, type DataNotulen } from '../docx/notulen';
import { buatUndangan, type DataUndangan } from '../docx/undangan';
import { ambilLogo, ambilPengaturan, ambilPengaturanCetak } from '../pengaturan/repository';
import { pejabat } from '../penandatangan/repository';
import { catatPengesahan, notulenDisahkan } from './pengesahan';
import { ambilRapat } from './repository';
import { tindakLanjutRapat } from './tinjauan';

/** Walk-ins and late additions get a few empty rows at the end of the printed list. */
const BARIS_KOSONG_DAFTAR_HADIR = 5;

/**
 * A meeting's own a.n. text: empty signs as the signatory is set up, "-" signs without a.n., anything else stands
 * instead of the signatory's a.n./u.b. lines, one line per line typed.
 */
export function atasNamaRapat(atasNama: string): string[] | null {
  const teks = atasNama.trim();
  if (teks === '') return null;
  if (teks === '-') return [];
  return teks
    .split('\n')
    .map((b) => b.trim())
    .filter(Boolean);
}

export async function logo(db: Db): Promise<GambarLogo | null> {
  const l = await ambilLogo(db);
  return l ? { isi: Buffer.from(l.base64, 'base64'), mime: l.mime } : null;
}

/** How the letter addresses one invitee after "Yth.". */
function sebutan(p: Peserta): string {
  if (p.opdId !== null) return p.jabatan;
  if (!p.jabatan) return `Bapak/Ibu ${p.nama}`;
  return p.instansi && !p.jabatan.includes(p.instansi) ? `${p.jabatan} ${p.instansi}` : p.jabatan;
}

function sebutanKolektif(rapat: Rapat, penerima: Peserta[]): string {
  if (penerima.some((p) => p.opdId === null)) return 'Peserta Rapat';
  return rapat.tujuan === 'sekretaris' ? 'Sekretaris Perangkat Daerah' : 'Kepala Perangkat Daerah';
}

export async function dataUndangan(db: Db, rapat: Rapat): Promise<DataUndangan> {
  const pengaturan = await ambilPengaturanCetak(db, 'undangan');
  const penerima = rapat.peserta.filter((p) => p.diundang);
  const tanggalSurat = rapat.tanggalSurat || hariIni();
  const halaman = halamanDari(pengaturan);
  return {
    halaman,
    instansi: pengaturan,
    logo: await logo(db),
    kota: pengaturan.kotaPenerbitan,
    zona: pengaturan.zonaWaktu,
    nomor: rapat.nomorSurat || formatNomorSurat(pengaturan.polaNomorSurat, null, Number(tanggalSurat.slice(0, 4))),
    tanggalSurat,
    sifat: rapat.sifat,
    lampiran: rapat.lampiran ?? lembarLampiran(penerima, pengaturan),
    hal: rapat.hal,
    sebutanKolektif: sebutanKolektif(rapat, penerima),
    penerima: penerima.map((p) => ({ nama: p.nama, jabatan: p.jabatan, instansi: p.instansi, sebutan: sebutan(p) })),
    pembuka: rapat.pembuka || pembukaBaku(rapat),
    penutup: rapat.penutup || PENUTUP_BAKU,
    tanggal: rapat.tanggal,
    waktuMulai: rapat.waktuMulai,
    waktuSelesai: rapat.waktuSelesai,
    tempat: rapat.tempat,
    acara: rapat.acara.map((a) => a.uraian),
    narasumber: rapat.narasumber,
    penandatangan: await pejabat(db, rapat.penandatanganId),
    atasNama: atasNamaRapat(rapat.atasNama),
    tembusan: rapat.tembusan,
  };
}

export async function dataDaftarHadir(db: Db, rapat: Rapat): Promise<DataDaftarHadir> {
  const pengaturan = await ambilPengaturan(db);
  return {
    halaman: halamanDari(pengaturan),
    zona: pengaturan.zonaWaktu,
    judul: rapat.judul,
    tanggal: rapat.tanggal,
    waktuMulai: rapat.waktuMulai,
    waktuSelesai: rapat.waktuSelesai,
    tempat: rapat.tempat,
    peserta: rapat.peserta.map((p) => ({
      nama: p.kehadiran === 'diwakili' ? p.diwakiliOleh : p.nama,
      jabatan: p.kehadiran === 'diwakili' ? `Mewakili ${p.jabatan}` : p.jabatan,
      instansi: p.instansi,
    })),
    barisKosong: BARIS_KOSONG_DAFTAR_HADIR,
  };
}

const penanggungJawab = (tl: TindakLanjut) => tl.opd.map((o) => o.singkatan || o.nama).join(', ');

function barisTindakLanjut(tl: TindakLanjut, denganAsal: boolean): BarisTindakLanjut {
  return {
    uraian: tl.bukti ? `${tl.uraian}\nBukti: ${tl.bukti}` : tl.uraian,
    penanggungJawab: penanggungJawab(tl),
    batasWaktu: tl.batasWaktu,
    status: LABEL_STATUS_TINDAK_LANJUT[tl.status] + (tl.terlambat ? ' (terlambat)' : ''),
    ...(denganAsal ? { asal: `${tl.asal.judul} (${formatTanggal(tl.asal.tanggal)})` } : {}),
  };
}

const barisKendala = (k: Kendala): BarisKendala => ({
  uraian: k.uraian,
  opd: k.opd ? k.opd.singkatan || k.opd.nama : '',
  tingkat: LABEL_TINGKAT_KENDALA[k.tingkat],
  status: LABEL_STATUS_KENDALA[k.status],
  solusi: k.solusi,
});

export async function dataNotulen(db: Db, rapat: Rapat): Promise<DataNotulen> {
  const pengaturan = await ambilPengaturanCetak(db, 'notulen');
  const tl = await tindakLanjutRapat(db, rapat.id);
  const n = rapat.notulen;
  const kelompok = [
    ...rapat.acara.map((a) => ({ acara: a.uraian, butir: n.pembahasan.filter((p) => p.acaraId === a.id) })),
    { acara: 'Lain-lain', butir: n.pembahasan.filter((p) => p.acaraId === null) },
  ].filter((k) => k.butir.length > 0);
  return {
    halaman: halamanDari(pengaturan),
    zona: pengaturan.zonaWaktu,
    kota: pengaturan.kotaPenerbitan,
    judul: rapat.judul,
    tanggal: rapat.tanggal,
    waktuMulai: rapat.waktuMulai,
    waktuSelesai: rapat.waktuSelesai,
    tempat: rapat.tempat,
    pimpinan: await pejabat(db, rapat.pimpinanId),
    notulis: { nama: n.notulisNama, nip: n.notulisNip },
    ringkasanPeserta: ringkasKehadiran(hitungKehadiran(rapat.peserta)),
    pembukaan: n.pembukaan,
    pembahasan: kelompok,
    kesimpulan: n.kesimpulan,
    tindakLanjut: tl.diputuskan.map((t) => barisTindakLanjut(t, false)),
    tindakLanjutSebelumnya: tl.ditinjau.map((t) => barisTindakLanjut(t, true)),
    kendala: [...tl.kendalaDiangkat, ...tl.kendalaDitinjau].map(barisKendala),
  };
}

// Old rows may carry a character XML forbids (saved before text was cleaned at the boundary): cleaned again here.
const PEMBUAT: Record<JenisDokumenRapat, (db: Db, rapat: Rapat) => Promise<Buffer>> = {
  undangan: async (db, r) => buatUndangan(bersihkanSemua(await dataUndangan(db, r))),
  daftar_hadir: async (db, r) => buatDaftarHadir(bersihkanSemua(await dataDaftarHadir(db, r))),
  // Approved minutes print what was approved, byte for byte; later statuses show in the next meeting's review.
  notulen: async (db, r) => buatNotulen((await notulenDisahkan(db, r.id)) ?? bersihkanSemua(await dataNotulen(db, r))),
};

/** Builds one document of a meeting and keeps it in the archive; the answer names the archived file. */
export function buatDokumenRapat(db: Db, rapatId: number, jenis: JenisDokumenRapat): Promise<DokumenRingkas> {
  return db.transaction().execute(async (trx) => {
    const rapat = await ambilRapat(trx, rapatId);
    const isi = await PEMBUAT[jenis](trx, rapat);
    const namaBerkas = namaBerkasAman(`${LABEL_DOKUMEN_RAPAT[jenis]} ${rapat.judul} ${rapat.tanggal}`, 'docx');
    return simpanDokumen(trx, { rapatId, jenis, namaBerkas, isi });
  });
}

/** Approves the minutes as they print now (see pengesahan.ts). */
export function sahkanNotulen(db: Db, rapatId: number, operator: string): Promise<Rapat> {
  return db.transaction().execute(async (trx) => {
    const rapat = await ambilRapat(trx, rapatId);
    await catatPengesahan(trx, rapatId, bersihkanSemua(await dataNotulen(trx, rapat)), operator);
    return ambilRapat(trx, rapatId);
  });
}
