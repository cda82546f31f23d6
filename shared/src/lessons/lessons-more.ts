/** Lessons across the programs: speed vs volume on High St, heat with ozone and AC load, who funded what. */
import { DAY, dataStep, dayHour, HIGH_ST_SEGMENTS, LESSON_CITY, LESSON_ZONE, STATIONS, source } from './columbus';
import { residentialPeakQuestion } from './lessons-energy';
import type { LessonDef, LessonPlan } from './model';
import { argMax, peakHour, seriesOf } from './read';
import { pickBySeed } from './seeds';

const segment = (plan: LessonPlan) => String(plan.params.segment);
const hourlyFlow = (plan: LessonPlan) =>
  source('mobilitySegments', plan.scenario, { ...DAY, segment: segment(plan), metric: 'speedMps,volume', resolution: '1h' });

/** Mean speed in the busiest hour against the quietest one. */
function busiestHour(data: unknown, plan: LessonPlan) {
  const volume = seriesOf(data, segment(plan), 'volume');
  const speed = seriesOf(data, segment(plan), 'speedMps');
  const busiest = argMax(volume.value);
  const quietest = argMax(volume.value.map((v) => (v === null ? null : -v)));
  return { busiest, fasterWhenQuiet: (speed.value[quietest] ?? 0) > (speed.value[busiest] ?? 0) };
}

export const speedVolumeLesson: LessonDef = {
  id: 'speed-vs-volume',
  topic: 'mobility',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const segmentId = pickBySeed(seed, 'flow-segment', HIGH_ST_SEGMENTS);
    return {
      scenario: { city: LESSON_CITY, seed },
      params: { segment: segmentId },
      steps: [
        { key: 'mobility', page: '/mobility', view: { t: dayHour(17) } },
        dataStep('volume', 'segments', segmentId, 'volume'),
        dataStep('speed', 'segments', segmentId, 'speedMps'),
      ],
    };
  },
  questions: [
    {
      id: 'busiestHour',
      kind: 'number',
      tolerance: 1,
      unit: 'hourOfDay',
      sources: (plan) => ({ flow: hourlyFlow(plan) }),
      answer: (data, plan) => peakHour(LESSON_ZONE, seriesOf(data.flow, segment(plan), 'volume')),
    },
    {
      id: 'speedThen',
      kind: 'choice',
      options: ['slower', 'faster'],
      sources: (plan) => ({ flow: hourlyFlow(plan) }),
      answer: (data, plan) => (busiestHour(data.flow, plan).fasterWhenQuiet ? 'slower' : 'faster'),
    },
  ],
};

/** A heat wave: ozone and household AC load both peak in the afternoon, driven by heat and sun. */
export const heatLesson: LessonDef = {
  id: 'heat-ozone-ac',
  topic: 'air',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const stationId = pickBySeed(seed, 'heat-station', STATIONS);
    return {
      scenario: { city: LESSON_CITY, seed, levers: { heatWave: { from: '2026-07-13T04:00:00Z', to: '2026-07-18T04:00:00Z', deltaC: 8 } } },
      params: { station: stationId },
      steps: [dataStep('ozone', 'air', stationId, 'ozonePpb'), dataStep('load', 'load', 'class', 'demandKw')],
    };
  },
  questions: [
    {
      id: 'ozoneHour',
      kind: 'number',
      tolerance: 1,
      unit: 'hourOfDay',
      sources: (plan) => ({
        hourly: source('airHourly', plan.scenario, { ...DAY, station: String(plan.params.station), metric: 'ozonePpb' }),
      }),
      answer: (data, plan) => peakHour(LESSON_ZONE, seriesOf(data.hourly, String(plan.params.station), 'ozonePpb')),
    },
    residentialPeakQuestion('loadHour'),
  ],
};

/** Programs run by one agency: which one each student is asked about comes from the seed. */
const ONE_AGENCY_PROGRAMS = ['smart-city-challenge', 'village-green-project', 'citysdk', 'ies-city-framework'] as const;
export const AGENCIES = ['dhs', 'dot', 'doe', 'doc', 'epa', 'census', 'nsf', 'nist'] as const;

interface PolicyAnswer {
  programs: { id: string; agencies: string[] }[];
}

export const fundingLesson: LessonDef = {
  id: 'funding-agency',
  topic: 'policy',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    return {
      scenario: { city: LESSON_CITY, seed },
      params: { program: pickBySeed(seed, 'funding-program', ONE_AGENCY_PROGRAMS) },
      steps: [{ key: 'policy', page: '/policy', view: {} }],
    };
  },
  questions: [
    {
      id: 'agency',
      kind: 'pick',
      options: AGENCIES,
      sources: () => ({ policy: { route: 'policy', query: { lang: 'en' } } }),
      answer(data, plan) {
        const program = (data.policy as PolicyAnswer).programs.find((p) => p.id === plan.params.program);
        if (!program?.agencies[0]) throw new Error(`no agency for ${String(plan.params.program)}`);
        return program.agencies[0];
      },
    },
  ],
};
