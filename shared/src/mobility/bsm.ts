/**
 * Basic Safety Messages (SAE J2735 BSM Part I) of the connected vehicles: columnar samples at the
 * scenario's rate with reported positions, and the J2735 records built from them.
 */
import { gaussianFast, streamKey, uniform } from '../common/rng';
import { MINUTE_MS } from '../common/time';
import type { Simulation } from '../simulation/simulation';
import { GPS_SIGMA_M, gpsDrift } from './gps-error';
import type { Bsm } from './schemas';
import { HARD_BRAKE_MPS2, type Trip } from './trips';
import { temporaryId, type VehicleSamples, vehicleSamples } from './vehicles';

/** Columnar BSMs: vehicle samples at the BSM rate for connected vehicles, with reported positions. */
export interface BsmColumns extends VehicleSamples {
  /** Reported (GPS) latitude and longitude, 1/10 microdegree. */
  latE7: Int32Array;
  lngE7: Int32Array;
  /** 1 when the fault injector sent this message twice. */
  duplicated: Uint8Array;
  /** 1 when the vehicle is braking hard (J2735 event flag hardBraking). */
  hardBraking: Uint8Array;
}

/**
 * Basic Safety Messages of connected vehicles in `[fromMs, toMs)` at the scenario rate, columnar
 * (only the trips `filter` keeps, e.g. one corridor's). Reported positions carry the receiver's
 * drifting GPS error (~1.5 m a side, `gps-error.ts`); a `gps-jitter` fault adds white noise on top,
 * fresh every message, as a faulty receiver or antenna would.
 */
export function bsmColumns(sim: Simulation, fromMs: number, toMs: number, filter?: (trip: Trip) => boolean): BsmColumns {
  const stepMs = Math.round(1000 / sim.levers.bsmRateHz);
  const samples = vehicleSamples(sim, fromMs, toMs, stepMs, (trip) => trip.connected && (filter === undefined || filter(trip)));
  const latE7 = new Int32Array(samples.count);
  const lngE7 = new Int32Array(samples.count);
  const duplicated = new Uint8Array(samples.count);
  const hardBraking = new Uint8Array(samples.count);
  const gpsKey = streamKey(sim.seed, 'bsm-gps');
  const jitter = sim.faults.filter((f) => f.kind === 'gps-jitter');
  const dupes = sim.faults.filter((f) => f.kind === 'duplicate-messages');
  const { metresPerDegLat, metresPerDegLng } = sim.network.projection;
  for (let i = 0; i < samples.count; i++) {
    const trip = samples.trips[samples.trip[i] as number] as Trip;
    const t = samples.timeMs[i] as number;
    const step = t / stepMs;
    let jitterM = 0;
    for (const f of jitter) {
      if (f.kind === 'gps-jitter' && t >= f.fromMs && t < f.toMs && uniform(gpsKey ^ trip.hash, 0) < f.share)
        jitterM = Math.hypot(jitterM, f.sigmaM);
    }
    const key = (gpsKey ^ trip.hash) >>> 0;
    // The receiver's own drift (keyed by the vehicle: one receiver across its trips), then any jitter.
    const receiver = (gpsKey ^ trip.vehicle) >>> 0;
    const northM = GPS_SIGMA_M * gpsDrift(receiver, t / 1000) + (jitterM > 0 ? jitterM * gaussianFast(key, step * 2) : 0);
    const eastM = GPS_SIGMA_M * gpsDrift(receiver ^ 0x68e31da4, t / 1000) + (jitterM > 0 ? jitterM * gaussianFast(key, step * 2 + 1) : 0);
    latE7[i] = Math.round(((samples.lat[i] as number) + northM / metresPerDegLat) * 1e7);
    lngE7[i] = Math.round(((samples.lng[i] as number) + eastM / metresPerDegLng) * 1e7);
    for (const f of dupes)
      if (f.kind === 'duplicate-messages' && t >= f.fromMs && t < f.toMs && uniform(key ^ 0x2545f491, step) < f.probability)
        duplicated[i] = 1;
    hardBraking[i] = (samples.accelMps2[i] as number) <= -HARD_BRAKE_MPS2 ? 1 : 0;
  }
  return { ...samples, latE7, lngE7, duplicated, hardBraking };
}

const clampInt = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

/**
 * VehicleEventFlags (J2735, 13 bits, bit 0 first): bit 2 ABSactivated and bit 7 hardBraking. ABS
 * engaged in the brake status sets its event bit too (FACTS.md F).
 */
export const HARD_BRAKING_WITH_ABS = '0010000100000';

/**
 * The BSM of row `i` of the columns, J2735 units (a row the fault injector duplicated is sent twice:
 * see `duplicated`). Pass `generatedAt` when many rows share the instant, to format it once.
 */
export function bsmRecordAt(sim: Simulation, cols: BsmColumns, i: number, generatedAt?: string): Bsm {
  const stepMs = Math.round(1000 / sim.levers.bsmRateHz);
  const trip = cols.trips[cols.trip[i] as number] as Trip;
  const t = cols.timeMs[i] as number;
  const msgCnt = (Math.round(t / stepMs) - Math.ceil((trip.startS * 1000) / stepMs)) % 128;
  const braking = (cols.accelMps2[i] as number) < -0.3;
  const hard = (cols.hardBraking[i] as number) === 1;
  const record: Bsm = {
    metadata: { generatedAt: generatedAt ?? new Date(t).toISOString(), recordType: 'bsmTx' },
    coreData: {
      msgCnt,
      id: temporaryId(trip, t / 1000),
      secMark: t % MINUTE_MS,
      lat: cols.latE7[i] as number,
      long: cols.lngE7[i] as number,
      elev: 2400 + (trip.hash % 60),
      accuracy: { semiMajor: 40, semiMinor: 30, orientation: 0 },
      transmission: 'forwardGears',
      speed: clampInt((cols.speedMps[i] as number) / 0.02, 0, 8190),
      heading: clampInt((cols.headingDeg[i] as number) / 0.0125, 0, 28799),
      angle: 0,
      accelSet: { long: clampInt((cols.accelMps2[i] as number) * 100, -2000, 2000), lat: 0, vert: 0, yaw: 0 },
      // J2735 brake status: 'on' is a system switched on and ready, 'engaged' acting now ('off' would
      // mean the driver switched it off). ABS is modelled as acting whenever the vehicle brakes hard.
      brakes: {
        wheelBrakes: braking ? '01111' : '00000',
        traction: 'on',
        abs: hard ? 'engaged' : 'on',
        scs: 'on',
        brakeBoost: 'off',
        auxBrakes: 'off',
      },
      size: { width: trip.widthCm, length: trip.lengthCm },
    },
  };
  if (hard) record.partII = { vse: { events: HARD_BRAKING_WITH_ABS } };
  return record;
}

/** One BSM record per row of the columns (twice for duplicated rows), J2735 units. */
export function bsmRecordsFromColumns(sim: Simulation, cols: BsmColumns): Bsm[] {
  const out: Bsm[] = [];
  for (let i = 0; i < cols.count; i++) {
    out.push(bsmRecordAt(sim, cols, i));
    if ((cols.duplicated[i] as number) === 1) out.push(bsmRecordAt(sim, cols, i));
  }
  return out;
}

/** BSM records of connected vehicles in `[fromMs, toMs)` (time order within each vehicle). */
export function bsmRecords(sim: Simulation, fromMs: number, toMs: number): Bsm[] {
  return bsmRecordsFromColumns(sim, bsmColumns(sim, fromMs, toMs));
}
