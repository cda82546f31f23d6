/**
 * A live frame as FIWARE Smart Data Models entities in NGSI-LD normalized form (decision 170): each
 * attribute `{ type: "Property", value, unitCode?, observedAt }`, so units travel as UN/CEFACT codes.
 * Stations → AirQualityObserved, corridor segments → TrafficFlowObserved, districts' metered load →
 * ACMeasurement (dataModel.Energy), connected vehicles → Vehicle. Signals and safety events have no
 * fitting model and stay plain JSON. A value the frame has as null (a sensor dropout, a segment no
 * vehicle crossed) is left out: NGSI-LD has no null attribute values.
 */
import {
  buildNetwork,
  type City,
  FLOW_WINDOW_MINUTES,
  HOUR_MS,
  INTERVAL_MS,
  MINUTE_MS,
  type StreamFrame,
  segmentRecords,
} from '@sandbox/shared';
import { type MqttMessage, topicLevel } from './json-messages';

/** The attribute-name vocabularies: the models' own contexts plus the NGSI-LD core. */
const CORE_CONTEXT = 'https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld';
const CONTEXT = {
  AirQualityObserved: 'https://raw.githubusercontent.com/smart-data-models/dataModel.Environment/master/context.jsonld',
  TrafficFlowObserved: 'https://raw.githubusercontent.com/smart-data-models/dataModel.Transportation/master/context.jsonld',
  Vehicle: 'https://raw.githubusercontent.com/smart-data-models/dataModel.Transportation/master/context.jsonld',
  ACMeasurement: 'https://raw.githubusercontent.com/smart-data-models/dataModel.Energy/master/context.jsonld',
} as const;
export type FiwareType = keyof typeof CONTEXT;

/** UN/CEFACT common codes of the units used. */
export const UNIT = { ugM3: 'GQ', ppb: '61', kmh: 'KMH', kw: 'KWT', kwh: 'KWH', degree: 'DD' } as const;

type Geometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'Polygon'; coordinates: number[][][] };

/** Where an entity is, and its name when it has one beyond its id. */
interface Place {
  name?: string;
  location: Geometry;
}

/** The places entities sit at, built once per city (segment centre lines need the road network). */
export interface FiwareGeography {
  stations: Map<string, Place>;
  segments: Map<string, Place>;
  districts: Map<string, Place>;
}

export function fiwareGeography(city: City): FiwareGeography {
  return {
    stations: new Map(city.stations.map((s) => [s.id, { name: s.name, location: { type: 'Point', coordinates: [...s.location] } }])),
    segments: new Map(
      segmentRecords(buildNetwork(city)).map((s) => [
        s.id,
        { name: s.id, location: { type: 'LineString', coordinates: s.path.map((p) => [...p]) } },
      ]),
    ),
    districts: new Map(
      city.districts.map((d) => [d.id, { name: d.name, location: { type: 'Polygon', coordinates: [d.polygon.map((p) => [...p])] } }]),
    ),
  };
}

const KMH_PER_MPS = 3.6;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** `urn:ngsi-ld:<Type>:<scope>:<id>`: unique per entity across every stream the server publishes. */
export const entityId = (type: FiwareType, scope: string, id: string) => `urn:ngsi-ld:${type}:${scope}:${id}`;

/**
 * The id scope of a published stream: the city for the city's unnamed stream (ids as they always
 * were), `<city>:<name>` for a stream given a `name=`. Two streams of one city publish the same
 * stations: a context broker keys entities by id, so with one scope the second stream would
 * overwrite the first.
 */
export function entityScope(city: string, streamName: string): string {
  return streamName === city ? city : `${city}:${streamName}`;
}

type Attributes = Record<string, { value: unknown; unitCode?: string } | undefined>;

/** Builds one entity: attributes with a null or undefined value are left out. */
function entity(
  type: FiwareType,
  id: string,
  observedAt: string,
  location: Geometry | undefined,
  attributes: Attributes,
): Record<string, unknown> {
  const out: Record<string, unknown> = { id, type };
  if (location) out.location = { type: 'GeoProperty', value: location };
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute === undefined || attribute.value === null || attribute.value === undefined) continue;
    out[name] = { type: 'Property', ...attribute, observedAt };
  }
  out['@context'] = [CONTEXT[type], CORE_CONTEXT];
  return out;
}

const text = (value: unknown) => ({ value });

/** `scope`: the stream's id scope (entityScope). */
export function fiwareMessages(frame: StreamFrame, root: string, scope: string, geo: FiwareGeography): MqttMessage[] {
  const { t } = frame;
  const out: MqttMessage[] = [];
  /** The entity of `type` for the Sandbox entity `key` at `place` (its name and location), on its topic. */
  const add = (type: FiwareType, key: string, place: Place | undefined, attributes: Attributes, state: boolean) => {
    const body = entity(type, entityId(type, scope, key), t, place?.location, {
      name: place?.name === undefined ? undefined : text(place.name),
      ...attributes,
    });
    out.push({ topic: `${root}/fiware/${type}/${topicLevel(key)}`, payload: JSON.stringify(body), state });
  };

  for (const s of frame.air?.stations ?? []) {
    const attributes: Attributes = {
      dateObserved: text(t),
      typeofLocation: text('outdoor'),
      pm25: { value: s.pm25UgM3, unitCode: UNIT.ugM3 },
      o3: { value: s.ozonePpb, unitCode: UNIT.ppb },
      // The NowCast AQI of the last complete hour (US EPA), and its category key.
      airQualityIndex: text(s.aqi),
      airQualityLevel: text(s.category),
    };
    add('AirQualityObserved', s.stationId, geo.stations.get(s.stationId), attributes, true);
  }

  if (frame.energy) {
    const { intervalStart } = frame.energy;
    const intervalEnd = new Date(Date.parse(intervalStart) + INTERVAL_MS).toISOString();
    const hours = INTERVAL_MS / HOUR_MS;
    for (const d of frame.energy.districts) {
      // The district's metered load, mean over the 15-minute interval; import and export as that interval's energy.
      const attributes: Attributes = {
        dateObserved: text(t),
        dateObservedFrom: text(intervalStart),
        dateObservedTo: text(intervalEnd),
        phaseType: text('threePhase'),
        totalActivePower: { value: d.demandKw, unitCode: UNIT.kw },
        totalActiveEnergyImport: { value: round(d.importKw * hours, 3), unitCode: UNIT.kwh },
        totalActiveEnergyExport: { value: round(d.exportKw * hours, 3), unitCode: UNIT.kwh },
      };
      add('ACMeasurement', d.districtId, geo.districts.get(d.districtId), attributes, true);
    }
  }

  const mobility = frame.mobility;
  if (!mobility) return out;
  const minute = Math.floor(Date.parse(t) / MINUTE_MS) * MINUTE_MS;
  const flowFrom = new Date(minute - FLOW_WINDOW_MINUTES * MINUTE_MS).toISOString();
  const flowTo = new Date(minute).toISOString();
  for (const s of mobility.segments) {
    const attributes: Attributes = {
      dateObserved: text(`${flowFrom}/${flowTo}`),
      dateObservedFrom: text(flowFrom),
      dateObservedTo: text(flowTo),
      intensity: text(s.volume),
      averageVehicleSpeed: { value: s.speedMps === null ? null : round(s.speedMps * KMH_PER_MPS, 2), unitCode: UNIT.kmh },
    };
    add('TrafficFlowObserved', s.segmentId, geo.segments.get(s.segmentId), attributes, true);
  }

  const v = mobility.vehicles;
  const TYPE = { car: 'car', truck: 'lorry', bus: 'bus' } as const;
  v.id.forEach((id, i) => {
    // Connected vehicles only: their position is what a roadside unit hears (BSMs); the rest are untracked.
    if (!v.connected[i]) return;
    const kind = v.kind[i] ?? 'car';
    const attributes: Attributes = {
      vehicleType: text(TYPE[kind]),
      category: text(kind === 'bus' ? ['public', 'tracked'] : ['tracked']),
      speed: { value: round((v.speedMps[i] ?? 0) * KMH_PER_MPS, 2), unitCode: UNIT.kmh },
      heading: { value: v.headingDeg[i], unitCode: UNIT.degree },
    };
    add('Vehicle', id, { location: { type: 'Point', coordinates: [v.lng[i] ?? 0, v.lat[i] ?? 0] } }, attributes, false);
  });
  return out;
}
