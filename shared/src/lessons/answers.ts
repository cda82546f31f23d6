/**
 * Computing a lesson's answers: each question's sources are fetched once (questions sharing a
 * request share its answer) through a `fetch` the caller provides — the server's goes through the
 * engine threads, the tests' through a TelemetryService — and read by the question's `answer`.
 */
import { contract } from '../contract';
import type { TelemetryService } from '../simulation/telemetry-service';
import type { AnswerValue, LessonDef, LessonPlan, LessonRoute, LessonSource } from './model';

/** The service method answering each engine route a lesson reads (the server's route tables agree). */
export const LESSON_ENGINE_METHODS = {
  airHourly: 'airHourly',
  airReadings: 'airReadings',
  energyReadings: 'meterReadings',
  energySummary: 'energySummary',
  mobilitySegments: 'segments',
} as const satisfies Record<Exclude<LessonRoute, 'policy'>, keyof TelemetryService>;

/** A source's query as its route validates it (what the engine method takes). */
export function parsedQuery(source: LessonSource): unknown {
  return contract[source.route].query.parse(source.query);
}

export type SourceFetch = (source: LessonSource) => Promise<unknown>;

/** The computed answers of `questionIds` for a student's plan. */
export async function lessonAnswers(
  lesson: LessonDef,
  plan: LessonPlan,
  questionIds: readonly string[],
  fetch: SourceFetch,
): Promise<Record<string, AnswerValue>> {
  const pending = new Map<string, Promise<unknown>>();
  const load = (source: LessonSource) => {
    const key = JSON.stringify(source);
    let answer = pending.get(key);
    if (!answer) {
      answer = fetch(source);
      pending.set(key, answer);
    }
    return answer;
  };
  const out: Record<string, AnswerValue> = {};
  for (const id of questionIds) {
    const question = lesson.questions.find((q) => q.id === id);
    if (!question) throw new Error(`unknown question "${id}" in lesson "${lesson.id}"`);
    const sources = question.sources(plan);
    const data: Record<string, unknown> = {};
    await Promise.all(Object.entries(sources).map(async ([name, source]) => (data[name] = await load(source))));
    out[id] = question.answer(data, plan);
  }
  return out;
}
