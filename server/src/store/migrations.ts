/**
 * The store's schema, as numbered migrations applied in order, each once, each in its own
 * transaction, the same steps for both backends (one SQL text per dialect). `schema_migrations`
 * records which ran and which app version ran them; a database that has a version this build does
 * not know was written by a newer server, and the store refuses to open it rather than guess.
 *
 * Rules: never edit or renumber a migration that has shipped; add the next number. Times are epoch
 * milliseconds (BIGINT) and JSON is TEXT in SQLite, JSONB in PostgreSQL, so both backends store
 * and sort the same values. `change_seq` orders records by their last change (higher = later; in
 * SQLite one more than the highest, in PostgreSQL a sequence), so lists and their cursors never
 * depend on two saves falling in the same millisecond. Issue 14 (rooms, teams) and issue 15 (lessons, classes) add their tables
 * as migrations 2, 3, … here.
 */

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** Created before any migration, by both backends (the same text is valid in both). */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  app_version TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'saved scenarios and share links',
    sqlite: `
      CREATE TABLE saved_scenarios (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        notes TEXT NOT NULL,
        scenario TEXT NOT NULL,
        view TEXT NOT NULL,
        city TEXT NOT NULL,
        page TEXT NOT NULL,
        search TEXT NOT NULL,
        version INTEGER NOT NULL,
        share_slug TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        change_seq INTEGER NOT NULL UNIQUE
      ) STRICT;
      CREATE TABLE shares (
        slug TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        scenario TEXT NOT NULL,
        view TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;`,
    postgres: `
      CREATE TABLE saved_scenarios (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        notes TEXT NOT NULL,
        scenario JSONB NOT NULL,
        view JSONB NOT NULL,
        city TEXT NOT NULL,
        page TEXT NOT NULL,
        search TEXT NOT NULL,
        version INTEGER NOT NULL,
        share_slug TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        change_seq BIGINT NOT NULL UNIQUE
      );
      CREATE SEQUENCE saved_scenarios_changes;
      CREATE TABLE shares (
        slug TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL,
        scenario JSONB NOT NULL,
        view JSONB NOT NULL,
        created_at BIGINT NOT NULL
      );`,
  },
];

/** The newest schema version this build knows. */
export const LATEST_VERSION = MIGRATIONS.reduce((latest, m) => Math.max(latest, m.version), 0);

/** The message for a database written by a newer server (both backends refuse to open it). */
export function newerSchemaMessage(where: string, found: number, appVersion: string | undefined): string {
  const by = appVersion ? ` (written by Smart City Sandbox ${appVersion})` : '';
  return `${where} has store schema version ${found}${by}, but this server knows versions up to ${LATEST_VERSION}; run the newer server, or point it at another store`;
}
