/**
 * Mobility exports: per-minute segment flow, safety events and Basic Safety Messages. Trips are
 * built for the chunk being written and released behind it (`releaseTripsBefore`), so a month of
 * flow holds about an hour of trips, not the engine cache's several days.
 */
import {
  type Bsm,
  type BsmExportQuery,
  bsmColumns,
  bsmRecordAt,
  CSV_COLUMNS,
  checkRowCap,
  type EventExportQuery,
  MINUTE_MS,
  pickCorridors,
  pickEntities,
  releaseTripsBefore,
  type SafetyEvent,
  type SegmentExportQuery,
  type SegmentFlow,
  type Simulation,
  safetyEvents,
  segmentFlow,
  type Trip,
} from '@sandbox/shared';
import type { TimeChunk } from './chunks';
import type { ExportJob } from './job';
import type { ExportRequest } from './request';
import { interleave, table, tableJob } from './table';

const segmentTable = table<SegmentFlow, typeof CSV_COLUMNS.segments>(CSV_COLUMNS.segments, {
  segment_id: (r) => r.segmentId,
  start_utc: (r) => r.start,
  duration_s: (r) => r.durationS,
  volume_veh: (r) => r.volume,
  speed_m_s: (r) => r.speedMps,
  travel_time_s: (r) => r.travelTimeS,
  stops_veh: (r) => r.stops,
});

const eventTable = table<SafetyEvent, typeof CSV_COLUMNS.events>(CSV_COLUMNS.events, {
  kind: (r) => r.kind,
  time_utc: (r) => r.time,
  vehicle_id: (r) => r.vehicleId,
  temporary_id: (r) => r.temporaryId,
  corridor_id: (r) => r.corridorId,
  segment_id: (r) => r.segmentId,
  intersection_id: (r) => r.intersectionId,
  lng_deg: (r) => r.position[0],
  lat_deg: (r) => r.position[1],
  speed_m_s: (r) => r.speedMps,
  decel_m_s2: (r) => r.decelMps2,
});

/** BSM Part I flattened as the ODE / ITS DataHub files are (FACTS.md F), J2735 integer units. */
const bsmTable = table<Bsm, typeof CSV_COLUMNS.bsm>(CSV_COLUMNS.bsm, {
  metadata_generatedAt: (r) => r.metadata.generatedAt,
  metadata_recordType: (r) => r.metadata.recordType,
  coreData_msgCnt: (r) => r.coreData.msgCnt,
  coreData_id: (r) => r.coreData.id,
  coreData_secMark: (r) => r.coreData.secMark,
  coreData_position_lat: (r) => r.coreData.lat,
  coreData_position_long: (r) => r.coreData.long,
  coreData_elevation: (r) => r.coreData.elev,
  coreData_accuracy_semiMajor: (r) => r.coreData.accuracy.semiMajor,
  coreData_accuracy_semiMinor: (r) => r.coreData.accuracy.semiMinor,
  coreData_accuracy_orientation: (r) => r.coreData.accuracy.orientation,
  coreData_transmission: (r) => r.coreData.transmission,
  coreData_speed: (r) => r.coreData.speed,
  coreData_heading: (r) => r.coreData.heading,
  coreData_angle: (r) => r.coreData.angle,
  coreData_accelset_accelLong: (r) => r.coreData.accelSet.long,
  coreData_accelset_accelLat: (r) => r.coreData.accelSet.lat,
  coreData_accelset_accelVert: (r) => r.coreData.accelSet.vert,
  coreData_accelset_accelYaw: (r) => r.coreData.accelSet.yaw,
  coreData_brakes_wheelBrakes: (r) => r.coreData.brakes.wheelBrakes,
  coreData_brakes_traction: (r) => r.coreData.brakes.traction,
  coreData_brakes_abs: (r) => r.coreData.brakes.abs,
  coreData_brakes_scs: (r) => r.coreData.brakes.scs,
  coreData_brakes_brakeBoost: (r) => r.coreData.brakes.brakeBoost,
  coreData_brakes_auxBrakes: (r) => r.coreData.brakes.auxBrakes,
  coreData_size_width: (r) => r.coreData.size.width,
  coreData_size_length: (r) => r.coreData.size.length,
  part2_vse_events: (r) => r.partII?.vse.events,
});

/**
 * Flow and events are written a quarter-hour at a time: building an hour of trips takes 70–240 ms,
 * longer than one turn of the event loop should (the rows are the same whatever the chunk).
 */
const EVENT_LOOP_STEP_MS = 15 * MINUTE_MS;

/** Trips are built for a chunk and released behind it: a month of flow holds about an hour of them. */
const releaseTrips = (sim: Simulation) => (chunk: TimeChunk) => releaseTripsBefore(sim, chunk.toMs);

/** Per-minute flow of the chosen segments, ordered by minute, then segment (network order). */
export function segmentExport(request: ExportRequest<SegmentExportQuery>): ExportJob {
  const { sim, window, query } = request;
  const all = sim.network.segments;
  let segments = pickEntities(all, query.segment, 'segment', 'segment');
  let selection = segments.length === 1 ? segments[0]?.id : undefined;
  if (query.corridor) {
    const corridors = pickCorridors(sim.network, query.corridor);
    segments = all.filter(corridors.hasSegment);
    selection = corridors.only;
  }
  const ids = segments.map((s) => s.id);
  const minutes = Math.ceil((window.toMs - Math.floor(window.fromMs / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
  checkRowCap(request.cap, request.name, ids.length, 'segment', minutes, 'minute');
  return tableJob({
    request,
    selection,
    table: segmentTable,
    stepMs: EVENT_LOOP_STEP_MS,
    rows: (chunk) => {
      const flows = segmentFlow(sim, chunk.fromMs, chunk.toMs, ids);
      const perSegment = flows.length / Math.max(1, ids.length);
      return interleave(ids.map((_, k) => flows.slice(k * perSegment, (k + 1) * perSegment)));
    },
    afterChunk: releaseTrips(sim),
  });
}

/** Safety events on the chosen corridors, by time. */
export function eventExport(request: ExportRequest<EventExportQuery>): ExportJob {
  const { sim, query } = request;
  const corridors = pickCorridors(sim.network, query.corridor);
  return tableJob({
    request,
    selection: [corridors.only, query.kind].filter(Boolean).join('-') || undefined,
    table: eventTable,
    stepMs: EVENT_LOOP_STEP_MS,
    rows: (chunk) =>
      safetyEvents(sim, chunk.fromMs, chunk.toMs).filter(
        (e) => corridors.ids.has(e.corridorId) && (query.kind === undefined || e.kind === query.kind),
      ),
    afterChunk: releaseTrips(sim),
  });
}

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

/** BSM Part I of the connected vehicles on the chosen corridors, by time. */
export function bsmExport(request: ExportRequest<BsmExportQuery>): ExportJob {
  const { sim, query } = request;
  const corridors = pickCorridors(sim.network, query.corridor);
  const directions = sim.network.directions.map((d) => corridors.hasDirection(d.index));
  const keep = (trip: Trip) => directions[trip.dirIndex] === true;
  return tableJob({
    request,
    selection: corridors.only,
    table: bsmTable,
    stepMs: MINUTE_MS,
    rows: (chunk) => bsmChunk(sim, chunk, keep),
    afterChunk: releaseTrips(sim),
  });
}
