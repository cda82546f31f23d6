import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, localTime } from '../common/time';
import { WeatherCache } from '../weather/engine';
import { UrbanBox } from './urban-box';

const site = {
  timeZone: 'America/New_York',
  climate: { meanTempC: 11.8, annualAmplitudeC: 12.6, coldestDayOfYear: 20, diurnalRangeC: 10.2, source: 'test' },
};
const weather = (inversion?: { fromMs: number; toMs: number; magnitude: number }) =>
  new WeatherCache({ site, seed: 4, episodes: { inversion } });
const hourOf = (iso: string) => Math.floor(Date.parse(iso) / HOUR_MS);

describe('urban box', () => {
  it('gives an hour the same value whatever was asked before, in a fresh box too', () => {
    const a = new UrbanBox(weather(), { evShare: 0.05 });
    const b = new UrbanBox(weather(), { evShare: 0.05 });
    const first = hourOf('2026-02-10T00:00:00Z');
    const forward = Array.from({ length: 72 }, (_, i) => a.at(first + i));
    const backward = Array.from({ length: 72 }, (_, i) => b.at(first + 71 - i)).reverse();
    expect(backward).toEqual(forward);
    for (const v of forward) expect(v).toBeGreaterThan(0);
  });

  it('has a morning peak in July and its lowest values at midday (FACTS.md C, the bimodal day)', () => {
    const box = new UrbanBox(weather(), { evShare: 0.05 });
    const sum = new Float64Array(24);
    const n = new Float64Array(24);
    for (let h = hourOf('2026-07-01T04:00:00Z'); h < hourOf('2026-08-01T04:00:00Z'); h++) {
      const local = localTime(site.timeZone, h * HOUR_MS);
      if (local.dayOfWeek === 0 || local.dayOfWeek === 6) continue;
      const hh = Math.floor(local.hourOfDay);
      sum[hh] = (sum[hh] as number) + box.at(h);
      n[hh] = (n[hh] as number) + 1;
    }
    const byHour = Array.from(sum, (s, h) => s / (n[h] as number));
    const mean = (a: number, b: number) => byHour.slice(a, b).reduce((x, y) => x + y, 0) / (b - a);
    expect(mean(6, 9)).toBeGreaterThan(1.5 * mean(12, 17));
    // The morning rush lands on the night's air: 06–09 h above 02–05 h.
    expect(mean(6, 9)).toBeGreaterThan(mean(2, 5));
  });

  it('traps the city’s PM2.5 under a winter inversion, more the stronger it is', () => {
    const from = Date.parse('2026-01-12T05:00:00Z');
    const to = from + 4 * DAY_MS;
    const dayMean = (box: UrbanBox) => {
      let sum = 0;
      for (let h = 0; h < 24; h++) sum += box.at(Math.floor((from + DAY_MS) / HOUR_MS) + h);
      return sum / 24;
    };
    const calm = dayMean(new UrbanBox(weather(), { evShare: 0.05 }));
    const half = dayMean(new UrbanBox(weather({ fromMs: from, toMs: to, magnitude: 0.5 }), { evShare: 0.05 }));
    const full = dayMean(new UrbanBox(weather({ fromMs: from, toMs: to, magnitude: 1 }), { evShare: 0.05 }));
    expect(half).toBeGreaterThan(2 * calm);
    expect(full).toBeGreaterThan(2 * half);
  });

  it('keeps at most its bound of days', () => {
    const box = new UrbanBox(weather(), { evShare: 0.05 }, 3);
    for (let d = 0; d < 10; d++) box.at(hourOf('2026-03-01T00:00:00Z') + d * 24);
    expect(box.dayCount).toBe(3);
  });

  it('falls with the EV share (tailpipe PM gone, wear PM stays)', () => {
    const h = hourOf('2026-03-04T12:00:00Z');
    expect(new UrbanBox(weather(), { evShare: 0.8 }).at(h)).toBeLessThan(new UrbanBox(weather(), { evShare: 0.05 }).at(h));
  });
});
