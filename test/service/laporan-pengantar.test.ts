// The surat pengantar that sends the report to the Bupati: a letter under the kop with the report as its lampiran
// and the ringkasan's headline figures in five points, equal to the dashboard's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPersen, formatPoin, formatRupiah } from '../../src/shared/format';
import { tempBackend, type TempBackend } from '../helpers/backend';
import { bacaDocx, harusBerurutan } from '../helpers/docx';

describe('surat pengantar of the report', () => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
  }, 60_000);
  afterAll(() => t.dispose());

  it('addresses the Bupati, names the report and gives its figures in five points', async () => {
    const tahun = (await t.b.call('pengaturan.ambil', {})).tahunAnggaran;
    const kunci = { tahun, triwulan: 2, cakupan: 'kabupaten', opdId: null, klaster: null } as const;
    const berkas = await t.b.call('laporan.buat', { ...kunci, jenis: 'pengantar' });
    expect(berkas.namaBerkas).toBe(`Surat Pengantar Triwulan II ${tahun} - Kabupaten Contoh.docx`);
    const docx = await bacaDocx(Buffer.from(berkas.base64, 'base64'));
    const kab = (await t.b.call('monev.ringkasan', { tahun, triwulan: 2 })).kabupaten;
    harusBerurutan(docx.teks, [
      'PEMERINTAH KABUPATEN CONTOH',
      'Lampiran',
      '1 (satu) berkas',
      `Laporan Evaluasi Pelaksanaan Program/Kegiatan Triwulan II Tahun ${tahun}`,
      'Yth.',
      'Bupati Contoh',
      'Tempat',
      `1.\tPenyerapan anggaran ${formatRupiah(kab.realisasiKeuangan)} atau ${formatPersen(kab.persenKeuangan)} dari pagu ${formatRupiah(kab.pagu)}.`,
      `2.\tRealisasi fisik ${formatPersen(kab.realisasiFisik)} dari target kumulatif ${formatPersen(kab.targetFisik)} (deviasi ${formatPoin(kab.deviasiFisik)} poin`,
      '3.\tCapaian kinerja program',
      '4.\tCapaian indikator sub kegiatan',
      '5.\tDari 36 perangkat daerah',
      'Demikian disampaikan',
      'NIP.',
      'Tembusan:',
    ]);
  });
});
