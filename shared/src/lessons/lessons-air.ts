/** Air lessons: NowCast vs hourly mean, a silent bench, a stuck sensor, 1-minute vs hourly. */
import { clockText, DAY, dataStep, dayHour, downloadStep, LESSON_CITY, ROADSIDE_STATIONS, STATIONS, source } from './columbus';
import type { LessonDef, LessonPlan } from './model';
import { maxOf, roundTo, seriesByEntity, seriesOf, valueAt } from './read';
import { intBySeed, pickBySeed } from './seeds';

const station = (plan: LessonPlan) => String(plan.params.station);
const hourly = (plan: LessonPlan, metric: string, stationId?: string) =>
  source('airHourly', plan.scenario, { ...DAY, metric, ...(stationId ? { station: stationId } : {}) });
const minutes = (plan: LessonPlan, metric: string, stationId?: string) =>
  source('airReadings', plan.scenario, { ...DAY, metric, resolution: '1m', ...(stationId ? { station: stationId } : {}) });

/** Smoke arrives at 10:00; the question asks about an hour soon after, when the NowCast still lags. */
export const nowcastLesson: LessonDef = {
  id: 'nowcast-vs-hourly',
  topic: 'air',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const stationId = pickBySeed(seed, 'nowcast-station', STATIONS);
    const hour = intBySeed(seed, 'nowcast-hour', 13, 16);
    return {
      scenario: { city: LESSON_CITY, seed, levers: { wildfireSmoke: { from: dayHour(10), to: DAY.to, intensity: 0.8 } } },
      params: { station: stationId, hour: clockText(hour), hourIndex: hour },
      steps: [{ key: 'air', page: '/air', view: { station: stationId, t: dayHour(hour + 2) } }, downloadStep()],
    };
  },
  questions: [
    {
      id: 'hourlyMean',
      kind: 'number',
      tolerance: 0.1,
      unit: 'µg/m³',
      sources: (plan) => ({ hourly: hourly(plan, 'pm25UgM3', station(plan)) }),
      answer: (data, plan) =>
        valueAt(seriesOf(data.hourly, station(plan), 'pm25UgM3'), Date.parse(dayHour(Number(plan.params.hourIndex)))) ?? NaN,
    },
    {
      id: 'nowcast',
      kind: 'number',
      tolerance: 0.1,
      unit: 'µg/m³',
      sources: (plan) => ({ hourly: hourly(plan, 'pm25NowCastUgM3', station(plan)) }),
      answer: (data, plan) =>
        valueAt(seriesOf(data.hourly, station(plan), 'pm25NowCastUgM3'), Date.parse(dayHour(Number(plan.params.hourIndex)))) ?? NaN,
    },
    {
      id: 'lag',
      kind: 'choice',
      options: ['below', 'above'],
      sources: (plan) => ({ hourly: hourly(plan, 'pm25UgM3,pm25NowCastUgM3', station(plan)) }),
      answer(data, plan) {
        const at = Date.parse(dayHour(Number(plan.params.hourIndex)));
        const mean = valueAt(seriesOf(data.hourly, station(plan), 'pm25UgM3'), at) ?? NaN;
        const nowcast = valueAt(seriesOf(data.hourly, station(plan), 'pm25NowCastUgM3'), at) ?? NaN;
        return nowcast < mean ? 'below' : 'above';
      },
    },
  ],
};

/** The hours of the day whose hourly mean is missing, per station. */
function missingHours(data: unknown): Map<string, number> {
  return new Map(seriesByEntity(data, 'pm25UgM3').map((s) => [s.id, s.value.filter((v) => v === null).length]));
}

/** The station with the most of something (first on ties). */
function most(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [id, count] of counts)
    if (count > bestCount) {
      best = id;
      bestCount = count;
    }
  return best;
}

/** One bench (chosen by the seed) loses power for 3–7 whole hours. */
export const dropoutLesson: LessonDef = {
  id: 'dropout-bench',
  topic: 'air',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const stationId = pickBySeed(seed, 'dropout-station', STATIONS);
    const start = intBySeed(seed, 'dropout-start', 7, 13);
    const hours = intBySeed(seed, 'dropout-hours', 3, 7);
    return {
      scenario: { city: LESSON_CITY, seed, faults: [{ kind: 'dropout', from: dayHour(start), to: dayHour(start + hours), stationId }] },
      params: {},
      steps: [{ key: 'air', page: '/air', view: { t: dayHour(20) } }, dataStep('explore', 'air', '', 'pm25UgM3'), downloadStep()],
    };
  },
  questions: [
    {
      id: 'station',
      kind: 'pick',
      options: STATIONS,
      sources: (plan) => ({ hourly: hourly(plan, 'pm25UgM3') }),
      answer: (data) => most(missingHours(data.hourly)),
    },
    {
      id: 'hours',
      kind: 'number',
      tolerance: 0,
      unit: 'h',
      sources: (plan) => ({ hourly: hourly(plan, 'pm25UgM3') }),
      answer: (data) => Math.max(...missingHours(data.hourly).values()),
    },
  ],
};

/** The longest run of equal consecutive 1-minute values, and its value. */
function longestRun(values: readonly (number | null)[]): { length: number; value: number } {
  let best = { length: 0, value: NaN };
  let length = 0;
  values.forEach((v, i) => {
    length = v !== null && v === values[i - 1] ? length + 1 : 1;
    if (v !== null && length > best.length) best = { length, value: v };
  });
  return best;
}

function stuckStation(data: unknown): { id: string; value: number } {
  const runs = seriesByEntity(data, 'ozonePpb').map((s) => ({ id: s.id, ...longestRun(s.value) }));
  const top = runs.reduce((a, b) => (b.length > a.length ? b : a));
  return { id: top.id, value: top.value };
}

/** One station's ozone sensor repeats its value through the afternoon. */
export const stuckLesson: LessonDef = {
  id: 'stuck-sensor',
  topic: 'air',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const stationId = pickBySeed(seed, 'stuck-station', STATIONS);
    const start = intBySeed(seed, 'stuck-start', 9, 13);
    return {
      scenario: {
        city: LESSON_CITY,
        seed,
        faults: [{ kind: 'stuck', from: dayHour(start), to: dayHour(start + 6), stationId, metric: 'ozone' }],
      },
      params: {},
      steps: [dataStep('explore', 'air', '', 'ozonePpb'), downloadStep()],
    };
  },
  questions: [
    {
      id: 'station',
      kind: 'pick',
      options: STATIONS,
      sources: (plan) => ({ minutes: minutes(plan, 'ozonePpb') }),
      answer: (data) => stuckStation(data.minutes).id,
    },
    {
      id: 'value',
      kind: 'number',
      tolerance: 0.1,
      unit: 'ppb',
      sources: (plan) => ({ minutes: minutes(plan, 'ozonePpb') }),
      answer: (data) => stuckStation(data.minutes).value,
    },
  ],
};

/** PM2.5 spikes at a roadside station: the 1-minute maximum against the hourly one. */
export const averagingLesson: LessonDef = {
  id: 'averaging-sampling',
  topic: 'air',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const stationId = pickBySeed(seed, 'spike-station', ROADSIDE_STATIONS);
    return {
      scenario: {
        city: LESSON_CITY,
        seed,
        faults: [{ kind: 'spike', from: dayHour(6), to: dayHour(22), stationId, metric: 'pm25', perHour: 2, magnitude: 120 }],
      },
      params: { station: stationId },
      steps: [dataStep('explore', 'air', stationId, 'pm25UgM3'), downloadStep()],
    };
  },
  questions: [
    {
      id: 'minuteMax',
      kind: 'number',
      tolerance: 0.1,
      unit: 'µg/m³',
      sources: (plan) => ({ minutes: minutes(plan, 'pm25UgM3', station(plan)) }),
      answer: (data, plan) => maxOf(seriesOf(data.minutes, station(plan), 'pm25UgM3')),
    },
    {
      id: 'hourlyMax',
      kind: 'number',
      tolerance: 0.1,
      unit: 'µg/m³',
      sources: (plan) => ({ hourly: hourly(plan, 'pm25UgM3', station(plan)) }),
      answer: (data, plan) => maxOf(seriesOf(data.hourly, station(plan), 'pm25UgM3')),
    },
    {
      id: 'ratio',
      kind: 'number',
      tolerance: 0.2,
      sources: (plan) => ({ minutes: minutes(plan, 'pm25UgM3', station(plan)), hourly: hourly(plan, 'pm25UgM3', station(plan)) }),
      answer: (data, plan) =>
        roundTo(maxOf(seriesOf(data.minutes, station(plan), 'pm25UgM3')) / maxOf(seriesOf(data.hourly, station(plan), 'pm25UgM3')), 1),
    },
  ],
};
