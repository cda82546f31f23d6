/** Energy exports: 15-minute reads of chosen meters, and load summed by district, feeder or class. */
import {
  allocMeterIntervals,
  DAY_MS,
  energyWindow,
  type GroupLoad,
  groupLoad,
  HOUR_MS,
  INTERVAL_MS,
  type LoadExportRecord,
  loadIntervals,
  MeterClassSchema,
  type MeterExportQuery,
  type MeterIntervals,
  meterIntervalsInto,
  meterList,
  meterReadingAt,
  notFound,
  pickEntities,
  type Simulation,
} from '@sandbox/shared';
import { stepsIn } from './job';
import { interleave, timeMajor } from './table';
import { tabularExport } from './tabular';

/** Meter indices the query selects: listed ids, or every meter the filters keep. */
export function selectMeters(sim: Simulation, query: Pick<MeterExportQuery, 'meter' | 'district' | 'feeder' | 'meterClass'>) {
  const all = meterList(sim);
  if (query.meter) {
    const meters = pickEntities(all, query.meter, 'meter', 'meter');
    return { indices: meters.map((m) => sim.meters.byId.get(m.id) as number), selection: meters.length === 1 ? meters[0]?.id : undefined };
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
  const kept = all.filter(
    (m) =>
      (district === undefined || m.districtId === district) &&
      (feeder === undefined || m.feederId === feeder) &&
      (meterClass === undefined || m.meterClass === meterClass),
  );
  if (kept.length === 0)
    throw notFound('No meter matches the filters (district, feeder, meterClass); the inventory is at /api/energy/meters.', 'district');
  const selection = [district, feeder, meterClass].filter((part) => part !== undefined).join('-') || undefined;
  return { indices: kept.map((m) => sim.meters.byId.get(m.id) as number), selection };
}

/** 15-minute reads of the chosen meters, ordered by interval start, then meter (city order). */
export const meterExport = tabularExport('exportMeters', {
  plan({ sim, window, query }) {
    const { indices, selection } = selectMeters(sim, query);
    // One buffer per meter, reused every day: memory is meters × one day of intervals (allocated with
    // the first chunk, once the row cap has passed).
    let buffers: MeterIntervals[] | undefined;
    return {
      selection,
      size: { entities: indices.length, steps: stepsIn(window, INTERVAL_MS) },
      rows: (chunk) => {
        buffers ??= indices.map((m) => allocMeterIntervals(sim.meters.ids[m] as string, 0, DAY_MS / INTERVAL_MS));
        const meters = buffers;
        const win = energyWindow(sim, chunk.fromMs, chunk.toMs);
        indices.forEach((m, k) => {
          const buffer = meters[k] as MeterIntervals;
          buffer.startMs = win.startMs;
          buffer.n = win.n;
          meterIntervalsInto(sim, win, m, buffer);
        });
        return timeMajor(meters, win.n, (j) => win.startMs + j * INTERVAL_MS, meterReadingAt);
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
    const ids =
      query.groupBy === 'district' ? sim.meters.districtIds : query.groupBy === 'feeder' ? sim.meters.feederIds : MeterClassSchema.options;
    const all = ids.map((id) => ({ id }));
    const groups = pickEntities(all, query.group, query.groupBy, 'group').map((g) => all.indexOf(g));
    return {
      selection: [query.groupBy, ...(groups.length === 1 ? [all[groups[0] as number]?.id] : [])].join('-'),
      size: { entities: groups.length, steps: stepsIn(window, INTERVAL_MS) },
      rows: (chunk) => {
        const load = onlyGroups(groupLoad(sim, chunk.fromMs, chunk.toMs, query.groupBy), groups);
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
