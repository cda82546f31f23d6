/** Opens the store the configuration asks for: PostgreSQL when DATABASE_URL is set, else SQLite under STATE_DIR. */
import type { Config } from '../config';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore } from './sqlite-store';
import type { Store } from './store';

export async function openStore(
  config: Pick<Config, 'STATE_DIR' | 'DATABASE_URL'>,
  appVersion: string,
  onIdleError: (error: Error) => void,
): Promise<Store> {
  if (config.DATABASE_URL) return openPostgresStore(config.DATABASE_URL, appVersion, onIdleError);
  return openSqliteStore(config.STATE_DIR, appVersion, onIdleError);
}
