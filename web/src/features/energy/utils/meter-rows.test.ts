import { MeterReadingsQuerySchema } from '@sandbox/shared/energy/api-schemas';
import { describe, expect, it } from 'vitest';
import { TEST_DAY, testService } from '../../../test/test-service';
import { type MeterReadings, meterRows, qualitySeries } from './meter-rows';
import { qualityRuns } from './quality';

const readings = (query: Record<string, string>) =>
  testService.meterReadings(MeterReadingsQuerySchema.parse({ ...TEST_DAY, ...query }), 0) as MeterReadings;

describe('meterRows', () => {
  it('gives 96 quarter-hours with export below zero and net = import − export', () => {
    const meter = testService.meters({ city: 'testville', limit: 500, offset: 0 } as never).meters.find((m) => m.hasPv);
    expect(meter).toBeDefined();
    const id = meter?.id ?? '';
    const rows = meterRows(readings({ meter: id }), id);
    expect(rows).toHaveLength(96);
    expect(rows.some((r) => (r.exportKwh ?? 0) < 0)).toBe(true);
    for (const row of rows) {
      if (row.netKwh === null) continue;
      expect(row.netKwh).toBeCloseTo((row.importKwh ?? 0) + (row.exportKwh ?? 0), 3);
    }
  });

  it('shows the flags of an injected gap: estimated and missing intervals', () => {
    const id = 'north-res-00001';
    const faults = JSON.stringify([
      { kind: 'meter-estimated', meterId: id, from: '2026-07-15T10:00:00Z', to: '2026-07-15T11:00:00Z' },
      { kind: 'meter-missing', meterId: id, from: '2026-07-15T20:00:00Z', to: '2026-07-15T20:30:00Z' },
    ]);
    const answer = readings({ meter: id, faults });
    const rows = meterRows(answer, id);
    const runs = qualityRuns(qualitySeries(answer, id));
    expect(runs.find((r) => r.quality === 'estimated')?.intervals).toBeGreaterThanOrEqual(4);
    const missing = runs.find((r) => r.quality === 'missing');
    expect(missing?.intervals).toBeGreaterThanOrEqual(2);
    expect(rows.find((r) => r.time === missing?.from)?.netKwh).toBeNull();
  });

  it('has no rows for a meter the answer does not hold', () => {
    expect(meterRows(readings({ meter: 'north-res-00001' }), 'south-res-00001')).toEqual([]);
  });
});
