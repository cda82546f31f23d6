/**
 * The `Simulation` context's type: what every stream function of every domain receives. It lives
 * apart from its builder (create-simulation.ts) so that a domain's engine code can name it without
 * importing the builder that imports every domain.
 */
import type { AirModel } from '../air/model';
import type { City } from '../city/schemas';
import type { MeterPopulation } from '../energy/population';
import type { TrafficModel } from '../mobility/demand';
import type { Network } from '../mobility/network';
import type { SignalPlans } from '../mobility/signals';
import type { Fault, Scenario } from '../scenario/schemas';
import type { EpisodeWindow, WeatherCache } from '../weather/engine';

/** Levers with windows turned into UTC milliseconds. */
export interface SimLevers {
  evShare: number;
  evTimeOfUse: boolean;
  heatWave: EpisodeWindow | undefined;
  smoke: EpisodeWindow | undefined;
  inversion: EpisodeWindow | undefined;
  demandResponse: EpisodeWindow | undefined;
  signalRetiming: boolean;
  transitSignalPriority: boolean;
  connectedShare: number;
  bsmRateHz: number;
}

/** A scenario fault with its window in UTC milliseconds. */
export type SimFault = Fault & { fromMs: number; toMs: number };

export interface Simulation {
  city: City;
  scenario: Scenario;
  seed: number;
  timeZone: string;
  levers: SimLevers;
  faults: SimFault[];
  weather: WeatherCache;
  network: Network;
  signalPlans: SignalPlans;
  traffic: TrafficModel;
  air: AirModel;
  meters: MeterPopulation;
}
