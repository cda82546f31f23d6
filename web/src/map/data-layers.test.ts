import type { City } from '@sandbox/shared/city/schemas';
import { describe, expect, it } from 'vitest';
import { loadStops } from './data-layers';

type Meters = City['meters'];
const group = (districtId: string, meterClass: Meters[number]['meterClass'], count: number) =>
  ({ districtId, meterClass, count, pvShare: 0, evShare: 0 }) as Meters[number];
const kwOf = (meters: Meters) => loadStops({ meters }).map(([kw]) => kw);

/** Columbus's largest district, Northland, and a smaller one. */
const COLUMBUS = [
  group('northland', 'residential', 28000),
  group('northland', 'commercial', 2500),
  group('northland', 'industrial', 40),
  group('linden', 'residential', 9000),
];

describe('loadStops', () => {
  it("puts Columbus's stops at 15, 40, 75 and 120 MW (its largest district, Northland, sets the scale)", () => {
    expect(kwOf(COLUMBUS)).toEqual([0, 15000, 40000, 75000, 120000]);
  });

  it("scales a smaller city's stops to its own largest district, rounded to two figures, same colours", () => {
    // Pittsburgh's Downtown: 400 homes, 1,097 commercial and 28 industrial meters.
    const small = [group('downtown', 'residential', 400), group('downtown', 'commercial', 1097), group('downtown', 'industrial', 28)];
    expect(kwOf(small)).toEqual([0, 4800, 13000, 24000, 38000]);
    expect(loadStops({ meters: small }).map(([, colour]) => colour)).toEqual(loadStops({ meters: COLUMBUS }).map(([, colour]) => colour));
  });

  it('keeps the stops distinct and ascending for a tiny city, and uses the Columbus scale before the city arrives', () => {
    const stops = kwOf([group('only', 'residential', 3)]);
    for (let i = 1; i < stops.length; i++) expect(stops[i]).toBeGreaterThan(stops[i - 1] as number);
    expect(loadStops(undefined).map(([kw]) => kw)).toEqual([0, 15000, 40000, 75000, 120000]);
    expect(kwOf([])).toEqual([0, 15000, 40000, 75000, 120000]);
  });
});
