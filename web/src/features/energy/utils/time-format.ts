/** Axis and tooltip labels on the city's wall clock (Intl, cached), for the Energy charts. */
import type { Language } from '../../../i18n/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatWith(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeZone, ...options });
    formats.set(key, format);
  }
  return format;
}

/** "Jul 15" / "7월 15일". */
export const formatDay = (ms: number, language: Language, timeZone: string) =>
  formatWith(language, timeZone, { month: 'short', day: 'numeric' }).format(ms);

/** "Wed 15" / "15일 (수)": a heatmap column. */
export const formatWeekday = (ms: number, language: Language, timeZone: string) =>
  formatWith(language, timeZone, { weekday: 'short', day: 'numeric' }).format(ms);

/** "Wed, Jul 15" / "7월 15일 (수)". */
export const formatLongDay = (ms: number, language: Language, timeZone: string) =>
  formatWith(language, timeZone, { weekday: 'short', month: 'short', day: 'numeric' }).format(ms);
