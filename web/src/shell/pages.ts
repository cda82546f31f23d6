/** The dashboard's pages, in navigation order. Titles, programs and summaries live in the catalogs. */
export const PAGES = [
  { path: '/', key: 'overview' },
  { path: '/air', key: 'air' },
  { path: '/energy', key: 'energy' },
  { path: '/mobility', key: 'mobility' },
  { path: '/policy', key: 'policy' },
  { path: '/data', key: 'data' },
  { path: '/saved', key: 'saved' },
] as const;

export type PageInfo = (typeof PAGES)[number];
