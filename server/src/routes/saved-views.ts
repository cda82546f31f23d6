/** The API's views of stored records: what a client reads, the exported file, and the cursor of a list page. */
import {
  type SavedScenario,
  type SavedScenarioSummary,
  SCENARIO_FILE_FORMAT,
  SCENARIO_FILE_VERSION,
  type ScenarioFile,
  viewAddress,
} from '@sandbox/shared';
import type { SavedRecord, SavedSummaryRecord } from '../store/store';

const iso = (ms: number) => new Date(ms).toISOString();

export const shareUrl = (slug: string) => `/s/${slug}`;

function common(record: SavedSummaryRecord | SavedRecord) {
  return {
    id: record.id,
    name: record.name,
    notes: record.notes,
    version: record.version,
    shareUrl: shareUrl(record.shareSlug),
    createdAt: iso(record.createdAtMs),
    updatedAt: iso(record.updatedAtMs),
  };
}

export function savedView(record: SavedRecord): SavedScenario {
  return { ...common(record), scenario: record.scenario, view: record.view, address: viewAddress(record.scenario, record.view) };
}

export function summaryView(record: SavedSummaryRecord): SavedScenarioSummary {
  return { ...common(record), city: record.city, page: record.page };
}

export function fileView(record: SavedRecord, now = Date.now()): ScenarioFile {
  return {
    format: SCENARIO_FILE_FORMAT,
    formatVersion: SCENARIO_FILE_VERSION,
    exportedAt: iso(now),
    name: record.name,
    notes: record.notes,
    scenario: record.scenario,
    view: record.view,
  };
}

/** `attachment` with an ASCII file name from the record's name (its id when nothing is left) and the full name in UTF-8. */
export function attachmentHeader(record: SavedRecord): string {
  const ascii =
    record.name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || record.id;
  const utf8 = encodeURIComponent(`${record.name}.scenario.json`).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}.scenario.json"; filename*=UTF-8''${utf8}`;
}

/** Where the next page starts, as an opaque cursor: base64url of `c<changeSeq>` (the last item's). */
export function encodeCursor(changeSeq: number): string {
  return Buffer.from(`c${changeSeq}`).toString('base64url');
}

export function decodeCursor(cursor: string): number | undefined {
  const match = /^c(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : undefined;
}
