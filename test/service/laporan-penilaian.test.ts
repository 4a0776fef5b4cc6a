// The report's two ratings on the sample regency: kategori realisasi fisik and predikat kinerja side by side in the
// recap with the sentence that tells them apart, and the narrative explaining an OPD whose two ratings disagree.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { narasiBawaan } from '../../src/main/laporan/narasiBawaan';
import { formatPersen } from '../../src/shared/format';
import { KALIMAT_DUA_PENILAIAN, kategoriFisik, NAMA_PENILAIAN } from '../../src/shared/monev/rules';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { bacaDocx, barisTabel } from '../helpers/docx';

const KUNCI = { triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;

describe('kategori realisasi fisik and predikat kinerja', () => {
  let t: TempBackend;
  let tahun: number;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
  }, 60_000);
  afterAll(() => t.dispose());

  it('prints both, named apart, side by side in the recap with one sentence on how they differ', async () => {
    const k = await susunKonteks(t.b.ctx.db, { tahun, ...KUNCI });
    const berkas = await t.b.call('laporan.buat', { tahun, ...KUNCI, jenis: 'lengkap' });
    const docx = await bacaDocx(Buffer.from(berkas.base64, 'base64'));
    const rekap = [...docx.xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].find(([x]) => x.includes(NAMA_PENILAIAN.fisik))!;
    const [kepala, ...baris] = barisTabel(rekap[0]);
    const iFisik = kepala!.indexOf(NAMA_PENILAIAN.fisik);
    expect(kepala![iFisik + 1]).toBe(`${NAMA_PENILAIAN.kinerja} (E.81)`);
    let berbeda = 0;
    for (const o of k.data.opd) {
      const r = baris.find((x) => x[1] === o.nama)!;
      const fisik = kategoriFisik(o.realisasiFisik, o.targetFisik, k.aturan) ?? '-';
      const predikat = k.tabel.find((x) => x.opd.id === o.opdId)!.predikat ?? '-';
      expect([r[iFisik], r[iFisik + 1]], o.nama).toEqual([fisik, predikat]);
      if (fisik !== predikat) berbeda++;
    }
    expect(berbeda).toBeGreaterThan(0);
    expect(docx.teks).toContain(KALIMAT_DUA_PENILAIAN);
    // The old single name is gone from the document.
    expect(docx.teks).not.toMatch(/Kategori capaian fisik/i);
    const zip = await JSZip.loadAsync(Buffer.from(berkas.base64, 'base64'));
    expect(await zip.file('word/document.xml')!.async('string')).toContain(`${NAMA_PENILAIAN.kinerja}: `);
  });

  it('explains in the narrative and the ringkasan the OPD whose two ratings lie furthest apart', async () => {
    const k = await susunKonteks(t.b.ctx.db, { tahun, ...KUNCI });
    const n = narasiBawaan(k);
    const kalimat =
      /(.+?) berkategori realisasi fisik (.+?) \(realisasi fisik (.+?) dari target kumulatif (.+?)\) tetapi berpredikat kinerja (.+?) \(/.exec(
        n.hasilEvaluasi,
      );
    expect(kalimat, n.hasilEvaluasi).not.toBeNull();
    const [, nama, fisik, realisasi, target, predikat] = kalimat!;
    const o = k.data.opd.find((x) => x.nama === nama)!;
    expect(fisik).toBe(kategoriFisik(o.realisasiFisik, o.targetFisik, k.aturan));
    expect(predikat).toBe(k.tabel.find((x) => x.opd.id === o.opdId)!.predikat);
    expect(fisik).not.toBe(predikat);
    expect([realisasi, target]).toEqual([formatPersen(o.realisasiFisik), formatPersen(o.targetFisik)]);
    // The Ringkasan Eksekutif's section on OPD needing attention carries the same explanation.
    expect(n.perhatian).toContain(`${nama} berkategori realisasi fisik ${fisik}`);
  });
});
