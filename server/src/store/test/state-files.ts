/** Writes into a SQLite state file what a newer server would have left there (tests of the refusal to open it). */
import Database from 'better-sqlite3';

export function recordNewerMigration(file: string, version: number, appVersion: string): void {
  const db = new Database(file);
  try {
    db.prepare("INSERT INTO schema_migrations VALUES (?, 'from the future', ?, 0)").run(version, appVersion);
  } finally {
    db.close();
  }
}
