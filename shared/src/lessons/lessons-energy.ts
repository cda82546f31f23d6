/** Energy lessons: kW vs kWh on a meter, the midday PV dip and evening ramp, estimated and missing reads. */
import { MINUTE_MS } from '../common/time';
import {
  classLoad,
  clockText,
  DAY,
  dataStep,
  dayHour,
  downloadStep,
  LESSON_CITY,
  LESSON_ZONE,
  PLAIN_METERS,
  PV_METERS,
  source,
} from './columbus';
import type { LessonDef, LessonPlan, QuestionDef } from './model';
import { countOf, maxOf, peakHour, roundTo, seriesOf, sumOf, valueAt } from './read';
import { intBySeed, pickBySeed } from './seeds';

const meter = (plan: LessonPlan) => String(plan.params.meter);
const reads = (plan: LessonPlan) => source('energyReadings', plan.scenario, { ...DAY, meter: meter(plan), resolution: '15m' });
/** 15-minute reads last a quarter hour: the mean power in kW is 4 × the energy in kWh. */
const QUARTERS_PER_HOUR = 4;

/** The local hour of the residential class's peak demand (±1 h): the evening ramp's top. */
export function residentialPeakQuestion(id: string): QuestionDef {
  return {
    id,
    kind: 'number',
    tolerance: 1,
    unit: 'hourOfDay',
    sources: (plan) => ({ load: classLoad(plan.scenario) }),
    answer: (data) => peakHour(LESSON_ZONE, seriesOf(data.load, 'residential', 'demandKw')),
  };
}

export const kwKwhLesson: LessonDef = {
  id: 'kw-vs-kwh',
  topic: 'energy',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const meterId = pickBySeed(seed, 'kw-meter', PLAIN_METERS);
    return {
      scenario: { city: LESSON_CITY, seed },
      params: { meter: meterId },
      steps: [
        { key: 'energy', page: '/energy', view: { meter: meterId, t: dayHour(20) } },
        dataStep('explore', 'meter', meterId, 'importKwh'),
      ],
    };
  },
  questions: [
    {
      id: 'maxKwh',
      kind: 'number',
      tolerance: 0.001,
      unit: 'kWh',
      sources: (plan) => ({ reads: reads(plan) }),
      answer: (data, plan) => maxOf(seriesOf(data.reads, meter(plan), 'importKwh')),
    },
    {
      id: 'maxKw',
      kind: 'number',
      tolerance: 0.01,
      unit: 'kW',
      sources: (plan) => ({ reads: reads(plan) }),
      answer: (data, plan) => roundTo(maxOf(seriesOf(data.reads, meter(plan), 'importKwh')) * QUARTERS_PER_HOUR, 4),
    },
    {
      id: 'dayKwh',
      kind: 'number',
      tolerance: 0.05,
      unit: 'kWh',
      sources: (plan) => ({ reads: reads(plan) }),
      answer: (data, plan) => sumOf(seriesOf(data.reads, meter(plan), 'importKwh')),
    },
  ],
};

/** The scenario seed under which PV_METERS have rooftop PV (a test checks it). */
export const PV_SCENARIO_SEED = 1;

export const pvLesson: LessonDef = {
  id: 'pv-dip-evening-ramp',
  topic: 'energy',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const meterId = pickBySeed(seed, 'pv-meter', PV_METERS);
    const hour = intBySeed(seed, 'pv-hour', 11, 14);
    return {
      // Which homes have rooftop PV depends on the scenario's seed: this lesson keeps its default
      // seed (so the PV meters are PV meters) and varies the meter and hour by the student's.
      scenario: { city: LESSON_CITY, seed: PV_SCENARIO_SEED },
      params: { meter: meterId, hour: clockText(hour), hourIndex: hour },
      steps: [dataStep('meter', 'meter', meterId, 'kwh'), dataStep('load', 'load', 'class', 'demandKw')],
    };
  },
  questions: [
    {
      id: 'direction',
      kind: 'choice',
      options: ['importing', 'exporting'],
      sources: (plan) => ({ reads: reads(plan) }),
      answer(data, plan) {
        const net = valueAt(seriesOf(data.reads, meter(plan), 'kwh'), Date.parse(dayHour(Number(plan.params.hourIndex)))) ?? 0;
        return net < 0 ? 'exporting' : 'importing';
      },
    },
    {
      id: 'exported',
      kind: 'number',
      tolerance: 0.05,
      unit: 'kWh',
      sources: (plan) => ({ reads: reads(plan) }),
      answer: (data, plan) => sumOf(seriesOf(data.reads, meter(plan), 'exportKwh')),
    },
    residentialPeakQuestion('peakHour'),
  ],
};

export const meterGapsLesson: LessonDef = {
  id: 'meter-gaps',
  topic: 'energy',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const meterId = pickBySeed(seed, 'gap-meter', PLAIN_METERS);
    const missingStart = intBySeed(seed, 'gap-missing-start', 6, 10);
    const missingQuarters = intBySeed(seed, 'gap-missing-len', 4, 16);
    const estimatedStart = intBySeed(seed, 'gap-estimated-start', 14, 18);
    const estimatedQuarters = intBySeed(seed, 'gap-estimated-len', 2, 12);
    const at = (hour: number, quarters = 0) => new Date(Date.parse(dayHour(hour)) + quarters * 15 * MINUTE_MS).toISOString();
    return {
      scenario: {
        city: LESSON_CITY,
        seed,
        faults: [
          { kind: 'meter-missing', from: at(missingStart), to: at(missingStart, missingQuarters), meterId },
          { kind: 'meter-estimated', from: at(estimatedStart), to: at(estimatedStart, estimatedQuarters), meterId },
        ],
      },
      params: { meter: meterId },
      steps: [dataStep('explore', 'meter', meterId, 'kwh'), downloadStep()],
    };
  },
  questions: [
    {
      id: 'missing',
      kind: 'number',
      tolerance: 0,
      sources: (plan) => ({ reads: reads(plan) }),
      answer: (data, plan) => countOf(seriesOf(data.reads, meter(plan), 'quality'), 2),
    },
    {
      id: 'estimated',
      kind: 'number',
      tolerance: 0,
      sources: (plan) => ({ reads: reads(plan) }),
      answer: (data, plan) => countOf(seriesOf(data.reads, meter(plan), 'quality'), 1),
    },
  ],
};
