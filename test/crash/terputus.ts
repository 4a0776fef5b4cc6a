// Child for crash tests: runs a real import or a real grid paste through the API and, once the write transaction has
// written a few rows, prints "berjalan" and waits to be killed, so the kill always lands inside the transaction.
import { createBackend } from '../../src/main/backend';

const [dataPath, jenis, jeda = 'jeda'] = process.argv.slice(2);
const b = await createBackend({ dataPath: dataPath! });
await b.call('sistem.aturOperator', { nama: 'Uji putus' });
const tahun = (await b.call('pengaturan.ambil', {})).tahunAnggaran;
const [opd] = await b.call('opd.daftar', {});

// Connection-local hook: after the 20th row of the write, announce and block (SIGKILL does not need us to return).
const tunggu = new Int32Array(new SharedArrayBuffer(4));
let hitung = 0;
b.ctx.sqlite.function('uji_tanda', () => {
  if (++hitung === 20 && jeda === 'jeda') {
    process.stdout.write('berjalan\n');
    Atomics.wait(tunggu, 0, 0, 30_000);
  }
  return 0;
});
const tabel = jenis === 'impor' ? 'sub_kegiatan' : 'realisasi';
b.ctx.sqlite.exec(`CREATE TEMP TRIGGER uji_tanda AFTER INSERT ON main.${tabel} BEGIN SELECT uji_tanda(); END`);

if (jenis === 'impor') {
  const baris = [
    'kode;uraian;pagu',
    '3.27.09;PROGRAM UJI IMPOR;',
    ...Array.from({ length: 20 }, (_, k) => {
      const kegiatan = `3.27.09.2.${String(k + 1).padStart(2, '0')}`;
      return [
        `${kegiatan};Kegiatan uji ${k + 1};`,
        ...Array.from({ length: 50 }, (_, s) => `${kegiatan}.${String(s + 1).padStart(4, '0')};Sub uji;1.000.000`),
      ].join('\n');
    }),
  ];
  await b.call('impor.terapkan', {
    jenis: 'renja',
    namaBerkas: 'dpa.csv',
    base64: Buffer.from(baris.join('\n')).toString('base64'),
    tahun,
    opdId: opd!.id,
  });
} else {
  const lembar = await b.call('realisasi.lembar', { opdId: opd!.id, tahun, bulan: 12 });
  await b.call('realisasi.simpan', {
    opdId: opd!.id,
    tahun,
    bulan: 12,
    perubahan: lembar.baris.map((x) => ({ subKegiatanId: x.subKegiatanId, realisasiFisik: 100 })),
  });
}
console.log('selesai');
await b.close();
