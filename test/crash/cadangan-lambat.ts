// Child for crash tests: runs the app's backup of the data file into `folder`, slowed to one page per step so that
// the parent can kill it midway; prints "berjalan" once the backup file is being written.
import Sqlite from 'better-sqlite3';
import { cadangkan } from '../../src/main/backup/cadangan';

const [dataPath, folder] = process.argv.slice(2);
const sqlite = new Sqlite(dataPath!);
const asli = sqlite.backup.bind(sqlite);
let dicetak = false;
sqlite.backup = (tujuan, opsi) =>
  asli(tujuan, {
    ...opsi,
    progress: () => {
      if (!dicetak) console.log('berjalan');
      dicetak = true;
      return 1;
    },
  });
await cadangkan(sqlite, folder!, 'manual');
console.log('selesai');
sqlite.close();
