/**
 * The store suite against a real PostgreSQL (Debian's 15 in CI), started for this file in a
 * temporary folder. Where no PostgreSQL can be installed the file says why and skips.
 */
import { MINUTE_MS } from '@sandbox/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations';
import { openPostgresStore, redactUrl } from './postgres-store';
import type { RoomChange } from './rooms';
import { StoreError, StoreUnavailableError } from './store';
import { describeClassMigration, describeClassStore, migrationsUpTo, V3_CLASS_ROW } from './test/class-store-suite';
import { type PostgresInstance, postgresUnavailable, startPostgres } from './test/postgres-instance';
import { describeRoomStore, newRoom } from './test/room-store-suite';
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

  describeRoomStore('PostgreSQL', { open: () => openPostgresStore(url, '0.1.0', ignoreIdleErrors) });
  describeClassStore('PostgreSQL', { open: () => openPostgresStore(url, '0.1.0', ignoreIdleErrors) });
  let oldUrl = '';
  describeClassMigration('PostgreSQL', {
    atVersion3: async () => {
      oldUrl = await instance.freshDatabase();
      const client = new pg.Client({ connectionString: oldUrl });
      await client.connect();
      try {
        await client.query(MIGRATIONS_TABLE);
        for (const migration of migrationsUpTo(3)) {
          await client.query(migration.postgres);
          await client.query('INSERT INTO schema_migrations VALUES ($1, $2, $3, 0)', [migration.version, migration.name, '0.0.3']);
        }
        const row = V3_CLASS_ROW;
        await client.query(
          'INSERT INTO classes (code, name, lessons, scenario, teacher_hash, created_at) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6)',
          [row.code, row.name, row.lessons, row.scenario, row.teacher_hash, row.created_at],
        );
      } finally {
        await client.end();
      }
    },
    open: () => openPostgresStore(oldUrl, '0.1.0', ignoreIdleErrors),
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

    it('tells every instance of a room’s committed changes once (LISTEN/NOTIFY), and after a lost connection to re-read', async () => {
      const shared = await instance.freshDatabase();
      const [a, b] = await Promise.all([0, 1].map(() => openPostgresStore(shared, '0.1.0', ignoreIdleErrors)));
      if (!a || !b) throw new Error('two stores');
      const heard = { a: [] as RoomChange[], b: [] as RoomChange[] };
      a.rooms.onChange((change) => heard.a.push(change));
      b.rooms.onChange((change) => heard.b.push(change));
      const until = async (check: () => boolean) => {
        for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(check(), JSON.stringify(heard)).toBe(true);
      };
      try {
        await Promise.all([a.rooms.listening(), b.rooms.listening()]);
        const room = newRoom('SHARED');
        await a.rooms.create(room, 0);
        await a.rooms.join(room.code, 't1');
        // A refused change (lobby: no round open) is rolled back and never announced.
        await b.rooms.setLevers(room.code, 't1', 1, { evShare: 0.3 }, 0);
        await b.rooms.join(room.code, 't2');
        const expected = [1, 2, 3].map((version) => ({ code: 'SHARED', version }));
        await until(() => heard.a.length >= 3 && heard.b.length >= 3);
        expect(heard.a).toEqual(expected);
        // Once each, in any order: b tells its own listeners at commit, so its own change (3) can come
        // before a's earlier one (2) when the notification is slow to arrive (seen under load).
        const byVersion = (changes: RoomChange[]) =>
          [...changes].sort((x, y) => ('version' in x && 'version' in y ? x.version - y.version : 0));
        expect(byVersion(heard.b)).toEqual(expected);

        // The listening connection of b is killed: b reconnects, says it may have missed changes, and hears again.
        await execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'smart-city-sandbox rooms' AND pid <> pg_backend_pid()",
          [],
        );
        await until(() => heard.b.some((change) => 'all' in change) && heard.a.some((change) => 'all' in change));
        await a.rooms.join(room.code, 't3');
        await until(() => heard.b.some((change) => 'version' in change && change.version === 4));
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });

    it('is not ready (StoreUnavailableError, a 503) while its database refuses connections, and ready again after', async () => {
      const database = await instance.freshDatabase();
      const name = new URL(database).pathname.slice(1);
      const store = await openPostgresStore(database, '0.1.0', ignoreIdleErrors);
      try {
        await store.ping();
        await execute(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`, []);
        await execute('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        const down = store.ping();
        await expect(down).rejects.toThrow(StoreUnavailableError);
        await expect(down).rejects.toThrow(
          /The database is not reachable right now \(.*not currently accepting connections.*\); retry shortly\./,
        );
        await execute(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`, []);
        await expect(store.ping()).resolves.toBeUndefined();
      } finally {
        await store.close();
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
