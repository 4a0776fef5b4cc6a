// Every migration, imported statically (no directory scan) so bundling and tests see the same list.
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001_init';
import * as m0002 from './0002_renja';
import * as m0003 from './0003_rapat';
import * as m0004 from './0004_laporan';
import * as m0005 from './0005_audit';
import * as m0006 from './0006_renstra';
import * as m0007 from './0007_kendala_sub';
import * as m0008 from './0008_revisi_kunci';
import * as m0009 from './0009_pelaporan';
import * as m0013 from './0013_pengguna';
import * as m0014 from './0014_kedudukan_penandatangan';
import * as m0015 from './0015_notulen_sah';
import * as m0016 from './0016_tanpa_rowid';

export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_renja': m0002,
  '0003_rapat': m0003,
  '0004_laporan': m0004,
  '0005_audit': m0005,
  '0006_renstra': m0006,
  '0007_kendala_sub': m0007,
  '0008_revisi_kunci': m0008,
  '0009_pelaporan': m0009,
  '0013_pengguna': m0013,
  '0014_kedudukan_penandatangan': m0014,
  '0015_notulen_sah': m0015,
  '0016_tanpa_rowid': m0016,
};

export const LATEST_MIGRATION = Object.keys(migrations).at(-1)!;

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
