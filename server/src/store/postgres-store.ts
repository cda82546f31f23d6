/**
 * The PostgreSQL backend (DATABASE_URL), for several server instances sharing one state behind a
 * load balancer. node-postgres (`pg`, decision 110) with a small pool; every write is one guarded
 * statement (the share row is written first: it is content-addressed and harmless if the write
 * after it is refused), so no transaction is held across round trips. Migrations run under an
 * advisory lock, so instances starting together migrate once. Losing the database while running
 * answers 503 (retry), never a 500; failing to reach it at boot stops the server with one line.
 *
 * Rooms (rooms-postgres.ts) share their live updates across instances with LISTEN/NOTIFY on a
 * dedicated connection (room-notify.ts).
 */
import type { SavedScenarioFields } from '@sandbox/shared';
import pg from 'pg';
import { postgresClassStore, postgresSealedStore } from './classes-postgres';
import { LATEST_VERSION, MIGRATIONS, MIGRATIONS_TABLE, newerSchemaMessage } from './migrations';
import { pingPostgres, reason, storeQuery } from './pg-errors';
import { fieldColumns, newId, SLUG_LENGTHS, searchNeedle, shareHash, slugOf } from './records';
import { postgresRoomStore } from './rooms-postgres';
import { RECORD_COLUMNS, type RecordRow, recordFromRow, SUMMARY_COLUMNS, type SummaryRow, shareFromRow, summaryFromRow } from './rows';
import { type SavedRecord, type ScenarioStore, type ShareContent, type Store, StoreError, type WriteOutcome } from './store';

/** Any 64-bit key, the same in every instance: the lock that serializes migrations. */
const MIGRATION_LOCK = 7_310_013;

/** The URL with its password hidden, for logs and errors. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (unparseable)';
  }
}

async function migrate(pool: pg.Pool, where: string, appVersion: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ version: number; app_version: string }>(
      'SELECT version, app_version FROM schema_migrations ORDER BY version DESC LIMIT 1',
    );
    const newest = rows[0];
    if (newest && newest.version > LATEST_VERSION) throw new StoreError(newerSchemaMessage(where, newest.version, newest.app_version));
    for (const migration of MIGRATIONS) {
      if (newest && migration.version <= newest.version) continue;
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, app_version, applied_at) VALUES ($1, $2, $3, $4)', [
        migration.version,
        migration.name,
        appVersion,
        Date.now(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The share row of a write, in the same statement: parameters $1 slug, $2 content hash, $3 scenario
 * and $4 view (JSON text), $5 now. `share` holds the slug's hash, inserted or already there.
 */
const SHARE_CTE = `WITH inserted AS (
    INSERT INTO shares (slug, content_hash, scenario, view, created_at) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5)
    ON CONFLICT (slug) DO NOTHING RETURNING content_hash),
  share AS (SELECT content_hash FROM inserted UNION ALL SELECT content_hash FROM shares WHERE slug = $1)`;
/** The write goes ahead only when the slug shows this content. */
const SHARE_READY = 'EXISTS (SELECT 1 FROM share WHERE content_hash = $2)';

/** A write's parameters: the share's ($1–$5, for a slug) and the record's columns ($7–$11; $6 is the id). */
interface WriteContent {
  share(slug: string): unknown[];
  columns: unknown[];
}

function scenarioStore(pool: pg.Pool): ScenarioStore {
  const query = storeQuery(pool);

  const ensureShare = async (content: ShareContent, now: number): Promise<string> => {
    const hash = shareHash(content);
    const values = [hash, JSON.stringify(content.scenario), JSON.stringify(content.view), now];
    for (const length of SLUG_LENGTHS) {
      const slug = slugOf(hash, length);
      // One round trip: the inserted row, or the one already there. A row another writer committed
      // while this statement ran is not in its snapshot; the plain read after it finds that one.
      const [row] = await query<{ content_hash: string }>(
        `WITH inserted AS (
           INSERT INTO shares (slug, content_hash, scenario, view, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (slug) DO NOTHING RETURNING content_hash)
         SELECT content_hash FROM inserted UNION ALL SELECT content_hash FROM shares WHERE slug = $1 LIMIT 1`,
        [slug, ...values],
      );
      const found = row ?? (await query<{ content_hash: string }>('SELECT content_hash FROM shares WHERE slug = $1', [slug]))[0];
      if (found?.content_hash === hash) return slug;
    }
    throw new Error(`no free share slug for content ${hash}`);
  };

  const get = async (id: string): Promise<SavedRecord | undefined> => {
    const [row] = await query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM saved_scenarios WHERE id = $1`, [id]);
    return row && recordFromRow(row);
  };

  const refusal = async (id: string): Promise<WriteOutcome<never>> => {
    const current = await get(id);
    return current ? { status: 'stale', current } : { status: 'missing' };
  };

  /**
   * Runs a write whose statement first makes sure of its share row (SHARE_CTE): with the 8-character
   * slug in one round trip, the common case; when that slug holds other content (or another writer
   * was inserting it at that instant), again with the slug ensureShare settles on.
   */
  const withShare = async (fields: SavedScenarioFields, write: (slug: string, content: WriteContent) => Promise<RecordRow[]>) => {
    const now = Date.now();
    const hash = shareHash(fields);
    const c = fieldColumns(fields);
    const content: WriteContent = {
      share: (slug) => [slug, hash, c.scenario, c.view, now],
      columns: [c.name, c.notes, c.city, c.page, c.search],
    };
    const rows = await write(slugOf(hash, SLUG_LENGTHS[0]), content);
    if (rows.length > 0) return rows;
    return write(await ensureShare(fields, now), content);
  };

  return {
    async list({ q, limit, beforeSeq }) {
      const needle = searchNeedle(q);
      const [rows, [count]] = await Promise.all([
        query<SummaryRow>(
          `SELECT ${SUMMARY_COLUMNS} FROM saved_scenarios
           WHERE ($1::text IS NULL OR strpos(search, $1) > 0)
             AND ($2::bigint IS NULL OR change_seq < $2)
           ORDER BY change_seq DESC LIMIT $3`,
          [needle, beforeSeq ?? null, limit],
        ),
        query<{ n: string }>('SELECT count(*) AS n FROM saved_scenarios WHERE ($1::text IS NULL OR strpos(search, $1) > 0)', [needle]),
      ]);
      return { items: rows.map(summaryFromRow), total: Number(count?.n ?? 0) };
    },
    get,
    async create(fields) {
      const write = (slug: string, content: WriteContent) =>
        query<RecordRow>(
          `${SHARE_CTE}
           INSERT INTO saved_scenarios (id, name, notes, scenario, view, city, page, search, version, share_slug, created_at, updated_at, change_seq)
           SELECT $6, $7, $8, $3::jsonb, $4::jsonb, $9, $10, $11, 1, $1, $5, $5, nextval('saved_scenarios_changes')
           WHERE ${SHARE_READY} RETURNING ${RECORD_COLUMNS}`,
          [...content.share(slug), newId(), ...content.columns],
        );
      const [row] = await withShare(fields, write);
      if (!row) throw new Error('INSERT … RETURNING gave no row');
      return recordFromRow(row);
    },
    async replace(id, ifVersion, fields) {
      const write = (slug: string, content: WriteContent) =>
        query<RecordRow>(
          `${SHARE_CTE}
           UPDATE saved_scenarios SET name = $7, notes = $8, scenario = $3::jsonb, view = $4::jsonb, city = $9, page = $10, search = $11,
             share_slug = $1, version = version + 1, updated_at = $5, change_seq = nextval('saved_scenarios_changes')
           WHERE id = $6 AND ($12::int IS NULL OR version = $12) AND ${SHARE_READY} RETURNING ${RECORD_COLUMNS}`,
          [...content.share(slug), id, ...content.columns, ifVersion ?? null],
        );
      const [row] = await withShare(fields, write);
      return row ? { status: 'ok', value: recordFromRow(row) } : refusal(id);
    },
    async delete(id, ifVersion) {
      const rows = await query('DELETE FROM saved_scenarios WHERE id = $1 AND ($2::int IS NULL OR version = $2) RETURNING id', [
        id,
        ifVersion ?? null,
      ]);
      return rows.length > 0 ? { status: 'ok', value: true } : refusal(id);
    },
    async share(slug) {
      const [row] = await query<{ scenario: unknown; view: unknown }>('SELECT scenario, view FROM shares WHERE slug = $1', [slug]);
      return row && shareFromRow(row);
    },
  };
}

/** Connects, migrates and returns the store; throws StoreError with one line when it cannot. */
export async function openPostgresStore(url: string, appVersion: string, onIdleError: (error: Error) => void): Promise<Store> {
  const where = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    statement_timeout: 10_000,
    application_name: 'smart-city-sandbox',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', onIdleError);
  try {
    await migrate(pool, where, appVersion);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `cannot use the PostgreSQL database at ${where}: ${reason(error)}; check DATABASE_URL and that the server is running`,
    );
  }
  const rooms = postgresRoomStore(pool, url, onIdleError);
  return {
    kind: 'postgres',
    location: where,
    scenarios: scenarioStore(pool),
    rooms,
    sealed: postgresSealedStore(pool),
    classes: postgresClassStore(pool),
    ping: () => pingPostgres(pool),
    async close() {
      await rooms.close();
      await pool.end();
    },
  };
}
