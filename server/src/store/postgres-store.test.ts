/**
 * The store suite against a real PostgreSQL (Debian's 15 in CI), started for this file in a
 * temporary folder. Where no PostgreSQL can be installed the file says why and skips.
 */
import { MINUTE_MS } from '@sandbox/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { openPostgresStore, redactUrl } from './postgres-store';
import { StoreError } from './store';
import { type PostgresInstance, postgresUnavailable, startPostgres } from './test/postgres-instance';
import { describeStore, fields } from './test/store-suite';

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`Skipping the PostgreSQL store tests: ${unavailable}.`);

let instance: PostgresInstance;
let url = '';
const ignoreIdleErrors = () => undefined;

/** SQL on the current database, outside the store. */
async function execute(sql: string, values: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

describe.skipIf(unavailable)('PostgreSQL', () => {
  beforeAll(async () => {
    instance = await startPostgres();
    url = await instance.freshDatabase();
  }, MINUTE_MS);
  afterAll(async () => {
    await instance?.stop();
  });

  describeStore('PostgreSQL', {
    open: () => openPostgresStore(url, '0.1.0', ignoreIdleErrors),
    reset: async () => {
      url = await instance.freshDatabase();
    },
    addNewerMigration: (version) => execute("INSERT INTO schema_migrations VALUES ($1, 'from the future', '9.9.9', 0)", [version]),
    occupyShareSlug: (slug, scenarioJson) =>
      execute(`INSERT INTO shares (slug, content_hash, scenario, view, created_at) VALUES ($1, 'another view', $2, '{"page":"/"}', 0)`, [
        slug,
        scenarioJson,
      ]),
  });

  describe('PostgreSQL store, several instances', () => {
    it('migrates once when instances start together, and each sees what the others save', async () => {
      const shared = await instance.freshDatabase();
      const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(shared, '0.1.0', ignoreIdleErrors)));
      try {
        const saved = await stores[0]?.scenarios.create(fields('from instance 0'));
        expect(saved && (await stores[3]?.scenarios.get(saved.id))).toEqual(saved);
        const client = new pg.Client({ connectionString: shared });
        await client.connect();
        const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
        await client.end();
        expect(rows).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version })));
      } finally {
        await Promise.all(stores.map((store) => store.close()));
      }
    });

    it('refuses to start when the database cannot be reached, without showing the password', async () => {
      const closed = 'postgres://sandbox:secret-word@127.0.0.1:1/none';
      const opening = openPostgresStore(closed, '0.1.0', ignoreIdleErrors);
      await expect(opening).rejects.toThrow(StoreError);
      await expect(opening).rejects.toThrow(
        /cannot use the PostgreSQL database at postgres:\/\/sandbox:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED/,
      );
      await expect(opening).rejects.not.toThrow(/secret-word/);
      expect(redactUrl(closed)).not.toContain('secret-word');
    });
  });
});
