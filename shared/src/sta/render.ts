/**
 * Entities as SensorThings JSON (§9.2.2, the standard's examples): `@iot.id`, `@iot.selfLink`, the
 * properties in the standard's order, then a `<Nav>@iot.navigationLink` per navigation property.
 * `$select` keeps only the names it lists (a navigation property listed keeps its link).
 */
import { ID_NAMES, NAVIGATION, type ObservationRow, observationId, PROPERTIES, type SetName, type StoredEntity } from './model';

export interface LinkBase {
  /** Absolute service root, e.g. `http://localhost:5173/sta/v1.1`. */
  root: string;
  /** The scenario's query string (`?seed=7`) or '', kept on every link so a client stays in one scenario. */
  suffix: string;
}

/** `Things('air:x')`: string ids are quoted, a quote doubled (OData). */
export const entityPath = (set: SetName, id: string) => `${set}('${id.replaceAll("'", "''")}')`;

export const selfLink = (base: LinkBase, set: SetName, id: string) => `${base.root}/${entityPath(set, id)}${base.suffix}`;

export type Json = Record<string, unknown>;

/** One entity as JSON; `props` holds its property values (undefined ones are left out). */
export function entityJson(base: LinkBase, set: SetName, id: string, props: Json, select?: readonly string[]): Json {
  const keep = (name: string) => select === undefined || select.includes(name);
  const json: Json = {};
  if (select === undefined || select.some((name) => ID_NAMES.has(name))) json['@iot.id'] = id;
  if (keep('@iot.selfLink')) json['@iot.selfLink'] = selfLink(base, set, id);
  for (const name of PROPERTIES[set]) {
    if (keep(name) && props[name] !== undefined) json[name] = props[name];
  }
  for (const nav of Object.keys(NAVIGATION[set])) {
    if (keep(nav)) json[`${nav}@iot.navigationLink`] = `${base.root}/${entityPath(set, id)}/${nav}${base.suffix}`;
  }
  return json;
}

export function storedJson(base: LinkBase, set: SetName, entity: StoredEntity, select?: readonly string[]): Json {
  return entityJson(base, set, entity.id, entity.props, select);
}

export function observationJson(base: LinkBase, row: ObservationRow, select?: readonly string[]): Json {
  const props = {
    phenomenonTime: new Date(row.timeMs).toISOString(),
    result: row.value,
    resultTime: new Date(row.timeMs + row.source.stepMs).toISOString(),
  };
  return entityJson(base, 'Observations', observationId(row), props, select);
}

/** Names `$select` may list for a set: id, the properties, the navigation properties and `@iot.selfLink`. */
export function selectable(set: SetName): Set<string> {
  return new Set([...ID_NAMES, '@iot.selfLink', ...PROPERTIES[set], ...Object.keys(NAVIGATION[set])]);
}
