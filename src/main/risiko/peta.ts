// The regency's view of kendala as risks: a 5x5 heat map of kemungkinan x dampak, the top risks across OPD, and the
// scores summed per category and per OPD. `kendalaMenurutKategori` is also what the quarterly report's kendala
// section calls.
import type { Kendala } from '../../shared/api/rapat';
import {
  JUMLAH_RISIKO_TERATAS,
  type KelompokKendala,
  type PetaRisiko,
  type RisikoPerOpd,
  type SelPetaRisiko,
} from '../../shared/api/risiko';
import { bandRisiko, skorRisiko, type BandRisiko } from '../../shared/monev/risiko';
import type { Db } from '../db/connection';
import { idButir, muatKendala } from '../rapat/tindakLanjut';

const TINGGI: readonly BandRisiko[] = ['Tinggi', 'Sangat Tinggi'];
const tinggi = (k: Kendala) => k.band !== null && TINGGI.includes(k.band);

/** Highest score first; unscored last; then the oldest first, so the order is stable. */
const menurutSkor = (a: Kendala, b: Kendala) => (b.skor ?? 0) - (a.skor ?? 0) || a.id - b.id;

/**
 * Kendala grouped by category: the groups with the most high and very high risks first (then the larger total
 * score, then the regency's list order, uncategorised last), and inside each group the highest scores first.
 */
export async function kendalaMenurutKategori(
  db: Db,
  saring: { status: 'terbuka' | 'semua'; opdId?: number | null },
): Promise<KelompokKendala[]> {
  const semua = await kendalaTerpilih(db, saring);
  const urutan = new Map(
    (await db.selectFrom('kategoriKendala').select(['id', 'urutan']).execute()).map((k) => [k.id, k.urutan]),
  );
  const grup = Map.groupBy(semua, (k) => k.kategori?.id ?? null);
  return [...grup.values()]
    .map((butir): KelompokKendala => ({
      kategori: butir[0]!.kategori,
      jumlah: butir.length,
      jumlahTinggi: butir.filter(tinggi).length,
      totalSkor: butir.reduce((n, k) => n + (k.skor ?? 0), 0),
      butir: butir.sort(menurutSkor),
    }))
    .sort(
      (a, b) =>
        b.jumlahTinggi - a.jumlahTinggi ||
        b.totalSkor - a.totalSkor ||
        (a.kategori ? (urutan.get(a.kategori.id) ?? 0) : Infinity) -
          (b.kategori ? (urutan.get(b.kategori.id) ?? 0) : Infinity),
    );
}

async function kendalaTerpilih(
  db: Db,
  saring: { status: 'terbuka' | 'semua'; opdId?: number | null },
): Promise<Kendala[]> {
  const semua = await muatKendala(db, await idButir(db, 'kendala', saring.status));
  return saring.opdId ? semua.filter((k) => k.opd?.id === saring.opdId) : semua;
}

function perOpd(kendala: Kendala[]): RisikoPerOpd[] {
  return [...Map.groupBy(kendala, (k) => k.opd?.id ?? null).values()]
    .map((butir) => {
      const skor = butir.flatMap((k) => (k.skor === null ? [] : [k.skor]));
      return {
        opd: butir[0]!.opd,
        jumlah: butir.length,
        jumlahTinggi: butir.filter(tinggi).length,
        totalSkor: skor.reduce((a, b) => a + b, 0),
        skorTertinggi: skor.length > 0 ? Math.max(...skor) : null,
      };
    })
    .sort((a, b) => b.totalSkor - a.totalSkor || (a.opd?.nama ?? '~').localeCompare(b.opd?.nama ?? '~', 'id'));
}

export async function petaRisiko(
  db: Db,
  saring: { status: 'terbuka' | 'semua'; opdId?: number | null },
): Promise<PetaRisiko> {
  const kelompok = await kendalaMenurutKategori(db, saring);
  const semua = kelompok.flatMap((g) => g.butir);
  const sel: SelPetaRisiko[] = [];
  for (let kemungkinan = 5; kemungkinan >= 1; kemungkinan--) {
    for (let dampak = 1; dampak <= 5; dampak++) {
      const skor = skorRisiko(kemungkinan, dampak);
      sel.push({
        kemungkinan,
        dampak,
        skor,
        band: bandRisiko(skor),
        jumlah: semua.filter((k) => k.kemungkinan === kemungkinan && k.dampak === dampak).length,
      });
    }
  }
  return {
    sel,
    jumlahKendala: semua.length,
    belumDinilai: semua.filter((k) => k.skor === null).length,
    teratas: semua
      .filter((k) => k.skor !== null)
      .sort(menurutSkor)
      .slice(0, JUMLAH_RISIKO_TERATAS),
    perKategori: kelompok.map(({ butir: _butir, ...ringkas }) => ringkas),
    perOpd: perOpd(semua),
  };
}
