/** Locale-aware formatting with Intl, cached per (language, options). */
import type { Language } from './i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number for the reader. A value that rounds to zero reads "0", never "-0" (a home's PV export of
 * -0 kW drawn below the axis, a difference of -0.004): `signDisplay: 'negative'` unless the caller asks
 * for another sign display (a difference's "+3").
 */
export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, { signDisplay: 'negative', ...options });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** One decimal, as thermometers report: "27.3 °C" (the unit is the same in both languages). */
export function formatCelsius(value: number, language: Language): string {
  return `${formatNumber(value, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} °C`;
}

export function formatFahrenheit(celsius: number, language: Language): string {
  return `${formatNumber((celsius * 9) / 5 + 32, language, { maximumFractionDigits: 0 })} °F`;
}
