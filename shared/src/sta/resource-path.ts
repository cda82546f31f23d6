/**
 * Resource paths (§9.2): `Things`, `Things('air:x')`, `Things('air:x')/Datastreams`,
 * `Datastreams('d')/Observations`, `Things('air:x')/name`, `…/name/$value`, `…/$ref`. A path is
 * resolved against the catalogue into what the request reads; Observations by id are computed (the
 * hour around their instant), so resolving is async.
 */
import { notFound } from '../common/problem';
import { HOUR_MS } from '../common/time';
import type { Catalogue } from './catalogue';
import {
  type DatastreamSource,
  ENTITY_SETS,
  ID_NAMES,
  NAVIGATION,
  type ObservationRow,
  PROPERTIES,
  parseObservationId,
  type SetName,
  type StoredEntity,
  type StoredSet,
} from './model';

export interface PathSegment {
  name: string;
  id?: string;
}

export type Target =
  | { kind: 'collection'; set: StoredSet; entities: StoredEntity[] }
  | { kind: 'observations'; sources: DatastreamSource[] }
  | { kind: 'entity'; set: StoredSet; entity: StoredEntity }
  | { kind: 'observation'; row: ObservationRow };

export type Resolved = { target: Target; property?: string; value?: boolean; ref?: boolean };

const SEGMENT = /^([A-Za-z$][\w$]*)(?:\((?:'((?:[^']|'')*)'|(\d+))\))?$/;

/** `Things('a/b')/Datastreams` → segments, splitting at `/` outside quotes. */
export function parsePath(path: string): PathSegment[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (const char of path) {
    if (char === "'") quoted = !quoted;
    if (char === '/' && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts
    .filter((part) => part.length > 0)
    .map((part) => {
      const match = SEGMENT.exec(part);
      if (!match)
        throw notFound(
          `No SensorThings resource "${part}": a path segment is a name, optionally with an id in parentheses, e.g. Things('air:linden-park-bench').`,
        );
      const id = match[2] === undefined ? match[3] : match[2].replaceAll("''", "'");
      return id === undefined ? { name: match[1] as string } : { name: match[1] as string, id };
    });
}

/** Reads one observation: the datastream's values for the hour around its instant. */
export type ObservationLookup = (source: DatastreamSource, timeMs: number) => Promise<ObservationRow | undefined>;

export function hourAround(timeMs: number) {
  const fromMs = Math.floor(timeMs / HOUR_MS) * HOUR_MS;
  return { fromMs, toMs: fromMs + HOUR_MS };
}

const isSet = (name: string): name is SetName => (ENTITY_SETS as readonly string[]).includes(name);

function setOf(target: Target): SetName {
  if (target.kind === 'observations' || target.kind === 'observation') return 'Observations';
  return target.set;
}

async function pick(target: Target, id: string, lookup: ObservationLookup): Promise<Target> {
  const set = setOf(target);
  if (target.kind === 'collection') {
    const entity = target.entities.find((e) => e.id === id);
    if (!entity) throw notFound(`No ${set} with id '${id}' here.`);
    return { kind: 'entity', set: target.set, entity };
  }
  if (target.kind === 'observations') {
    const parsed = parseObservationId(id);
    const source = parsed && target.sources.find((s) => s.id === parsed.datastreamId);
    const row = parsed && source ? await lookup(source, parsed.timeMs) : undefined;
    if (!row)
      throw notFound(`No Observation with id '${id}' here (ids are <Datastream id>@<ISO instant>, e.g. from a Datastream's Observations).`);
    return { kind: 'observation', row };
  }
  throw notFound(`"${set}(${id})" does not follow from a single entity.`);
}

function follow(catalogue: Catalogue, target: Target, nav: string): Target {
  const set = setOf(target);
  const navigation = NAVIGATION[set][nav];
  if (!navigation) throw notFound(`${set} have no navigation property or property "${nav}".`);
  if (navigation.set === 'Observations') {
    const entity = target.kind === 'entity' ? target.entity : undefined;
    const sources = [...catalogue.sources.values()].filter((s) =>
      set === 'Datastreams' ? s.id === entity?.id : s.featureOfInterestId === entity?.id,
    );
    return { kind: 'observations', sources };
  }
  const into = navigation.set as StoredSet;
  const stored = catalogue.sets[into];
  let ids: readonly string[] = [];
  if (target.kind === 'observation') ids = [nav === 'Datastream' ? target.row.source.id : target.row.source.featureOfInterestId];
  else if (target.kind === 'entity') {
    const link = target.entity.links[nav];
    ids = link === undefined ? [] : typeof link === 'string' ? [link] : link;
  }
  const entities = ids.map((id) => stored.get(id)).filter((e): e is StoredEntity => e !== undefined);
  if (navigation.many) return { kind: 'collection', set: into, entities };
  const [entity] = entities;
  if (!entity) throw notFound(`No ${nav} here.`);
  return { kind: 'entity', set: into, entity };
}

/** What `path` (after the service root) reads; a 404 naming the first segment that leads nowhere. */
export async function resolvePath(catalogue: Catalogue, path: string, lookup: ObservationLookup): Promise<Resolved> {
  const [first, ...rest] = parsePath(path);
  if (!first || !isSet(first.name))
    throw notFound(`No SensorThings entity set "${first?.name ?? ''}"; the sets are ${ENTITY_SETS.join(', ')}.`);
  let target: Target =
    first.name === 'Observations'
      ? { kind: 'observations', sources: [...catalogue.sources.values()] }
      : { kind: 'collection', set: first.name, entities: [...catalogue.sets[first.name].values()] };
  if (first.id !== undefined) target = await pick(target, first.id, lookup);
  for (const [index, segment] of rest.entries()) {
    const last = index === rest.length - 1;
    if (segment.name === '$ref' && last && segment.id === undefined) return { target, ref: true };
    const single = target.kind === 'entity' || target.kind === 'observation';
    if (!single)
      throw notFound(`"${segment.name}" cannot follow a collection; pick one entity first, e.g. ${setOf(target)}('…')/${segment.name}.`);
    const set = setOf(target);
    if (segment.id === undefined && (PROPERTIES[set].includes(segment.name) || ID_NAMES.has(segment.name))) {
      const next = rest[index + 1];
      if (rest.length - index > 2 || (next && next.name !== '$value'))
        throw notFound(`Nothing below the property "${segment.name}" except $value.`);
      return { target, property: segment.name, value: next !== undefined };
    }
    target = follow(catalogue, target, segment.name);
    if (segment.id !== undefined) target = await pick(target, segment.id, lookup);
  }
  return { target };
}
