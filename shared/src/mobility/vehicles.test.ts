import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import { digest } from '../test-support/digest';
import { engineCity } from '../test-support/engine-city';
import { bsmColumns, bsmRecords } from './bsm';
import { buildNetwork } from './network';
import { safetyEvents } from './safety-events';
import { BsmSchema, SafetyEventSchema, SegmentFlowSchema, VehicleStateSchema } from './schemas';
import { segmentFlow, segmentFlowColumns } from './segment-flow';
import { KIND_BUS, MAX_TRIP_S, releaseTripsBefore, tripSlotCount, tripsOverlapping } from './trips';
import { vehicleSamples, vehiclesAt } from './vehicles';

const peak = Date.parse('2026-07-14T21:00:00Z'); // Tuesday 17:00 in Columbus
const night = Date.parse('2026-07-15T07:00:00Z'); // 03:00
const sim = createSimulation(engineCity, { seed: 2 });

describe('road network', () => {
  it('splits each corridor direction into segments between signals', () => {
    const network = buildNetwork(engineCity);
    const high = network.directions.filter((d) => d.corridorIndex === 0);
    expect(high.map((d) => d.direction)).toEqual(['nb', 'sb']);
    expect(high[0]?.segments).toHaveLength(5);
    expect(network.segments[0]?.id).toBe('high-st-nb-00');
    for (const dir of network.directions) {
      for (let k = 1; k < dir.stopS.length; k++) expect(dir.stopS[k] as number).toBeGreaterThan(dir.stopS[k - 1] as number);
    }
    const morse = network.directions.filter((d) => d.corridorIndex === 1).map((d) => d.direction);
    expect(morse).toEqual(['eb', 'wb']);
  });
});

describe('vehicles', () => {
  it('puts many more vehicles on the road at the evening peak than at 3 a.m.', () => {
    const rush = vehiclesAt(sim, peak);
    const calm = vehiclesAt(sim, night);
    expect(rush.length).toBeGreaterThan(3 * calm.length);
    for (const v of rush.slice(0, 50)) VehicleStateSchema.parse(v);
    // The equipped share of the vehicles on the road is the lever's (1% by default), plus the buses.
    const connected = rush.filter((v) => v.connected).length / rush.length;
    expect(connected).toBeGreaterThan(0.004);
    expect(connected).toBeLessThan(0.05);
    const classroom = vehiclesAt(createSimulation(engineCity, { seed: 2, levers: { connectedShare: 0.15 } }), peak);
    const classroomShare = classroom.filter((v) => v.connected).length / classroom.length;
    // The lever is a share of the day's trips; at one instant the fleet's trip chains make it vary.
    expect(classroomShare).toBeGreaterThan(0.5 * 0.15);
    expect(classroomShare).toBeLessThan(1.5 * 0.15);
  });

  it('gives the same vehicles at an instant whether asked alone or inside a window', () => {
    const t = peak + 17_000;
    const alone = vehiclesAt(sim, t);
    const fresh = vehiclesAt(createSimulation(engineCity, { seed: 2 }), t);
    expect(digest(JSON.stringify(alone))).toBe(digest(JSON.stringify(fresh)));
    const window = vehicleSamples(sim, peak, peak + MINUTE_MS, 1000);
    const rows = Array.from(window.timeMs.keys()).filter((i) => window.timeMs[i] === t);
    expect(rows).toHaveLength(alone.length);
  });

  it('splits a window of samples into two windows exactly', () => {
    const whole = vehicleSamples(sim, peak, peak + 2 * MINUTE_MS, 500);
    const a = vehicleSamples(sim, peak, peak + 47_500, 500);
    const b = vehicleSamples(sim, peak + 47_500, peak + 2 * MINUTE_MS, 500);
    const key = (s: typeof whole) =>
      Array.from({ length: s.count }, (_, i) => `${s.trips[s.trip[i] as number]?.key}:${s.timeMs[i]}:${s.lng[i]}:${s.speedMps[i]}`).sort();
    expect([...key(a), ...key(b)].sort()).toEqual(key(whole));
  });

  it('keeps speeds between 0 and the limit plus 10%', () => {
    const s = vehicleSamples(sim, peak, peak + 10 * MINUTE_MS, 1000);
    expect(s.count).toBeGreaterThan(1000);
    let minSpeed = Number.POSITIVE_INFINITY;
    let maxShareOfLimit = 0;
    for (let i = 0; i < s.count; i++) {
      const trip = s.trips[s.trip[i] as number];
      const limit = sim.network.corridors[sim.network.directions[trip?.dirIndex ?? 0]?.corridorIndex ?? 0]?.speedLimitMps ?? 1;
      minSpeed = Math.min(minSpeed, s.speedMps[i] as number);
      maxShareOfLimit = Math.max(maxShareOfLimit, (s.speedMps[i] as number) / limit);
    }
    expect(minSpeed).toBeGreaterThanOrEqual(0);
    expect(maxShareOfLimit).toBeLessThanOrEqual(1.1 + 1e-9);
    expect(maxShareOfLimit).toBeGreaterThan(0.9);
  });

  it('keeps the trip cache to the warm-up when a forward walk releases what it passed, with identical results', () => {
    const walker = createSimulation(engineCity, { seed: 2 });
    const step = 10 * MINUTE_MS;
    for (let t = peak; t < peak + HOUR_MS; t += step) {
      const samples = vehicleSamples(walker, t, t + step, 1000);
      const fresh = vehicleSamples(createSimulation(engineCity, { seed: 2 }), t, t + step, 1000);
      expect(digest(Array.from(samples.lat).join())).toBe(digest(Array.from(fresh.lat).join()));
      releaseTripsBefore(walker, t + step);
      expect(tripSlotCount(walker)).toBeLessThanOrEqual(walker.network.directions.length * (MAX_TRIP_S / 60 + 1));
    }
    // Twelve simulations of a peak hour: seconds of work, more on a loaded 2-core runner (not a speed check).
  }, 30_000);

  it('needs no trip that started more than the warm-up before the window', () => {
    for (const trip of tripsOverlapping(sim, peak, peak + HOUR_MS)) {
      expect(trip.endS - trip.startS).toBeLessThanOrEqual(MAX_TRIP_S + 1e-6);
    }
  });
});

describe('segment flow', () => {
  const flows = segmentFlow(sim, peak, peak + HOUR_MS);

  it('reports one record per segment and minute that parses with the schema', () => {
    expect(flows).toHaveLength(sim.network.segments.length * 60);
    for (const f of flows.slice(0, 200)) SegmentFlowSchema.parse(f);
  });

  it('moves slower than the limit at the peak because of signals, and stops vehicles', () => {
    const inner = flows.filter((f) => f.segmentId === 'high-st-nb-02');
    const volume = inner.reduce((a, f) => a + f.volume, 0);
    expect(volume).toBeGreaterThan(300);
    const speeds = inner.filter((f) => f.speedMps !== null).map((f) => f.speedMps as number);
    const mean = speeds.reduce((a, b) => a + b, 0) / speeds.length;
    expect(mean).toBeLessThan(sim.network.corridors[0]?.speedLimitMps as number);
    expect(inner.reduce((a, f) => a + f.stops, 0)).toBeGreaterThan(50);
  });

  it('splits by minute exactly', () => {
    const whole = segmentFlowColumns(sim, peak, peak + 10 * MINUTE_MS);
    const a = segmentFlowColumns(sim, peak, peak + 4 * MINUTE_MS);
    const b = segmentFlowColumns(sim, peak + 4 * MINUTE_MS, peak + 10 * MINUTE_MS);
    for (let seg = 0; seg < sim.network.segments.length; seg++) {
      const joined = [...a.volume.subarray(seg * 4, seg * 4 + 4), ...b.volume.subarray(seg * 6, seg * 6 + 6)];
      expect(joined).toEqual(Array.from(whole.volume.subarray(seg * 10, seg * 10 + 10)));
    }
  });

  it('has fewer stops with retimed, coordinated signals', () => {
    const retimed = createSimulation(engineCity, { seed: 2, levers: { signalRetiming: true } });
    const stops = (s: typeof sim) => segmentFlow(s, peak, peak + HOUR_MS).reduce((a, f) => a + f.stops, 0);
    expect(stops(retimed)).toBeLessThan(stops(sim));
  });

  it('gets buses through faster with transit signal priority', () => {
    const tsp = createSimulation(engineCity, { seed: 2, levers: { transitSignalPriority: true } });
    const busTime = (s: typeof sim) =>
      tripsOverlapping(s, peak, peak + 3 * HOUR_MS)
        .filter((t) => t.kind === KIND_BUS && t.startS * 1000 >= peak)
        .reduce((a, t) => a + (t.endS - t.startS), 0);
    expect(busTime(tsp)).toBeLessThan(busTime(sim));
  });
});

describe('basic safety messages and safety events', () => {
  const from = peak;
  const to = peak + 20_000;

  it('sends BSMs at the scenario rate from connected vehicles only, in J2735 units', () => {
    const records = bsmRecords(sim, from, to);
    expect(records.length).toBeGreaterThan(100);
    for (const r of records.slice(0, 300)) {
      BsmSchema.parse(r);
      expect(r.coreData.secMark).toBe(Date.parse(r.metadata.generatedAt) % MINUTE_MS);
      expect(r.coreData.lat / 1e7).toBeCloseTo(40.03, 0);
    }
    const twoHz = createSimulation(engineCity, { seed: 2, levers: { bsmRateHz: 2 } });
    expect(bsmRecords(twoHz, from, to).length).toBeCloseTo(records.length / 5, -2);
  });

  it('increments msgCnt by one per message of a vehicle, wrapping at 128', () => {
    const cols = bsmColumns(sim, from, to);
    const records = bsmRecords(sim, from, to);
    const byTrip = new Map<number, number[]>();
    records.forEach((r, i) => {
      const trip = cols.trip[i] as number;
      byTrip.set(trip, [...(byTrip.get(trip) ?? []), r.coreData.msgCnt]);
    });
    for (const counts of byTrip.values()) {
      for (let i = 1; i < counts.length; i++) expect(counts[i]).toBe(((counts[i - 1] as number) + 1) % 128);
    }
  });

  it('sends more connected vehicles when the connected share rises', () => {
    const more = createSimulation(engineCity, { seed: 2, levers: { connectedShare: 0.5 } });
    expect(bsmRecords(more, from, to).length).toBeGreaterThan(2 * bsmRecords(sim, from, to).length);
  });

  it('duplicates messages and moves positions under the matching faults', () => {
    const window = { from: '2026-07-14T20:00:00Z', to: '2026-07-14T22:00:00Z' };
    const faulty = createSimulation(engineCity, {
      seed: 2,
      faults: [
        { kind: 'duplicate-messages', ...window, probability: 0.2 },
        { kind: 'gps-jitter', ...window, sigmaM: 50, share: 1 },
      ],
    });
    const clean = bsmRecords(sim, from, to);
    const noisy = bsmRecords(faulty, from, to);
    expect(noisy.length).toBeGreaterThan(clean.length * 1.1);
    const spread = (rs: typeof clean) => {
      let sum = 0;
      for (let i = 1; i < rs.length; i++) {
        const a = rs[i - 1];
        const b = rs[i];
        if (a && b && a.coreData.id === b.coreData.id) sum += Math.abs(a.coreData.lat - b.coreData.lat);
      }
      return sum;
    };
    expect(spread(noisy)).toBeGreaterThan(2 * spread(clean));
  });

  it('reports hard braking and red-light-violation warnings from connected vehicles', () => {
    // Many equipped vehicles (15%), so twelve hours carry both kinds of event.
    const classroom = createSimulation(engineCity, { seed: 2, levers: { connectedShare: 0.15 } });
    const events = safetyEvents(classroom, peak - 6 * HOUR_MS, peak + 6 * HOUR_MS);
    expect(events.length).toBeGreaterThan(5);
    for (const e of events) SafetyEventSchema.parse(e);
    expect(events.some((e) => e.kind === 'hard-braking' && e.decelMps2 >= 3.4)).toBe(true);
    expect(new Set(events.map((e) => e.kind)).size).toBe(2);
    const times = events.map((e) => e.time);
    expect([...times].sort()).toEqual(times);
  });
});
