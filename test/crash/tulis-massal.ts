// Child for crash tests: opens the data file with the app's backend and inserts `jumlah` OPD in one transaction,
// printing "berjalan" once `cetakSetelah` rows are written (still inside the transaction) and "selesai" after the commit.
import { createBackend } from '../../src/main/backend';

const [dataPath, jumlahTeks, cetakSetelahTeks] = process.argv.slice(2);
const jumlah = Number(jumlahTeks);
const cetakSetelah = Number(cetakSetelahTeks ?? 0);
const b = await createBackend({ dataPath: dataPath! });
const BATCH = 500;

await b.ctx.db.transaction().execute(async (trx) => {
  for (let awal = 0; awal < jumlah; awal += BATCH) {
    const baris = Array.from({ length: Math.min(BATCH, jumlah - awal) }, (_, j) => {
      const i = awal + j;
      return {
        kode: `9.99.0.00.0.00.${String(i).padStart(6, '0')}`,
        nama: `OPD Uji Massal ${i}`,
        singkatan: '',
        klaster: 'ekonomi' as const,
        kepalaNama: `Kepala ${i} ${'x'.repeat(200)}`,
        kepalaJabatan: '',
        kepalaNip: '197001011995031001',
        sekretarisNama: '',
        sekretarisNip: '',
        alamat: 'Jl. Uji '.repeat(20),
        telepon: '',
      };
    });
    await trx.insertInto('opd').values(baris).execute();
    if (awal < cetakSetelah && awal + BATCH >= cetakSetelah) console.log('berjalan');
  }
});
console.log('selesai');
await b.close();
