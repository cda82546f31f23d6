/** Every figure of the fidelity report, by area, in report order. */
import type { FidelityStatistic } from '../context';
import { AIR_FIGURES } from './air';
import { ENERGY_FIGURES } from './energy';
import { MOBILITY_FIGURES } from './mobility';
import { WEATHER_FIGURES } from './weather';

export const FIGURES: FidelityStatistic[] = [...AIR_FIGURES, ...WEATHER_FIGURES, ...ENERGY_FIGURES, ...MOBILITY_FIGURES];
