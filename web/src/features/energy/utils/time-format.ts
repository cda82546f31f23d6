/** Day labels on the city's wall clock for the Energy charts (cached Intl formats). */
import { dateTimeFormat } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';

/** "Wed 15" / "15 (수)": a heatmap column. */
export const formatWeekday = (ms: number, language: Language, timeZone: string) =>
  dateTimeFormat(language, timeZone, { weekday: 'short', day: 'numeric' }).format(ms);

/** "Wed, Jul 15" / "7월 15일 (수)". */
export const formatLongDay = (ms: number, language: Language, timeZone: string) =>
  dateTimeFormat(language, timeZone, { weekday: 'short', month: 'short', day: 'numeric' }).format(ms);
