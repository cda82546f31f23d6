/** The dashboard's pages, in navigation order. Titles, programs and summaries live in the catalogs. */
export const PAGES = [
  { path: '/', key: 'overview' },
  { path: '/air', key: 'air' },
  { path: '/energy', key: 'energy' },
  { path: '/mobility', key: 'mobility' },
  { path: '/lab', key: 'lab' },
  { path: '/policy', key: 'policy' },
  { path: '/data', key: 'data' },
  { path: '/lessons', key: 'lessons' },
] as const;

/** Pages the navigation leaves out: Saved, Rooms and Classes are opened from the Scenario panel (the header has no room at 1366 px). */
export const OTHER_PAGES = [
  { path: '/saved', key: 'saved' },
  { path: '/rooms', key: 'rooms' },
  { path: '/classes', key: 'classes' },
] as const;

export type PageInfo = (typeof PAGES)[number] | (typeof OTHER_PAGES)[number];
