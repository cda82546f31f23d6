/**
 * A student working a lesson as a spreadsheet user would: from the CSV files the pages offer, read
 * the rows of the lesson's local day and answer each question. Written apart from the lessons' own
 * answer functions (shared/src/lessons), on the downloads' CSV rather than the API's JSON, so the
 * e2e that uses it checks that the answers really can be found where the lessons say.
 */

/** One CSV row by column name (an empty field is ''). */
export type CsvRow = Record<string, string>;

/** RFC 4180 as the exports write it: commas, CRLF, quoted fields with doubled quotes (and a BOM, as the page's own files start). */
export function parseCsv(file: string): CsvRow[] {
  const text = file.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  const [header, ...rows] = records;
  if (!header) throw new Error('empty CSV');
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** The lessons' day and city clock: Wednesday 15 July 2026 in Columbus (America/New_York). */
const ZONE = 'America/New_York';
const LESSON_DATE = '2026-07-15';
const local = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Local date, hour and minute of a UTC time as the CSV writes it. */
export function localClock(utc: string): { date: string; hour: number; minute: number } {
  const parts = Object.fromEntries(local.formatToParts(new Date(utc)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** The rows of the lesson's local day (a download covers the last 24 hours up to the clock). */
export function onLessonDay(rows: CsvRow[], timeColumn: string): CsvRow[] {
  return rows.filter((row) => localClock(row[timeColumn] ?? '').date === LESSON_DATE);
}

const num = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value));

/** The numbers of a column, skipping empty cells. */
export function numbers(rows: CsvRow[], column: string): number[] {
  return rows.map((row) => num(row[column])).filter((v): v is number => v !== null);
}

export const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), -Infinity);
export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The row with the largest value of a column (the first on ties). */
export function rowOfMax(rows: CsvRow[], column: string): CsvRow {
  let best: CsvRow | undefined;
  for (const row of rows) {
    const v = num(row[column]);
    if (v !== null && (best === undefined || v > (num(best[column]) as number))) best = row;
  }
  if (!best) throw new Error(`no value in column ${column}`);
  return best;
}

/** Rows grouped by a column's value, in first-seen order. */
export function groupBy(rows: CsvRow[], column: string): Map<string, CsvRow[]> {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = row[column] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

/** The longest run of one repeated value in a column (a stuck sensor), and the value. */
export function longestRepeat(rows: CsvRow[], column: string): { length: number; value: number } {
  let best = { length: 0, value: NaN };
  let length = 0;
  let previous: string | undefined;
  for (const row of rows) {
    const cell = row[column] ?? '';
    length = cell !== '' && cell === previous ? length + 1 : 1;
    if (cell !== '' && length > best.length) best = { length, value: Number(cell) };
    previous = cell;
  }
  return best;
}

/** Per local hour of the day: the vehicles that left a segment and their mean speed (weighted by vehicles). */
export function hourlyFlow(rows: CsvRow[]): { hour: number; volume: number; speed: number | null }[] {
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, volume: 0, speedSum: 0 }));
  for (const row of onLessonDay(rows, 'start_utc')) {
    const slot = hours[localClock(row.start_utc ?? '').hour];
    const volume = num(row.volume_veh) ?? 0;
    const speed = num(row.speed_m_s);
    if (!slot) continue;
    slot.volume += volume;
    if (speed !== null) slot.speedSum += speed * volume;
  }
  return hours.map(({ hour, volume, speedSum }) => ({ hour, volume, speed: volume > 0 ? speedSum / volume : null }));
}
