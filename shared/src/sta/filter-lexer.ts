/**
 * Tokens of an OData `$filter` expression as SensorThings 1.1 uses them (§9.3.3.5): names and
 * paths (`result`, `Datastream/@iot.id`, `properties/siteType`), literals (numbers, 'strings' with
 * '' for a quote, true/false/null, ISO 8601 instants and dates written bare), parentheses, commas
 * and words (`eq`, `and`, `not`, …, which the parser tells apart from names). Every token keeps its
 * position so an error can point at it.
 */
import { ApiProblem } from '../common/problem';
import { inTimeRange, TIME_RANGE_MESSAGE } from '../common/schemas';

export type Token =
  | { kind: 'name'; text: string; pos: number }
  | { kind: 'number'; value: number; text: string; pos: number }
  | { kind: 'string'; value: string; text: string; pos: number }
  | { kind: 'time'; value: number; text: string; pos: number }
  | { kind: 'punct'; text: '(' | ')' | ','; pos: number }
  | { kind: 'end'; text: 'end of the expression'; pos: number };

/** A query option the service cannot read: 400, the message naming the option, the position and the token (worded like the zod refusals of every route). */
export class QueryOptionError extends ApiProblem {
  constructor(
    option: string,
    /** The problem without the option's name (a zod issue on that option carries it). */
    readonly detail: string,
  ) {
    super(400, `Invalid query parameter "${option}": ${detail}`, option);
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})/;
const DATE = /^\d{4}-\d{2}-\d{2}(?![\w:.])/;
const NUMBER = /^\d+(\.\d+)?([eE][+-]?\d+)?/;
/** Starts like a date but is neither an instant nor a date (`2026-07-15T00:00:00`, no time zone): named whole, not lexed as 2026, -7, … */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}[\w:.+-]+/;
/** A name segment: letters, digits, `_`, and `@iot.`-style control names; segments joined by `/`. */
const PATH = /^[A-Za-z_@$][\w@.$]*(\/[A-Za-z_@$][\w@.$]*)*/;

function readString(text: string, start: number, option: string): { value: string; end: number } {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === "'") {
      if (text[i + 1] !== "'") return { value, end: i + 1 };
      value += "'";
      i += 2;
    } else {
      value += text[i];
      i += 1;
    }
  }
  throw new QueryOptionError(option, `the string starting at position ${start} has no closing quote (')`);
}

function timeToken(match: string, pos: number, option: string): Token {
  const ms = Date.parse(match.length === 10 ? `${match}T00:00:00Z` : match);
  if (Number.isNaN(ms)) throw new QueryOptionError(option, `"${match}" at position ${pos} is not a valid date or time`);
  // The REST API's own bounds: nothing is simulated outside them, so a time there names no observation.
  if (!inTimeRange(ms)) throw new QueryOptionError(option, `"${match}" at position ${pos} is out of range: times ${TIME_RANGE_MESSAGE}`);
  return { kind: 'time', value: ms, text: match, pos };
}

/** The tokens of `text`, ending with an `end` token. */
export function tokenize(text: string, option = '$filter'): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    if (char === '(' || char === ')' || char === ',') {
      tokens.push({ kind: 'punct', text: char, pos: i });
      i += 1;
    } else if (char === "'") {
      const { value, end } = readString(text, i, option);
      tokens.push({ kind: 'string', value, text: text.slice(i, end), pos: i });
      i = end;
    } else if (/[\d-]/.test(char)) {
      const negative = char === '-' ? 1 : 0;
      const body = rest.slice(negative);
      const time = negative ? null : (INSTANT.exec(body) ?? DATE.exec(body));
      const number = NUMBER.exec(body);
      const dateLike = negative ? null : DATE_LIKE.exec(body);
      if (time) {
        tokens.push(timeToken(time[0], i, option));
        i += time[0].length;
      } else if (dateLike) {
        throw new QueryOptionError(
          option,
          `"${dateLike[0]}" at position ${i} is not a valid date or time: write an instant with its time zone, e.g. 2026-07-15T00:00:00Z, or a date, e.g. 2026-07-15`,
        );
      } else if (number) {
        const numberText = rest.slice(0, negative + number[0].length);
        tokens.push({ kind: 'number', value: Number(numberText), text: numberText, pos: i });
        i += numberText.length;
      } else {
        throw new QueryOptionError(option, `unexpected "-" at position ${i} (subtraction is written "sub")`);
      }
    } else {
      const path = PATH.exec(rest);
      if (!path) throw new QueryOptionError(option, `unexpected character "${char}" at position ${i}`);
      tokens.push({ kind: 'name', text: path[0], pos: i });
      i += path[0].length;
    }
  }
  tokens.push({ kind: 'end', text: 'end of the expression', pos: text.length });
  return tokens;
}

/** How a token reads in a message: `"and"`, `'x'`, or "the end of the expression". */
export function describeToken(token: Token): string {
  return token.kind === 'end' ? 'the end of the expression' : `"${token.text}"`;
}
