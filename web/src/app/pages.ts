/** The dashboard's pages, in navigation order, with what each shows. */
export interface PageInfo {
  path: string;
  title: string;
  program?: string;
  summary: string;
}

export const PAGES: readonly PageInfo[] = [
  { path: '/', title: 'Overview', summary: 'The city map with every layer and the weather that drives all streams.' },
  {
    path: '/air',
    title: 'Air',
    program: 'EPA Village Green Project',
    summary:
      'Village Green-style benches: 1-minute PM2.5 and ozone, NowCast and AQI in the official colours, with the weather beside them.',
  },
  {
    path: '/energy',
    title: 'Energy',
    program: 'DOE / NIST Smart Grid Program',
    summary: 'Smart meters: 15-minute interval energy by district and class, rooftop PV export, EV charging and Green Button downloads.',
  },
  {
    path: '/mobility',
    title: 'Mobility',
    program: 'Smart Columbus Connected Vehicle Environment',
    summary: 'Connected vehicles on the four corridors, signal phases, Basic Safety Messages, corridor speeds and safety events.',
  },
  {
    path: '/policy',
    title: 'Policy',
    program: 'US federal smart-city programs',
    summary:
      'The timeline from the 2009 Strategy for American Innovation to today, the eight agencies and the programs behind each stream.',
  },
  { path: '/data', title: 'Data', summary: 'Tables of any series, CSV and Green Button exports, and the API explorer.' },
];
