/**
 * A small, valid city for unit tests in `shared` (which may not read files). Two districts, three
 * stations, two corridors; the real Columbus data lives in data/cities/columbus/.
 */
import { type City, CitySchema } from '../city/schemas';

const signal = { cycleS: 100, mainGreenS: 55, yellowS: 4, allRedS: 2, offsetS: 0 };

export const testCity: City = CitySchema.parse({
  id: 'testville',
  name: 'Testville',
  region: 'Ohio',
  timezone: 'America/New_York',
  center: [-83.0, 40.0],
  bounds: [
    [-83.1, 39.9],
    [-82.9, 40.1],
  ],
  zoom: 11,
  climate: { meanTempC: 11.7, annualAmplitudeC: 12.5, coldestDayOfYear: 20, diurnalRangeC: 10, source: 'fixture' },
  districts: [
    {
      id: 'north',
      name: 'North',
      polygon: [
        [-83.05, 40.0],
        [-82.95, 40.0],
        [-82.95, 40.05],
        [-83.05, 40.05],
        [-83.05, 40.0],
      ],
      feeders: [{ id: 'north-f1', name: 'North 1' }],
    },
    {
      id: 'south',
      name: 'South',
      polygon: [
        [-83.05, 39.95],
        [-82.95, 39.95],
        [-82.95, 40.0],
        [-83.05, 40.0],
        [-83.05, 39.95],
      ],
      feeders: [
        { id: 'south-f1', name: 'South 1' },
        { id: 'south-f2', name: 'South 2' },
      ],
    },
  ],
  stations: [
    { id: 'north-park', name: 'North Park bench', siteType: 'park', districtId: 'north', location: [-83.02, 40.03] },
    { id: 'main-roadside', name: 'Main St roadside', siteType: 'roadside', districtId: 'south', location: [-83.0, 39.98] },
    { id: 'south-school', name: 'South School', siteType: 'school', districtId: 'south', location: [-82.97, 39.96] },
  ],
  corridors: [
    {
      id: 'main-st',
      name: 'Main St',
      extent: 'South Ave → North Ave',
      role: 'arterial',
      speedLimitKph: 56,
      lanesPerDirection: 2,
      path: [
        [-83.0, 39.95],
        [-83.0, 40.05],
      ],
      intersections: [
        { id: 'main-st-first', name: 'Main St & First Ave', location: [-83.0, 39.97], signal },
        { id: 'main-st-second', name: 'Main St & Second Ave', location: [-83.0, 40.02], signal: { ...signal, offsetS: 30 } },
      ],
    },
    {
      id: 'freight-dr',
      name: 'Freight Dr',
      extent: 'West Rd → East Rd',
      role: 'freight',
      speedLimitKph: 72,
      lanesPerDirection: 2,
      path: [
        [-83.05, 39.96],
        [-82.95, 39.96],
      ],
      intersections: [{ id: 'freight-dr-depot', name: 'Freight Dr & Depot Rd', location: [-82.98, 39.96], signal }],
    },
  ],
  meters: [
    { districtId: 'north', meterClass: 'residential', count: 40, pvShare: 0.1, evShare: 0.08 },
    { districtId: 'south', meterClass: 'commercial', count: 10, pvShare: 0.05, evShare: 0.02 },
    { districtId: 'south', meterClass: 'industrial', count: 2, pvShare: 0, evShare: 0 },
  ],
  sources: ['test fixture'],
});
