/**
 * The SensorThings 1.1 data model as this read-only service has it (OGC 18-088 §8.2): the entity
 * sets, each one's properties and navigation properties, and the shapes the catalogue and the
 * observation rows take inside the service.
 */
import { inTimeRange } from '../common/schemas';

export const ENTITY_SETS = [
  'Things',
  'Locations',
  'HistoricalLocations',
  'Sensors',
  'ObservedProperties',
  'Datastreams',
  'Observations',
  'FeaturesOfInterest',
] as const;
export type SetName = (typeof ENTITY_SETS)[number];
/** The sets held as a catalogue of entities; Observations are computed from the engine on demand. */
export type StoredSet = Exclude<SetName, 'Observations'>;

export interface Navigation {
  set: SetName;
  many: boolean;
}

const many = (set: SetName): Navigation => ({ set, many: true });
const one = (set: SetName): Navigation => ({ set, many: false });

/** Navigation properties per set (§8.2, the UML relations), with the set they lead to. */
export const NAVIGATION: Record<SetName, Record<string, Navigation>> = {
  Things: { Locations: many('Locations'), HistoricalLocations: many('HistoricalLocations'), Datastreams: many('Datastreams') },
  Locations: { Things: many('Things'), HistoricalLocations: many('HistoricalLocations') },
  HistoricalLocations: { Thing: one('Things'), Locations: many('Locations') },
  Sensors: { Datastreams: many('Datastreams') },
  ObservedProperties: { Datastreams: many('Datastreams') },
  Datastreams: {
    Thing: one('Things'),
    Sensor: one('Sensors'),
    ObservedProperty: one('ObservedProperties'),
    Observations: many('Observations'),
  },
  Observations: { Datastream: one('Datastreams'), FeatureOfInterest: one('FeaturesOfInterest') },
  FeaturesOfInterest: { Observations: many('Observations') },
};

/** Properties per set, in the order the standard lists them (the order of an answer's keys). */
export const PROPERTIES: Record<SetName, readonly string[]> = {
  Things: ['name', 'description', 'properties'],
  Locations: ['name', 'description', 'encodingType', 'location', 'properties'],
  HistoricalLocations: ['time'],
  Sensors: ['name', 'description', 'encodingType', 'metadata', 'properties'],
  ObservedProperties: ['name', 'definition', 'description', 'properties'],
  Datastreams: [
    'name',
    'description',
    'unitOfMeasurement',
    'observationType',
    'observedArea',
    'phenomenonTime',
    'resultTime',
    'properties',
  ],
  Observations: ['phenomenonTime', 'result', 'resultTime', 'resultQuality', 'validTime', 'parameters'],
  FeaturesOfInterest: ['name', 'description', 'encodingType', 'feature', 'properties'],
};

/** `id` (1.1) and `@iot.id` (1.0 spelling) both name an entity's id in $select, $orderby and $filter. */
export const ID_NAMES = new Set(['id', '@iot.id']);

/** An entity of a stored set: its id, its properties, and the ids its navigation properties lead to. */
export interface StoredEntity {
  id: string;
  props: Record<string, unknown>;
  links: Record<string, string | readonly string[]>;
}

/** Which REST answer a datastream's observations come from. */
export type SourceKind = 'air' | 'meters' | 'segments';

/** What the service needs to compute a datastream's observations (kept beside its entity). */
export interface DatastreamSource {
  id: string;
  kind: SourceKind;
  /** The station, district or segment id the REST API uses. */
  entityId: string;
  /** The REST API's metric name, e.g. `pm25UgM3`, `demandKw`, `speedMps`. */
  metric: string;
  /** Observation spacing (the REST resolution the values come from), ms. */
  stepMs: number;
  featureOfInterestId: string;
}

/** One computed observation: a datastream, the start of its interval, and the value the REST API gives there. */
export interface ObservationRow {
  source: DatastreamSource;
  timeMs: number;
  value: number;
}

/** Observation ids: `<datastream id>@<phenomenonTime>`, e.g. `air:linden-park-bench:pm25UgM3@2026-07-15T04:00:00.000Z`. */
export function observationId(row: ObservationRow): string {
  return `${row.source.id}@${new Date(row.timeMs).toISOString()}`;
}

export function parseObservationId(id: string): { datastreamId: string; timeMs: number } | undefined {
  const at = id.lastIndexOf('@');
  if (at < 1) return undefined;
  const timeMs = Date.parse(id.slice(at + 1));
  return inTimeRange(timeMs) ? { datastreamId: id.slice(0, at), timeMs } : undefined;
}
