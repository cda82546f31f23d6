/**
 * The embedded backend: one SQLite file (`<STATE_DIR>/sandbox.sqlite`) through better-sqlite3, in
 * WAL mode so readers never wait for the writer. Statements are synchronous and take microseconds
 * (a save ~0.15 ms on this machine), so they run on the event loop; writes go through one
 * transaction each. `synchronous = NORMAL`: a save acknowledged to the client is in the WAL file
 * when the process dies (kill -9 included); only a power cut or OS crash can lose the last ones
 * (SQLite's documented WAL trade-off, decision 110).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedScenarioFields } from '@sandbox/shared';
import Database from 'better-sqlite3';
import { sqliteClassStore, sqliteSealedStore } from './classes-sqlite';
import { LATEST_VERSION, MIGRATIONS, MIGRATIONS_TABLE, newerSchemaMessage } from './migrations';
import { fieldColumns, newId, SLUG_LENGTHS, searchNeedle, shareHash, slugOf } from './records';
import { sqliteRoomStore } from './rooms-sqlite';
import { RECORD_COLUMNS, type RecordRow, recordFromRow, SUMMARY_COLUMNS, type SummaryRow, shareFromRow, summaryFromRow } from './rows';
import {
  type SavedRecord,
  type ScenarioStore,
  type ShareContent,
  type Store,
  StoreError,
  StoreUnavailableError,
  type WriteOutcome,
} from './store';

export const SQLITE_FILE = 'sandbox.sqlite';

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Opens the file, checks it is a database of a version this build knows, and migrates it. */
function openDatabase(file: string, appVersion: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    throw new StoreError(`cannot open the state file ${file}: ${reason(error)}; check STATE_DIR and the file's permissions`);
  }
  try {
    // The first statement reads the header: a file that is not SQLite fails here.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // A file damaged past its header opens like a sound one, then fails every query (a 500 on each
    // request): check its pages once, at boot (milliseconds for thousands of records).
    const check = String(db.pragma('quick_check', { simple: true }));
    if (check !== 'ok') {
      // The boot's refusal is one line: SQLite's first finding, not its whole report.
      const finding = check.split('\n').find((line) => line.trim() && !line.includes('***')) ?? check;
      throw new StoreError(
        `the state file ${file} is damaged (SQLite's check: ${finding.trim().slice(0, 160)}); move it aside to start with an empty store, or restore a copy`,
      );
    }
    db.exec(MIGRATIONS_TABLE);
    migrate(db, file, appVersion);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `cannot read the state file ${file}: ${reason(error)}; move it aside to start with an empty store, or set STATE_DIR to another folder`,
    );
  }
}

/** Applies the pending migrations in one IMMEDIATE transaction, so two processes opening one new file migrate it once. */
function migrate(db: Database.Database, file: string, appVersion: string): void {
  const record = db.prepare('INSERT INTO schema_migrations (version, name, app_version, applied_at) VALUES (?, ?, ?, ?)');
  const newestApplied = db.prepare('SELECT version, app_version FROM schema_migrations ORDER BY version DESC LIMIT 1');
  db.transaction(() => {
    const newest = newestApplied.get() as { version: number; app_version: string } | undefined;
    if (newest && newest.version > LATEST_VERSION) throw new StoreError(newerSchemaMessage(file, newest.version, newest.app_version));
    for (const migration of MIGRATIONS) {
      if (newest && migration.version <= newest.version) continue;
      db.exec(migration.sqlite);
      record.run(migration.version, migration.name, appVersion, Date.now());
    }
  }).immediate();
}

/** One more than the highest: writes are serialized (one IMMEDIATE transaction each), so it is unique and increasing. */
const NEXT_SEQ = 'SELECT COALESCE(MAX(change_seq), 0) + 1 FROM saved_scenarios';

function scenarioStore(db: Database.Database): ScenarioStore {
  const statements = {
    insert: db.prepare(
      `INSERT INTO saved_scenarios (id, name, notes, scenario, view, city, page, search, version, share_slug, created_at, updated_at, change_seq)
       VALUES (@id, @name, @notes, @scenario, @view, @city, @page, @search, 1, @slug, @now, @now, (${NEXT_SEQ}))`,
    ),
    get: db.prepare(`SELECT ${RECORD_COLUMNS} FROM saved_scenarios WHERE id = ?`),
    update: db.prepare(
      `UPDATE saved_scenarios SET name = @name, notes = @notes, scenario = @scenario, view = @view, city = @city, page = @page,
         search = @search, share_slug = @slug, version = version + 1, updated_at = @now,
         change_seq = (${NEXT_SEQ})
       WHERE id = @id AND (@ifVersion IS NULL OR version = @ifVersion)`,
    ),
    delete: db.prepare('DELETE FROM saved_scenarios WHERE id = @id AND (@ifVersion IS NULL OR version = @ifVersion)'),
    page: db.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM saved_scenarios
       WHERE (@needle IS NULL OR instr(search, @needle) > 0)
         AND (@beforeSeq IS NULL OR change_seq < @beforeSeq)
       ORDER BY change_seq DESC LIMIT @limit`,
    ),
    count: db.prepare('SELECT count(*) AS n FROM saved_scenarios WHERE (@needle IS NULL OR instr(search, @needle) > 0)'),
    insertShare: db.prepare(
      `INSERT INTO shares (slug, content_hash, scenario, view, created_at) VALUES (@slug, @hash, @scenario, @view, @now)
       ON CONFLICT (slug) DO NOTHING`,
    ),
    shareHash: db.prepare('SELECT content_hash FROM shares WHERE slug = ?'),
    share: db.prepare('SELECT scenario, view FROM shares WHERE slug = ?'),
  };

  /** The slug of this content: the shortest free one, or the one it already has (see records.ts). */
  const ensureShare = (content: ShareContent, now: number): string => {
    const hash = shareHash(content);
    const scenario = JSON.stringify(content.scenario);
    const view = JSON.stringify(content.view);
    for (const length of SLUG_LENGTHS) {
      const slug = slugOf(hash, length);
      statements.insertShare.run({ slug, hash, scenario, view, now });
      if ((statements.shareHash.get(slug) as { content_hash: string }).content_hash === hash) return slug;
    }
    throw new Error(`no free share slug for content ${hash}`);
  };

  const get = (id: string) => {
    const row = statements.get.get(id) as RecordRow | undefined;
    return row && recordFromRow(row);
  };

  /** Missing or stale, when a guarded write changed no row. */
  const refusal = (id: string): WriteOutcome<never> => {
    const current = get(id);
    return current ? { status: 'stale', current } : { status: 'missing' };
  };

  const create = db.transaction((fields: SavedScenarioFields) => {
    const now = Date.now();
    const id = newId();
    statements.insert.run({ id, ...fieldColumns(fields), slug: ensureShare(fields, now), now });
    return get(id);
  });

  const replace = db.transaction((id: string, ifVersion: number | undefined, fields: SavedScenarioFields): WriteOutcome<SavedRecord> => {
    const now = Date.now();
    const slug = ensureShare(fields, now);
    const changed = statements.update.run({ id, ifVersion: ifVersion ?? null, ...fieldColumns(fields), slug, now }).changes;
    const record = changed === 0 ? undefined : get(id);
    return record ? { status: 'ok', value: record } : refusal(id);
  });

  const remove = db.transaction((id: string, ifVersion: number | undefined): WriteOutcome<true> => {
    const changed = statements.delete.run({ id, ifVersion: ifVersion ?? null }).changes;
    return changed === 0 ? refusal(id) : { status: 'ok', value: true };
  });

  return {
    async list({ q, limit, beforeSeq }) {
      const needle = searchNeedle(q);
      const rows = statements.page.all({ needle, beforeSeq: beforeSeq ?? null, limit }) as SummaryRow[];
      const { n } = statements.count.get({ needle }) as { n: number };
      return { items: rows.map(summaryFromRow), total: n };
    },
    async get(id) {
      return get(id);
    },
    async create(fields) {
      const record = create.immediate(fields);
      if (!record) throw new Error('a saved scenario vanished inside its own transaction');
      return record;
    },
    async replace(id, ifVersion, fields) {
      return replace.immediate(id, ifVersion, fields);
    },
    async delete(id, ifVersion) {
      return remove.immediate(id, ifVersion);
    },
    async share(slug) {
      const row = statements.share.get(slug) as { scenario: string; view: string } | undefined;
      return row && shareFromRow(row);
    },
  };
}

/** Opens (creating if needed) the SQLite store in `dir`; throws StoreError with one line when it cannot. */
export function openSqliteStore(dir: string, appVersion: string, onError: (error: Error) => void = () => undefined): Store {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new StoreError(`cannot create the state folder ${dir}: ${reason(error)}; set STATE_DIR to a folder the server may write`);
  }
  const file = join(dir, SQLITE_FILE);
  const db = openDatabase(file, appVersion);
  return {
    kind: 'sqlite',
    location: file,
    scenarios: scenarioStore(db),
    rooms: sqliteRoomStore(db, (error) => onError(error as Error)),
    sealed: sqliteSealedStore(db),
    classes: sqliteClassStore(db),
    async ping() {
      try {
        db.prepare('SELECT 1').get();
      } catch (error) {
        throw new StoreUnavailableError(
          `The SQLite file ${file} cannot be read (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
