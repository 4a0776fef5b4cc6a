// What a Renja import changes, shown before it is written: a DPA-Perubahan against the stored Perubahan (or Murni,
// the first time), a re-imported Murni against the stored Murni.
import type { SelisihRenja } from '../../shared/api/impor';
import { formatAngka } from '../../shared/format';
import { BULAN_TRIWULAN, LABEL_VERSI, type Versi } from '../../shared/renja';
import type { Persiapan } from './jalur';
import type { BarisRenjaMassal } from '../renja/tulis';

const sama = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === (b ?? null) || (a != null && b != null && Math.abs(a - b) < 0.005);

export async function selisihRenja(
  p: Persiapan,
  tahun: number,
  versi: Versi,
  baris: BarisRenjaMassal[],
): Promise<{ selisih: SelisihRenja | null; hapus: number[] }> {
  const opdIds = [...new Set(baris.map((b) => b.opdId))];
  if (opdIds.length === 0) return { selisih: null, hapus: [] };
  const dasar = (v: Versi) =>
    p.ctx.db
      .selectFrom('subKegiatan as s')
      .innerJoin('kegiatan as k', 'k.id', 's.kegiatanId')
      .innerJoin('program as p', 'p.id', 'k.programId')
      .innerJoin('anggaran as a', (j) => j.onRef('a.subKegiatanId', '=', 's.id').on('a.versi', '=', v))
      .where('p.opdId', 'in', opdIds)
      .where('p.tahun', '=', tahun);
  let pembanding = versi;
  let lama = await dasar(versi).select(['s.id', 's.kode', 's.nama', 'p.opdId', 'a.pagu']).execute();
  if (versi === 'perubahan' && lama.length === 0) {
    pembanding = 'murni';
    lama = await dasar('murni').select(['s.id', 's.kode', 's.nama', 'p.opdId', 'a.pagu']).execute();
  }
  if (lama.length === 0) return { selisih: null, hapus: [] };

  const target = new Map<number, Map<number, { f: number | null; k: number | null }>>();
  for (const t of await dasar(pembanding)
    .innerJoin('targetPeriode as t', (j) => j.onRef('t.subKegiatanId', '=', 's.id').on('t.versi', '=', pembanding))
    .select(['s.id', 't.bulan', 't.targetFisik', 't.targetKeuangan'])
    .where('t.bulan', 'in', [...BULAN_TRIWULAN])
    .execute()) {
    const m = target.get(t.id) ?? new Map();
    m.set(t.bulan, { f: t.targetFisik, k: t.targetKeuangan });
    target.set(t.id, m);
  }
  const adaRealisasi = new Set(
    (
      await dasar(pembanding).innerJoin('realisasi as r', 'r.subKegiatanId', 's.id').select('s.id').distinct().execute()
    ).map((r) => r.id),
  );

  const perKunci = new Map(lama.map((l) => [`${l.opdId}|${l.kode}`, l]));
  const diFile = new Set<string>();
  const selisih: SelisihRenja = {
    pembanding,
    ditambah: [],
    dihapus: [],
    diubah: [],
    totalSebelum: lama.reduce((a, l) => a + l.pagu, 0),
    totalSesudah: 0,
  };
  for (const b of baris) {
    const kunci = `${b.opdId}|${b.subKode}`;
    diFile.add(kunci);
    const l = perKunci.get(kunci);
    if (!l) {
      selisih.ditambah.push({ kode: b.subKode, nama: b.subNama, pagu: b.pagu });
      continue;
    }
    const t = target.get(l.id);
    const targetBerubah = BULAN_TRIWULAN.some(
      (bulan, i) => !sama(t?.get(bulan)?.f, b.targetFisik[i]) || !sama(t?.get(bulan)?.k, b.targetKeuangan[i]),
    );
    if (!sama(l.pagu, b.pagu) || targetBerubah)
      selisih.diubah.push({ kode: b.subKode, nama: b.subNama, paguLama: l.pagu, paguBaru: b.pagu, targetBerubah });
  }
  const tidakDiFile = lama.filter((l) => !diFile.has(`${l.opdId}|${l.kode}`));
  const paguFile = baris.reduce((a, b) => a + b.pagu, 0);
  if (versi === 'perubahan') {
    selisih.dihapus = tidakDiFile.map((l) => ({
      kode: l.kode,
      nama: l.nama,
      pagu: l.pagu,
      adaRealisasi: adaRealisasi.has(l.id),
    }));
    selisih.totalSesudah = paguFile;
    const terpakai = selisih.dihapus.filter((d) => d.adaRealisasi);
    if (terpakai.length > 0)
      p.catatan.berkas(
        'peringatan',
        `${formatAngka(terpakai.length)} sub kegiatan yang tidak ada lagi di ${LABEL_VERSI.perubahan} sudah memiliki realisasi (mis. ${terpakai[0]!.kode}); realisasinya tetap tersimpan`,
      );
  } else {
    selisih.totalSesudah = paguFile + tidakDiFile.reduce((a, l) => a + l.pagu, 0);
    if (tidakDiFile.length > 0)
      p.catatan.berkas(
        'peringatan',
        `${formatAngka(tidakDiFile.length)} sub kegiatan yang tersimpan tidak ada di berkas (mis. ${tidakDiFile[0]!.kode}); semuanya tetap tersimpan`,
      );
  }
  return {
    selisih,
    hapus: versi === 'perubahan' && pembanding === 'perubahan' ? tidakDiFile.map((l) => l.id) : [],
  };
}
