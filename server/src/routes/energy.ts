/** Energy routes: the meter inventory, meter readings, and load by group. */
import { engineRoutes } from './engine-route';

export const energyRoutes = engineRoutes({ energyMeters: 'meters', energyReadings: 'meterReadings', energySummary: 'energySummary' });
