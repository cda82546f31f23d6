/** Writes into a SQLite state file what the store itself would not: a newer server's migration, a colliding share slug. */
import Database from 'better-sqlite3';

export function recordNewerMigration(file: string, version: number, appVersion: string): void {
  const db = new Database(file);
  try {
    db.prepare("INSERT INTO schema_migrations VALUES (?, 'from the future', ?, 0)").run(version, appVersion);
  } finally {
    db.close();
  }
}

export function occupyShareSlug(file: string, slug: string, scenarioJson: string): void {
  const db = new Database(file);
  try {
    db.prepare(`INSERT INTO shares (slug, content_hash, scenario, view, created_at) VALUES (?, 'another view', ?, '{"page":"/"}', 0)`).run(
      slug,
      scenarioJson,
    );
  } finally {
    db.close();
  }
}
