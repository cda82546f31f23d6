/**
 * The query options of a SensorThings request (§9.3): `$top`, `$skip`, `$count`, `$filter`,
 * `$orderby`, `$select` and `$expand` (one level, with its own options in parentheses, separated by
 * `;`), next to the scenario parameters every simulating route takes. Validated with zod at the
 * edge like the rest of the API: an option that does not parse is a 400 naming it, the position and
 * the token. Whether a named property exists is checked once the entity set is known.
 */
import { z } from 'zod';
import { numberParam, wholeNumber, wholeNumberMessage } from '../common/schemas';
import { scenarioQueryShape } from '../scenario/query';
import { QueryOptionError } from './filter-lexer';
import { type Expr, parseFilter } from './filter-parser';

/** Page size when `$top` is absent, and the largest page the service answers ($top above it is served in pages of this size). */
export const DEFAULT_TOP = 100;
export const MAX_TOP = 1000;
const MAX_OPTION_LENGTH = 2000;

export interface OrderKey {
  path: string[];
  desc: boolean;
}

export interface QueryOptions {
  top?: number;
  skip: number;
  count: boolean;
  filter?: Expr;
  orderby: OrderKey[];
  /** Names to keep (undefined: every property and navigation link). */
  select?: string[];
  expand: ExpandItem[];
}

export interface ExpandItem {
  nav: string;
  options: QueryOptions;
  /** The options as written, for the `@iot.nextLink` of the expanded collection. */
  raw: Record<string, string>;
}

const NAME = /^[A-Za-z_@][\w@.]*(\/[A-Za-z_@][\w@.]*)*$/;

/** Splits `text` at `separator` outside parentheses and quoted strings. */
export function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === '(') depth += 1;
    else if (!quoted && char === ')') depth -= 1;
    else if (!quoted && depth === 0 && char === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

export function parseOrderby(text: string): OrderKey[] {
  return splitTop(text, ',').map((part, index) => {
    const [name = '', direction, extra] = part.split(/\s+/);
    if (!NAME.test(name))
      throw new QueryOptionError('$orderby', `item ${index + 1} ("${part}") must be a property name, e.g. "phenomenonTime desc"`);
    if (extra !== undefined || (direction !== undefined && direction !== 'asc' && direction !== 'desc')) {
      throw new QueryOptionError('$orderby', `item ${index + 1} ("${part}"): after the property only "asc" or "desc" may follow`);
    }
    return { path: name.split('/'), desc: direction === 'desc' };
  });
}

export function parseSelect(text: string): string[] {
  return splitTop(text, ',').map((name, index) => {
    if (!NAME.test(name) || name.includes('/'))
      throw new QueryOptionError('$select', `item ${index + 1} ("${name}") must be a property name`);
    return name;
  });
}

const NESTED_KEYS = new Set(['$top', '$skip', '$count', '$filter', '$orderby', '$select', '$expand']);

/** `Datastreams($top=2;$orderby=name)` → { nav, options }; a second level (`Datastreams/Observations`) is refused. */
export function parseExpand(text: string): ExpandItem[] {
  return splitTop(text, ',').map((item) => {
    const open = item.indexOf('(');
    const nav = (open < 0 ? item : item.slice(0, open)).trim();
    if (nav.includes('/')) throw new QueryOptionError('$expand', `"${nav}": this service expands one level only`);
    if (!NAME.test(nav)) throw new QueryOptionError('$expand', `"${item}" must be a navigation property, e.g. "Datastreams"`);
    if (open < 0) return { nav, options: readOptions({}), raw: {} };
    if (!item.endsWith(')')) throw new QueryOptionError('$expand', `"${item}": the options of ${nav} must end with ")"`);
    const raw: Record<string, string> = {};
    for (const pair of splitTop(item.slice(open + 1, -1), ';').filter((p) => p.length > 0)) {
      const eq = pair.indexOf('=');
      const key = pair.slice(0, eq).trim();
      if (eq < 0 || !NESTED_KEYS.has(key))
        throw new QueryOptionError(
          '$expand',
          `"${pair}" in the options of ${nav} is not $top, $skip, $count, $filter, $orderby or $select`,
        );
      if (key === '$expand') throw new QueryOptionError('$expand', `${nav}($expand=…): this service expands one level only`);
      if (key in raw) throw new QueryOptionError('$expand', `${nav}(…): ${key} is given twice; give each option once`);
      raw[key] = pair.slice(eq + 1).trim();
    }
    return { nav, options: readOptions(raw, `$expand ${nav}: `), raw };
  });
}

function wholeOption(option: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > max) throw new QueryOptionError(option, `${wholeNumberMessage(0, max)}, got "${text}"`);
  return Number(text);
}

/** The options of an `$expand` item (already split): the same rules as the request's own. */
function readOptions(raw: Record<string, string>, prefix = ''): QueryOptions {
  try {
    const top = wholeOption('$top', raw.$top, Number.MAX_SAFE_INTEGER);
    const count = raw.$count;
    if (count !== undefined && count !== 'true' && count !== 'false')
      throw new QueryOptionError('$count', `must be true or false, got "${count}"`);
    return {
      ...(top === undefined ? {} : { top }),
      skip: wholeOption('$skip', raw.$skip, Number.MAX_SAFE_INTEGER) ?? 0,
      count: count === 'true',
      ...(raw.$filter === undefined ? {} : { filter: parseFilter(raw.$filter) }),
      orderby: raw.$orderby === undefined ? [] : parseOrderby(raw.$orderby),
      ...(raw.$select === undefined ? {} : { select: parseSelect(raw.$select) }),
      expand: [],
    };
  } catch (error) {
    if (error instanceof QueryOptionError && prefix) throw new QueryOptionError('$expand', `${prefix}${error.message}`);
    throw error;
  }
}

/** A string option turned into its parsed form by `parse`; a QueryOptionError becomes the zod issue (the 400's message). */
function optionParam<T>(parse: (text: string) => T) {
  return z
    .string()
    .max(MAX_OPTION_LENGTH, `at most ${MAX_OPTION_LENGTH} characters`)
    .transform((text, ctx) => {
      try {
        return parse(text);
      } catch (error) {
        if (!(error instanceof QueryOptionError)) throw error;
        ctx.addIssue({ code: 'custom', message: error.detail });
        return z.NEVER;
      }
    });
}

const countParam = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');

/**
 * A name sent more than once (`$top=1&$top=2`) reaches the schema as an array, which each option's
 * own check then misreports ("must be a whole number", "expected string, received array"). Every
 * repeat is refused first, by name, for options and scenario parameters alike: which copy wins is
 * no better a guess here than anywhere else.
 */
function refuseRepeats(query: unknown, ctx: z.RefinementCtx): unknown {
  if (query === null || typeof query !== 'object') return query;
  for (const [name, value] of Object.entries(query)) {
    // A name the service does not know is refused as unknown by the schema, however often it is given.
    if (!Array.isArray(value) || !Object.hasOwn(StaQueryObject.shape, name)) continue;
    const times = value.length === 2 ? 'twice' : `${value.length} times`;
    ctx.addIssue({ code: 'custom', path: [name], input: value, message: `is given ${times}; give each query option once` });
  }
  return query;
}

/** The query string of every /sta/v1.1 request: SensorThings options and the scenario; anything else is refused by name. */
const StaQueryObject = z
  .object({
    ...scenarioQueryShape,
    $top: numberParam(wholeNumber(0, Number.MAX_SAFE_INTEGER)).optional(),
    $skip: numberParam(wholeNumber(0, Number.MAX_SAFE_INTEGER)).optional(),
    $count: countParam.optional(),
    $filter: optionParam(parseFilter).optional(),
    $orderby: optionParam(parseOrderby).optional(),
    $select: optionParam(parseSelect).optional(),
    $expand: optionParam(parseExpand).optional(),
  })
  .strict();
export const StaQuerySchema = z.preprocess(refuseRepeats, StaQueryObject);
export type StaQuery = z.output<typeof StaQueryObject>;

/** The parsed options of a validated query. */
export function optionsOf(query: StaQuery): QueryOptions {
  return {
    ...(query.$top === undefined ? {} : { top: query.$top }),
    skip: query.$skip ?? 0,
    count: query.$count ?? false,
    ...(query.$filter === undefined ? {} : { filter: query.$filter }),
    orderby: query.$orderby ?? [],
    ...(query.$select === undefined ? {} : { select: query.$select }),
    expand: query.$expand ?? [],
  };
}
