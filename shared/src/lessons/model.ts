/**
 * What a lesson is made of. A lesson never stores an answer: each question names the API answers it
 * needs (`sources`, the same routes and queries the pages and their CSV downloads use, for the
 * student's own scenario) and a pure function that reads the answer from them (`answer`). The server
 * fetches the sources through the engine threads and applies the function; tests do the same
 * through the TelemetryService, so a lesson's answer is by construction what the API shows.
 */
import type { ScenarioInput } from '../scenario/schemas';

/** Routes a question may read: engine routes (by contract key) and the policy context. */
export type LessonRoute = 'airHourly' | 'airReadings' | 'energyReadings' | 'energySummary' | 'mobilitySegments' | 'policy';

/** One API request: the route and its query as a URL would carry it (scenario parameters included). */
export interface LessonSource {
  route: LessonRoute;
  query: Readonly<Record<string, string>>;
}

export type QuestionKind = 'number' | 'choice' | 'pick';
export type AnswerValue = number | string;

/** The pages a step may open (the web's routes). */
export type LessonPage = '/' | '/air' | '/energy' | '/mobility' | '/policy' | '/data' | '/lab';

export interface LessonStep {
  /** Catalog key of the step's text: `lessons.<lessonId>.steps.<key>`. */
  key: string;
  page: LessonPage;
  /** The page's own parameters (station, stream, entity, metric, span) and the clock (`t`). */
  view: Readonly<Record<string, string>>;
}

/** What one student's copy of a lesson is: their scenario, the places it names, the steps. */
export interface LessonPlan {
  scenario: ScenarioInput;
  /** Values the texts interpolate (`{{station}}`, `{{hour}}`, …): never an answer. */
  params: Readonly<Record<string, string | number>>;
  steps: readonly LessonStep[];
}

export interface QuestionDef {
  /** Unique within the lesson; texts at `lessons.<lessonId>.questions.<id>`. */
  id: string;
  kind: QuestionKind;
  /** number: the largest accepted absolute difference, in `unit`. */
  tolerance?: number;
  unit?: string;
  /** choice: option keys (texts at `…questions.<id>.options.<key>`); pick: entity ids. */
  options?: readonly string[];
  sources(plan: LessonPlan): Readonly<Record<string, LessonSource>>;
  /** The answer, read from the sources' API answers (parsed JSON, by source name). */
  answer(data: Readonly<Record<string, unknown>>, plan: LessonPlan): AnswerValue;
}

export type LessonTopic = 'air' | 'energy' | 'mobility' | 'policy';

export interface LessonDef {
  id: string;
  topic: LessonTopic;
  /** The seed without a class code (and the one the texts were written against). */
  defaultSeed: number;
  plan(seed: number): LessonPlan;
  questions: readonly QuestionDef[];
}
