/** Air routes: station readings as chart-ready series, the AQI now, hour by hour and day by day. */
import { engineRoutes } from './engine-route';

export const airRoutes = engineRoutes({ airReadings: 'airReadings', airAqi: 'airAqi', airHourly: 'airHourly', airDaily: 'airDaily' });
