// Every migration, imported statically (no directory scan) so bundling and tests see the same list.
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001_init';
import * as m0002 from './0002_renja';
import * as m0003 from './0003_rapat';

export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
  '0002_renja': m0002,
  '0003_rapat': m0003,
};

export const LATEST_MIGRATION = Object.keys(migrations).at(-1)!;

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
