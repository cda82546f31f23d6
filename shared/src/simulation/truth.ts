/**
 * The ground-truth channel: what really happened in a window, so a teacher (or a test) can check
 * answers. It lists the scenario's injected faults (each spike as its own minute), lever episodes,
 * and the engine's own hidden events: feeder outages and traffic incidents. Natural meter gaps are
 * not listed: their reads carry the `estimated`/`missing` flag.
 */

import { streamKey, uniform } from '../common/rng';
import { DAY_MS, MINUTE_MS } from '../common/time';
import { outagesBetween } from '../energy/engine';
import { incidentsOnDay } from '../mobility/demand';
import type { Fault, GroundTruthEvent } from '../scenario/schemas';
import type { EpisodeWindow } from '../weather/engine';
import type { Simulation } from './simulation';

const iso = (ms: number) => new Date(ms).toISOString();

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && a1 > b0;
}

type WindowFault = Exclude<Fault, { kind: 'spike' }>;
type FaultFacts = Pick<GroundTruthEvent, 'entityType' | 'entityId' | 'metric' | 'detail'>;

const atStation = (stationId: string, detail: string, metric?: string): FaultFacts => ({
  entityType: 'station',
  entityId: stationId,
  ...(metric ? { metric } : {}),
  detail,
});
const onFleet = (detail: string): FaultFacts => ({ entityType: 'fleet', entityId: 'connected', detail });

/** What the ground truth says of a fault that holds for its whole window (from `from`). */
function faultFacts(f: WindowFault, from: string): FaultFacts {
  switch (f.kind) {
    case 'stuck':
      return atStation(f.stationId, `${f.metric} repeats its value at ${from}.`, f.metric);
    case 'drift':
      return atStation(f.stationId, `${f.metric} drifts by ${f.ratePerDay} per day from ${from}.`, f.metric);
    case 'dropout':
      return atStation(
        f.stationId,
        f.metric ? `${f.metric} not reported.` : 'The whole station stops reporting (power-starved bench).',
        f.metric,
      );
    case 'clock-skew':
      return atStation(f.stationId, `Reported times run ${f.skewS} s ahead of true time.`);
    case 'meter-estimated':
    case 'meter-missing':
      return {
        entityType: 'meter',
        entityId: f.meterId,
        detail: f.kind === 'meter-missing' ? 'Reads missing.' : 'Reads estimated by the MDM.',
      };
    case 'feeder-outage':
      return { entityType: 'feeder', entityId: f.feederId, detail: 'Injected outage: every meter on the feeder reads zero.' };
    case 'gps-jitter':
      return onFleet(`BSM positions of ${Math.round(f.share * 100)}% of connected vehicles get ${f.sigmaM} m extra error.`);
    case 'duplicate-messages':
      return onFleet(`Each BSM is sent twice with probability ${f.probability}.`);
  }
}

/** Everything recorded as ground truth that overlaps `[fromMs, toMs)`, sorted by start time. */
export function groundTruth(sim: Simulation, fromMs: number, toMs: number): GroundTruthEvent[] {
  const out: GroundTruthEvent[] = [];
  for (const f of sim.faults) {
    if (!overlaps(f.fromMs, f.toMs, fromMs, toMs)) continue;
    if (f.kind !== 'spike') {
      const base = { source: 'fault' as const, from: iso(f.fromMs), to: iso(f.toMs) };
      out.push({ ...base, kind: f.kind, ...faultFacts(f, base.from) });
      continue;
    }
    // A spike fault is listed minute by minute: only the minutes that really spiked.
    const key = streamKey(sim.seed, 'fault-spike', `${f.stationId}-${f.metric}`);
    const first = Math.max(Math.ceil(f.fromMs / MINUTE_MS), Math.ceil(fromMs / MINUTE_MS));
    const last = Math.min(Math.ceil(f.toMs / MINUTE_MS), Math.ceil(toMs / MINUTE_MS));
    for (let minute = first; minute < last; minute++) {
      if (uniform(key, minute) < f.perHour / 60) {
        out.push({
          kind: 'spike',
          source: 'fault',
          entityType: 'station',
          entityId: f.stationId,
          metric: f.metric,
          from: iso(minute * MINUTE_MS),
          to: iso((minute + 1) * MINUTE_MS),
          detail: `${f.metric} reads ${f.magnitude} too high in this minute.`,
        });
      }
    }
  }

  const levers: Array<[GroundTruthEvent['kind'], EpisodeWindow | undefined, string]> = [
    ['heat-wave', sim.levers.heatWave, 'Heat wave: °C added at the plateau'],
    ['wildfire-smoke', sim.levers.smoke, 'Wildfire smoke: intensity'],
    ['inversion', sim.levers.inversion, 'Inversion: intensity'],
    ['demand-response', sim.levers.demandResponse, 'Demand response: participating share'],
  ];
  for (const [kind, episode, text] of levers) {
    if (!episode || !overlaps(episode.fromMs, episode.toMs, fromMs, toMs)) continue;
    out.push({
      kind,
      source: 'lever',
      entityType: 'city',
      entityId: sim.city.id,
      from: iso(episode.fromMs),
      to: iso(episode.toMs),
      detail: `${text} ${episode.magnitude}.`,
    });
  }

  for (const o of outagesBetween(sim, fromMs, toMs)) {
    if (o.injected) continue;
    out.push({
      kind: 'feeder-outage',
      source: 'engine',
      entityType: 'feeder',
      entityId: sim.meters.feederIds[o.feeder] ?? '',
      from: iso(o.fromMs),
      to: iso(o.toMs),
      detail: 'Unplanned outage: meters on the feeder read zero.',
    });
  }

  for (let c = 0; c < sim.network.corridors.length; c++) {
    for (let day = Math.floor(fromMs / DAY_MS) - 1; day <= Math.floor((toMs - 1) / DAY_MS); day++) {
      for (const incident of incidentsOnDay(sim, c, day)) {
        if (!overlaps(incident.fromMs, incident.toMs, fromMs, toMs)) continue;
        out.push({
          kind: 'incident',
          source: 'engine',
          entityType: 'segment',
          entityId: sim.network.segments[incident.segmentIndex]?.id ?? '',
          from: iso(incident.fromMs),
          to: iso(incident.toMs),
          detail: `Incident: capacity down to ${Math.round(incident.capacityFactor * 100)}%, speeds to 60%.`,
        });
      }
    }
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
