/**
 * A small Columbus-like city for the engine's unit tests (shared tests never read files): two CVE-style corridors
 * with signalized intersections, four air stations (park, school, two roadside) and a few hundred
 * meters in three districts. Coordinates follow FACTS.md section G, simplified.
 */
import { type City, CitySchema } from '../city/schemas';

const square = (west: number, south: number, east: number, north: number): Array<[number, number]> => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

const plan = (offsetS: number, cycleS = 100, mainGreenS = 52) => ({ cycleS, mainGreenS, yellowS: 4, allRedS: 2, offsetS });

export const engineCity: City = CitySchema.parse({
  id: 'fixture',
  name: 'Fixture City',
  region: 'Ohio',
  timezone: 'America/New_York',
  center: [-82.9988, 39.9612],
  bounds: [
    [-83.06, 39.95],
    [-82.9, 40.08],
  ],
  zoom: 12,
  climate: { meanTempC: 11.9, annualAmplitudeC: 13.2, coldestDayOfYear: 20, diurnalRangeC: 10, source: 'test fixture' },
  districts: [
    {
      id: 'university',
      name: 'University',
      polygon: square(-83.03, 39.985, -82.995, 40.02),
      feeders: [
        { id: 'univ-1', name: 'University 1' },
        { id: 'univ-2', name: 'University 2' },
      ],
    },
    { id: 'linden', name: 'Linden', polygon: square(-82.995, 40.0, -82.95, 40.05), feeders: [{ id: 'linden-1', name: 'Linden 1' }] },
    { id: 'north', name: 'North', polygon: square(-83.03, 40.02, -82.92, 40.07), feeders: [{ id: 'north-1', name: 'North 1' }] },
  ],
  stations: [
    { id: 'high-st-roadside', name: 'High St roadside', siteType: 'roadside', districtId: 'university', location: [-83.0094, 40.0072] },
    { id: 'morse-rd-roadside', name: 'Morse Rd roadside', siteType: 'roadside', districtId: 'north', location: [-82.99, 40.0593] },
    { id: 'linden-school', name: 'Linden school', siteType: 'school', districtId: 'linden', location: [-82.973, 40.0213] },
    { id: 'park-bench', name: 'Park bench', siteType: 'park', districtId: 'north', location: [-82.945, 40.035] },
  ],
  corridors: [
    {
      id: 'high-st',
      name: 'High St',
      extent: '5th Ave → Morse Rd',
      role: 'arterial',
      speedLimitKph: 48,
      lanesPerDirection: 2,
      path: [
        [-83.0063, 39.9887],
        [-83.009, 40.0057],
        [-83.012, 40.021],
        [-83.018, 40.059],
      ],
      intersections: [
        { id: 'high-5th', name: 'High St & 5th Ave', location: [-83.0065, 39.99], signal: plan(0) },
        { id: 'high-lane', name: 'High St & Lane Ave', location: [-83.009, 40.0057], signal: plan(20) },
        { id: 'high-hudson', name: 'High St & Hudson St', location: [-83.012, 40.021], signal: plan(45) },
        { id: 'high-morse', name: 'High St & Morse Rd', location: [-83.0175, 40.0575], signal: plan(70, 120, 60) },
      ],
    },
    {
      id: 'morse-rd',
      name: 'Morse Rd',
      extent: 'High St → Stelzer Rd',
      role: 'arterial',
      speedLimitKph: 56,
      lanesPerDirection: 3,
      path: [
        [-83.016, 40.059],
        [-82.97, 40.059],
        [-82.925, 40.06],
      ],
      intersections: [
        { id: 'morse-indianola', name: 'Morse Rd & Indianola Ave', location: [-83.0, 40.059], signal: plan(10, 120, 64) },
        { id: 'morse-cleveland', name: 'Morse Rd & Cleveland Ave', location: [-82.97, 40.059], signal: plan(50, 120, 60) },
        { id: 'morse-stelzer', name: 'Morse Rd & Stelzer Rd', location: [-82.927, 40.06], signal: plan(90, 120, 60) },
      ],
    },
  ],
  meters: [
    { districtId: 'university', meterClass: 'residential', count: 60, pvShare: 0.05, evShare: 0.04 },
    { districtId: 'university', meterClass: 'commercial', count: 10, pvShare: 0.1, evShare: 0.1 },
    { districtId: 'linden', meterClass: 'residential', count: 80, pvShare: 0.08, evShare: 0.03 },
    { districtId: 'linden', meterClass: 'commercial', count: 6, pvShare: 0.05, evShare: 0.05 },
    { districtId: 'north', meterClass: 'residential', count: 60, pvShare: 0.12, evShare: 0.08 },
    { districtId: 'north', meterClass: 'industrial', count: 3, pvShare: 0.3, evShare: 0.3 },
  ],
  sources: ['Test fixture derived from shared/domain/FACTS.md section G'],
});
