/**
 * The SensorThings entities of one city, built once from its city file and road network: a Thing,
 * Location and FeatureOfInterest per air bench, per district with smart meters (the REST API reads
 * meters as district load; single meters would be thousands of Things) and per corridor segment; a
 * Sensor per kind of source; an ObservedProperty per metric; a Datastream per Thing and metric.
 *
 * Ids are strings prefixed by kind (`air:linden-park-bench`, `meters:northland`,
 * `segment:high-st-nb-03`), so `Things('air:linden-park-bench')` reads as what it is.
 */
import type { City } from '../city/schemas';
import type { LngLat } from '../common/schemas';
import { MINUTE_MS } from '../common/time';
import type { Segment } from '../mobility/schemas';
import type { DatastreamSource, SourceKind, StoredEntity, StoredSet } from './model';
import { METRICS, observationTypeOf, REST_RESOLUTION, REST_ROUTE, SENSORS, STEP_MS } from './vocabulary';

export interface Catalogue {
  city: string;
  sets: Record<StoredSet, Map<string, StoredEntity>>;
  /** Per Datastream id: where its observations come from. */
  sources: Map<string, DatastreamSource>;
}

type Geometry =
  | { type: 'Point'; coordinates: LngLat }
  | { type: 'LineString'; coordinates: LngLat[] }
  | { type: 'Polygon'; coordinates: LngLat[][] };

interface Site {
  id: string;
  kind: SourceKind;
  entityId: string;
  name: string;
  description: string;
  geometry: Geometry;
  properties: Record<string, unknown>;
}

const DIRECTION = { nb: 'northbound', sb: 'southbound', eb: 'eastbound', wb: 'westbound' } as const;

function sites(city: City, segments: readonly Segment[]): Site[] {
  const corridorName = new Map(city.corridors.map((c) => [c.id, c.name]));
  const metered = new Set(city.meters.filter((group) => group.count > 0).map((group) => group.districtId));
  return [
    ...city.stations.map(
      (station): Site => ({
        id: `air:${station.id}`,
        kind: 'air',
        entityId: station.id,
        name: station.name,
        description: `Air-quality station ${station.name} (${station.siteType} site): PM2.5, ozone, NO2 and weather every minute.`,
        geometry: { type: 'Point', coordinates: station.location },
        properties: { stationId: station.id, siteType: station.siteType, districtId: station.districtId },
      }),
    ),
    ...city.districts
      .filter((district) => metered.has(district.id))
      .map(
        (district): Site => ({
          id: `meters:${district.id}`,
          kind: 'meters',
          entityId: district.id,
          name: `${district.name} smart meters`,
          description: `The smart meters of ${district.name}, their 15-minute load summed: net demand, import and rooftop PV export.`,
          geometry: { type: 'Polygon', coordinates: [district.polygon] },
          properties: {
            districtId: district.id,
            meters: city.meters.filter((g) => g.districtId === district.id).reduce((sum, g) => sum + g.count, 0),
          },
        }),
      ),
    ...segments.map(
      (segment): Site => ({
        id: `segment:${segment.id}`,
        kind: 'segments',
        entityId: segment.id,
        name: `${corridorName.get(segment.corridorId) ?? segment.corridorId} ${DIRECTION[segment.direction]}, segment ${segment.index + 1}`,
        description: `Corridor segment ${segment.id}, ${Math.round(segment.lengthM)} m: speed, volume and travel time of its traffic.`,
        geometry: { type: 'LineString', coordinates: segment.path },
        properties: {
          segmentId: segment.id,
          corridorId: segment.corridorId,
          direction: segment.direction,
          lengthM: segment.lengthM,
          speedLimitMps: segment.speedLimitMps,
        },
      }),
    ),
  ];
}

function emptySets(): Record<StoredSet, Map<string, StoredEntity>> {
  return {
    Things: new Map(),
    Locations: new Map(),
    HistoricalLocations: new Map(),
    Sensors: new Map(),
    ObservedProperties: new Map(),
    Datastreams: new Map(),
    FeaturesOfInterest: new Map(),
  };
}

/** Appends `id` to the list a navigation property holds. */
function link(entity: StoredEntity | undefined, nav: string, id: string): void {
  if (!entity) return;
  const list = (entity.links[nav] as string[] | undefined) ?? [];
  list.push(id);
  entity.links[nav] = list;
}

export function buildCatalogue(city: City, segments: readonly Segment[]): Catalogue {
  const sets = emptySets();
  const sources = new Map<string, DatastreamSource>();
  for (const kind of Object.keys(SENSORS) as SourceKind[]) {
    const sensor = SENSORS[kind];
    sets.Sensors.set(sensor.id, {
      id: sensor.id,
      props: {
        name: sensor.name,
        description: sensor.description,
        encodingType: 'text/html',
        metadata: REST_ROUTE[kind],
        properties: { simulated: true, restRoute: REST_ROUTE[kind] },
      },
      links: {},
    });
    for (const [metric, term] of Object.entries(METRICS[kind])) {
      if (sets.ObservedProperties.has(term.property)) continue;
      sets.ObservedProperties.set(term.property, {
        id: term.property,
        props: {
          name: term.name,
          definition: term.definition,
          description: `${term.name}, as the REST API's \`${metric}\`.`,
          properties: {},
        },
        links: {},
      });
    }
  }
  for (const site of sites(city, segments)) {
    sets.Things.set(site.id, {
      id: site.id,
      props: { name: site.name, description: site.description, properties: { ...site.properties, kind: site.kind } },
      links: { Locations: [site.id], HistoricalLocations: [], Datastreams: [] },
    });
    const place = { name: site.name, description: `Where ${site.name} is.`, encodingType: 'application/geo+json' };
    sets.Locations.set(site.id, {
      id: site.id,
      props: { ...place, location: site.geometry, properties: {} },
      links: { Things: [site.id], HistoricalLocations: [] },
    });
    sets.FeaturesOfInterest.set(site.id, { id: site.id, props: { ...place, feature: site.geometry, properties: {} }, links: {} });
    for (const [metric, term] of Object.entries(METRICS[site.kind])) {
      const id = `${site.id}:${metric}`;
      const sensorId = SENSORS[site.kind].id;
      sets.Datastreams.set(id, {
        id,
        props: {
          name: `${term.name} at ${site.name}`,
          description: `${term.name} at ${site.name}, one observation every ${STEP_MS[site.kind] / MINUTE_MS} min (phenomenonTime: interval start).`,
          unitOfMeasurement: term.unit,
          observationType: observationTypeOf(term),
          properties: {
            restRoute: REST_ROUTE[site.kind],
            restId: site.entityId,
            restMetric: metric,
            resolution: REST_RESOLUTION[site.kind],
          },
        },
        links: { Thing: site.id, Sensor: sensorId, ObservedProperty: term.property },
      });
      link(sets.Things.get(site.id), 'Datastreams', id);
      link(sets.Sensors.get(sensorId), 'Datastreams', id);
      link(sets.ObservedProperties.get(term.property), 'Datastreams', id);
      sources.set(id, { id, kind: site.kind, entityId: site.entityId, metric, stepMs: STEP_MS[site.kind], featureOfInterestId: site.id });
    }
  }
  return { city: city.id, sets, sources };
}
