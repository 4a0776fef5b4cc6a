// Which file column feeds which field: recognised from the titles, remembered from an earlier import of a file with
// the same header, or chosen by hand in the preview. Never guessed silently: two candidates are a question to the user.
import type { KolomBerkas, MedanImpor, PemetaanKolom } from '../../shared/api/impor';
import type { Versi } from '../../shared/renja';
import type { Db } from '../db/connection';
import { ambilNilai, simpanNilai } from '../pengaturan/repository';
import type { Header, KolomHeader } from './header';
import { huruf, labelMedan, type Medan } from './medan';

export interface SpesifikasiMedan {
  medan: Medan;
  wajib: boolean;
}

export type Pilihan = Partial<Record<Medan, number | null>>;

export interface HasilPeta {
  peta: Map<Medan, number>;
  kolom: KolomBerkas[];
  medan: MedanImpor[];
  asal: 'otomatis' | 'diingat' | 'manual';
  masalah: string[];
  peringatan: string[];
}

const KUNCI = 'impor.pemetaan';
const BATAS_DIINGAT = 100;

type Tersimpan = Record<string, { kolom: Pilihan; diubah: string }>;

export async function pemetaanTersimpan(db: Db): Promise<Tersimpan> {
  const v = await ambilNilai(db, KUNCI);
  return v && typeof v === 'object' ? (v as Tersimpan) : {};
}

/** Remembers the columns chosen by hand, keeping the most recent headers. */
export async function ingatPemetaan(db: Db, pilihan: PemetaanKolom[]): Promise<void> {
  if (pilihan.length === 0) return;
  const semua = await pemetaanTersimpan(db);
  const diubah = new Date().toISOString();
  for (const p of pilihan) {
    const ada = semua[p.tanda] ?? { kolom: {}, diubah };
    ada.kolom[p.medan as Medan] = p.kolom;
    ada.diubah = diubah;
    semua[p.tanda] = ada;
  }
  const urut = Object.entries(semua).sort((a, b) => b[1].diubah.localeCompare(a[1].diubah));
  await simpanNilai(db, KUNCI, Object.fromEntries(urut.slice(0, BATAS_DIINGAT)));
}

export async function lupakanPemetaan(db: Db, tanda: string): Promise<boolean> {
  const semua = await pemetaanTersimpan(db);
  if (!(tanda in semua)) return false;
  delete semua[tanda];
  await simpanNilai(db, KUNCI, semua);
  return true;
}

const sebut = (k: KolomHeader) => `${huruf(k.indeks)} "${k.judul}"`;

/** One column among several that a title fits: the version or quarter being imported decides, else the user. */
function pilihSatu(
  calon: KolomHeader[],
  opsi: { versi: Versi | null; triwulan: number | null },
): KolomHeader | KolomHeader[] {
  if (calon.length === 1) return calon[0]!;
  const cocok = calon.filter(
    (k) =>
      (k.calon?.versi !== undefined && k.calon.versi === opsi.versi) ||
      (k.calon?.triwulan !== undefined && k.calon.triwulan === opsi.triwulan),
  );
  if (cocok.length === 1) return cocok[0]!;
  const tanpaTanda = calon.filter((k) => k.calon?.versi === undefined && k.calon?.triwulan === undefined);
  if (tanpaTanda.length === 1 && cocok.length === 0) return tanpaTanda[0]!;
  return calon;
}

export function petakan(
  header: Header,
  daftar: SpesifikasiMedan[],
  opsi: { manual: Pilihan | null; diingat: Pilihan | null; versi: Versi | null; triwulan: number | null },
): HasilPeta {
  const peta = new Map<Medan, number>();
  const asalKolom = new Map<number, KolomBerkas['asal']>();
  const masalah: string[] = [];
  const peringatan: string[] = [];
  const pilihan = opsi.manual ?? opsi.diingat;
  const ambigu = new Set<Medan>();
  const asal = opsi.manual ? 'manual' : opsi.diingat ? 'diingat' : 'otomatis';

  for (const { medan } of daftar) {
    if (pilihan && medan in pilihan) {
      const j = pilihan[medan];
      if (j !== null && j !== undefined && j < header.kolom.length) {
        peta.set(medan, j);
        asalKolom.set(j, asal === 'otomatis' ? 'judul' : asal);
      }
      continue;
    }
    const calon = header.kolom.filter((k) => k.calon?.medan === medan);
    if (calon.length === 0) continue;
    const dipilih = pilihSatu(calon, opsi);
    if (Array.isArray(dipilih)) {
      ambigu.add(medan);
      masalah.push(
        `Kolom ${dipilih.map(sebut).join(' dan ')} sama-sama dapat dibaca sebagai ${labelMedan(medan)}: pilih salah satu pada pemetaan kolom`,
      );
      continue;
    }
    peta.set(medan, dipilih.indeks);
    asalKolom.set(dipilih.indeks, dipilih.calon!.asal);
    const lain = calon.filter((k) => k !== dipilih);
    if (lain.length > 0)
      peringatan.push(
        `Kolom ${sebut(dipilih)} dipakai sebagai ${labelMedan(medan)} (${opsi.versi === 'perubahan' ? 'APBD Perubahan' : 'sesuai periode yang diimpor'}); kolom ${lain.map(sebut).join(', ')} diabaikan`,
      );
    else if (medan === 'pagu' && dipilih.calon?.versi && opsi.versi && dipilih.calon.versi !== opsi.versi)
      peringatan.push(
        `Kolom ${sebut(dipilih)} tampaknya pagu APBD ${dipilih.calon.versi === 'murni' ? 'Murni' : 'Perubahan'}, tetapi berkas diimpor sebagai APBD ${opsi.versi === 'murni' ? 'Murni' : 'Perubahan'}`,
      );
  }

  const dipakai = new Map<number, Medan[]>();
  for (const [m, j] of peta) dipakai.set(j, [...(dipakai.get(j) ?? []), m]);
  for (const [j, m] of dipakai) {
    if (m.length > 1)
      masalah.push(
        `Kolom ${huruf(j)} dipilih untuk ${m.map(labelMedan).join(' dan ')}: satu kolom hanya untuk satu isian`,
      );
  }
  for (const { medan, wajib } of daftar) {
    if (wajib && !peta.has(medan) && !ambigu.has(medan))
      masalah.push(`Kolom ${labelMedan(medan)} tidak ditemukan: pilih kolomnya pada pemetaan kolom`);
  }

  const kolom: KolomBerkas[] = header.kolom
    .filter((k) => k.judul !== '' || dipakai.has(k.indeks))
    .map((k) => {
      const m = dipakai.get(k.indeks)?.[0] ?? null;
      return {
        indeks: k.indeks,
        huruf: huruf(k.indeks),
        judul: k.judul,
        medan: m,
        dibacaSebagai: m ? labelMedan(m) : 'diabaikan',
        asal: m ? (asalKolom.get(k.indeks) ?? null) : null,
      };
    });
  const medan: MedanImpor[] = daftar.map((d) => ({
    medan: d.medan,
    label: labelMedan(d.medan),
    wajib: d.wajib,
    kolom: peta.get(d.medan) ?? null,
  }));
  return { peta, kolom, medan, asal, masalah, peringatan };
}
