/** Dates known to the year, month or day (`2015`, `2015-09`, `2015-09-14`), formatted with Intl. */
import type { Language } from '../../i18n/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${language}|${precision}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
    if (precision !== 'year') options.month = 'short';
    if (precision === 'day') options.day = 'numeric';
    found = new Intl.DateTimeFormat(language, options);
    formats.set(key, found);
  }
  return found;
}

export function formatPartialDate(date: string, language: Language): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return format(language, precision).format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatDateRange(from: string, to: string | undefined, language: Language): string {
  return to ? `${formatPartialDate(from, language)} – ${formatPartialDate(to, language)}` : formatPartialDate(from, language);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
