/** A room as a facilitator configures one (rooms tests in shared, server and web): two teams, an evening window in July. */
import { type RoomConfig, type RoomCreate, RoomCreateSchema } from '../rooms/schemas';

type Overrides = Partial<Record<keyof RoomConfig, unknown>>;

/** The body a client posts to open the room (`city`: columbus, or the test city in server tests). */
export function roomInput(overrides: Overrides = {}, city = 'columbus'): RoomCreate {
  return {
    name: 'Evening peak',
    scenario: { city, levers: { evShare: 0.6, heatWave: { from: '2026-07-14T04:00:00Z', to: '2026-07-17T04:00:00Z' } } },
    window: { from: '2026-07-15T20:00:00Z', to: '2026-07-16T02:00:00Z' },
    levers: [{ id: 'evShare', min: 0.2, max: 0.5 }, { id: 'evTimeOfUse' }, { id: 'demandResponse', max: 0.6 }],
    objective: { kpi: 'peakLoad', guards: ['pm25Exposure'] },
    rounds: 2,
    teams: ['Red', 'Blue'],
    ...overrides,
  } as RoomCreate;
}

export function roomConfig(overrides: Overrides = {}, city = 'columbus'): RoomConfig {
  return RoomCreateSchema.parse(roomInput(overrides, city));
}
