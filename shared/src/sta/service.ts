/**
 * Answers one read of the SensorThings API 1.1 (Sensing Core and the query options of the
 * Filtering Extension): the service root, a collection, an entity, a property, `$value` or `$ref`,
 * with `$filter`, `$count`, `$orderby`, `$skip`/`$top` (paged by `@iot.nextLink`), `$select` and
 * a one-level `$expand`. Pure: the catalogue and the engine methods come in as arguments.
 */
import { scenarioQueryShape } from '../scenario/query';
import type { Catalogue } from './catalogue';
import { narrowSources } from './datastream-pins';
import { QueryOptionError } from './filter-lexer';
import {
  type DatastreamSource,
  ENTITY_SETS,
  NAVIGATION,
  type ObservationRow,
  type SetName,
  type StoredEntity,
  type StoredSet,
} from './model';
import { observationWindow, readObservations, type StaBackend } from './observations';
import { type ExpandItem, optionsOf, type QueryOptions, type StaQuery } from './options';
import { entityPath, type Json, type LinkBase, observationJson, selectable, storedJson } from './render';
import { hourAround, resolvePath, type Target } from './resource-path';
import { entityResolver, observationResolver, type Page, pageOf } from './rows';

export const CONFORMANCE = [
  'http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel',
  'http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities',
  'http://www.opengis.net/spec/iot_sensing/1.1/req/request-data',
];

export interface StaRequest {
  /** The path after the service root, e.g. `/Things('air:x')/Datastreams` ('' for the root). */
  path: string;
  query: StaQuery;
  /** The query string as sent, in order (links repeat its scenario and, for the next page, its options). */
  rawQuery: readonly [string, string][];
  /** Absolute service root, e.g. `http://localhost:5173/sta/v1.1`. */
  root: string;
  nowMs: number;
}

export type StaAnswer = { kind: 'json'; body: Json } | { kind: 'text'; body: string };

const SCENARIO_KEYS = new Set(Object.keys(scenarioQueryShape));

const queryString = (params: readonly [string, string][]) =>
  params.length === 0 ? '' : `?${params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;

interface Context {
  catalogue: Catalogue;
  backend: StaBackend;
  request: StaRequest;
  base: LinkBase;
  scenario: StaQuery;
}

function checkSelect(set: SetName, options: QueryOptions, option = '$select'): void {
  const allowed = selectable(set);
  const wrong = options.select?.find((name) => !allowed.has(name));
  if (wrong) throw new QueryOptionError(option, `${set} have no property "${wrong}" to select; they have ${[...allowed].join(', ')}`);
}

/** The datastream sources whose observations belong to a Datastream or a FeatureOfInterest. */
function sourcesOf(catalogue: Catalogue, set: SetName, entity: StoredEntity): DatastreamSource[] {
  if (set === 'Datastreams') return [catalogue.sources.get(entity.id)].filter((s): s is DatastreamSource => s !== undefined);
  return [...catalogue.sources.values()].filter((s) => s.featureOfInterestId === entity.id);
}

/** A collection answer: `@iot.count` when asked, `@iot.nextLink` when there is more, then `value` (or, expanded, `<Nav>@iot.count`, … and `<Nav>`). */
function collectionJson(value: Json[], count: number | undefined, next: string | undefined, prefix = ''): Json {
  return {
    ...(count === undefined ? {} : { [`${prefix}@iot.count`]: count }),
    ...(next === undefined ? {} : { [`${prefix}@iot.nextLink`]: next }),
    [prefix || 'value']: value,
  };
}

function pageJson<Row>(
  page: Page<Row>,
  render: (row: Row, index: number) => Json,
  count: boolean,
  next: (skip: number) => string,
  prefix = '',
): Json {
  const link = page.nextSkip === undefined ? undefined : next(page.nextSkip);
  return collectionJson(page.rows.map(render), count ? page.count : undefined, link, prefix);
}

async function expandObservations(
  ctx: Context,
  set: SetName,
  parents: StoredEntity[],
  item: ExpandItem,
): Promise<Map<string, ObservationRow[]>> {
  const perParent = parents.map((parent) => sourcesOf(ctx.catalogue, set, parent));
  // Only the Datastreams the expansion's `$filter` can match are read and budgeted.
  const all = narrowSources(item.options.filter, [...new Set(perParent.flat())]);
  const window = observationWindow(item.options.filter, all, ctx.request.nowMs);
  const rows = await readObservations(ctx.backend, all, ctx.scenario, window);
  const bySource = new Map<string, ObservationRow[]>();
  for (const row of rows) bySource.set(row.source.id, [...(bySource.get(row.source.id) ?? []), row]);
  return new Map(parents.map((parent, i) => [parent.id, (perParent[i] ?? []).flatMap((s) => bySource.get(s.id) ?? [])]));
}

/** Adds each `$expand` item to the rendered parents (one level: the expanded entities carry links, not expansions). */
async function expand(ctx: Context, set: SetName, parents: StoredEntity[], rendered: Json[], items: ExpandItem[]): Promise<void> {
  for (const item of items) {
    const navigation = NAVIGATION[set][item.nav];
    if (!navigation) {
      throw new QueryOptionError(
        '$expand',
        `${set} have no navigation property "${item.nav}"; they have ${Object.keys(NAVIGATION[set]).join(', ')}`,
      );
    }
    checkSelect(navigation.set, item.options, '$expand');
    const observations = navigation.set === 'Observations' ? await expandObservations(ctx, set, parents, item) : undefined;
    parents.forEach((parent, i) => {
      const json = rendered[i] as Json;
      const links = parent.links[item.nav];
      if (!navigation.many) {
        const target = typeof links === 'string' ? ctx.catalogue.sets[navigation.set as StoredSet].get(links) : undefined;
        json[item.nav] = target ? storedJson(ctx.base, navigation.set, target, item.options.select) : null;
        return;
      }
      const next = (skip: number) =>
        `${ctx.base.root}/${entityPath(set, parent.id)}/${item.nav}${queryString([
          ...scenarioParams(ctx),
          ...Object.entries(item.raw).filter(([key]) => key !== '$skip'),
          ['$skip', String(skip)],
        ])}`;
      const list = <Row>(page: Page<Row>, render: (row: Row) => Json) =>
        Object.assign(json, pageJson(page, render, item.options.count, next, item.nav));
      if (observations) {
        const page = pageOf(observations.get(parent.id) ?? [], item.options, (o) => observationResolver(ctx.catalogue, o));
        list(page, (row: ObservationRow) => observationJson(ctx.base, row, item.options.select));
        return;
      }
      const stored = ctx.catalogue.sets[navigation.set as StoredSet];
      const entities = (typeof links === 'string' ? [links] : (links ?? [])).map((id) => stored.get(id)).filter((e) => e !== undefined);
      const page = pageOf(entities, item.options, (o) => entityResolver(ctx.catalogue, navigation.set as StoredSet, o));
      list(page, (e: StoredEntity) => storedJson(ctx.base, navigation.set, e, item.options.select));
    });
  }
}

const scenarioParams = (ctx: Context) => ctx.request.rawQuery.filter(([key]) => SCENARIO_KEYS.has(key));

/** The request's own link with the next page's `$skip` (and its `$top`, so a clamped page size stays put). */
function nextLink(ctx: Context, top: number) {
  return (nextSkip: number) => {
    const kept = ctx.request.rawQuery.filter(([key]) => key !== '$skip' && key !== '$top');
    return `${ctx.base.root}${ctx.request.path}${queryString([...kept, ['$top', String(top)], ['$skip', String(nextSkip)]])}`;
  };
}

async function renderStored(ctx: Context, set: StoredSet, entities: StoredEntity[], options: QueryOptions): Promise<Json[]> {
  checkSelect(set, options);
  const rendered = entities.map((e) => storedJson(ctx.base, set, e, options.select));
  await expand(ctx, set, entities, rendered, options.expand);
  return rendered;
}

function observationParent(ctx: Context, row: ObservationRow, options: QueryOptions): Json {
  const json = observationJson(ctx.base, row, options.select);
  for (const item of options.expand) {
    const nav = NAVIGATION.Observations[item.nav];
    if (!nav)
      throw new QueryOptionError(
        '$expand',
        `Observations have no navigation property "${item.nav}"; they have Datastream, FeatureOfInterest`,
      );
    checkSelect(nav.set, item.options, '$expand');
    const id = item.nav === 'Datastream' ? row.source.id : row.source.featureOfInterestId;
    const target = ctx.catalogue.sets[nav.set as StoredSet].get(id);
    json[item.nav] = target ? storedJson(ctx.base, nav.set, target, item.options.select) : null;
  }
  return json;
}

async function answerTarget(ctx: Context, target: Target, options: QueryOptions): Promise<Json> {
  switch (target.kind) {
    case 'entity':
      return (await renderStored(ctx, target.set, [target.entity], options))[0] as Json;
    case 'observation':
      checkSelect('Observations', options);
      return observationParent(ctx, target.row, options);
    case 'collection': {
      const page = pageOf(target.entities, options, (o) => entityResolver(ctx.catalogue, target.set, o));
      const rendered = await renderStored(ctx, target.set, page.rows, options);
      return pageJson(page, (_, index) => rendered[index] as Json, options.count, nextLink(ctx, page.top));
    }
    case 'observations': {
      checkSelect('Observations', options);
      // `Observations?$filter=Datastream/@iot.id eq '…'` reads and is budgeted as `Datastreams('…')/Observations`.
      const sources = narrowSources(options.filter, target.sources);
      const window = observationWindow(options.filter, sources, ctx.request.nowMs);
      const rows = await readObservations(ctx.backend, sources, ctx.scenario, window);
      const page = pageOf(rows, options, (o) => observationResolver(ctx.catalogue, o));
      return pageJson(page, (row) => observationParent(ctx, row, options), options.count, nextLink(ctx, page.top));
    }
  }
}

export async function answerSta(catalogue: Catalogue, backend: StaBackend, request: StaRequest): Promise<StaAnswer> {
  const base = { root: request.root, suffix: queryString(request.rawQuery.filter(([key]) => SCENARIO_KEYS.has(key))) };
  const scenario = Object.fromEntries(Object.entries(request.query).filter(([key]) => SCENARIO_KEYS.has(key))) as StaQuery;
  const ctx: Context = { catalogue, backend, request, base, scenario };
  if (request.path === '' || request.path === '/') {
    return {
      kind: 'json',
      body: {
        value: ENTITY_SETS.map((name) => ({ name, url: `${request.root}/${name}${base.suffix}` })),
        serverSettings: { conformance: CONFORMANCE },
      },
    };
  }
  const lookup = async (source: DatastreamSource, timeMs: number) =>
    (await readObservations(backend, [source], scenario, hourAround(timeMs))).find((row) => row.timeMs === timeMs);
  const resolved = await resolvePath(catalogue, request.path, lookup);
  const options = optionsOf(request.query);
  if (resolved.property !== undefined) {
    const json = await answerTarget(ctx, resolved.target, { ...options, select: undefined, expand: [] });
    const key = resolved.property === 'id' ? '@iot.id' : resolved.property;
    const value = json[key] ?? null;
    if (resolved.value) return { kind: 'text', body: typeof value === 'object' ? JSON.stringify(value) : String(value) };
    return { kind: 'json', body: { [resolved.property]: value } };
  }
  const body = await answerTarget(ctx, resolved.target, resolved.ref ? { ...options, select: ['@iot.selfLink'], expand: [] } : options);
  return { kind: 'json', body };
}
