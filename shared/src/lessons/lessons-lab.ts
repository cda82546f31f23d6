/**
 * The Lab lesson: does a higher EV share lower PM2.5 exposure by more than the seed-to-seed noise?
 * The student reads the Lab's comparison of their own scenario with an EV-share variant over five
 * seeds: the difference at their seed, how much it varies between seeds, and the verdict.
 */
import type { KpiComparison } from '../lab/schemas';
import { DAY, dayHour, LESSON_CITY, source } from './columbus';
import type { LessonDef, LessonPlan } from './model';
import { roundTo } from './read';
import { intBySeed } from './seeds';

/** Seeds of the comparison: the Lab's default, enough for a range and cheap for one day. */
const SEEDS = 5;
const FIGURE = 'pm25Exposure';

/** The variant as the Lab's `v1` writes it: the student's scenario with the lesson's EV share. */
const variant = (plan: LessonPlan) => String(plan.params.variantQuery);
const comparison = (plan: LessonPlan) => ({
  lab: source('labScorecard', plan.scenario, { ...DAY, seeds: String(SEEDS), v1: variant(plan) }),
});

/** The PM2.5 exposure row of the first variant, with its band over the seeds. */
function exposure(data: unknown): KpiComparison & { band: NonNullable<KpiComparison['band']>; diff: number } {
  const kpi = (data as { comparisons: { kpis: KpiComparison[] }[] }).comparisons[0]?.kpis.find((k) => k.id === FIGURE);
  if (!kpi?.band || kpi.diff === null || !kpi.verdict) throw new Error(`no ${FIGURE} band in the Lab answer`);
  return { ...kpi, band: kpi.band, diff: kpi.diff };
}

export const evNoiseLesson: LessonDef = {
  id: 'ev-share-noise',
  topic: 'air',
  defaultSeed: 1,
  plan(seed): LessonPlan {
    const share = intBySeed(seed, 'ev-share', 3, 6) * 10;
    const variantQuery = `seed=${seed}&evShare=${share / 100}`;
    return {
      scenario: { city: LESSON_CITY, seed },
      params: { share: `${share}%`, seeds: SEEDS, variantQuery },
      steps: [
        {
          key: 'lab',
          page: '/lab',
          view: { v1: variantQuery, labDays: '1', labSeeds: String(SEEDS), labFigure: FIGURE, labMetric: 'pm25', t: dayHour(16) },
        },
      ],
    };
  },
  questions: [
    {
      id: 'change',
      kind: 'number',
      tolerance: 0.1,
      unit: 'µg/m³',
      sources: comparison,
      answer: (data) => roundTo(exposure(data.lab).diff, 2),
    },
    {
      id: 'spread',
      kind: 'number',
      tolerance: 0.02,
      unit: 'µg/m³',
      sources: comparison,
      answer: (data) => {
        const { band } = exposure(data.lab);
        return roundTo(band.max - band.min, 2);
      },
    },
    {
      id: 'verdict',
      kind: 'choice',
      options: ['effect', 'noise'],
      sources: comparison,
      answer: (data) => exposure(data.lab).verdict as string,
    },
  ],
};
