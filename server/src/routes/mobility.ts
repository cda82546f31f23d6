/** Mobility routes: network, segment and corridor flow, vehicles, signals, safety events and a BSM sample. */
import { engineRoutes } from './engine-route';

export const mobilityRoutes = engineRoutes({
  mobilityNetwork: 'network',
  mobilitySegments: 'segments',
  mobilityCorridorFlow: 'corridorFlow',
  mobilityVehicles: 'vehicles',
  mobilitySignals: 'signals',
  mobilityEvents: 'events',
  mobilityBsm: 'bsmSample',
});
