/**
 * The Saved page's requests, typed by the write-route contract: the list (a page at a time, with
 * search), one saved scenario with its ETag, and the writes (save, replace, delete). Every write
 * invalidates the list; replace and delete send the ETag they were based on.
 */

import { pathFor } from '@sandbox/shared/contract';
import { savedScenarioRoutes as routes } from '@sandbox/shared/saved/contract';
import type { SavedScenario, SavedScenarioInput } from '@sandbox/shared/saved/schemas';
import { infiniteQueryOptions, type QueryClient } from '@tanstack/react-query';
import { apiWrite } from '../../../api/write-client';

export const PAGE_SIZE = 20;

const LIST_KEY = ['saved-scenarios'] as const;

/** Saved scenarios whose name or notes contain `q`, most recently changed first, 20 at a time. */
export function savedListQuery(q: string) {
  return infiniteQueryOptions({
    queryKey: [...LIST_KEY, 'list', q],
    queryFn: async ({ pageParam, signal }) =>
      (await apiWrite(routes.listSaved, { query: { q: q || undefined, limit: PAGE_SIZE, cursor: pageParam }, signal })).data,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    // Ask even when the browser says it is offline (the server may be this very machine): an
    // unreachable server then fails and says so, instead of a search paused behind "Loading…".
    networkMode: 'always',
  });
}

/** A saved scenario as a writer needs it: the record and the ETag of its version. */
export interface Versioned {
  record: SavedScenario;
  etag: string;
}

const versioned = ({ data, etag }: { data: SavedScenario; etag: string | null }): Versioned => ({
  record: data,
  etag: etag ?? `"${data.version}"`,
});

export async function readSaved(id: string): Promise<Versioned> {
  return versioned(await apiWrite(routes.getSaved, { params: { id } }));
}

export async function createSaved(body: SavedScenarioInput): Promise<Versioned> {
  return versioned(await apiWrite(routes.createSaved, { body }));
}

/** Imports an exported scenario file as it is: the server checks it and names a bad field (400). */
export async function importSaved(file: unknown): Promise<Versioned> {
  return versioned(await apiWrite(routes.createSaved, { body: file }));
}

/** Where a saved scenario downloads as a scenario file (`attachment`, JSON). */
export const exportHref = (id: string) => pathFor(routes.exportSaved.path, { id });

export async function replaceSaved(id: string, etag: string, body: SavedScenarioInput): Promise<Versioned> {
  return versioned(await apiWrite(routes.replaceSaved, { params: { id }, body, ifMatch: etag }));
}

export async function deleteSaved(id: string, etag: string): Promise<void> {
  await apiWrite(routes.deleteSaved, { params: { id }, ifMatch: etag });
}

/** The fields a client writes back, from a record it read. */
export const inputOf = (record: SavedScenario): SavedScenarioInput => ({
  name: record.name,
  notes: record.notes,
  scenario: record.scenario,
  view: record.view,
});

/** After any write: every list shows what the store now holds. */
export const refreshLists = (client: QueryClient) => client.invalidateQueries({ queryKey: LIST_KEY });
