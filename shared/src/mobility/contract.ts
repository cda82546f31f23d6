/** Contract entries: The connected-vehicle environment: network, flow, vehicles, signals, events, BSMs. */

import type { RouteContract } from '../common/route-contract';
import {
  BsmSampleQuerySchema,
  BsmSampleSchema,
  CityQuerySchema,
  CorridorFlowQuerySchema,
  CorridorFlowSchema,
  EventsQuerySchema,
  EventsSchema,
  InstantQuerySchema,
  NetworkSchema,
  SegmentFlowQuerySchema,
  SegmentFlowSeriesSchema,
  SignalsSchema,
  VehiclesSchema,
} from './api-schemas';

export const mobilityRoutes = {
  mobilityNetwork: {
    method: 'GET',
    path: '/api/mobility/network',
    summary: 'The directional road segments between signals on the connected-vehicle corridors, with their centre lines.',
    tags: ['mobility'],
    query: CityQuerySchema,
    response: NetworkSchema,
    example: { query: { city: 'columbus' } },
  },
  mobilitySegments: {
    method: 'GET',
    path: '/api/mobility/segments',
    summary: 'Per-segment traffic flow (speed, volume, travel time, stops) as series.',
    tags: ['mobility'],
    query: SegmentFlowQuerySchema,
    response: SegmentFlowSeriesSchema,
    example: {
      query: { city: 'columbus', corridor: 'high-st', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z', resolution: '15m' },
    },
  },
  mobilityCorridorFlow: {
    method: 'GET',
    path: '/api/mobility/corridor-flow',
    summary:
      'Per corridor and direction: end-to-end travel time, space-mean speed and volume as series, with each direction’s length, speed limit and free-flow travel time.',
    tags: ['mobility'],
    query: CorridorFlowQuerySchema,
    response: CorridorFlowSchema,
    example: {
      query: { city: 'columbus', corridor: 'high-st', from: '2026-07-15T14:00:00Z', to: '2026-07-15T20:00:00Z', resolution: '5m' },
    },
  },
  mobilityVehicles: {
    method: 'GET',
    path: '/api/mobility/vehicles',
    summary: 'Every vehicle on the corridors at an instant, as GeoJSON points.',
    tags: ['mobility'],
    query: InstantQuerySchema,
    response: VehiclesSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T21:30:00Z', corridor: 'morse-rd' } },
  },
  mobilitySignals: {
    method: 'GET',
    path: '/api/mobility/signals',
    summary: 'Signal phase and timing (SPaT-like) of every signalized intersection at an instant.',
    tags: ['mobility'],
    query: InstantQuerySchema,
    response: SignalsSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T21:30:00Z', corridor: 'high-st' } },
  },
  mobilityEvents: {
    method: 'GET',
    path: '/api/mobility/events',
    summary: 'Safety events (hard braking, red-light-violation warnings) in a window.',
    tags: ['mobility'],
    query: EventsQuerySchema,
    response: EventsSchema,
    example: { query: { city: 'columbus', from: '2026-07-15T04:00:00Z', to: '2026-07-16T04:00:00Z', limit: 20 } },
  },
  mobilityBsm: {
    method: 'GET',
    path: '/api/mobility/bsm',
    summary:
      'A sample of Basic Safety Messages (SAE J2735 BSM Part I field names and integer units) from one broadcast round at an instant, with the corridor of each sender.',
    tags: ['mobility'],
    query: BsmSampleQuerySchema,
    response: BsmSampleSchema,
    example: { query: { city: 'columbus', at: '2026-07-15T21:30:00Z', corridor: 'high-st', limit: 5 } },
  },
} as const satisfies Record<string, RouteContract>;
