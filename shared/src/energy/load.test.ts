/**
 * Properties of the load aggregates over seeds, windows, levers and faults (fast-check): every
 * district, feeder and class sum is the sum of its meters' own reads; a window computed in two parts
 * equals the whole to the bit; the cached blocks give the same numbers as a direct sum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryBudget } from '../common/memory-budget';
import { DAY_MS, HOUR_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import type { Simulation } from '../simulation/simulation';
import { digest } from '../test-support/digest';
import { engineCity } from '../test-support/engine-city';
import { EnergyBlocks } from './energy-blocks';
import { allocMeterIntervals, energyWindow, INTERVAL_MS, meterIntervalsInto, QUALITY_MISSING } from './engine';
import { type GroupLoad, groupLoad } from './load';
import { addMeter, allocCellLoad, cellLoad } from './load-kernel';
import { meterId } from './population';
import type { LoadGroupBy } from './schemas';

const interval = fc.integer({
  min: Date.parse('2020-01-01T00:00:00Z') / INTERVAL_MS,
  max: Date.parse('2040-01-01T00:00:00Z') / INTERVAL_MS,
});

/** A scenario with levers that change meters and faults on three meters and a feeder, around `t`. */
const scenarioAt = (t: number) =>
  fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
    levers: fc.record({
      evShare: fc.double({ min: 0, max: 1, noNaN: true }),
      evTimeOfUse: fc.boolean(),
      demandResponse: fc.option(
        fc.double({ min: 0, max: 1, noNaN: true }).map((depth) => ({
          from: new Date(t + 2 * HOUR_MS).toISOString(),
          to: new Date(t + 5 * HOUR_MS).toISOString(),
          depth,
        })),
        { nil: undefined },
      ),
    }),
    faulted: fc.array(fc.nat(220), { minLength: 3, maxLength: 3 }),
    outage: fc.boolean(),
  });

function build(t: number, s: { seed: number; levers: object; faulted: number[]; outage: boolean }): Simulation {
  const plain = createSimulation(engineCity, { seed: s.seed });
  const span = (a: number, b: number) => ({ from: new Date(t + a * HOUR_MS).toISOString(), to: new Date(t + b * HOUR_MS).toISOString() });
  const [a = '', b = '', c = ''] = s.faulted.map((m) => meterId(plain.meters, m % plain.meters.count));
  return createSimulation(engineCity, {
    seed: s.seed,
    levers: s.levers,
    faults: [
      { kind: 'meter-missing', meterId: a, ...span(1, 3) },
      { kind: 'meter-estimated', meterId: b, ...span(0, 4) },
      { kind: 'meter-estimated', meterId: c, ...span(-2, 30) },
      ...(s.outage ? [{ kind: 'feeder-outage' as const, feederId: 'linden-1', ...span(3, 4.5) }] : []),
    ],
  });
}

/** The sums a grouping should show, meter by meter through the per-meter engine. */
function sumOfMeters(sim: Simulation, fromMs: number, toMs: number, groupBy: LoadGroupBy) {
  const pop = sim.meters;
  const win = energyWindow(sim, fromMs, toMs);
  const groups = groupBy === 'district' ? pop.districtIds.length : groupBy === 'feeder' ? pop.feederIds.length : 3;
  const sums = {
    kwh: new Float64Array(groups * win.n),
    importKwh: new Float64Array(groups * win.n),
    reporting: new Uint32Array(groups * win.n),
  };
  const meters = new Uint32Array(groups);
  const buf = allocMeterIntervals('', win.startMs, win.n);
  for (let m = 0; m < pop.count; m++) {
    const g = (groupBy === 'district' ? pop.district : groupBy === 'feeder' ? pop.feeder : pop.classCode)[m] as number;
    meters[g] = (meters[g] as number) + 1;
    meterIntervalsInto(sim, win, m, buf);
    for (let j = 0; j < win.n; j++) {
      if (buf.quality[j] === QUALITY_MISSING) continue;
      sums.kwh[g * win.n + j] = (sums.kwh[g * win.n + j] as number) + (buf.kwh[j] as number);
      sums.importKwh[g * win.n + j] = (sums.importKwh[g * win.n + j] as number) + (buf.importKwh[j] as number);
      sums.reporting[g * win.n + j] = (sums.reporting[g * win.n + j] as number) + 1;
    }
  }
  return { ...sums, meters };
}

const near = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).every((x, i) => Math.abs(x - (b[i] as number)) <= 1e-9 * Math.max(1, Math.abs(x)));

const columns = (load: GroupLoad) => digest(load.kwh, load.importKwh, load.exportKwh, load.reporting, load.meters);

/** A start on the 15-minute grid, a length (`span`, in the test's unit) and a scenario around the start. */
const situation = (span: fc.Arbitrary<number>) =>
  interval.chain((i) => fc.record({ t: fc.constant(i * INTERVAL_MS), span, s: scenarioAt(i * INTERVAL_MS) }));
const groupings = fc.constantFrom<LoadGroupBy>('district', 'feeder', 'class');

describe('load aggregates', () => {
  it('sum every district, feeder and class to the sum of its meters (net, import, reporting, meter counts)', () => {
    fc.assert(
      fc.property(situation(fc.integer({ min: 1, max: 30 })), groupings, ({ t, span: hours, s }, groupBy) => {
        const sim = build(t, s);
        const load = groupLoad(sim, t, t + hours * HOUR_MS, groupBy);
        const expected = sumOfMeters(sim, t, t + hours * HOUR_MS, groupBy);
        expect(Array.from(load.meters)).toEqual(Array.from(expected.meters));
        expect(Array.from(load.reporting)).toEqual(Array.from(expected.reporting));
        expect(near(load.kwh, expected.kwh)).toBe(true);
        expect(near(load.importKwh, expected.importKwh)).toBe(true);
      }),
      { numRuns: 12 },
    );
  });

  it("sum each cell (feeder × class) to the bit: its meters' own reads through the per-meter engine, added in meter order", () => {
    fc.assert(
      fc.property(situation(fc.integer({ min: 1, max: 2 * 96 })), ({ t, span: n, s }) => {
        const sim = build(t, s);
        const pop = sim.meters;
        const win = energyWindow(sim, t, t + n * INTERVAL_MS);
        const load = cellLoad(win);
        const expected = allocCellLoad(load.cells, win.startMs, win.n);
        const buf = allocMeterIntervals('', win.startMs, win.n);
        // Every meter through the per-meter engine, none through the kernel's faster paths.
        for (let m = 0; m < pop.count; m++)
          addMeter(sim, win, m, buf, expected, ((pop.feeder[m] as number) * 3 + (pop.classCode[m] as number)) * win.n);
        const bits = (l: typeof load) => digest(l.kwh, l.importKwh, l.exportKwh, l.reporting);
        expect(bits(load)).toBe(bits(expected));
      }),
      { numRuns: 24 },
    );
  });

  it('give the same bytes for a window computed whole or in two parts split anywhere, and for the same scenario built twice', () => {
    fc.assert(
      fc.property(situation(fc.integer({ min: 1, max: 2 * 96 - 1 })), ({ t, span: cut, s }) => {
        const sim = build(t, s);
        const whole = cellLoad(energyWindow(sim, t, t + 2 * DAY_MS));
        const left = cellLoad(energyWindow(sim, t, t + cut * INTERVAL_MS));
        const right = cellLoad(energyWindow(sim, t + cut * INTERVAL_MS, t + 2 * DAY_MS));
        for (let cell = 0; cell < whole.cells; cell++) {
          const row = (load: typeof whole) => Array.from(load.kwh.subarray(cell * load.n, (cell + 1) * load.n));
          expect([...row(left), ...row(right)]).toEqual(row(whole));
        }
        expect(columns(groupLoad(build(t, s), t, t + DAY_MS, 'district'))).toBe(columns(groupLoad(sim, t, t + DAY_MS, 'district')));
      }),
      { numRuns: 10 },
    );
  });

  it('from cached six-hour blocks equal the direct sum, for any window, grouping and district', () => {
    fc.assert(
      fc.property(
        situation(fc.integer({ min: 1, max: 40 })),
        groupings,
        fc.option(fc.nat(2), { nil: undefined }),
        ({ t, span: hours, s }, groupBy, district) => {
          const sim = build(t, s);
          const blocks = new EnergyBlocks(new MemoryBudget(64 * 1024 * 1024));
          expect(blocks.groupsIfComputed(sim, 'key', t, t + hours * HOUR_MS, groupBy, district)).toBeUndefined();
          const cached = blocks.groups(sim, 'key', t, t + hours * HOUR_MS, groupBy, district);
          expect(columns(cached)).toBe(columns(groupLoad(sim, t, t + hours * HOUR_MS, groupBy, district)));
          expect(columns(blocks.groupsIfComputed(sim, 'key', t, t + hours * HOUR_MS, groupBy, district) as GroupLoad)).toBe(
            columns(cached),
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});
