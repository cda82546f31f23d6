/** The dashboard's pages, in navigation order. Titles, programs and summaries live in the catalogs. */
export const PAGES = [
  { path: '/', key: 'overview' },
  { path: '/air', key: 'air' },
  { path: '/energy', key: 'energy' },
  { path: '/mobility', key: 'mobility' },
  { path: '/lab', key: 'lab' },
  { path: '/policy', key: 'policy' },
  { path: '/data', key: 'data' },
] as const;

export type PageInfo = (typeof PAGES)[number];
