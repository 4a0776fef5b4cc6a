// `node --import ./test/crash/daftar-kait.mjs`: registers kait-ts.mjs for a child process that runs the app's TypeScript.
import { register } from 'node:module';

register('./kait-ts.mjs', import.meta.url);
