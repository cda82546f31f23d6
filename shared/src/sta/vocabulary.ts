/**
 * What each REST metric is as a SensorThings ObservedProperty and unit, and the three sensor kinds
 * behind the datastreams. Definitions point at DBpedia resources (the convention of the standard's
 * own examples); units are UCUM codes. Each metric keeps its REST name so a client can find the same
 * value in /api.
 */
import { MINUTE_MS } from '../common/time';
import type { SourceKind } from './model';

export interface MetricTerm {
  /** ObservedProperty id and name. */
  property: string;
  name: string;
  definition: string;
  unit: { name: string; symbol: string; definition: string };
  /** OM_CountObservation for counts, OM_Measurement otherwise. */
  count?: boolean;
}

const OM = 'http://www.opengis.net/def/observationType/OGC-OM/2.0/';
export const observationTypeOf = (term: MetricTerm) => `${OM}${term.count ? 'OM_CountObservation' : 'OM_Measurement'}`;

const DBPEDIA = 'http://dbpedia.org/resource/';
const ucum = (name: string, symbol: string, code: string) => ({ name, symbol, definition: `http://unitsofmeasure.org/ucum.html#${code}` });

/** REST metric → term, per source. */
export const METRICS: Record<SourceKind, Record<string, MetricTerm>> = {
  air: {
    pm25UgM3: {
      property: 'pm25',
      name: 'PM2.5',
      definition: `${DBPEDIA}Particulates`,
      unit: ucum('microgram per cubic metre', 'µg/m³', 'ug/m3'),
    },
    ozonePpb: { property: 'ozone', name: 'Ozone', definition: `${DBPEDIA}Ozone`, unit: ucum('part per billion', 'ppb', '[ppb]') },
    no2Ppb: {
      property: 'no2',
      name: 'Nitrogen dioxide',
      definition: `${DBPEDIA}Nitrogen_dioxide`,
      unit: ucum('part per billion', 'ppb', '[ppb]'),
    },
    temperatureC: {
      property: 'air-temperature',
      name: 'Air temperature',
      definition: `${DBPEDIA}Temperature`,
      unit: ucum('degree Celsius', '°C', 'Cel'),
    },
    relativeHumidityPct: {
      property: 'relative-humidity',
      name: 'Relative humidity',
      definition: `${DBPEDIA}Relative_humidity`,
      unit: ucum('percent', '%', '%'),
    },
    windSpeedMps: {
      property: 'wind-speed',
      name: 'Wind speed',
      definition: `${DBPEDIA}Wind_speed`,
      unit: ucum('metre per second', 'm/s', 'm/s'),
    },
    windDirectionDeg: {
      property: 'wind-direction',
      name: 'Wind direction',
      definition: `${DBPEDIA}Wind_direction`,
      unit: ucum('degree', '°', 'deg'),
    },
  },
  meters: {
    demandKw: {
      property: 'net-demand',
      name: 'Net electric demand',
      definition: `${DBPEDIA}Electric_power`,
      unit: ucum('kilowatt', 'kW', 'kW'),
    },
    importKw: {
      property: 'import-demand',
      name: 'Electric demand from the grid',
      definition: `${DBPEDIA}Electric_power`,
      unit: ucum('kilowatt', 'kW', 'kW'),
    },
    exportKw: {
      property: 'pv-export',
      name: 'Rooftop PV export to the grid',
      definition: `${DBPEDIA}Electric_power`,
      unit: ucum('kilowatt', 'kW', 'kW'),
    },
  },
  segments: {
    speedMps: {
      property: 'traffic-speed',
      name: 'Space-mean traffic speed',
      definition: `${DBPEDIA}Speed`,
      unit: ucum('metre per second', 'm/s', 'm/s'),
    },
    volume: {
      property: 'traffic-volume',
      name: 'Traffic volume',
      definition: `${DBPEDIA}Traffic_flow`,
      unit: ucum('vehicles', 'vehicles', '{vehicle}'),
      count: true,
    },
    travelTimeS: {
      property: 'travel-time',
      name: 'Segment travel time',
      definition: `${DBPEDIA}Travel_time`,
      unit: ucum('second', 's', 's'),
    },
  },
};

/** Observation spacing per source: the REST resolution the values are read at (1-minute air records, 15-minute meter intervals, 5-minute flow). */
export const STEP_MS: Record<SourceKind, number> = { air: MINUTE_MS, meters: 15 * MINUTE_MS, segments: 5 * MINUTE_MS };
export const REST_RESOLUTION: Record<SourceKind, '1m' | '15m' | '5m'> = { air: '1m', meters: '15m', segments: '5m' };
/** The REST route each source's values come from (a Sensor's metadata and a Datastream's properties say so). */
export const REST_ROUTE: Record<SourceKind, string> = {
  air: '/api/air/readings',
  meters: '/api/energy/summary',
  segments: '/api/mobility/segments',
};

export const SENSORS: Record<SourceKind, { id: string; name: string; description: string }> = {
  air: {
    id: 'village-green-bench',
    name: 'Village Green-style air bench',
    description:
      'A park bench carrying PM2.5, ozone, NO2 and weather sensors that report every minute, after the EPA Village Green Project (simulated).',
  },
  meters: {
    id: 'ami-interval-meters',
    name: 'Smart-meter interval reads, summed by district',
    description: '15-minute interval reads of the district’s simulated smart meters, summed and shown as mean kW per interval.',
  },
  segments: {
    id: 'connected-vehicle-probes',
    name: 'Connected-vehicle segment flow',
    description: 'Per-segment speed, volume and travel time from the simulated vehicles on the corridor, in 5-minute buckets.',
  },
};
