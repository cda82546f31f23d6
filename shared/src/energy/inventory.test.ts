import { describe, expect, it } from 'vitest';
import { createSimulation } from '../simulation/create-simulation';
import { engineCity } from '../test-support/engine-city';
import { meterRecord } from './engine';
import { meterPage } from './inventory';
import { meterId, meterIndex, withMeterShare } from './population';

const sim = createSimulation(engineCity, { seed: 8 });
const all = Array.from({ length: sim.meters.count }, (_, m) => meterRecord(sim, m));

describe('meter ids', () => {
  it('format and parse back every meter, and know no other', () => {
    for (let m = 0; m < sim.meters.count; m++) expect(meterIndex(sim.meters, meterId(sim.meters, m))).toBe(m);
    expect(meterId(sim.meters, 0)).toBe('university-res-00001');
    for (const id of ['university-res-00061', 'university-res-00000', 'nowhere-res-00001', 'linden-ind-00001', 'linden-res-1', '']) {
      expect(meterIndex(sim.meters, id)).toBeUndefined();
    }
  });

  it('keep their numbers when a smaller share of each group is simulated', () => {
    const small = createSimulation(withMeterShare(engineCity, 0.1), { seed: 8 });
    expect(small.meters.count).toBe(engineCity.meters.reduce((n, g) => n + Math.max(1, Math.round(g.count * 0.1)), 0));
    for (let m = 0; m < small.meters.count; m++) {
      const id = meterId(small.meters, m);
      expect(meterRecord(small, m)).toEqual(all[meterIndex(sim.meters, id) as number]);
    }
  });
});

describe('the meter inventory', () => {
  it('pages the meters a filter keeps, in city order, with their total', () => {
    const linden = all.filter((m) => m.districtId === 'linden');
    expect(meterPage(sim, { district: 'linden' }, 0, 10)).toEqual({ total: linden.length, meters: linden.slice(0, 10) });
    expect(meterPage(sim, { district: 'linden' }, 80, 10)).toEqual({ total: linden.length, meters: linden.slice(80, 90) });
    const feeder = all.filter((m) => m.feederId === 'univ-2' && m.meterClass === 'commercial');
    expect(meterPage(sim, { feeder: 'univ-2', meterClass: 'commercial' }, 0, 500)).toEqual({ total: feeder.length, meters: feeder });
    expect(meterPage(sim, {}, 0, 1).total).toBe(all.length);
  });

  it('finds meters by any part of the id, any case', () => {
    expect(meterPage(sim, { search: '00042' }, 0, 10).meters.map((m) => m.id)).toEqual([
      'university-res-00042',
      'linden-res-00042',
      'north-res-00042',
    ]);
    expect(meterPage(sim, { search: 'LINDEN-COM' }, 0, 10).total).toBe(6);
    expect(meterPage(sim, { search: 'north-res-0006', district: 'north' }, 0, 10).meters.map((m) => m.id)).toEqual(['north-res-00060']);
  });

  it('keeps the meters with rooftop PV, an EV charger or electric heat', () => {
    const pv = all.filter((m) => m.hasPv && m.districtId === 'north');
    expect(meterPage(sim, { district: 'north', has: 'pv' }, 0, 500)).toEqual({ total: pv.length, meters: pv });
    expect(meterPage(sim, { has: 'ev' }, 0, 500).meters).toEqual(all.filter((m) => m.hasEv));
    expect(meterPage(sim, { has: 'electric-heat' }, 0, 500).total).toBe(all.filter((m) => m.hasElectricHeat).length);
  });

  it('keeps nothing for a district or feeder it does not know', () => {
    expect(meterPage(sim, { district: 'atlantis' }, 0, 10)).toEqual({ total: 0, meters: [] });
    expect(meterPage(sim, { feeder: 'atlantis-1' }, 0, 10)).toEqual({ total: 0, meters: [] });
  });
});
