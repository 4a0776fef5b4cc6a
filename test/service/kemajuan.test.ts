// Progress of long work, counted in what the work really does: E.81 rows written, rows of an import checked and
// written, files of the forms; and how browser mode streams it before the answer.
import type { Server } from 'node:http';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebServer, listen } from '../../src/main/web/server';
import { KEPALA_KEMAJUAN, type Kemajuan } from '../../src/shared/kemajuan';
import type { ApiJawaban } from '../../src/shared/api';
import type { BerkasJadi } from '../../src/shared/api/ekspor';
import { tempBackend, tempDir, type TempBackend } from '../helpers/backend';

const LAPORAN = { tahun: 2026, triwulan: 3, cakupan: 'kabupaten', opdId: null, klaster: null } as const;

async function dengan(t: TempBackend, method: string, input: unknown) {
  const kemajuan: Kemajuan[] = [];
  const jawaban = await t.b.handle(method, input, { kemajuan: (k) => kemajuan.push(k) });
  if (!jawaban.ok) throw new Error(jawaban.galat.pesan);
  return { nilai: jawaban.nilai, kemajuan };
}

describe('Progress of long work', () => {
  let t: TempBackend;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
  });
  afterAll(() => t.dispose());

  it('counts the E.81 rows of the report workbook as they are written', async () => {
    const { kemajuan } = await dengan(t, 'laporan.eksporXlsx', LAPORAN);
    const baris = kemajuan.filter((k) => k.langkah === 'Menulis baris E.81');
    expect(baris[0]).toMatchObject({ selesai: 0, satuan: 'baris' });
    // Every OPD adds a title row and a total row to its E.81 rows.
    expect(baris[0]!.total).toBeGreaterThan(1000);
    expect(baris.every((k, i) => i === 0 || k.selesai > baris[i - 1]!.selesai)).toBe(true);
    expect(kemajuan.map((k) => k.langkah)).toEqual([
      'Mengumpulkan data laporan',
      ...baris.map(() => 'Menulis baris E.81'),
      'Mengemas berkas .xlsx',
    ]);
  });

  it('counts the rows of an import as they are checked and written, after the backup', async () => {
    const [opd] = await t.b.call('opd.daftar', {});
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DPA');
    ws.addRow(['kode_sub_giat', 'nama_sub_giat', 'pagu', 'Target Fisik TW I']);
    ws.addRow(['4.01.02', 'PROGRAM UJI KEMAJUAN', null, null]);
    ws.addRow(['4.01.02.2.01', 'Kegiatan uji kemajuan', null, null]);
    for (let i = 1; i <= 300; i++) ws.addRow([`4.01.02.2.01.${String(i).padStart(4, '0')}`, `Sub ${i}`, 1e6, 25]);
    const berkas = {
      jenis: 'renja',
      namaBerkas: 'dpa-uji.xlsx',
      base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
      tahun: 2027,
      opdId: opd!.id,
    };
    const { kemajuan } = await dengan(t, 'impor.terapkan', berkas);
    const langkah = [...new Set(kemajuan.map((k) => k.langkah))];
    expect(langkah).toEqual([
      'Membaca dpa-uji.xlsx',
      'Memeriksa baris',
      'Mencadangkan data sebelum impor',
      'Menulis sub kegiatan',
    ]);
    const tulis = kemajuan.filter((k) => k.langkah === 'Menulis sub kegiatan');
    expect(tulis.every((k) => k.total === 300 && k.satuan === 'baris')).toBe(true);
    expect(tulis[0]!.selesai).toBe(0);
  });

  it('counts the files of every OPD form', async () => {
    const folder = tempDir();
    const { nilai, kemajuan } = await dengan(t, 'ekspor.formulirSemua', { tahun: 2026, bulan: 9, folder });
    expect((nilai as { jumlah: number }).jumlah).toBe(36);
    expect(kemajuan[0]).toEqual({ langkah: 'Menyusun formulir OPD', selesai: 0, total: 36, satuan: 'berkas' });
  });
});

describe('Browser mode streams progress before the answer', () => {
  let t: TempBackend;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    t = await tempBackend();
    await t.b.call('sistem.muatDataContoh', {});
    server = createWebServer(t.b, tempDir());
    url = `http://127.0.0.1:${await listen(server, 0)}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await t.dispose();
  });

  it('sends one JSON line per report, then the answer, when the page asks for progress', async () => {
    const jawaban = await fetch(`${url}/api/laporan.buat`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [KEPALA_KEMAJUAN]: '1' },
      body: JSON.stringify({ ...LAPORAN, jenis: 'lengkap', penandatanganId: null }),
    });
    expect(jawaban.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const baris = (await jawaban.text())
      .trim()
      .split('\n')
      .map((b) => JSON.parse(b) as { kemajuan?: Kemajuan; jawaban?: ApiJawaban<BerkasJadi> });
    const akhir = baris.pop()!;
    expect(akhir.jawaban?.ok).toBe(true);
    expect(baris.every((b) => b.kemajuan && !b.jawaban)).toBe(true);
    expect(baris.map((b) => b.kemajuan!.langkah)).toEqual(
      expect.arrayContaining(['Mengumpulkan data laporan', 'Menyusun tabel E.81', 'Memadatkan berkas']),
    );
  });

  it('answers plain JSON with its status code to a request that does not ask', async () => {
    const jawaban = await fetch(`${url}/api/laporan.buat`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...LAPORAN, triwulan: 5, jenis: 'lengkap', penandatanganId: null }),
    });
    expect(jawaban.status).toBe(400);
    expect(((await jawaban.json()) as ApiJawaban<unknown>).ok).toBe(false);
  });
});
