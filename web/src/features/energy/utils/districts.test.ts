import { testCity } from '@sandbox/shared/test-support/test-city';
import { describe, expect, it } from 'vitest';
import { districtLoads, districtName, meterCounts } from './districts';

describe('districtLoads', () => {
  it('joins live load with names and meter counts, largest first, with the load per meter', () => {
    const counts = meterCounts(testCity);
    const rows = districtLoads(
      testCity,
      [
        { districtId: 'north', demandKw: 100, importKw: 110, exportKw: 10 },
        { districtId: 'south', demandKw: 300, importKw: 300, exportKw: 0 },
      ],
      'en',
    );
    expect(rows.map((r) => r.id)).toEqual(['south', 'north']);
    expect(rows[1]?.name).toBe('North');
    expect(rows[1]?.meters).toBe(counts.get('north'));
    expect(rows[1]?.perMeterKw).toBeCloseTo(100 / (counts.get('north') ?? 1));
  });

  it('names districts in Korean when it has the name, else in English, else by id', () => {
    expect(districtName(testCity, 'north', 'ko')).toBe(testCity.districts[0]?.nameKo ?? 'North');
    expect(districtName(testCity, 'nowhere', 'en')).toBe('nowhere');
  });
});
