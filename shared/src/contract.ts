/**
 * The API contract: each route paired with the schemas of its inputs and output. The server
 * registers routes from it, the web client builds typed fetchers from it and the mock handlers
 * answer from it, so none of the three can drift. Each domain keeps its own entries
 * (`<domain>/contract.ts`); this is their merge, in the order the API documents them.
 */
import { airRoutes } from './air/contract';
import { cityRoutes } from './city/contract';
import type { RouteContract } from './common/route-contract';
import { energyRoutes } from './energy/contract';
import { exportRoutes } from './export/contract';
import { labRoutes } from './lab/contract';
import { liveRoutes } from './live/contract';
import { mobilityRoutes } from './mobility/contract';
import { policyRoutes } from './policy/contract';
import { weatherRoutes } from './weather/contract';

export { CityParamsSchema } from './city/contract';
export * from './common/route-contract';

export const contract = {
  ...cityRoutes,
  ...weatherRoutes,
  ...policyRoutes,
  ...airRoutes,
  ...energyRoutes,
  ...mobilityRoutes,
  ...liveRoutes,
  ...labRoutes,
  ...exportRoutes,
} as const satisfies Record<string, RouteContract>;

export type Contract = typeof contract;
export type RouteName = keyof Contract;
