// `npm run web`: browser mode on http://127.0.0.1:5178 with its own database file.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../backend';
import { createWebServer, listen } from './server';

const here = dirname(fileURLToPath(import.meta.url));
const dataPath = resolve(process.env['SINERGI_DATA'] ?? resolve('.data', 'web', 'sinergi.sqlite'));
const port = Number(process.env['SINERGI_PORT'] ?? 5178);

mkdirSync(dirname(dataPath), { recursive: true });
const backend = await createBackend({ dataPath });
const server = createWebServer(backend, resolve(here, '../renderer'));
const actual = await listen(server, port);
console.log(`Sinergi (mode peramban) berjalan di http://127.0.0.1:${actual}/  data: ${dataPath}`);

const stop = () => {
  server.close();
  void backend.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
