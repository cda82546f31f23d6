/** Contract entries: gridSMART-style smart meters: the meter list, interval reads, load summaries. */

import type { RouteContract } from '../common/route-contract';
import {
  EnergySummaryQuerySchema,
  EnergySummarySchema,
  MeterReadingsQuerySchema,
  MeterReadingsSchema,
  MetersQuerySchema,
  MetersSchema,
} from './api-schemas';

export const energyRoutes = {
  energyMeters: {
    method: 'GET',
    path: '/api/energy/meters',
    summary: 'The smart-meter inventory: class, district, feeder, rooftop PV, EV charger, electric heat.',
    tags: ['energy'],
    query: MetersQuerySchema,
    response: MetersSchema,
    example: { query: { city: 'columbus', district: 'northland', limit: 5 } },
  },
  energyReadings: {
    method: 'GET',
    path: '/api/energy/readings',
    summary: '15-minute interval energy of chosen meters (net, import, export, quality flag) as series.',
    tags: ['energy'],
    query: MeterReadingsQuerySchema,
    response: MeterReadingsSchema,
    example: { query: { city: 'columbus', meter: 'northland-res-00001', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z' } },
  },
  energySummary: {
    method: 'GET',
    path: '/api/energy/summary',
    summary: 'Load by district, feeder or meter class (net demand, import, PV export) with the peak demand of each group.',
    tags: ['energy'],
    query: EnergySummaryQuerySchema,
    response: EnergySummarySchema,
    example: { query: { city: 'columbus', groupBy: 'class', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z', resolution: '1h' } },
  },
} as const satisfies Record<string, RouteContract>;
