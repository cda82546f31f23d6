/**
 * The Lab's answers: one scenario's scorecard (cached by scenario key and window under the service's
 * memory budget: an engine thread's share of the work), and the whole comparison (plan → every run's
 * scorecard → differences, bands, verdicts). It reads the air service's hourly pipeline and the
 * mobility service's flow blocks, like the live service reads the air blocks, so a Lab run shares
 * the hours a page already computed.
 */
import type { AirService } from '../air/service';
import type { City } from '../city/schemas';
import type { BudgetCache, MemoryBudget } from '../common/memory-budget';
import type { MobilityService } from '../mobility/service';
import type { Simulations } from '../simulation/simulations';
import { composeLab } from './compare';
import { type LabPlan, labPlan } from './plan';
import { scenarioScorecard } from './scenario-scorecard';
import type { LabScenarioQuery, LabScorecard, LabScorecardQuery, ScenarioScorecard } from './schemas';

export class LabService {
  private readonly cards: BudgetCache<ScenarioScorecard>;

  constructor(
    private readonly simulations: Simulations,
    private readonly cities: ReadonlyMap<string, City>,
    private readonly air: AirService,
    private readonly mobility: MobilityService,
    memory: MemoryBudget,
  ) {
    this.cards = memory.jsonCache('lab-scorecards');
  }

  /** The runs of a comparison, validated (404 for an unknown city, 413 over the caps); builds nothing. */
  plan(q: LabScorecardQuery, nowMs: number): LabPlan {
    return labPlan(q, this.cities, nowMs);
  }

  /** One scenario's scorecard over a whole-hour window. */
  scenario(q: LabScenarioQuery): ScenarioScorecard {
    const { sim, key } = this.simulations.forQuery(q);
    return this.cards.getOrCompute(`${key}|${q.fromMs}|${q.toMs}`, () => {
      const scenario = sim.scenario;
      const withoutEv =
        sim.levers.evShare > 0 ? this.simulations.get({ ...scenario, levers: { ...scenario.levers, evShare: 0 } }).sim : undefined;
      const mobility = this.simulations.forQuery(q.mobility);
      const sources = { sim, key, mobility, withoutEv, airHours: this.air.hours, flowBlocks: this.mobility.flowBlocks };
      return scenarioScorecard(sources, q.fromMs, q.toMs);
    });
  }

  /** The whole comparison, every run on this thread (tests, mocks, ENGINE_WORKERS=0). */
  scorecard(q: LabScorecardQuery, nowMs: number): LabScorecard {
    const plan = this.plan(q, nowMs);
    return composeLab(
      plan,
      plan.runs.map((run) => this.scenario(run)),
    );
  }
}
