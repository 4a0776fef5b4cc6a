// `npm run web`: browser mode on http://127.0.0.1:5178 with its own database file.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type Backend } from '../backend';
import { dataDariLingkungan } from '../lokasi';
import { createWebServer, listen } from './server';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env['SINERGI_PORT'] ?? 5178);

let backend: Backend;
let dataPath = '';
try {
  dataPath = dataDariLingkungan(process.env) ?? resolve('.data', 'web', 'sinergi.sqlite');
  mkdirSync(dirname(dataPath), { recursive: true });
  backend = await createBackend({ dataPath });
} catch (error) {
  // Never a silent reset: say why and stop, so the file stays as it is for a restore from Cadangan.
  console.error(`Sinergi tidak dapat membuka data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const server = createWebServer(backend, resolve(here, '../renderer'));
const actual = await listen(server, port);
console.log(`Sinergi (mode peramban) berjalan di http://127.0.0.1:${actual}/  data: ${dataPath}`);

const stop = () => {
  server.close();
  void backend.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
