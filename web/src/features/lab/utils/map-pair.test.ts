import { SnapshotQuerySchema } from '@sandbox/shared/live/schemas';
import { describe, expect, it } from 'vitest';
import { testService } from '../../../test/test-service';
import { pairFigures, pairMapData } from './map-pair';

const AT = '2026-07-15T22:00:00Z';
const snapshot = (levers: Record<string, unknown> = {}) =>
  testService.snapshot(SnapshotQuerySchema.parse({ city: 'testville', at: AT, ...levers }), 0);
const network = testService.network({ city: 'testville' }).segments;

describe('map pair figures', () => {
  const base = snapshot();
  const ev = snapshot({ evShare: '0.6' });

  it('are the snapshot’s own numbers: city demand, mean station AQI, mean speed share, connected vehicles', () => {
    const figures = Object.fromEntries(pairFigures(base, ev, network).map((f) => [f.id, f]));
    expect(figures.cityLoad?.baseline).toBe(base.energy?.cityDemandKw);
    expect(figures.cityLoad?.variant).toBe(ev.energy?.cityDemandKw);
    expect(figures.cityLoad?.change).toBeCloseTo((ev.energy?.cityDemandKw ?? 0) - (base.energy?.cityDemandKw ?? 0), 6);
    // EV chargers at 6 pm: more demand; the signals do not see the fleet's fuel, so traffic is the same.
    expect(figures.cityLoad?.change).toBeGreaterThan(0);
    const aqis = (base.air?.stations ?? []).map((s) => s.aqi).filter((a): a is number => a !== null);
    expect(aqis.length).toBeGreaterThan(0);
    expect(figures.meanAqi?.baseline).toBeCloseTo(aqis.reduce((a, b) => a + b, 0) / aqis.length, 9);
    expect(figures.meanAqi?.change).toBeCloseTo((figures.meanAqi?.variant ?? Number.NaN) - (figures.meanAqi?.baseline ?? 0), 9);
    const limit = new Map(network.map((s) => [s.id, s.speedLimitMps]));
    const shares = (base.mobility?.segments ?? []).flatMap((s) =>
      s.speedMps === null ? [] : [(100 * s.speedMps) / (limit.get(s.segmentId) ?? Number.NaN)],
    );
    expect(shares.length).toBeGreaterThan(0);
    expect(figures.meanSpeed?.baseline).toBeCloseTo(shares.reduce((a, b) => a + b, 0) / shares.length, 9);
    expect(figures.meanSpeed?.change).toBe(0);
    expect(figures.connectedVehicles?.baseline).toBe(base.mobility?.vehicles.connected.filter(Boolean).length);
  });

  it('leave out the speed until the network (the speed limits) has arrived', () => {
    expect(pairFigures(base, ev, undefined).map((f) => f.id)).toEqual(['meanAqi', 'cityLoad', 'connectedVehicles']);
  });

  it('shape a snapshot for the map as the live map does, vehicles drawn still where they are', () => {
    const data = pairMapData(ev, network);
    expect(Object.keys(data.stationAqi ?? {})).toHaveLength(base.air?.stations.length ?? -1);
    expect(data.districtLoadKw).toEqual(Object.fromEntries((ev.energy?.districts ?? []).map((d) => [d.districtId, d.demandKw])));
    expect(data.network).toBe(network);
    expect(data.vehicles?.current).toBe(ev.mobility?.vehicles);
    expect(data.vehicles?.previous).toBeUndefined();
    expect(data.events).toBe(ev.mobility?.events);
  });
});
