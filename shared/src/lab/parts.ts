/**
 * A comparison's work as parts: each figure group of a scenario comes from one stream, and a stream
 * depends on fewer inputs than the whole scenario, so the parts of a comparison are listed once per
 * distinct (stream, inputs, stretch) and every scenario that needs one reads the same answer:
 * - `mobility`, one per weekday peak period, from the scenario's mobility scenario (its seed and the
 *   levers a trip reads): an EV-share, weather or demand-response variant shares its baseline's;
 * - `energy`, one per day, from its energy scenario (everything but the levers of the streets): a
 *   signal-retiming variant shares its baseline's meters;
 * - `air`, one for the window, from the whole scenario (traffic, EVs and weather all reach it).
 * A different seed shares nothing. Parts are small and many (a week of four scenarios is ~60), so
 * the server spreads them over its engine threads by their expected cost (`assignLanes`).
 */
import { z } from 'zod';
import { DAY_MS, HOUR_MS } from '../common/time';
import { type ScenarioQuery, scenarioKey, scenarioQueryShape, scenarioToQuery } from '../scenario/query';
import { type Scenario, ScenarioSchema } from '../scenario/schemas';
import { hourSpansOf, peakHours } from './peak-hours';

export type LabPartKind = 'air' | 'energy' | 'mobility';

/** One part as an engine thread is asked for it: the stream's scenario fields and a whole-hour stretch. */
export type LabPartQuery = Partial<ScenarioQuery> & {
  part: LabPartKind;
  fromMs: number;
  toMs: number;
  /** The engine thread to answer it (the server's choice, `assignLanes`); absent, the scenario's. */
  lane?: number;
};

export interface LabPart {
  /** The part's identity: its kind, its stream's scenario key and its stretch. */
  key: string;
  query: LabPartQuery;
  /** Expected cost, in about milliseconds of one core (measured on Columbus; only the ratios matter). */
  cost: number;
  /** What a thread builds once before its first part of this kind and scenario (the simulation, its meters), and its cost. */
  setup: { key: string; cost: number };
}

/** Where a run's figures come from: indices into the comparison's parts. */
export interface RunParts {
  air: number;
  /** The window's days, in order. */
  energy: number[];
  /** Its weekday peak periods, in order. */
  mobility: number[];
}

const ScenarioQueryObject = z.object(scenarioQueryShape);

/** The parameters of a scenario as a route's validated query reads them. */
export function queryFields(scenario: Scenario): Partial<ScenarioQuery> {
  return ScenarioQueryObject.parse(scenarioToQuery(scenario));
}

/**
 * What the corridor traffic depends on: the city, the seed and the levers the mobility engine reads
 * (signal retiming, transit signal priority, the connected share that decides which cars report).
 * EV share only marks cars electric, and weather episodes, demand response and sensor or meter
 * faults never reach a trip (scorecard.test.ts checks that they leave the flow and events unchanged).
 */
export function mobilityScenario(scenario: Scenario): Scenario {
  const { signalRetiming, transitSignalPriority, connectedShare } = scenario.levers;
  return ScenarioSchema.parse({
    city: scenario.city,
    seed: scenario.seed,
    levers: { signalRetiming, transitSignalPriority, connectedShare },
  });
}

/**
 * What the meters depend on: the scenario without the levers of the streets (signal retiming,
 * transit signal priority, the connected fleet and its message rate), which no meter reads
 * (scorecard.test.ts checks that they leave the city load unchanged).
 */
export function energyScenario(scenario: Scenario): Scenario {
  const { signalRetiming, transitSignalPriority, connectedShare, bsmRateHz, ...levers } = scenario.levers;
  return ScenarioSchema.parse({ city: scenario.city, seed: scenario.seed, levers, faults: scenario.faults });
}

/**
 * Cost model of `LabPart.cost` (ms of one core on Columbus): a peak hour of flow, a peak period's
 * warm-up, an hour of meters, an hour of air; a simulation, its meters (twice with EVs: the same
 * scenario without chargers is built too).
 */
const COST = { flowHour: 65, flowWarmUp: 30, meterHour: 8, airHour: 0.6, simulation: 10, meters: 60 };

/** The window's stretches of at most a day, from its start. */
function days(fromMs: number, toMs: number): { fromMs: number; toMs: number }[] {
  const out: { fromMs: number; toMs: number }[] = [];
  for (let t = fromMs; t < toMs; t += DAY_MS) out.push({ fromMs: t, toMs: Math.min(toMs, t + DAY_MS) });
  return out;
}

/** Lists parts once each (by key) while giving each run the indices of its own. */
export class PartList {
  readonly parts: LabPart[] = [];
  private readonly index = new Map<string, number>();
  /** Keys of the streams' scenarios, by the scenario's own key (each is parsed once). */
  private readonly streams = new Map<string, { key: string; fields: Partial<ScenarioQuery> }>();

  constructor(private readonly timeZone: string) {}

  /** The parts of one scenario's figures over the whole-hour window `[fromMs, toMs)`. */
  run(scenario: Scenario, fromMs: number, toMs: number): RunParts {
    const hours = (span: { fromMs: number; toMs: number }) => (span.toMs - span.fromMs) / HOUR_MS;
    return {
      air: this.add('air', scenario, { fromMs, toMs }, COST.airHour * hours({ fromMs, toMs })),
      energy: days(fromMs, toMs).map((day) => this.add('energy', energyScenario(scenario), day, COST.meterHour * hours(day))),
      mobility: hourSpansOf(peakHours(this.timeZone, fromMs, toMs)).map((span) =>
        this.add('mobility', mobilityScenario(scenario), span, COST.flowWarmUp + COST.flowHour * hours(span)),
      ),
    };
  }

  private add(part: LabPartKind, scenario: Scenario, stretch: { fromMs: number; toMs: number }, cost: number): number {
    const own = scenarioKey(scenario);
    let stream = this.streams.get(own);
    if (!stream) {
      stream = { key: own, fields: queryFields(scenario) };
      this.streams.set(own, stream);
    }
    const key = `${part}|${stream.key}|${stretch.fromMs}|${stretch.toMs}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const meters = part === 'energy' ? COST.meters * (scenario.levers.evShare > 0 ? 2 : 1) : 0;
    const setup = { key: `${part === 'energy' ? 'meters' : 'simulation'}|${stream.key}`, cost: COST.simulation + meters };
    this.parts.push({ key, query: { ...stream.fields, part, fromMs: stretch.fromMs, toMs: stretch.toMs }, cost, setup });
    this.index.set(key, this.parts.length - 1);
    return this.parts.length - 1;
  }
}

/**
 * An engine thread (lane) for each part: a part a lane answered before goes back to it (its answer
 * or its hour blocks are in that thread's caches: `laneOf`), the others longest first to the lane
 * that would finish it first, counting the setup (simulation, meters) a lane has not done yet for
 * that scenario, so both cores work until a cold comparison is done and build little twice.
 */
export function assignLanes(parts: readonly LabPart[], lanes: number, laneOf: (key: string) => number | undefined): number[] {
  const load = new Array<number>(Math.max(1, lanes)).fill(0);
  const setUp = load.map(() => new Set<string>());
  const out = new Array<number>(parts.length).fill(0);
  const order = parts.map((_, i) => i).sort((a, b) => (parts[b] as LabPart).cost - (parts[a] as LabPart).cost || a - b);
  const finish = (part: LabPart, lane: number) =>
    (load[lane] as number) + part.cost + ((setUp[lane] as Set<string>).has(part.setup.key) ? 0 : part.setup.cost);
  for (const i of order) {
    const part = parts[i] as LabPart;
    const known = laneOf(part.key);
    const again = known !== undefined && known < load.length;
    let lane = again ? known : 0;
    if (!again) for (let l = 1; l < load.length; l++) if (finish(part, l) < finish(part, lane)) lane = l;
    out[i] = lane;
    // A part answered before costs a lookup.
    load[lane] = again ? (load[lane] as number) + 1 : finish(part, lane);
    if (!again) (setUp[lane] as Set<string>).add(part.setup.key);
  }
  return out;
}
