/** The catalog key of a page a view opens (saved views, a class's start) (`pages.<key>.title`): `/` is the Overview. */
import type { ViewPage } from '@sandbox/shared/scenario/address';

export type PageKey = 'overview' | 'air' | 'energy' | 'mobility' | 'lab' | 'policy' | 'data';

export function pageKey(page: ViewPage | string): PageKey {
  const key = page === '/' ? 'overview' : page.slice(1);
  return (['air', 'energy', 'mobility', 'lab', 'policy', 'data'] as const).find((k) => k === key) ?? 'overview';
}
