/**
 * Mobility exports: per-minute segment flow, safety events and Basic Safety Messages. Trips are
 * built for the chunk being written and released behind it (`releaseTripsBefore`), so a month of
 * flow holds about an hour of trips, not the engine cache's several days.
 */
import {
  type Bsm,
  bsmColumns,
  bsmRecordAt,
  MINUTE_MS,
  pickCorridors,
  pickEntities,
  releaseTripsBefore,
  type Simulation,
  safetyEvents,
  segmentFlow,
  type Trip,
} from '@sandbox/shared';
import type { TimeChunk } from './chunks';
import { stepsTouched } from './job';
import { interleave } from './table';
import { tabularExport } from './tabular';

/**
 * Flow and events are written a quarter-hour at a time: building an hour of trips takes 70–240 ms,
 * longer than one turn of the event loop should (the rows are the same whatever the chunk).
 */
const EVENT_LOOP_STEP_MS = 15 * MINUTE_MS;

/** Trips are built for a chunk and released behind it: a month of flow holds about an hour of them. */
const releaseTrips = (sim: Simulation) => (chunk: TimeChunk) => releaseTripsBefore(sim, chunk.toMs);

/** Per-minute flow of the chosen segments, ordered by minute, then segment (network order). */
export const segmentExport = tabularExport('exportSegments', {
  stepMs: EVENT_LOOP_STEP_MS,
  plan({ sim, window, query }) {
    const all = sim.network.segments;
    let segments = pickEntities(all, query.segment, 'segment', 'segment');
    let selection = segments.length === 1 ? segments[0]?.id : undefined;
    if (query.corridor) {
      const corridors = pickCorridors(sim.network, query.corridor);
      segments = all.filter(corridors.hasSegment);
      selection = corridors.only;
    }
    const ids = segments.map((s) => s.id);
    return {
      selection,
      size: { entities: ids.length, steps: stepsTouched(window, MINUTE_MS) },
      rows: (chunk) => {
        const flows = segmentFlow(sim, chunk.fromMs, chunk.toMs, ids);
        const perSegment = flows.length / Math.max(1, ids.length);
        return interleave(ids.map((_, k) => flows.slice(k * perSegment, (k + 1) * perSegment)));
      },
      afterChunk: releaseTrips(sim),
    };
  },
});

/** Safety events on the chosen corridors, by time. */
export const eventExport = tabularExport('exportEvents', {
  stepMs: EVENT_LOOP_STEP_MS,
  plan({ sim, query }) {
    const corridors = pickCorridors(sim.network, query.corridor);
    return {
      selection: [corridors.only, query.kind].filter(Boolean).join('-') || undefined,
      rows: (chunk) =>
        safetyEvents(sim, chunk.fromMs, chunk.toMs).filter(
          (e) => corridors.ids.has(e.corridorId) && (query.kind === undefined || e.kind === query.kind),
        ),
      afterChunk: releaseTrips(sim),
    };
  },
});

/**
 * The BSMs of one chunk in time order (a counting sort on the send grid; vehicles in trip order
 * within an instant), a duplicated message twice, built one record at a time.
 */
function* bsmChunk(sim: Simulation, chunk: TimeChunk, keep: (trip: Trip) => boolean): Generator<Bsm> {
  const cols = bsmColumns(sim, chunk.fromMs, chunk.toMs, keep);
  const stepMs = Math.round(1000 / sim.levers.bsmRateHz);
  const first = Math.ceil(chunk.fromMs / stepMs);
  const slots = Math.max(1, Math.ceil(chunk.toMs / stepMs) - first);
  const slotOf = (i: number) => (cols.timeMs[i] as number) / stepMs - first;
  const starts = new Uint32Array(slots + 1);
  for (let i = 0; i < cols.count; i++) starts[slotOf(i) + 1] = (starts[slotOf(i) + 1] as number) + 1;
  for (let g = 0; g < slots; g++) starts[g + 1] = (starts[g + 1] as number) + (starts[g] as number);
  const order = new Uint32Array(cols.count);
  for (let i = 0; i < cols.count; i++) {
    const slot = slotOf(i);
    order[starts[slot] as number] = i;
    starts[slot] = (starts[slot] as number) + 1;
  }
  let time = Number.NaN;
  let generatedAt = '';
  for (const i of order) {
    if (cols.timeMs[i] !== time) {
      time = cols.timeMs[i] as number;
      generatedAt = new Date(time).toISOString();
    }
    const record = bsmRecordAt(sim, cols, i, generatedAt);
    yield record;
    if ((cols.duplicated[i] as number) === 1) yield record;
  }
}

/** BSM Part I of the connected vehicles on the chosen corridors, by time, flattened as the ODE / ITS DataHub files are (FACTS.md F). */
export const bsmExport = tabularExport('exportBsm', {
  stepMs: MINUTE_MS,
  plan({ sim, query }) {
    const corridors = pickCorridors(sim.network, query.corridor);
    const directions = sim.network.directions.map((d) => corridors.hasDirection(d.index));
    const keep = (trip: Trip) => directions[trip.dirIndex] === true;
    return { selection: corridors.only, rows: (chunk) => bsmChunk(sim, chunk, keep), afterChunk: releaseTrips(sim) };
  },
});
