/**
 * Rows as both backends return them, turned into records. SQLite gives JSON columns as text and
 * integers as numbers; PostgreSQL gives JSONB as objects and BIGINT as strings (pg keeps 64-bit
 * integers exact that way). Stored JSON is read through the shared schemas, so a scenario saved by
 * an older build gets the defaults of fields added since.
 */
import { ScenarioSchema, ScenarioViewSchema } from '@sandbox/shared';
import type { SavedRecord, SavedSummaryRecord, ShareContent } from './store';

export interface SummaryRow {
  id: string;
  name: string;
  notes: string;
  city: string;
  page: string;
  version: number;
  share_slug: string;
  created_at: number | string;
  updated_at: number | string;
  change_seq: number | string;
}

export interface RecordRow extends SummaryRow {
  scenario: unknown;
  view: unknown;
}

export interface ShareRow {
  content_hash: string;
  scenario: unknown;
  view: unknown;
}

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export function summaryFromRow(row: SummaryRow): SavedSummaryRecord {
  return {
    id: row.id,
    name: row.name,
    notes: row.notes,
    city: row.city,
    page: row.page,
    version: Number(row.version),
    shareSlug: row.share_slug,
    createdAtMs: Number(row.created_at),
    updatedAtMs: Number(row.updated_at),
    changeSeq: Number(row.change_seq),
  };
}

export function recordFromRow(row: RecordRow): SavedRecord {
  const { city: _city, page: _page, ...summary } = summaryFromRow(row);
  return { ...summary, ...shareFromRow(row) };
}

export function shareFromRow(row: Pick<ShareRow, 'scenario' | 'view'>): ShareContent {
  return { scenario: ScenarioSchema.parse(json(row.scenario)), view: ScenarioViewSchema.parse(json(row.view)) };
}

export const SUMMARY_COLUMNS = 'id, name, notes, city, page, version, share_slug, created_at, updated_at, change_seq';
export const RECORD_COLUMNS = `${SUMMARY_COLUMNS}, scenario, view`;
