import { describe, expect, it } from 'vitest';
import { compileFilter, type Resolver, timeBounds } from './filter-eval';
import { QueryOptionError } from './filter-lexer';
import { type Expr, parseFilter } from './filter-parser';

interface Row {
  result: number | null;
  phenomenonTime: string;
  name: string;
}

const resolve: Resolver<Row> = (path, pos) => {
  const [head = ''] = path;
  if (head === 'phenomenonTime') return (row) => new Date(row.phenomenonTime);
  if (head === 'result' || head === 'name') return (row) => row[head];
  throw new QueryOptionError('$filter', `no property "${path.join('/')}" at position ${pos}`);
};

const rows: Row[] = [
  { result: 5, phenomenonTime: '2026-07-15T04:00:00.000Z', name: 'PM2.5 at North Park' },
  { result: 12.5, phenomenonTime: '2026-07-15T05:00:00.000Z', name: 'Ozone at North Park' },
  { result: 40, phenomenonTime: '2026-07-15T06:00:00.000Z', name: 'PM2.5 at Main St' },
  { result: null, phenomenonTime: '2026-07-15T07:00:00.000Z', name: 'NO2 at Main St' },
];

/** The results of the rows the filter keeps. */
function keep(text: string): (number | null)[] {
  const test = compileFilter(parseFilter(text), resolve);
  return rows.filter((row) => test(row) === true).map((row) => row.result);
}

function problem(text: string): string {
  try {
    compileFilter(parseFilter(text), resolve);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryOptionError);
    expect((error as QueryOptionError).status).toBe(400);
    return (error as Error).message;
  }
  throw new Error(`"${text}" was accepted`);
}

describe('$filter', () => {
  it.each([
    ['result eq 5', [5]],
    ['result ne 5', [12.5, 40, null]],
    ['result gt 5', [12.5, 40]],
    ['result ge 12.5', [12.5, 40]],
    ['result lt 12.5', [5]],
    ['result le 12.5', [5, 12.5]],
    ['result eq null', [null]],
    ['result gt -1 and result lt 13', [5, 12.5]],
    ['result lt 6 or result gt 39', [5, 40]],
    ['not (result gt 6)', [5, null]],
    ['not result gt 6 and result ne null', [5]],
    ['(result eq 5 or result eq 40) and phenomenonTime ge 2026-07-15T05:00:00Z', [40]],
    ['phenomenonTime gt 2026-07-15T04:00:00Z and phenomenonTime lt 2026-07-15T07:00:00.000Z', [12.5, 40]],
    ['phenomenonTime eq 2026-07-15T05:00:00+00:00', [12.5]],
    ['2026-07-15T06:00:00Z le phenomenonTime', [40, null]],
    ['result add 5 eq 10', [5]],
    ['result mul 2 ge 80', [40]],
    ['result mod 2 eq 0', [40]],
    ["substringof('Main', name)", [40, null]],
    ["startswith(name, 'PM2.5') and endswith(name, 'Park')", [5]],
    ["tolower(name) eq 'ozone at north park'", [12.5]],
    ['hour(phenomenonTime) eq 6', [40]],
    ["name eq 'PM2.5 at Main St'", [40]],
    ['result eq 5 and true', [5]],
  ])('%s', (text, expected) => {
    expect(keep(text)).toEqual(expected);
  });

  it.each(['1960-01-01', '1969-12-31T23:59:59Z', '2200-01-02'])('refuses a time outside the simulated range: %s', (time) => {
    expect(() => parseFilter(`phenomenonTime lt ${time}`)).toThrow(
      /out of range: times must be from 1970-01-01T00:00:00Z to 2200-01-01T00:00:00Z/,
    );
  });

  it('reads a quote doubled inside a string', () => {
    expect(parseFilter("name eq 'O''Shaughnessy'")).toEqual({
      kind: 'compare',
      op: 'eq',
      left: { kind: 'path', path: ['name'], pos: 0 },
      right: { kind: 'literal', value: "O'Shaughnessy", pos: 8 },
    });
  });

  it.each([
    ['phenomenonTime ge 5', 'phenomenonTime is compared with a time such as 2026-07-15T00:00:00Z; got 5 (at position 18)'],
    ["resultTime eq 'soon'", "resultTime is compared with a time such as 2026-07-15T00:00:00Z; got 'soon' (at position 14)"],
    ["phenomenonTime ge '5'", "phenomenonTime is compared with a time such as 2026-07-15T00:00:00Z; got '5' (at position 18)"],
    [
      'true ne Datastream/phenomenonTime',
      'Datastream/phenomenonTime is compared with a time such as 2026-07-15T00:00:00Z; got true (at position 0)',
    ],
    ['result gt 1 and not (phenomenonTime lt 20)', 'phenomenonTime is compared with a time such as 2026-07-15T00:00:00Z; got 20'],
  ])('refuses a time property compared with something that is not a time: %s', (text, message) => {
    expect(() => parseFilter(text)).toThrow(message);
  });

  it.each([
    'phenomenonTime ge 2026-07-15T00:00:00Z',
    "phenomenonTime ge '2026-07-15T00:00:00Z'",
    'resultTime eq null',
    'year(phenomenonTime) eq 2026',
    'properties/time eq 5',
    'result gt 5',
  ])('takes %s', (text) => {
    expect(() => parseFilter(text)).not.toThrow();
  });

  it('binds and tighter than or, comparison tighter than and', () => {
    const tree = parseFilter('result eq 1 or result eq 2 and result eq 3') as Extract<Expr, { kind: 'logical' }>;
    expect(tree.op).toBe('or');
    expect((tree.right as Extract<Expr, { kind: 'logical' }>).op).toBe('and');
  });

  it.each([
    ['result eq', 'expected a value, a property or a function at position 9, found the end of the expression'],
    ['result eq 5 and', 'at position 15, found the end of the expression'],
    ['result eq 5 5', 'at position 12, found "5"'],
    ['(result eq 5', 'expected ")" at position 12'],
    ['result eq 5)', 'at position 11, found ")"'],
    ["name eq 'open", 'no closing quote'],
    ['result eq #', 'unexpected character "#" at position 10'],
    ['result == 5', 'unexpected character "=" at position 7'],
    ['result eq and', 'at position 10, found "and"'],
    ['', 'expected an expression'],
    ['phenomenonTime gt 2026-13-45T00:00:00Z', 'is not a valid date or time'],
    ['foo eq 1', 'no property "foo" at position 0'],
    ['st_within(result, 1)', 'the function "st_within" at position 0 is not supported'],
    ['year(phenomenonTime, 2)', '"year" at position 0 takes 1 argument(s), got 2'],
  ])('refuses %j naming the problem', (text, message) => {
    expect(problem(text)).toContain(message);
  });

  it('refuses an expression over the token cap instead of recursing without end', () => {
    expect(problem(`${'('.repeat(500)}result eq 1${')'.repeat(500)}`)).toContain('longer than 400 tokens');
  });
});

describe('timeBounds', () => {
  const at = (iso: string) => Date.parse(iso);
  it('reads the bounds of the top-level and chain', () => {
    const tree = parseFilter('phenomenonTime ge 2026-07-15T04:00:00Z and result gt 3 and phenomenonTime lt 2026-07-15T08:00:00Z');
    expect(timeBounds(tree, 'phenomenonTime')).toEqual({ fromMs: at('2026-07-15T04:00:00Z'), toMs: at('2026-07-15T08:00:00Z') - 1 });
  });

  it('flips a bound written the other way round, and eq bounds both ends', () => {
    expect(timeBounds(parseFilter('2026-07-15T04:00:00Z lt phenomenonTime'), 'phenomenonTime')).toEqual({
      fromMs: at('2026-07-15T04:00:00Z') + 1,
    });
    const t = at('2026-07-15T04:00:00Z');
    expect(timeBounds(parseFilter('phenomenonTime eq 2026-07-15T04:00:00Z'), 'phenomenonTime')).toEqual({ fromMs: t, toMs: t });
  });

  it('takes no bound from an or, a not, or another property', () => {
    for (const text of [
      'phenomenonTime ge 2026-07-15T04:00:00Z or result gt 3',
      'not (phenomenonTime ge 2026-07-15T04:00:00Z)',
      'resultTime ge 2026-07-15T04:00:00Z',
    ]) {
      expect(timeBounds(parseFilter(text), 'phenomenonTime')).toEqual({});
    }
  });
});
