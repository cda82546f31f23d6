/**
 * Writes into a SQLite state file what the store itself would not: a newer server's migration, a
 * colliding share slug, an older server's database.
 */
import Database from 'better-sqlite3';
import { MIGRATIONS_TABLE } from '../migrations';
import { migrationsUpTo, V3_CLASS_ROW } from './class-store-suite';

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

/** A new state file at schema version 3 (as a server before classes had a start left it), holding one class. */
export function writeVersion3File(file: string): void {
  const db = new Database(file);
  try {
    db.exec(MIGRATIONS_TABLE);
    for (const migration of migrationsUpTo(3)) {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?, 0)').run(migration.version, migration.name, '0.0.3');
    }
    db.prepare(
      'INSERT INTO classes (code, name, lessons, scenario, teacher_hash, created_at) VALUES (@code, @name, @lessons, @scenario, @teacher_hash, @created_at)',
    ).run(V3_CLASS_ROW);
  } finally {
    db.close();
  }
}
