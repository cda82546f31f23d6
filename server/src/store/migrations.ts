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
 * depend on two saves falling in the same millisecond. Migration 2 holds issue 14's rooms (keyed by
 * join code), their teams (each with its token: joining hands it out, so it is kept as issued; the
 * facilitator's token only as a sha256) and each round's results (the levers frozen at the lock,
 * the scorecard figures once scored). Migration 3 holds issue 15's
 * sealed scenarios (a random token → the scenario; one token per distinct scenario, found again by
 * the hash of its canonical key), classes (keyed by code; the teacher key only as a sha256) and their
 * students' attempts (an increasing id orders them). Migration 4 gives a class where its students
 * start (`start_view`: the page and the paused moment, JSON; NULL for a class opened before, whose
 * students start on the Overview, live). Migration 5 seats a class's students (`class_seats`: each
 * name taken, keyed as the seed compares names, with the sha256 of its seat token; decision 215,
 * addendum "Seats").
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
  {
    version: 2,
    name: 'workshop rooms, their teams and round results',
    sqlite: `
      CREATE TABLE rooms (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        config TEXT NOT NULL,
        facilitator_hash TEXT NOT NULL,
        round INTEGER NOT NULL,
        phase TEXT NOT NULL,
        baseline TEXT,
        version INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE room_teams (
        room_code TEXT NOT NULL REFERENCES rooms (code),
        team_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        token TEXT NOT NULL,
        levers TEXT NOT NULL,
        lever_version INTEGER NOT NULL,
        members INTEGER NOT NULL,
        changed_at INTEGER,
        PRIMARY KEY (room_code, team_id)
      ) STRICT;
      CREATE TABLE room_results (
        room_code TEXT NOT NULL REFERENCES rooms (code),
        round INTEGER NOT NULL,
        team_id TEXT NOT NULL,
        levers TEXT NOT NULL,
        scores TEXT,
        PRIMARY KEY (room_code, round, team_id)
      ) STRICT;`,
    postgres: `
      CREATE TABLE rooms (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        config JSONB NOT NULL,
        facilitator_hash TEXT NOT NULL,
        round INTEGER NOT NULL,
        phase TEXT NOT NULL,
        baseline JSONB,
        version INTEGER NOT NULL,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL
      );
      CREATE TABLE room_teams (
        room_code TEXT NOT NULL REFERENCES rooms (code),
        team_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        token TEXT NOT NULL,
        levers JSONB NOT NULL,
        lever_version INTEGER NOT NULL,
        members INTEGER NOT NULL,
        changed_at BIGINT,
        PRIMARY KEY (room_code, team_id)
      );
      CREATE TABLE room_results (
        room_code TEXT NOT NULL REFERENCES rooms (code),
        round INTEGER NOT NULL,
        team_id TEXT NOT NULL,
        levers JSONB NOT NULL,
        scores JSONB,
        PRIMARY KEY (room_code, round, team_id)
      );`,
  },
  {
    version: 3,
    name: 'sealed scenarios, classes and their attempts',
    sqlite: `
      CREATE TABLE sealed_scenarios (
        token TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        scenario TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE classes (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        lessons TEXT NOT NULL,
        scenario TEXT NOT NULL,
        teacher_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE class_attempts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        class_code TEXT NOT NULL REFERENCES classes (code),
        student TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        correct INTEGER NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX class_attempts_by_class ON class_attempts (class_code, id);`,
    postgres: `
      CREATE TABLE sealed_scenarios (
        token TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        scenario JSONB NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE classes (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        lessons JSONB NOT NULL,
        scenario JSONB NOT NULL,
        teacher_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE TABLE class_attempts (
        id BIGSERIAL PRIMARY KEY,
        class_code TEXT NOT NULL REFERENCES classes (code),
        student TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        correct BOOLEAN NOT NULL,
        at BIGINT NOT NULL
      );
      CREATE INDEX class_attempts_by_class ON class_attempts (class_code, id);`,
  },
  {
    version: 4,
    name: 'where a class’s students start',
    sqlite: 'ALTER TABLE classes ADD COLUMN start_view TEXT;',
    postgres: 'ALTER TABLE classes ADD COLUMN start_view JSONB;',
  },
  {
    version: 5,
    name: 'a class’s seats (the names taken, each with its token’s hash)',
    sqlite: `
      CREATE TABLE class_seats (
        class_code TEXT NOT NULL REFERENCES classes (code),
        student_key TEXT NOT NULL,
        student TEXT NOT NULL,
        seat_hash TEXT NOT NULL,
        joined_at INTEGER NOT NULL,
        PRIMARY KEY (class_code, student_key)
      ) STRICT;`,
    postgres: `
      CREATE TABLE class_seats (
        class_code TEXT NOT NULL REFERENCES classes (code),
        student_key TEXT NOT NULL,
        student TEXT NOT NULL,
        seat_hash TEXT NOT NULL,
        joined_at BIGINT NOT NULL,
        PRIMARY KEY (class_code, student_key)
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
