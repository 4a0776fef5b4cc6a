// Every migration, imported statically (no directory scan) so bundling and tests see the same list.
import type { Migration, MigrationProvider } from 'kysely/migration';
import * as m0001 from './0001_init';

export const migrations: Record<string, Migration> = {
  '0001_init': m0001,
};

export const LATEST_MIGRATION = Object.keys(migrations).at(-1)!;

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
