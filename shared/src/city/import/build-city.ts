/**
 * Builds a city (city.json and basemap.geojson) from the importer's input files, already read and
 * JSON-parsed (`undefined` for a file that is not there). Pure: the folder reading and the atomic
 * write live in tests/city/. Every problem is collected, each naming its file, feature and field;
 * a result is returned only when there is none and the city passes the server's own schemas.
 */
import type { LngLat } from '../../common/schemas';
import { type Basemap, type BasemapFeature, BasemapFeatureSchema, BasemapSchema } from '../basemap-schemas';
import { climateFromMonthly } from '../climate';
import { type City, CitySchema, type Corridor, type District, type MeterGroup, type Road, type Station } from '../schemas';
import { buildCorridors } from './build-corridors';
import { checkInBounds, insideRing } from './geometry-checks';
import {
  DistrictFeatureSchema,
  IMPORT_FILES,
  type ImportFile,
  type ImportSettings,
  ImportSettingsSchema,
  OPTIONAL_FILES,
  RoadFeatureSchema,
  StationFeatureSchema,
} from './input-schemas';
import { MAX_GROUP, metersFor } from './meters-rule';
import { named } from './named';
import { type ImportProblem, issuesToProblems, ProblemList } from './problems';

export type ImportInputs = Partial<Record<ImportFile, unknown>>;
export type ImportResult = { ok: true; city: City; basemap: Basemap } | { ok: false; problems: ImportProblem[] };

/** `unreadable`: files that are there but could not be read or parsed (the caller reports why). */
export function buildCity(inputs: ImportInputs, unreadable: ReadonlySet<ImportFile> = new Set()): ImportResult {
  const problems = new ProblemList();
  for (const kind of Object.keys(IMPORT_FILES) as ImportFile[]) {
    if (inputs[kind] === undefined && !OPTIONAL_FILES.includes(kind) && !unreadable.has(kind)) {
      problems.add({ file: IMPORT_FILES[kind], message: 'file not found; every city needs it (docs/add-your-own-city.md)' });
    }
  }
  const settings = inputs.settings === undefined ? undefined : problems.parse(ImportSettingsSchema, inputs.settings, IMPORT_FILES.settings);
  const bounds = settings?.bounds;
  if (settings) checkInBounds(problems, bounds, { file: IMPORT_FILES.settings }, [settings.center], () => 'center');

  const { districts, meters } = inputs.districts === undefined ? { districts: [], meters: [] } : buildDistricts(problems, inputs.districts);
  const stations = inputs.stations === undefined ? [] : buildStations(problems, inputs.stations, bounds, districts);
  const corridors = inputs.corridors === undefined ? [] : buildCorridors(problems, inputs.corridors, bounds);
  const roads = inputs.roads === undefined ? [] : buildRoads(problems, inputs.roads, bounds);
  const basemap = inputs.basemap === undefined ? drawnBasemap(roads, corridors) : userBasemap(problems, inputs.basemap);

  if (problems.items.length > 0 || !settings) return { ok: false, problems: problems.items };
  const city = assemble(settings, { districts, stations, roads, corridors, meters });
  // The same schemas the server loads a city with: a city the importer writes is one the server serves.
  const checkedCity = CitySchema.safeParse(city);
  const checkedBasemap = BasemapSchema.safeParse(basemap);
  const late = [
    ...(checkedCity.success ? [] : issuesToProblems('city.json (built)', checkedCity.error)),
    ...(checkedBasemap.success ? [] : issuesToProblems('basemap.geojson (built)', checkedBasemap.error)),
  ];
  if (!checkedCity.success || !checkedBasemap.success) return { ok: false, problems: late };
  return { ok: true, city: checkedCity.data, basemap: checkedBasemap.data };
}

function assemble(
  settings: ImportSettings,
  parts: { districts: District[]; stations: Station[]; roads: Road[]; corridors: Corridor[]; meters: MeterGroup[] },
): City {
  const { monthly, source, ...given } = settings.climate;
  const fitted = monthly && Object.keys(given).length < 4 ? climateFromMonthly(monthly) : {};
  const climate = { ...fitted, ...given, ...(monthly ? { monthly } : {}), source } as City['climate'];
  return {
    id: settings.id,
    name: settings.name,
    region: settings.region,
    timezone: settings.timezone,
    center: settings.center,
    bounds: settings.bounds,
    zoom: settings.zoom,
    climate,
    egridSubregion: settings.egridSubregion,
    ...parts,
    sources: settings.sources,
  };
}

function buildDistricts(problems: ProblemList, collection: unknown): { districts: District[]; meters: MeterGroup[] } {
  const file = IMPORT_FILES.districts;
  const features = problems.places('districts', collection, DistrictFeatureSchema);
  const meters: MeterGroup[] = [];
  const districts = features.map(({ index, feature: { properties: p, geometry } }) => {
    if (geometry.coordinates.length > 1) {
      problems.add({
        file,
        feature: index,
        field: 'geometry.coordinates.1',
        message: 'holes are not supported: draw a district as one ring',
      });
    }
    const { groups, feeders } = metersFor(p);
    for (const group of groups.filter((g) => g.count > MAX_GROUP)) {
      problems.add({
        file,
        feature: index,
        field: group.meterClass === 'residential' ? 'properties.households' : 'properties.jobs',
        message: `gives ${group.count} ${group.meterClass} meters; at most ${MAX_GROUP} a district and class: lower properties.meteredShare or split the district`,
      });
    }
    meters.push(...groups);
    return { ...named(p), polygon: geometry.coordinates[0] as LngLat[], households: p.households, jobs: p.jobs, feeders };
  });
  if (features.length > 0 && meters.length === 0) {
    problems.add({
      file,
      field: 'properties.households',
      message: 'no district has metered households or jobs: the city needs at least one meter',
    });
  }
  return { districts, meters };
}

function buildStations(
  problems: ProblemList,
  collection: unknown,
  bounds: ImportSettings['bounds'] | undefined,
  districts: District[],
): Station[] {
  const file = IMPORT_FILES.stations;
  const features = problems.places('stations', collection, StationFeatureSchema);
  return features.map(({ index, feature: { properties: p, geometry } }) => {
    const location = geometry.coordinates;
    checkInBounds(problems, bounds, { file, feature: index }, [location], () => 'geometry.coordinates');
    let districtId = p.districtId;
    if (districtId !== undefined && districts.length > 0 && !districts.some((d) => d.id === districtId)) {
      problems.add({ file, feature: index, field: 'properties.districtId', message: `unknown district "${districtId}"` });
    }
    if (districtId === undefined) {
      districtId = districts.find((d) => insideRing(d.polygon, location))?.id;
      if (districtId === undefined && districts.length > 0) {
        problems.add({
          file,
          feature: index,
          field: 'geometry.coordinates',
          message: `[${location.join(', ')}] lies in no district of districts.geojson; move it inside one or set properties.districtId`,
        });
      }
    }
    return { ...named(p), siteType: p.siteType, districtId: districtId ?? '', location };
  });
}

function buildRoads(problems: ProblemList, collection: unknown, bounds: ImportSettings['bounds'] | undefined): Road[] {
  const file = IMPORT_FILES.roads;
  const features = problems.places('roads', collection, RoadFeatureSchema);
  return features.map(({ index, feature: { properties: p, geometry } }) => {
    checkInBounds(problems, bounds, { file, feature: index }, geometry.coordinates, (k) => `geometry.coordinates.${k}`);
    return { ...named(p), kind: p.kind, aadt: p.aadt, truckShare: p.truckShare, path: geometry.coordinates, source: p.source };
  });
}

function userBasemap(problems: ProblemList, collection: unknown): Basemap {
  const file = IMPORT_FILES.basemap;
  const features = problems.features('basemap', collection, BasemapFeatureSchema);
  for (const { index, feature } of features) {
    if (feature.properties.kind === 'district') {
      problems.add({
        file,
        feature: index,
        field: 'properties.kind',
        message: 'district outlines come from districts.geojson; leave them out here',
      });
    }
  }
  return { type: 'FeatureCollection', features: features.map(({ feature }) => feature) };
}

/** Without a basemap file: the air-model roads as interstates and the corridors as streets. */
function drawnBasemap(roads: Road[], corridors: Corridor[]): Basemap {
  const line = (kind: 'interstate' | 'street', place: { name: string; nameKo?: string | undefined; path: LngLat[] }): BasemapFeature => ({
    type: 'Feature',
    properties: { kind, name: place.name, ...(place.nameKo ? { nameKo: place.nameKo } : {}) },
    geometry: { type: 'LineString', coordinates: place.path },
  });
  return {
    type: 'FeatureCollection',
    features: [...roads.map((road) => line('interstate', road)), ...corridors.map((corridor) => line('street', corridor))],
  };
}
