import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { createSimulation } from '../simulation/create-simulation';
import type { Simulation } from '../simulation/simulation';
import { engineCity } from '../test-support/engine-city';
import { W_LDAY } from '../weather/engine';
import { anonymousVehicleId, FLEET_PRIVATE, FLEET_TRANSIT, fleetOfCity, fleetVehicleId } from './fleet';
import { fleetDayPlan } from './fleet-plans';
import { MAX_TRIP_S, type Trip, tripsOverlapping } from './trips';
import { vehicleId } from './vehicles';

/** Wednesday 15 July 2026 and Saturday 18 July, local midnight (EDT). */
const WEDNESDAY = Date.parse('2026-07-15T04:00:00Z');
const SATURDAY = Date.parse('2026-07-18T04:00:00Z');
const localDayOf = (sim: Simulation, utcMs: number) => sim.weather.hourField(Math.floor(utcMs / HOUR_MS) + 12, W_LDAY);

/** Every trip that starts in `[from, to)`, built hour by hour. */
function tripsStarting(sim: Simulation, from: number, to: number): Trip[] {
  const seen = new Map<number, Trip>();
  for (let h = from; h < to; h += HOUR_MS) {
    for (const trip of tripsOverlapping(sim, h, h + HOUR_MS))
      if (trip.startS * 1000 >= from && trip.startS * 1000 < to) seen.set(trip.key, trip);
  }
  return [...seen.values()];
}

/** Vehicles (by id) that are on two trips at once, with the overlapping pair. */
function overlaps(trips: Trip[]): string[] {
  const byVehicle = new Map<string, Trip[]>();
  for (const trip of trips) byVehicle.set(vehicleId(trip), [...(byVehicle.get(vehicleId(trip)) ?? []), trip]);
  const bad: string[] = [];
  for (const [id, list] of byVehicle) {
    list.sort((a, b) => a.startS - b.startS);
    for (let i = 1; i < list.length; i++) {
      const before = list[i - 1] as Trip;
      const after = list[i] as Trip;
      if (after.startS < before.endS) bad.push(`${id}: ${before.startS}–${before.endS} and ${after.startS}–${after.endS}`);
    }
  }
  return bad;
}

describe('the connected-vehicle fleet', () => {
  const sim = createSimulation(engineCity, { seed: 3 });
  const fleet = sim.traffic.fleet;

  it('equips the lever’s share of the vehicles that drive the corridors, residents’ cars and fleets, plus the buses', () => {
    const [privateCars, fleetVehicles, buses] = fleet.counts;
    expect(privateCars + fleetVehicles).toBe(Math.round(sim.levers.connectedShare * fleet.pool));
    expect(privateCars / (privateCars + fleetVehicles)).toBeCloseTo(0.45, 2);
    expect(buses).toBeGreaterThan(0);
    expect(fleet.size).toBe(privateCars + fleetVehicles + buses);
    // What a page shows without a simulation is what the engine equips.
    expect(fleetOfCity(engineCity, sim.levers.connectedShare)).toEqual({ counts: fleet.counts, size: fleet.size, pool: fleet.pool });
    const more = createSimulation(engineCity, { seed: 3, levers: { connectedShare: 0.3 } }).traffic.fleet;
    expect(more.size).toBeGreaterThan(fleet.size);
    expect(more.pool).toBe(fleet.pool);
  });

  it('names every vehicle once: stable fleet ids with the top bit set, unequipped ids without', () => {
    const ids = new Set(Array.from({ length: fleet.size }, (_, i) => fleetVehicleId(fleet, i)));
    expect(ids.size).toBe(fleet.size);
    for (const id of ids) expect(id >>> 31).toBe(1);
    expect(fleetVehicleId(fleet, 7)).toBe(fleetVehicleId(createSimulation(engineCity, { seed: 3 }).traffic.fleet, 7));
    const anonymous = new Set<number>();
    for (let minute = 0; minute < 60; minute++)
      for (let k = 0; k < 40; k++) anonymous.add(anonymousVehicleId(11, 29_000_000 + minute, k % 4, k));
    expect(anonymous.size).toBe(60 * 40);
    for (const id of anonymous) expect(id >>> 31).toBe(0);
  });

  // A day of trips for each of two days: about 10 s on the shared 2-core machine.
  it('never puts a vehicle in two places: no two trips of one vehicle overlap over a weekday and a weekend day', {
    timeout: MINUTE_MS,
  }, () => {
    for (const day of [WEDNESDAY, SATURDAY]) {
      const trips = tripsStarting(sim, day, day + 24 * HOUR_MS);
      expect(overlaps(trips)).toEqual([]);
      // The equipped cars and trucks make the lever's share of a weekday's trips (fewer at the weekend).
      const equipped = trips.filter((t) => t.connected && t.kind !== 2).length / trips.length;
      if (day === WEDNESDAY) expect(equipped / sim.levers.connectedShare).toBeGreaterThan(0.8);
      expect(equipped / sim.levers.connectedShare).toBeLessThan(1.2);
    }
  });

  // Twenty day plans: about 0.2 s each on the shared 2-core machine.
  it('plans every vehicle’s legs at least the longest trip apart, for any seed, day and share', { timeout: 30_000 }, () => {
    const day = fc.integer({ min: 19_000, max: 22_000 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), day, fc.double({ min: 0, max: 0.2, noNaN: true }), (seed, localDay, share) => {
        const s = createSimulation(engineCity, { seed, levers: { connectedShare: share } });
        const plan = fleetDayPlan(s, localDay);
        const starts = new Map<number, number[]>();
        for (let i = 0; i < plan.count; i++)
          starts.set(plan.vehicle[i] as number, [...(starts.get(plan.vehicle[i] as number) ?? []), plan.startS[i] as number]);
        for (const list of starts.values()) {
          list.sort((a, b) => a - b);
          for (let i = 1; i < list.length; i++) expect((list[i] as number) - (list[i - 1] as number)).toBeGreaterThanOrEqual(MAX_TRIP_S);
        }
        // Every leg passes a signal, unless it joins past the direction's last one (then it runs to the end).
        for (let i = 0; i < plan.count; i++) {
          const n = s.network.directions[plan.dirIndex[i] as number]?.stopS.length ?? 0;
          if (plan.firstLeg[i] !== n) expect(plan.lastLeg[i] as number).toBeGreaterThan(plan.firstLeg[i] as number);
          expect(plan.sEnd[i] as number).toBeGreaterThan(plan.s0[i] as number);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('drives a resident’s car in to work in the morning and back from where it stopped in the afternoon', () => {
    const plan = fleetDayPlan(sim, localDayOf(sim, WEDNESDAY));
    const byVehicle = new Map<number, number[]>();
    for (let i = 0; i < plan.count; i++) {
      const v = plan.vehicle[i] as number;
      if (v < fleet.counts[0]) byVehicle.set(v, [...(byVehicle.get(v) ?? []), i]);
    }
    // Most residents drive on a weekday (90%), each at least to work and back.
    expect(byVehicle.size).toBeGreaterThan(0.8 * fleet.counts[0]);
    for (const legs of byVehicle.values()) {
      const [am, pm] = legs.sort((x, y) => (plan.startS[x] as number) - (plan.startS[y] as number)) as [number, number];
      const amDir = sim.network.directions[plan.dirIndex[am] as number];
      const pmDir = sim.network.directions[plan.dirIndex[pm] as number];
      if (!amDir || !pmDir) throw new Error('leg without a direction');
      // In toward the centre between 06:00 and 09:30, out again between 15:30 and 18:30 (local, EDT).
      expect(amDir.inbound).toBe(true);
      expect((plan.startS[am] as number) * 1000 - WEDNESDAY).toBeGreaterThanOrEqual(6 * HOUR_MS);
      expect((plan.startS[am] as number) * 1000 - WEDNESDAY).toBeLessThan(9.5 * HOUR_MS);
      expect(pmDir.corridorIndex).toBe(amDir.corridorIndex);
      expect(pmDir.inbound).toBe(false);
      expect((plan.startS[pm] as number) * 1000 - WEDNESDAY).toBeGreaterThanOrEqual(15.5 * HOUR_MS);
      // It joins the corridor in the afternoon where it left in the morning, and leaves where it joined.
      expect(plan.s0[pm] as number).toBeCloseTo(amDir.length - (plan.sEnd[am] as number), 6);
      expect(plan.sEnd[pm] as number).toBeCloseTo(amDir.length - (plan.s0[am] as number), 6);
      expect(plan.firstLeg[pm]).toBe(amDir.stopS.length - (plan.lastLeg[am] as number));
    }
  });

  it('is the same plan and the same trips however it is asked for: twice, after a cache drop, and window by window', () => {
    const other = createSimulation(engineCity, { seed: 3 });
    const localDay = localDayOf(sim, WEDNESDAY);
    const plan = fleetDayPlan(sim, localDay);
    other.traffic.fleetPlans.clear();
    expect(fleetDayPlan(other, localDay)).toEqual(plan);
    const t0 = WEDNESDAY + 17 * HOUR_MS;
    const keys = (trips: Trip[]) => [...new Set(trips.filter((t) => t.connected).map((t) => t.key))].sort((a, b) => a - b);
    const whole = keys(tripsOverlapping(sim, t0, t0 + HOUR_MS));
    const halves = keys([
      ...tripsOverlapping(other, t0, t0 + 23 * MINUTE_MS + 17),
      ...tripsOverlapping(other, t0 + 23 * MINUTE_MS + 17, t0 + HOUR_MS),
    ]);
    expect(halves).toEqual(whole);
  });

  it('keeps the corridors’ traffic whatever the share: equipped legs replace unequipped trips', () => {
    const count = (share: number) => {
      const s = createSimulation(engineCity, { seed: 3, levers: { connectedShare: share } });
      const trips = tripsStarting(s, WEDNESDAY + 7 * HOUR_MS, WEDNESDAY + 10 * HOUR_MS);
      return { all: trips.length, equipped: trips.filter((t) => t.connected).length };
    };
    const low = count(0.01);
    const high = count(0.3);
    expect(high.equipped).toBeGreaterThan(10 * low.equipped);
    expect(Math.abs(high.all - low.all) / low.all).toBeLessThan(0.05);
  });

  it('runs the scheduled buses as transit vehicles of the fleet, and every equipped trip’s class is its vehicle’s', () => {
    const trips = tripsStarting(sim, WEDNESDAY + 7 * HOUR_MS, WEDNESDAY + 9 * HOUR_MS).filter((t) => t.connected);
    const buses = trips.filter((t) => t.fleetClass === FLEET_TRANSIT);
    expect(buses.length).toBeGreaterThan(0);
    expect(buses.every((t) => t.kind === 2)).toBe(true);
    expect(trips.some((t) => t.fleetClass === FLEET_PRIVATE)).toBe(true);
    // Buses leave every 15 minutes from each end of an arterial: 8 an hour per arterial corridor.
    expect(buses.length).toBe(2 * 8 * fleet.busCorridors.length);
  });
});
