/** Energy exports: 15-minute reads of chosen meters, and load summed by district, feeder or class. */
import {
  ApiProblem,
  allocMeterIntervals,
  DAY_MS,
  districtIndex,
  eachMeterMatching,
  energyWindow,
  type GroupLoad,
  groupLoad,
  groupMeterCounts,
  HOUR_MS,
  INTERVAL_MS,
  isShownGroup,
  type LoadExportRecord,
  loadIntervals,
  MeterClassSchema,
  type MeterExportQuery,
  type MeterIntervals,
  meterId,
  meterIndex,
  meterIntervalsInto,
  meterReadingAt,
  notFound,
  pickEntities,
  pickMeters,
  type Simulation,
} from '@sandbox/shared';
import { stepsIn } from './job';
import { interleave, timeMajor } from './table';
import { tabularExport } from './tabular';

/** Meter indices the query selects: listed ids, or every meter the filters keep. */
export function selectMeters(sim: Simulation, query: Pick<MeterExportQuery, 'meter' | 'district' | 'feeder' | 'meterClass'>) {
  if (query.meter) {
    const ids = pickMeters(sim, query.meter);
    return { indices: ids.map((id) => meterIndex(sim.meters, id) as number), selection: ids.length === 1 ? ids[0] : undefined };
  }
  const { district, feeder, meterClass } = query;
  if (district !== undefined) pickEntities(sim.city.districts, [district], 'district', 'district');
  if (feeder !== undefined)
    pickEntities(
      sim.city.districts.flatMap((d) => d.feeders),
      [feeder],
      'feeder',
      'feeder',
    );
  const indices: number[] = [];
  eachMeterMatching(sim, { district, feeder, meterClass }, (m) => {
    indices.push(m);
    return true;
  });
  if (indices.length === 0)
    throw notFound('No meter matches the filters (district, feeder, meterClass); the inventory is at /api/energy/meters.', 'district');
  const selection = [district, feeder, meterClass].filter((part) => part !== undefined).join('-') || undefined;
  return { indices, selection };
}

/** Meter-intervals computed at a time: a district of 20,000 meters is read an hour at a time, the whole program a quarter hour. */
const INTERVALS_PER_STEP = 120_000;

/** 15-minute reads of the chosen meters, ordered by interval start, then meter (city order). */
export const meterExport = tabularExport('exportMeters', {
  plan({ sim, window, query }) {
    const { indices, selection } = selectMeters(sim, query);
    // One buffer per meter for a step of the day, reused: memory stays near INTERVALS_PER_STEP reads
    // (allocated with the first chunk, once the row cap has passed).
    const stepMs = Math.max(1, Math.min(DAY_MS / INTERVAL_MS, Math.floor(INTERVALS_PER_STEP / indices.length))) * INTERVAL_MS;
    let buffers: MeterIntervals[] | undefined;
    return {
      selection,
      size: { entities: indices.length, steps: stepsIn(window, INTERVAL_MS) },
      rows: function* (chunk) {
        buffers ??= indices.map((m) => allocMeterIntervals(meterId(sim.meters, m), 0, stepMs / INTERVAL_MS));
        const meters = buffers;
        for (let from = chunk.fromMs; from < chunk.toMs; from += stepMs) {
          const win = energyWindow(sim, from, Math.min(chunk.toMs, from + stepMs));
          indices.forEach((m, k) => {
            const buffer = meters[k] as MeterIntervals;
            buffer.startMs = win.startMs;
            buffer.n = win.n;
            meterIntervalsInto(sim, win, m, buffer);
          });
          yield* timeMajor(meters, win.n, (j) => win.startMs + j * INTERVAL_MS, meterReadingAt);
        }
      },
    };
  },
});

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The load of the groups asked alone, in the order asked: what the export writes records for. */
function onlyGroups(load: GroupLoad, groups: readonly number[]): GroupLoad {
  const cut = <C extends Float64Array | Uint32Array>(column: C, width: number): C => {
    const out = column.slice(0, groups.length * width) as C;
    for (const [k, g] of groups.entries()) out.set(column.subarray(g * width, (g + 1) * width), k * width);
    return out;
  };
  return {
    ...load,
    groupIds: groups.map((g) => load.groupIds[g] as string),
    kwh: cut(load.kwh, load.n),
    importKwh: cut(load.importKwh, load.n),
    exportKwh: cut(load.exportKwh, load.n),
    reporting: cut(load.reporting, load.n),
    meters: cut(load.meters, 1),
  };
}

/** Load by group, ordered by interval start, then group. */
export const loadExport = tabularExport('exportLoad', {
  // A day of every district's meters is ~130 ms of work: six hours keep a turn of the loop short.
  stepMs: 6 * HOUR_MS,
  plan({ sim, window, query }) {
    const district = query.district === undefined ? undefined : districtIndex(sim, query.district);
    const ids =
      query.groupBy === 'district' ? sim.meters.districtIds : query.groupBy === 'feeder' ? sim.meters.feederIds : MeterClassSchema.options;
    const all = ids.map((id) => ({ id }));
    // A district keeps the groups its meters fall in: itself, its feeders, or every class.
    const inDistrict = (g: number) =>
      district === undefined ||
      (query.groupBy === 'district' ? g === district : query.groupBy === 'feeder' ? sim.meters.feederDistrict[g] === district : true);
    const asked = pickEntities(all, query.group, query.groupBy, 'group')
      .map((g) => all.indexOf(g))
      .filter(inDistrict);
    if (asked.length === 0) throw new ApiProblem(400, `None of the groups in \`group\` is in district "${query.district}".`, 'group');
    // The summary's rule: a group without meters has no load to export, only rows of zeros.
    const meters = groupMeterCounts(sim.meters, query.groupBy, district);
    const groups = asked.filter((g) => isShownGroup(query.groupBy, meters[g] as number));
    if (groups.length === 0) {
      const field = query.group ? 'group' : 'district';
      throw new ApiProblem(
        400,
        `No meters in the ${field} asked for (a district outside the metered program has none); /api/energy/meters lists them.`,
        field,
      );
    }
    const one = groups.length === 1 ? all[groups[0] as number]?.id : query.district;
    return {
      selection: [query.groupBy, ...(one ? [one] : [])].join('-'),
      size: { entities: groups.length, steps: stepsIn(window, INTERVAL_MS) },
      rows: (chunk) => {
        const load = onlyGroups(groupLoad(sim, chunk.fromMs, chunk.toMs, query.groupBy, district), groups);
        const records = loadIntervals(load);
        return interleave(
          groups.map((_, k) =>
            records.slice(k * load.n, (k + 1) * load.n).map(
              (record, j): LoadExportRecord => ({
                ...record,
                importKwh: r3(load.importKwh[k * load.n + j] as number),
                exportKwh: r3(load.exportKwh[k * load.n + j] as number),
              }),
            ),
          ),
        );
      },
    };
  },
});
