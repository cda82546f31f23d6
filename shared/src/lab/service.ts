/**
 * The Lab's answers: one part of a comparison (parts.ts: a stream of one scenario over a stretch,
 * cached by its key under the service's memory budget: an engine thread's share of the work), one
 * scenario's scorecard, and the whole comparison (plan → every part once → each run's scorecard →
 * differences, bands, verdicts). It reads the air service's hourly pipeline and the mobility
 * service's flow blocks, like the live service reads the air blocks, so a Lab run shares the hours
 * a page already computed.
 */
import type { AirService } from '../air/service';
import type { City } from '../city/schemas';
import type { BudgetCache, MemoryBudget } from '../common/memory-budget';
import { notFound } from '../common/problem';
import type { MobilityService } from '../mobility/service';
import { scenarioFromQuery } from '../scenario/query';
import type { Simulations } from '../simulation/simulations';
import { composeLab } from './compare';
import { type LabPartQuery, PartList } from './parts';
import { type LabPlan, labPlan } from './plan';
import { type PartAnswers, runScorecard, runScorecards } from './scenario-scorecard';
import type { LabScenarioQuery, LabScorecard, LabScorecardQuery, ScenarioScorecard } from './schemas';
import { airFigures, airPart } from './scorecard-air';
import { energyStretch } from './scorecard-energy';
import { mobilityHours } from './scorecard-mobility';

export class LabService {
  private readonly answers: BudgetCache<PartAnswers[keyof PartAnswers]>;

  constructor(
    private readonly simulations: Simulations,
    private readonly cities: ReadonlyMap<string, City>,
    private readonly air: AirService,
    private readonly mobility: MobilityService,
    memory: MemoryBudget,
  ) {
    this.answers = memory.jsonCache('lab-parts');
  }

  /** The runs of a comparison and their parts, validated (404 for an unknown city, 413 over the caps); builds nothing. */
  plan(q: LabScorecardQuery, nowMs: number): LabPlan {
    return labPlan(q, this.cities, nowMs);
  }

  /** One part's answer (what an engine thread is asked for). */
  part(q: LabPartQuery): PartAnswers[keyof PartAnswers] {
    const { sim, key } = this.simulations.forQuery(q);
    return this.answers.getOrCompute(`${q.part}|${key}|${q.fromMs}|${q.toMs}`, () => {
      if (q.part === 'mobility') return mobilityHours(sim, key, this.mobility.flowBlocks, q.fromMs, q.toMs);
      if (q.part === 'air') return airPart(airFigures(sim, key, this.air.hours, q.fromMs, q.toMs));
      const scenario = sim.scenario;
      const withoutEv =
        sim.levers.evShare > 0 ? this.simulations.get({ ...scenario, levers: { ...scenario.levers, evShare: 0 } }).sim : undefined;
      return energyStretch(sim, withoutEv, q.fromMs, q.toMs);
    });
  }

  /** One scenario's scorecard over a whole-hour window, its parts computed here. */
  scenario(q: LabScenarioQuery): ScenarioScorecard {
    const scenario = scenarioFromQuery(q);
    const city = this.cities.get(scenario.city);
    if (!city) throw notFound(`Unknown city "${scenario.city}".`, 'city');
    const list = new PartList(city.timezone);
    const run = list.run(scenario, q.fromMs, q.toMs);
    const answers = list.parts.map((part) => this.part(part.query));
    return runScorecard(scenario, city.timezone, q.fromMs, q.toMs, run, answers);
  }

  /** The whole comparison, every part on this thread (tests, mocks, ENGINE_WORKERS=0). */
  scorecard(q: LabScorecardQuery, nowMs: number): LabScorecard {
    const plan = this.plan(q, nowMs);
    return composeLab(
      plan,
      runScorecards(
        plan,
        plan.parts.map((part) => this.part(part.query)),
      ),
    );
  }
}
