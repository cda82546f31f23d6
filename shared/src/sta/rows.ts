/**
 * How `$filter` and `$orderby` read a property of a row (a catalogue entity or a computed
 * observation), and the list step every collection goes through: filter, count, order, page. A
 * property the set does not have is refused before any row is read, naming it and its position.
 */

import type { Catalogue } from './catalogue';
import { compileFilter, type Getter, type Resolver } from './filter-eval';
import { QueryOptionError } from './filter-lexer';
import type { Literal } from './filter-parser';
import {
  ID_NAMES,
  NAVIGATION,
  type ObservationRow,
  observationId,
  PROPERTIES,
  type SetName,
  type StoredEntity,
  type StoredSet,
} from './model';
import { DEFAULT_TOP, MAX_TOP, type QueryOptions } from './options';
import { isTimePath } from './time-operands';

const asLiteral = (value: unknown): Literal =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;

/** Reads `path` inside a JSON value (`properties/siteType`); objects and arrays read as null (not comparable). */
function dig(value: unknown, path: readonly string[]): Literal {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return null;
    current = (current as Record<string, unknown>)[key];
  }
  return asLiteral(current);
}

function unknownProperty(option: string, set: SetName, path: string[], pos: number, comparedWith?: readonly string[]): never {
  const name = path.join('/');
  // `phenomenonTime ge notadate`: the word is a failed time literal far more often than a missing property.
  if (path.length === 1 && isTimePath(comparedWith)) {
    throw new QueryOptionError(
      option,
      `${comparedWith?.join('/')} is compared with a time such as 2026-07-15T00:00:00Z; got "${name}" (at position ${pos}), which is neither a time nor a property of ${set}`,
    );
  }
  throw new QueryOptionError(option, `${set} have no property "${name}" (at position ${pos}); they have id, ${PROPERTIES[set].join(', ')}`);
}

/** Follows a single-valued navigation property (`Datastream/name`) to the entity it leads to. */
function viaNavigation<Row>(
  catalogue: Catalogue,
  set: SetName,
  path: string[],
  pos: number,
  option: string,
  target: (row: Row, nav: string) => string | undefined,
): Getter<Row> | undefined {
  const [nav = '', ...rest] = path;
  const navigation = NAVIGATION[set][nav];
  if (!navigation || navigation.many || rest.length === 0 || navigation.set === 'Observations') return undefined;
  const stored = catalogue.sets[navigation.set as StoredSet];
  const inner = entityResolver(catalogue, navigation.set as StoredSet, option)(rest, pos);
  return (row) => {
    const id = target(row, nav);
    const entity = id === undefined ? undefined : stored.get(id);
    return entity ? inner(entity) : null;
  };
}

export function entityResolver(catalogue: Catalogue, set: StoredSet, option: string): Resolver<StoredEntity> {
  return (path, pos, comparedWith) => {
    const [head = '', ...rest] = path;
    if (ID_NAMES.has(head) && rest.length === 0) return (entity) => entity.id;
    if (PROPERTIES[set].includes(head)) return (entity) => dig(entity.props, path);
    const nav = viaNavigation<StoredEntity>(catalogue, set, path, pos, option, (entity, name) => {
      const link = entity.links[name];
      return typeof link === 'string' ? link : undefined;
    });
    return nav ?? unknownProperty(option, set, path, pos, comparedWith);
  };
}

export function observationResolver(catalogue: Catalogue, option: string): Resolver<ObservationRow> {
  return (path, pos, comparedWith) => {
    const [head = '', ...rest] = path;
    if (rest.length === 0) {
      if (ID_NAMES.has(head)) return (row) => observationId(row);
      if (head === 'phenomenonTime') return (row) => new Date(row.timeMs);
      if (head === 'resultTime') return (row) => new Date(row.timeMs + row.source.stepMs);
      if (head === 'result') return (row) => row.value;
    }
    if (PROPERTIES.Observations.includes(head)) return () => null;
    const nav = viaNavigation<ObservationRow>(catalogue, 'Observations', path, pos, option, (row, name) =>
      name === 'Datastream' ? row.source.id : row.source.featureOfInterestId,
    );
    return nav ?? unknownProperty(option, 'Observations', path, pos, comparedWith);
  };
}

export interface Page<Row> {
  rows: Row[];
  count: number;
  /** `$skip` of the next page, when there is one. */
  nextSkip?: number;
  top: number;
}

const sortKey = (value: Literal): number | string | boolean | null => (value instanceof Date ? value.getTime() : value);

function compareKeys(a: ReturnType<typeof sortKey>, b: ReturnType<typeof sortKey>): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a !== typeof b) return String(typeof a).localeCompare(typeof b);
  return a < b ? -1 : 1;
}

/** `$filter`, `$count`, `$orderby`, `$skip` and `$top` over `rows` (kept in their natural order when no `$orderby`). */
export function pageOf<Row>(rows: readonly Row[], options: QueryOptions, resolve: (option: string) => Resolver<Row>): Page<Row> {
  const keep = options.filter ? compileFilter(options.filter, resolve('$filter')) : undefined;
  const orderGetters = options.orderby.map((key) => ({ get: resolve('$orderby')(key.path, 0), desc: key.desc }));
  let list = keep ? rows.filter((row) => keep(row) === true) : [...rows];
  if (orderGetters.length > 0) {
    // Keys computed once per row, then a stable sort (ties keep the natural order).
    const keyed = list.map((row, index) => ({ row, index, keys: orderGetters.map((o) => sortKey(o.get(row))) }));
    keyed.sort((x, y) => {
      for (let k = 0; k < orderGetters.length; k++) {
        const order = compareKeys(x.keys[k] as never, y.keys[k] as never);
        if (order !== 0) return (orderGetters[k] as { desc: boolean }).desc ? -order : order;
      }
      return x.index - y.index;
    });
    list = keyed.map((item) => item.row);
  }
  const top = Math.min(options.top ?? DEFAULT_TOP, MAX_TOP);
  const end = options.skip + top;
  // `$top=0` asks for the count alone: no next page (it would be this one again).
  return { rows: list.slice(options.skip, end), count: list.length, top, ...(top > 0 && end < list.length ? { nextSkip: end } : {}) };
}
