import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations';
import { openSqliteStore, SQLITE_FILE } from './sqlite-store';
import { StoreError } from './store';
import { describeClassMigration, describeClassStore } from './test/class-store-suite';
import { describeRoomStore } from './test/room-store-suite';
import { occupyShareSlug, recordNewerMigration, writeVersion3File } from './test/state-files';
import { describeStore, fields } from './test/store-suite';

const tempDir = () => mkdtempSync(join(tmpdir(), 'sandbox-state-'));

let dir = tempDir();
describeStore('SQLite', {
  open: async () => openSqliteStore(dir, '0.1.0'),
  reset: async () => {
    rmSync(dir, { recursive: true, force: true });
    dir = tempDir();
  },
  addNewerMigration: async (version) => recordNewerMigration(join(dir, SQLITE_FILE), version, '9.9.9'),
  occupyShareSlug: async (slug, scenarioJson) => occupyShareSlug(join(dir, SQLITE_FILE), slug, scenarioJson),
});
describeRoomStore('SQLite', { open: async () => openSqliteStore(dir, '0.1.0') });
describeClassStore('SQLite', { open: async () => openSqliteStore(dir, '0.1.0') });
let oldDir = tempDir();
describeClassMigration('SQLite', {
  atVersion3: async () => {
    oldDir = tempDir();
    writeVersion3File(join(oldDir, SQLITE_FILE));
  },
  open: async () => openSqliteStore(oldDir, '0.1.0'),
});

describe('SQLite store file', () => {
  it('is created under STATE_DIR (and the folder with it), in WAL mode, at the latest schema version', async () => {
    const stateDir = join(tempDir(), 'nested', 'state');
    const store = openSqliteStore(stateDir, '1.2.3');
    await store.scenarios.create(fields('x'));
    expect(store.location).toBe(join(stateDir, SQLITE_FILE));
    const db = new Database(store.location, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, app_version FROM schema_migrations').all()).toEqual(
      MIGRATIONS.map((migration) => ({ version: migration.version, app_version: '1.2.3' })),
    );
    db.close();
    await store.close();
  });

  it('refuses a file that is not a SQLite database, naming it and what to do', () => {
    const stateDir = tempDir();
    writeFileSync(join(stateDir, SQLITE_FILE), 'these are not the bytes of a database, '.repeat(200));
    expect(() => openSqliteStore(stateDir, '0.1.0')).toThrow(StoreError);
    expect(() => openSqliteStore(stateDir, '0.1.0')).toThrow(
      new RegExp(`cannot read the state file ${join(stateDir, SQLITE_FILE)}: file is not a database; move it aside`),
    );
  });

  it('refuses a file damaged past its header, naming it and what to do', async () => {
    const stateDir = tempDir();
    const store = openSqliteStore(stateDir, '0.1.0');
    for (let i = 0; i < 200; i++) await store.scenarios.create(fields(`scenario ${i}`));
    await store.close();
    // Garbage over the pages after the first two: the header (page 1) still says SQLite.
    const file = join(stateDir, SQLITE_FILE);
    const bytes = readFileSync(file);
    expect(bytes.length).toBeGreaterThan(8 * 4096);
    for (let i = 2 * 4096; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(file, bytes);
    expect(() => openSqliteStore(stateDir, '0.1.0')).toThrow(StoreError);
    expect(() => openSqliteStore(stateDir, '0.1.0')).toThrow(
      new RegExp(`(state file ${file} is damaged|cannot read the state file ${file}).*move it aside`),
    );
  });

  it('refuses a state file it cannot open (a folder in its place)', () => {
    const stateDir = tempDir();
    mkdirSync(join(stateDir, SQLITE_FILE));
    expect(() => openSqliteStore(stateDir, '0.1.0')).toThrow(/cannot (open|read) the state file .*sandbox\.sqlite/);
  });

  it('refuses a STATE_DIR it cannot create', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'a-file'), '');
    expect(() => openSqliteStore(join(parent, 'a-file', 'state'), '0.1.0')).toThrow(
      /cannot create the state folder .*a-file\/state: .*set STATE_DIR/,
    );
  });
});
