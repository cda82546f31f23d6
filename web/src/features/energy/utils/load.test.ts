import { HOUR_MS, MINUTE_MS } from '@sandbox/shared/common/time';
import { EnergySummaryQuerySchema } from '@sandbox/shared/energy/api-schemas';
import { describe, expect, it } from 'vitest';
import { TEST_DAY, testService } from '../../../test/test-service';
import { classLoadRows, type EnergySummary, energyKwh, peakOf, totalSeries } from './load';

const summary = (query: Record<string, string>) =>
  testService.energySummary(EnergySummaryQuerySchema.parse({ ...TEST_DAY, ...query }), 0) as EnergySummary;

describe('classLoadRows', () => {
  const byClass = summary({ groupBy: 'class', resolution: '1h' });
  const rows = classLoadRows(byClass);

  it('gives one row per bucket with import above zero and PV export below', () => {
    expect(rows).toHaveLength(24);
    for (const row of rows) {
      for (const value of Object.values(row.import)) expect(value ?? 0).toBeGreaterThanOrEqual(0);
      for (const value of Object.values(row.export)) expect(value ?? 0).toBeLessThanOrEqual(0);
    }
    // A July afternoon: some rooftop PV is exported.
    expect(rows.some((row) => Object.values(row.export).some((v) => (v ?? 0) < 0))).toBe(true);
  });

  it('nets import minus export per row', () => {
    for (const row of rows) {
      const imported = Object.values(row.import).reduce<number>((a, b) => a + (b ?? 0), 0);
      const exported = Object.values(row.export).reduce<number>((a, b) => a + (b ?? 0), 0);
      expect(row.net).toBeCloseTo(imported + exported, 0);
    }
  });
});

describe('totalSeries', () => {
  it('adds the groups up: the classes make the same total as the districts', () => {
    const byClass = totalSeries(summary({ groupBy: 'class', resolution: '1h' }), 'demandKw');
    const byDistrict = totalSeries(summary({ groupBy: 'district', resolution: '1h' }), 'demandKw');
    expect(byClass.time).toEqual(byDistrict.time);
    for (const [i, v] of byClass.value.entries()) expect(v).toBeCloseTo(byDistrict.value[i] ?? Number.NaN, 0);
  });
});

describe('energy and peak', () => {
  it('turns kW averages into kWh: 4 kW for four quarter-hours is 4 kWh', () => {
    expect(energyKwh([4, 4, 4, 4], 15 * MINUTE_MS)).toBe(4);
    expect(energyKwh([2, null, 2], HOUR_MS)).toBe(4);
  });

  it('finds the first highest value and its time', () => {
    expect(peakOf({ time: [1, 2, 3], value: [5, 9, 9] })).toEqual({ kw: 9, time: 2 });
    expect(peakOf({ time: [], value: [] })).toBeNull();
    expect(peakOf({ time: [1], value: [null] })).toBeNull();
  });
});
