// `node --import ./test/electron/daftar.mjs out/main/index.js`: the built main process with the stand-in electron.
import { register } from 'node:module';

register('./kait.mjs', import.meta.url);
