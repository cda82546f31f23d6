/**
 * What a meter data management system does with reads (FACTS.md D, VEE), and EV sessions across
 * midnight: gaps fall anywhere on the clock, short gaps are interpolated between the reads around
 * them, longer estimated spans come from a reference day, and a charging session keeps running into
 * the next day whatever that day's type.
 */
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import type { Simulation } from '../simulation/simulation';
import { engineCity } from '../test-support/engine-city';
import {
  allocMeterIntervals,
  energyWindow,
  INTERVAL_MS,
  meterIntervals,
  meterIntervalsInto,
  QUALITY_ACTUAL,
  QUALITY_ESTIMATED,
} from './engine';
import { meterId } from './population';

/** Monday 2026-07-13 00:00 in Columbus, and the Tuesday a week later: Fri→Sat and Sun→Mon inside. */
const MONDAY = Date.parse('2026-07-13T04:00:00Z');
const NEXT_TUESDAY = MONDAY + 8 * DAY_MS;

/** Runs of one quality flag in a meter's window: [first index, length]. */
function runs(quality: Uint8Array, flag: (q: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let j = 0; j < quality.length; j++) {
    if (!flag(quality[j] as number)) continue;
    const start = j;
    while (j + 1 < quality.length && flag(quality[j + 1] as number)) j++;
    out.push([start, j - start + 1]);
  }
  return out;
}

/** Every meter's window of intervals, one after another (a callback per meter). */
function eachMeter(sim: Simulation, from: number, to: number, visit: (m: number, kwh: Float64Array, quality: Uint8Array) => void) {
  const win = energyWindow(sim, from, to);
  const buf = allocMeterIntervals('', win.startMs, win.n);
  for (let m = 0; m < sim.meters.count; m++) {
    meterIntervalsInto(sim, win, m, buf);
    visit(m, buf.kwh, buf.quality);
  }
  return win;
}

describe('EV charging across midnight', () => {
  it('keeps a session running through midnight on Fri→Sat and never starts one from nothing at 00:00 on Sun→Mon', () => {
    const withEv = createSimulation(engineCity, { seed: 8, levers: { evShare: 1 } });
    const without = createSimulation(engineCity, { seed: 8, levers: { evShare: 0 } });
    const win = energyWindow(withEv, MONDAY, NEXT_TUESDAY);
    const midnights = Array.from(win.localHour.keys()).filter((j) => j > 0 && win.localHour[j] === 0);
    const cut: string[] = [];
    const fromNothing: string[] = [];
    let crossing = 0;
    for (let m = 0; m < withEv.meters.count; m++) {
      if (withEv.meters.hasEv[m] !== 1) continue;
      const id = meterId(withEv.meters, m);
      const a = meterIntervals(withEv, id, MONDAY, NEXT_TUESDAY);
      const b = meterIntervals(without, id, MONDAY, NEXT_TUESDAY);
      // The charger's energy: the same meter with and without it (the noise does not depend on it).
      const ev = (j: number) =>
        a.quality[j] === QUALITY_ACTUAL && b.quality[j] === QUALITY_ACTUAL ? (a.kwh[j] as number) - (b.kwh[j] as number) : Number.NaN;
      const full = (withEv.meters.evKw[m] as number) * 0.25;
      for (const j of midnights) {
        const before = ev(j - 1);
        const after = ev(j);
        if (Number.isNaN(before) || Number.isNaN(after)) continue;
        const day = new Date(win.startMs + j * INTERVAL_MS).toISOString().slice(0, 10);
        if (before > full - 1e-9 && after > 1e-9) crossing++;
        if (before > full - 1e-9 && after <= 1e-9) cut.push(`${id} ${day}`);
        if (after > 1e-9 && before <= 1e-9) fromNothing.push(`${id} ${day}`);
      }
    }
    expect(crossing).toBeGreaterThan(5);
    expect(cut).toEqual([]);
    expect(fromNothing).toEqual([]);
  });
});

describe('natural communication gaps (VEE)', () => {
  const sim = createSimulation(engineCity, { seed: 8 });
  const from = Date.parse('2026-06-01T04:00:00Z');
  const to = from + 60 * DAY_MS;

  it('fall anywhere on the clock: some run on past local midnight', () => {
    let acrossMidnight = 0;
    let gaps = 0;
    const localHour = energyWindow(sim, from, to).localHour;
    eachMeter(sim, from, to, (_, __, quality) => {
      for (const [start, length] of runs(quality, (q) => q !== QUALITY_ACTUAL)) {
        gaps++;
        for (let j = start + 1; j < start + length; j++) if (localHour[j] === 0) acrossMidnight++;
      }
    });
    expect(gaps).toBeGreaterThan(50);
    expect(acrossMidnight).toBeGreaterThan(0);
  });

  it('estimate a gap of an hour or less by straight-line interpolation between the reads either side', () => {
    let checked = 0;
    eachMeter(sim, from, to, (_, kwh, quality) => {
      for (const [start, length] of runs(quality, (q) => q === QUALITY_ESTIMATED)) {
        expect(length).toBeLessThanOrEqual(4);
        const before = start - 1;
        const after = start + length;
        if (quality[before] !== QUALITY_ACTUAL || quality[after] !== QUALITY_ACTUAL) continue;
        const a = kwh[before] as number;
        const b = kwh[after] as number;
        for (let i = 0; i < length; i++) expect(kwh[start + i]).toBeCloseTo(a + ((b - a) * (i + 1)) / (length + 1), 12);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(10);
  });
});

describe('an injected span of estimated reads', () => {
  it('is filled from the same meter one week before (reference day), not from the simulated truth', () => {
    const clean = createSimulation(engineCity, { seed: 8 });
    const span = { from: Date.parse('2026-07-14T16:00:00Z'), to: Date.parse('2026-07-14T22:00:00Z') };
    // A meter whose reference week is all actual reads.
    const m = Array.from({ length: clean.meters.count }, (_, i) => i).find((i) => {
      const ref = meterIntervals(clean, meterId(clean.meters, i), span.from - 7 * DAY_MS, span.to - 7 * DAY_MS);
      return ref.quality.every((q) => q === QUALITY_ACTUAL) && clean.meters.classCode[i] === 0;
    }) as number;
    const id = meterId(clean.meters, m);
    const faulty = createSimulation(engineCity, {
      seed: 8,
      faults: [{ kind: 'meter-estimated', meterId: id, from: new Date(span.from).toISOString(), to: new Date(span.to).toISOString() }],
    });
    const estimated = meterIntervals(faulty, id, span.from, span.to);
    const reference = meterIntervals(clean, id, span.from - 7 * DAY_MS, span.to - 7 * DAY_MS);
    const truth = meterIntervals(clean, id, span.from, span.to);
    expect(Array.from(estimated.quality)).toEqual(new Array(24).fill(QUALITY_ESTIMATED));
    expect(Array.from(estimated.kwh)).toEqual(Array.from(reference.kwh));
    expect(Array.from(estimated.kwh)).not.toEqual(Array.from(truth.kwh));
    // A window that starts inside the span agrees with the whole (window-splitting).
    const tail = meterIntervals(faulty, id, span.from + 2 * HOUR_MS, span.to);
    expect(Array.from(tail.kwh)).toEqual(Array.from(estimated.kwh.subarray(8)));
  });
});
