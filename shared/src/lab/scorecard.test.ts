/**
 * The scorecard against sums computed here straight from the engine's series (1-minute air, each
 * meter's 15-minute reads, per-minute segment flow and the safety events), on the engine test city.
 */
import { describe, expect, it } from 'vitest';
import { hourlyAqi } from '../air/aqi-series';
import { airSeries } from '../air/engine';
import { gridCo2TonnesPerMwh } from '../city/egrid';
import { hourlyMeans, rollingMean } from '../common/resample';
import { HOUR_MS, MINUTE_MS } from '../common/time';
import { meterIntervals } from '../energy/engine';
import { safetyEvents, segmentFlowColumns } from '../index';
import { scenarioFromQuery } from '../scenario/query';
import type { Simulation } from '../simulation/simulation';
import { TelemetryService } from '../simulation/telemetry-service';
import { engineCity } from '../test-support/engine-city';
import { PartList } from './parts';
import { hourSpansOf, peakHours } from './peak-hours';
import { labRun } from './plan';
import { homeWeights } from './scorecard-air';
import { cityLoad } from './scorecard-energy';

/** Columbus's grid (eGRID RFCW): the test city's subregion by default. */
const GRID_CO2_T_PER_MWH = gridCo2TonnesPerMwh('RFCW');

// Wednesday 15 July 2026, local midnight to midnight (EDT): two peak periods, six peak hours.
const FROM = Date.parse('2026-07-15T04:00:00Z');
const TO = FROM + 24 * HOUR_MS;
const HOURS = 24;

function directAir(sim: Simulation) {
  const weights = homeWeights(sim.city);
  const lookback = 12;
  const perStation = sim.city.stations.map((station) => {
    const start = FROM - lookback * HOUR_MS;
    const minutes = airSeries(sim, station.id, start, TO);
    const pm = hourlyMeans(minutes.timeMs, minutes.pm25UgM3, start, HOURS + lookback).mean;
    const o3 = hourlyMeans(minutes.timeMs, minutes.ozonePpb, start, HOURS + lookback).mean;
    const aqi = hourlyAqi({ startMs: start, pm, o3 }).aqi.subarray(lookback);
    return { pm: pm.subarray(lookback), o3: o3.subarray(lookback), aqi };
  });
  let exposure = 0;
  let over = 0;
  let ozoneMax = Number.NEGATIVE_INFINITY;
  for (let h = 0; h < HOURS; h++) {
    let sum = 0;
    let weight = 0;
    let worst = Number.NEGATIVE_INFINITY;
    perStation.forEach((station, s) => {
      sum += (weights[s] as number) * (station.pm[h] as number);
      weight += weights[s] as number;
      worst = Math.max(worst, station.aqi[h] as number);
    });
    exposure += sum / weight;
    if (worst > 100) over++;
  }
  for (const station of perStation) ozoneMax = Math.max(ozoneMax, ...rollingMean(station.o3, 8, 6).filter(Number.isFinite));
  return { pm25Exposure: exposure / HOURS, aqiOver100Hours: over, ozone8hMax: ozoneMax };
}

function directEnergy(telemetry: TelemetryService, sim: Simulation, withoutEv: Simulation) {
  const { meters } = telemetry.meters({ city: sim.city.id, seed: sim.seed, limit: 500, offset: 0 });
  const net = new Float64Array(96);
  const netWithoutEv = new Float64Array(96);
  let exported = 0;
  for (const meter of meters) {
    const reads = meterIntervals(sim, meter.id, FROM, TO);
    const without = meterIntervals(withoutEv, meter.id, FROM, TO);
    for (let j = 0; j < 96; j++) {
      if (!Number.isNaN(reads.kwh[j] as number)) {
        net[j] = (net[j] as number) + (reads.kwh[j] as number);
        exported += reads.exportKwh[j] as number;
      }
      if (!Number.isNaN(without.kwh[j] as number)) netWithoutEv[j] = (netWithoutEv[j] as number) + (without.kwh[j] as number);
    }
  }
  const peak = net.indexOf(Math.max(...net));
  const energyMwh = net.reduce((a, b) => a + b, 0) / 1000;
  return {
    peakLoad: (net[peak] as number) * 4,
    peakAt: new Date(FROM + peak * 15 * MINUTE_MS).toISOString(),
    energy: energyMwh,
    pvExported: exported / 1000,
    evAtPeak: ((net[peak] as number) - (netWithoutEv[peak] as number)) * 4,
    gridCo2: energyMwh * GRID_CO2_T_PER_MWH,
  };
}

function directMobility(sim: Simulation) {
  let actual = 0;
  let freeFlow = 0;
  let metres = 0;
  let events = 0;
  for (const span of hourSpansOf(peakHours(sim.timeZone, FROM, TO))) {
    const cols = segmentFlowColumns(sim, span.fromMs, span.toMs);
    for (const seg of sim.network.segments) {
      for (let m = 0; m < cols.minutes; m++) {
        const row = seg.index * cols.minutes + m;
        actual += cols.travelTimeSumS[row] as number;
        freeFlow += ((cols.traversals[row] as number) * seg.lengthM) / seg.speedLimitMps;
        metres += (cols.volume[row] as number) * seg.lengthM;
      }
    }
    events += safetyEvents(sim, span.fromMs, span.toMs).length;
  }
  const connectedMiles = (metres / 1609.344) * sim.levers.connectedShare;
  return { travelTimeIndex: actual / freeFlow, delay: (actual - freeFlow) / 3600, safetyRate: events / (connectedMiles / 1000), events };
}

describe('a scenario scorecard', () => {
  const telemetry = new TelemetryService([engineCity]);
  const query = { city: engineCity.id, seed: 3, evShare: 0.3 };
  const scenario = scenarioFromQuery(query);
  const card = telemetry.labScenario(labRun(scenario, FROM, TO), 0);
  const sim = telemetry.simulations.forQuery(query).sim;
  const withoutEv = telemetry.simulations.get({ ...scenario, levers: { ...scenario.levers, evShare: 0 } }).sim;
  const value = (id: keyof typeof card.values) => card.values[id].value as number;

  it('reads the weekday peak periods of a Wednesday: 06–09 and 16–19 local', () => {
    expect(card.counts.peakHours).toBe(6);
    expect(peakHours(sim.timeZone, FROM, TO).map((t) => new Date(t).toISOString().slice(11, 13))).toEqual([
      '10',
      '11',
      '12',
      '20',
      '21',
      '22',
    ]);
  });

  it('has the air figures of the 1-minute series: homes-weighted PM2.5, hours over AQI 100, 8-hour ozone', () => {
    const direct = directAir(sim);
    expect(value('pm25Exposure')).toBeCloseTo(direct.pm25Exposure, 9);
    expect(value('aqiOver100Hours')).toBe(direct.aqiOver100Hours);
    expect(value('ozone8hMax')).toBeCloseTo(direct.ozone8hMax, 9);
  });

  it('has the energy figures of the meters’ 15-minute reads, the EV charging against the same meters without chargers', () => {
    const direct = directEnergy(telemetry, sim, withoutEv);
    expect(value('peakLoad')).toBeCloseTo(direct.peakLoad, 6);
    expect(card.values.peakLoad.at).toBe(direct.peakAt);
    expect(value('energy')).toBeCloseTo(direct.energy, 9);
    expect(value('pvExported')).toBeCloseTo(direct.pvExported, 9);
    expect(value('evAtPeak')).toBeCloseTo(direct.evAtPeak, 6);
    expect(value('gridCo2')).toBeCloseTo(direct.gridCo2, 9);
    // 911.4 lb/MWh (eGRID2023 RFCW) is 0.4134 t/MWh.
    expect(GRID_CO2_T_PER_MWH).toBeCloseTo(0.4134, 4);
  });

  it('has the mobility figures of the per-minute segment flow and the safety events of the peak hours', () => {
    const direct = directMobility(sim);
    expect(value('travelTimeIndex')).toBeCloseTo(direct.travelTimeIndex, 9);
    expect(value('delay')).toBeCloseTo(direct.delay, 6);
    expect(card.counts.safetyEvents).toBe(direct.events);
    expect(value('safetyRate')).toBeCloseTo(direct.safetyRate, 9);
    expect(value('travelTimeIndex')).toBeGreaterThan(1);
  });

  it('draws hourly lines over the window, the travel-time index only in peak hours', () => {
    expect(card.series.load).toHaveLength(HOURS);
    const tti = card.series.travelTimeIndex;
    expect(tti.filter((x) => x !== null)).toHaveLength(6);
    expect(tti[6]).not.toBeNull(); // 06:00 local
    expect(tti[12]).toBeNull(); // noon
    // Hourly kWh of the city's net load sum to the window's energy.
    expect(card.series.load.reduce<number>((a, b) => a + (b ?? 0), 0) / 1000).toBeCloseTo(value('energy'), 2);
  });
});

describe('the mobility scenario a Lab run reads its flow from', () => {
  it('has the flow and events of the scenario itself: EV share, weather episodes, demand response and sensor faults never reach a trip', () => {
    const telemetry = new TelemetryService([engineCity]);
    const day = { from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' };
    const scenario = scenarioFromQuery({
      city: engineCity.id,
      seed: 8,
      evShare: 0.7,
      evTimeOfUse: true,
      connectedShare: 0.4,
      heatWave: day,
      heatWaveDeltaC: 10,
      smoke: day,
      inversion: day,
      demandResponse: day,
      faults: [
        { kind: 'dropout', stationId: 'park-bench', from: day.from, to: day.to },
        { kind: 'feeder-outage', feederId: 'north-1', from: day.from, to: day.to },
      ],
    });
    const list = new PartList(engineCity.timezone);
    const parts = list.run(scenario, FROM, TO);
    const morning = { fromMs: Date.parse('2026-07-15T10:00:00Z'), toMs: Date.parse('2026-07-15T13:00:00Z') };
    expect(list.parts[parts.mobility[0] as number]?.query).toEqual({
      city: engineCity.id,
      seed: 8,
      connectedShare: 0.4,
      part: 'mobility',
      ...morning,
    });
    const card = telemetry.labScenario(labRun(scenario, FROM, TO), 0);
    const direct = directMobility(telemetry.simulations.get(scenario).sim);
    expect(card.values.travelTimeIndex.value).toBeCloseTo(direct.travelTimeIndex, 9);
    expect(card.values.delay.value).toBeCloseTo(direct.delay, 6);
    expect(card.counts.safetyEvents).toBe(direct.events);
    expect(card.values.safetyRate.value).toBeCloseTo(direct.safetyRate, 9);
  });
});

describe('the energy scenario a Lab run reads its load from', () => {
  it('has the city load of the scenario itself: signal retiming, transit priority and the connected fleet never reach a meter', () => {
    const telemetry = new TelemetryService([engineCity]);
    const scenario = scenarioFromQuery({
      city: engineCity.id,
      seed: 8,
      evShare: 0.4,
      signalRetiming: true,
      transitSignalPriority: true,
      connectedShare: 0.3,
      bsmRateHz: 2,
    });
    const list = new PartList(engineCity.timezone);
    const parts = list.run(scenario, FROM, TO);
    const energy = list.parts[parts.energy[0] as number];
    expect(energy?.query).toEqual({ city: engineCity.id, seed: 8, evShare: 0.4, part: 'energy', fromMs: FROM, toMs: TO });
    const own = cityLoad(telemetry.simulations.get(scenario).sim, FROM, TO);
    const shared = cityLoad(telemetry.simulations.forQuery(energy?.query ?? {}).sim, FROM, TO);
    expect(Array.from(shared.net)).toEqual(Array.from(own.net));
    expect(Array.from(shared.exported)).toEqual(Array.from(own.exported));
    expect(own.net.some((x) => x > 0)).toBe(true);
  });

  it('is the baseline’s for a variant that only retimes the signals, so the two share their days of meters', () => {
    const list = new PartList(engineCity.timezone);
    const baseline = list.run(scenarioFromQuery({ city: engineCity.id, seed: 8 }), FROM, TO);
    const retimed = list.run(scenarioFromQuery({ city: engineCity.id, seed: 8, signalRetiming: true }), FROM, TO);
    const otherSeed = list.run(scenarioFromQuery({ city: engineCity.id, seed: 9, signalRetiming: true }), FROM, TO);
    expect(retimed.energy).toEqual(baseline.energy);
    expect(retimed.mobility).not.toEqual(baseline.mobility);
    expect(retimed.air).not.toBe(baseline.air);
    expect(otherSeed.energy).not.toEqual(baseline.energy);
  });
});
