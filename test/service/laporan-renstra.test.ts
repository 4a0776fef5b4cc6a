import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { susunKonteks } from '../../src/main/laporan/konteks';
import { juta } from '../../src/main/laporan/tabelE81Xml';
import { tempBackend, type TempBackend } from '../helpers/backend';

describe('E.81 Renstra columns from the linked Renstra (sample data)', () => {
  let t: TempBackend;
  let tahun: number;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
  });
  afterAll(() => t.dispose());

  it('fill columns 5 and 6 for linked programs and leave unlinked ones empty', async () => {
    const konteks = await susunKonteks(t.b.ctx.db, {
      tahun,
      triwulan: 3,
      cakupan: 'kabupaten',
      opdId: null,
      klaster: null,
    });
    const program = konteks.tabel.flatMap((tb) => tb.baris.filter((b) => b.tingkat === 'program'));
    const tertaut = program.filter((p) => p.renstra);
    expect(tertaut.length).toBeGreaterThan(0);
    expect(tertaut.length).toBeLessThan(program.length);
    expect(tertaut.some((p) => p.renstra!.paguAkhir !== null && p.renstra!.paguAkhir > 0)).toBe(true);
    for (const p of tertaut) expect(p.renstra!.indikator).toHaveLength(p.indikator.length);
  });

  it('print Renstra figures in the report instead of "-" where a program is linked', async () => {
    const laporan = await t.b.call('laporan.buat', { tahun, triwulan: 3, cakupan: 'kabupaten', jenis: 'lengkap' });
    const zip = await JSZip.loadAsync(Buffer.from(laporan.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(`Realisasi Renstra PD s.d. ${tahun - 1}`);
    const konteks = await susunKonteks(t.b.ctx.db, {
      tahun,
      triwulan: 3,
      cakupan: 'kabupaten',
      opdId: null,
      klaster: null,
    });
    const tertaut = konteks.tabel.flatMap((tb) => tb.baris).find((b) => b.renstra?.paguAkhir);
    // Column 5 Rp is printed in millions, as the rest of the table.
    expect(xml).toContain(`>${juta(tertaut!.renstra!.paguAkhir)}<`);
  });
});
