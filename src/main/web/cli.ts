// `npm run web`: browser mode on http://127.0.0.1:5178 with its own database file. `npm run web -- --jaringan`: the
// office network server only, headless, with the settings saved in Pengaturan > Jaringan kantor.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../backend';
import { ambilSetelanJaringan } from '../akun/jaringan';
import { dataDariLingkungan } from '../lokasi';
import { pasangJaringan, type PengendaliJaringanHttp } from './jaringan';
import { createWebServer, listen } from './server';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env['SINERGI_PORT'] ?? 5178);
const tanpaJendela = process.argv.includes('--jaringan');
const rendererRoot = resolve(here, '../renderer');

function berhenti(pesan: string): never {
  console.error(pesan);
  process.exit(1);
}

let backend: Backend;
let dataPath = '';
try {
  dataPath = dataDariLingkungan(process.env) ?? resolve('.data', 'web', 'sinergi.sqlite');
  mkdirSync(dirname(dataPath), { recursive: true });
  backend = await createBackend({ dataPath });
} catch (error) {
  // Never a silent reset: say why and stop, so the file stays as it is for a restore from Cadangan.
  berhenti(`Sinergi tidak dapat membuka data: ${error instanceof Error ? error.message : String(error)}`);
}

let jaringan: PengendaliJaringanHttp;
let lokal: ReturnType<typeof createWebServer> | null = null;
if (tanpaJendela) {
  const setelan = await ambilSetelanJaringan(backend.ctx.db);
  if (!setelan.aktif) {
    await backend.close();
    berhenti(
      'Berbagi di jaringan kantor belum diaktifkan. Aktifkan dulu di Pengaturan > Jaringan kantor (npm run web, ' +
        'lalu buka http://127.0.0.1:5178/), yang juga membuat akun Admin pertama.',
    );
  }
  jaringan = await pasangJaringan(backend, rendererRoot);
  const { alamat, galat } = jaringan.keadaan();
  if (galat) {
    await backend.close();
    berhenti(`Sinergi jaringan kantor tidak dapat dimulai: ${galat}`);
  }
  console.log(`Sinergi (jaringan kantor) berjalan di ${alamat}  data: ${dataPath}`);
} else {
  lokal = createWebServer(backend, rendererRoot);
  const actual = await listen(lokal, port);
  console.log(`Sinergi (mode peramban) berjalan di http://127.0.0.1:${actual}/  data: ${dataPath}`);
  jaringan = await pasangJaringan(backend, rendererRoot);
  const { alamat, galat } = jaringan.keadaan();
  if (alamat) console.log(`Berbagi di jaringan kantor: ${alamat}`);
  if (galat) console.error(`Jaringan kantor: ${galat}`);
}

const stop = () => {
  lokal?.close();
  void jaringan
    .tutup()
    .then(() => backend.close())
    .then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
