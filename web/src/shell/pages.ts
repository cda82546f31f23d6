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

/** Pages the navigation leaves out: Saved and Rooms are opened from the Scenario panel (the header has no room at 1366 px). */
export const OTHER_PAGES = [
  { path: '/saved', key: 'saved' },
  { path: '/rooms', key: 'rooms' },
] as const;

export type PageInfo = (typeof PAGES)[number] | (typeof OTHER_PAGES)[number];
