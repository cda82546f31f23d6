/**
 * The connected-vehicle and corridor statistics of a simulation, for the fidelity report: each with its
 * reference, the band it must stay in, its source, and whether a constant was tuned to it (calibrated)
 * or not (held out). `mobilityStatistics` computes them all; the functions below compute each part
 * and stream the engine hour by hour, releasing trips as they go, so memory stays flat.
 */
import {
  bsmColumns,
  derivedSpeedErrors,
  FLEET_CLASSES,
  HOUR_MS,
  releaseTripsBefore,
  type Simulation,
  segmentFlowColumns,
  signalizedJunctionCount,
  type Trip,
  tripsOverlapping,
  utcFromLocal,
  vehicleId,
  vehicleSamples,
} from '@sandbox/shared';

const DAY_MS = 86_400_000;

export interface FleetDay {
  /** Equipped vehicles (distinct ids) that drove the corridors that local day, all and by class. */
  equippedVehicles: number;
  byClass: Record<(typeof FLEET_CLASSES)[number], number>;
  trips: number;
  equippedTrips: number;
  /** Equipped cars' and fleet vehicles' trips over all trips that started that day (the buses come on top of the lever). */
  equippedShare: number;
}

/** Who drove the corridors on one local day (`month` 1–12). */
export function fleetDay(sim: Simulation, year: number, month: number, day: number): FleetDay {
  const from = utcFromLocal(sim.timeZone, year, month, day);
  const to = utcFromLocal(sim.timeZone, year, month, day + 1);
  const seen = new Set<number>();
  const vehicles = new Map<string, number>();
  let equippedTrips = 0;
  let busTrips = 0;
  for (let h = from; h < to; h += HOUR_MS) {
    for (const trip of tripsOverlapping(sim, h, h + HOUR_MS)) {
      if (trip.startS * 1000 < from || trip.startS * 1000 >= to || seen.has(trip.key)) continue;
      seen.add(trip.key);
      if (!trip.connected) continue;
      equippedTrips++;
      if (trip.fleetClass === FLEET_CLASSES.indexOf('transit')) busTrips++;
      vehicles.set(vehicleId(trip), trip.fleetClass);
    }
    releaseTripsBefore(sim, h + HOUR_MS);
  }
  const byClass = { private: 0, fleet: 0, transit: 0 };
  for (const fleetClass of vehicles.values()) byClass[FLEET_CLASSES[fleetClass] ?? 'private']++;
  return {
    equippedVehicles: vehicles.size,
    byClass,
    trips: seen.size,
    equippedTrips,
    equippedShare: (equippedTrips - busTrips) / seen.size,
  };
}

/** BSMs sent per hour an equipped vehicle spends on the corridors, over `[fromMs, toMs)`. */
export function bsmsPerVehicleHour(sim: Simulation, fromMs: number, toMs: number): number {
  let messages = 0;
  let vehicleSeconds = 0;
  for (let t = fromMs; t < toMs; t += 10 * 60_000) {
    const end = Math.min(toMs, t + 10 * 60_000);
    messages += bsmColumns(sim, t, end).count;
    vehicleSeconds += vehicleSamples(sim, t, end, 1000, (trip: Trip) => trip.connected).count;
  }
  return messages / (vehicleSeconds / 3600);
}

/** |speed derived from two consecutive fixes of a vehicle − its reported speed|, m/s: mean and 95th percentile. */
export function derivedSpeedError(sim: Simulation, fromMs: number, toMs: number): { mean: number; p95: number; pairs: number } {
  const errors = derivedSpeedErrors(bsmColumns(sim, fromMs, toMs));
  return {
    mean: errors.reduce((a, b) => a + b, 0) / errors.length,
    p95: errors[Math.floor(errors.length * 0.95)] ?? Number.NaN,
    pairs: errors.length,
  };
}

/**
 * Two-way daily volume of each corridor, vehicles a day: the vehicles leaving its segments, both
 * directions, length-weighted over the corridor, averaged over `days` local days from the given date.
 */
export function corridorDailyVolumes(sim: Simulation, year: number, month: number, day: number, days = 7): Record<string, number> {
  const from = utcFromLocal(sim.timeZone, year, month, day);
  const totals = new Float64Array(sim.network.segments.length);
  for (let h = from; h < from + days * DAY_MS; h += HOUR_MS) {
    const cols = segmentFlowColumns(sim, h, h + HOUR_MS);
    for (let s = 0; s < totals.length; s++)
      for (let m = 0; m < cols.minutes; m++) totals[s] = (totals[s] as number) + (cols.volume[s * cols.minutes + m] as number);
    releaseTripsBefore(sim, h + HOUR_MS);
  }
  const out: Record<string, number> = {};
  for (const corridor of sim.network.corridors) {
    let weighted = 0;
    let length = 0;
    for (const segment of sim.network.segments) {
      if (segment.corridorIndex !== corridor.index) continue;
      weighted += (totals[segment.index] as number) * segment.lengthM;
      length += segment.lengthM;
    }
    // Each direction's segments cover the corridor once: the two-way volume is twice the mean.
    out[corridor.corridor.id] = (2 * weighted) / length / days;
  }
  return out;
}

export interface MobilityStatistic {
  name: string;
  howComputed: string;
  value: number;
  unit: string;
  /** Band the value must stay in (for a calibrated figure: ±10% of the reference). */
  band: [number, number];
  reference: string;
  source: string;
  kind: 'calibrated' | 'held out';
}

/** Every mobility statistic for a simulation, on a July weekday (and the week from it for volumes). */
export function mobilityStatistics(sim: Simulation, year: number): MobilityStatistic[] {
  const day = fleetDay(sim, year, 7, 15);
  const peak = utcFromLocal(sim.timeZone, year, 7, 15, 17);
  const volumes = corridorDailyVolumes(sim, year, 7, 13, 7);
  const speed = derivedSpeedError(sim, peak, peak + 60_000);
  const perHour = bsmsPerVehicleHour(sim, peak, peak + HOUR_MS);
  const cve =
    'FACTS.md E: CVE webinar 2020 (1,000–1,200 OBUs, 350–500 private), https://pdfslide.net/documents/connected-vehicle-environment-webinar-test-plan-and-.html; ITS KRS final evaluation (~1,000 vehicles), https://www.itskrs.its.dot.gov/2022-b01674';
  return [
    {
      name: 'Connected-vehicle fleet (vehicles with an on-board unit)',
      howComputed: 'Equipped vehicles of the simulation at the default connectedShare (cars, fleet vehicles and buses).',
      value: sim.traffic.fleet.size,
      unit: 'vehicles',
      band: [900, 1100],
      reference: '~1,000',
      source: cve,
      kind: 'calibrated',
    },
    {
      name: 'Equipped vehicles on the corridors in a weekday',
      howComputed: 'Distinct vehicle ids of the connected trips that start on Wednesday 15 July (local day).',
      value: day.equippedVehicles,
      unit: 'vehicles',
      band: [500, 1200],
      reference: 'at most the fleet: 1,000–1,200 OBUs, ~1,000 vehicles evaluated',
      source: cve,
      kind: 'held out',
    },
    {
      name: 'Equipped share of the corridor trips in a weekday',
      howComputed: 'Trips of equipped cars and fleet vehicles (not the buses) over all trips that start on Wednesday 15 July.',
      value: day.equippedShare,
      unit: 'share',
      band: [0.009, 0.011],
      reference: 'the connectedShare lever, 1%',
      source: 'the lever default (calibrated to the fleet size above); checks that the daily plans give the lever its meaning',
      kind: 'calibrated',
    },
    {
      name: 'BSMs per hour an equipped vehicle spends on the corridors (10 Hz)',
      howComputed: 'BSM rows ÷ equipped vehicle-hours (1 Hz samples), 17:00–18:00 local on 15 July.',
      value: perHour,
      unit: 'messages/vehicle-hour',
      band: [35_000, 36_100],
      reference: '36,000 (10 Hz while moving)',
      source: 'FACTS.md F: BSMs at 10 Hz (every 100 ms), SAE J2735 / J2945/1',
      kind: 'held out',
    },
    {
      name: 'Speed derived from consecutive BSM positions vs reported speed (mean |difference|)',
      howComputed:
        'Pairs of consecutive BSMs of a vehicle, 17:00–17:01 local on 15 July: distance ÷ 0.1 s against the mean reported speed.',
      value: speed.mean,
      unit: 'm/s',
      band: [0, 0.5],
      reference: 'well under 1 m/s: GPS error is correlated over tens of seconds',
      source: 'Sensors 2020, 20(21), 6050, https://doi.org/10.3390/s20216050; http://www.erols.com/dlwilson/gpscorr.htm',
      kind: 'held out',
    },
    ...(
      [
        [
          'morse-rd',
          'Morse Rd daily traffic (two-way)',
          'about 50,000 (near I-270, just east of the corridor end)',
          [37_500, 62_500],
          'EMH&T Morse Road safety study, https://www.emht.com/expertise/transportation/traffic-engineering/morse-road-safety-study/ (FACTS.md I.4)',
        ],
        [
          'cleveland-ave',
          'Cleveland Ave daily traffic (two-way)',
          'in excess of 20,000 (Broad St to Westerville Rd)',
          [20_000, 35_000],
          'Cleveland Ave feasibility study, https://www.sambuz.com/doc/cleveland-ave-feasibility-study-ppt-presentation-214796 (FACTS.md I.4)',
        ],
        [
          'alum-creek-dr',
          'Alum Creek Dr daily traffic (two-way)',
          'about 38,000 (at Groveport Rd and the I-270 interchange)',
          [28_500, 47_500],
          'ODOT via Columbus Messenger, https://www.columbusmessenger.com/improvements-slated-for-alum-creek-drive.html (FACTS.md I.4)',
        ],
      ] as const
    ).map(([id, name, reference, band, source]) => ({
      name,
      howComputed:
        'Vehicles leaving each segment, both directions, length-weighted over the corridor; mean of the week from Monday 13 July.',
      value: volumes[id] ?? Number.NaN,
      unit: 'vehicles/day',
      band: [band[0], band[1]] as [number, number],
      reference,
      source,
      kind: 'held out' as const,
    })),
    {
      name: 'Signalized intersections on the four corridors',
      howComputed: 'Distinct signal locations in the city file.',
      value: signalizedJunctionCount(sim.city.corridors),
      unit: 'intersections',
      band: [85, 85],
      reference: '85',
      source: 'ITS KRS final evaluation, https://www.itskrs.its.dot.gov/2022-b01674 (FACTS.md E)',
      kind: 'calibrated',
    },
  ];
}
