import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { bsmSampleAt } from './bsm-sample';
import { BsmSchema } from './schemas';
import { vehiclesAt } from './vehicles';

const peak = Date.parse('2026-07-14T21:00:00Z');

describe('bsmSampleAt', () => {
  // A classroom scenario with many equipped vehicles (15%), so a round on one corridor has a few messages.
  const sim = createSimulation(engineCity, { seed: 2, levers: { connectedShare: 0.15 } });

  it('samples one broadcast round: one message per connected vehicle, ordered by TemporaryID', () => {
    const sample = bsmSampleAt(sim, peak, 10_000);
    const connected = vehiclesAt(sim, peak).filter((v) => v.connected).length;
    expect(sample.windowMs).toBe(100);
    expect(sample.total).toBe(connected);
    const ids = sample.records.map((r) => r.bsm.coreData.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of sample.records) {
      BsmSchema.parse(record.bsm);
      expect(Date.parse(record.bsm.metadata.generatedAt)).toBeGreaterThanOrEqual(peak);
      expect(Date.parse(record.bsm.metadata.generatedAt)).toBeLessThan(peak + 100);
    }
  });

  it('keeps only the corridors asked and at most `limit` messages', () => {
    const all = bsmSampleAt(sim, peak, 10_000);
    const high = bsmSampleAt(sim, peak, 3, new Set(['high-st']));
    expect(high.records).toHaveLength(3);
    expect(high.records.every((r) => r.corridorId === 'high-st')).toBe(true);
    expect(high.total).toBe(all.records.filter((r) => r.corridorId === 'high-st').length);
  });

  it('widens the round at a lower message rate and repeats duplicated messages', () => {
    const slow = createSimulation(engineCity, { seed: 2, levers: { bsmRateHz: 1, connectedShare: 0.15 } });
    expect(bsmSampleAt(slow, peak, 5).windowMs).toBe(1000);
    const noisy = createSimulation(engineCity, {
      seed: 2,
      levers: { connectedShare: 0.15 },
      faults: [{ kind: 'duplicate-messages', from: '2026-07-14T20:00:00Z', to: '2026-07-14T22:00:00Z', probability: 1 }],
    });
    const sample = bsmSampleAt(noisy, peak, 10_000);
    expect(sample.total).toBe(2 * bsmSampleAt(sim, peak, 10_000).total);
  });

  it('keeps the first `limit` messages of the whole round, a duplicate beside its twin', () => {
    const noisy = createSimulation(engineCity, {
      seed: 2,
      levers: { connectedShare: 0.15 },
      faults: [{ kind: 'duplicate-messages', from: '2026-07-14T20:00:00Z', to: '2026-07-14T22:00:00Z', probability: 0.5 }],
    });
    const whole = bsmSampleAt(noisy, peak, 10_000);
    const first = bsmSampleAt(noisy, peak, 7);
    expect(first.total).toBe(whole.total);
    expect(first.records).toEqual(whole.records.slice(0, 7));
    const ids = whole.records.map((r) => r.bsm.coreData.id);
    expect(ids.filter((id, i) => ids[i + 1] === id).length).toBeGreaterThan(0);
  });
});
