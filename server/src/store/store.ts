/**
 * The server's state behind one small interface, with two backends: SQLite (embedded, a file under
 * STATE_DIR; the default) and PostgreSQL (DATABASE_URL; for several server instances behind a load
 * balancer). Both run the same versioned migrations (migrations.ts) and pass the same test suite
 * (test/store-suite.ts). Routes see only these types, never SQL.
 *
 * It holds saved scenarios and their share links, and workshop rooms with their teams and results
 * (rooms.ts, issue 14). Lessons (issue 15) add their own tables as a new migration and their own
 * `…Store` next to these (classes.ts).
 */
import type { SavedScenarioFields, Scenario, ScenarioView } from '@sandbox/shared';
import type { ClassStore, SealedStore } from './classes';
import type { RoomStore } from './rooms';

/** A saved scenario as stored. Times are epoch milliseconds. */
export interface SavedRecord {
  id: string;
  name: string;
  notes: string;
  scenario: Scenario;
  view: ScenarioView;
  version: number;
  shareSlug: string;
  createdAtMs: number;
  updatedAtMs: number;
  /** Orders records by their last change, across the whole store: higher is later. */
  changeSeq: number;
}

/** A saved scenario in a list: no scenario body, its city and page instead. */
export type SavedSummaryRecord = Omit<SavedRecord, 'scenario' | 'view'> & { city: string; page: string };

export interface ListRequest {
  /** Only records whose name or notes contain this (compared in lower case). */
  q?: string;
  limit: number;
  /** Where the page starts: the records changed before this `changeSeq` (the list is most recently changed first). */
  beforeSeq?: number;
}

export interface ListResult {
  items: SavedSummaryRecord[];
  /** All records matching `q`, on every page. */
  total: number;
}

/** `ifVersion` undefined means "whatever the current version is" (`If-Match: *`). */
export type WriteOutcome<T> = { status: 'ok'; value: T } | { status: 'missing' } | { status: 'stale'; current: SavedRecord };

/** What a share link shows; it never changes once made. */
export interface ShareContent {
  scenario: Scenario;
  view: ScenarioView;
}

export interface ScenarioStore {
  list(request: ListRequest): Promise<ListResult>;
  get(id: string): Promise<SavedRecord | undefined>;
  create(fields: SavedScenarioFields): Promise<SavedRecord>;
  replace(id: string, ifVersion: number | undefined, fields: SavedScenarioFields): Promise<WriteOutcome<SavedRecord>>;
  delete(id: string, ifVersion: number | undefined): Promise<WriteOutcome<true>>;
  share(slug: string): Promise<ShareContent | undefined>;
}

export interface Store {
  kind: 'sqlite' | 'postgres';
  /** Where the state lives, for logs and errors: a file path, or a PostgreSQL URL without its password. */
  location: string;
  scenarios: ScenarioStore;
  rooms: RoomStore;
  /** Sealed scenarios (student links) and classes with their attempts (issue 15). */
  sealed: SealedStore;
  classes: ClassStore;
  /** Readiness: resolves when the database answers a trivial query within READY_TIMEOUT_MS, else throws StoreUnavailableError. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** How long a readiness check waits for the database: a load balancer's probe gives up after a few seconds. */
export const READY_TIMEOUT_MS = 2000;

/** The store cannot start (unreadable, from a newer version, unreachable): the server refuses to start with this one line. */
export class StoreError extends Error {}

/** The store failed on a request (e.g. PostgreSQL went away): a 503 the client may retry, never a 500. */
export class StoreUnavailableError extends Error {
  readonly statusCode = 503;
}
