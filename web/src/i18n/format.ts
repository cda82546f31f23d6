/** Locale-aware formatting with Intl, cached per (language, options). */
import type { Language } from './i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number for the reader. A value that rounds to zero reads "0", never "-0" (a class's PV export of
 * -0 kW drawn below the axis, a difference of -0.004). Done on the text, not with Intl's
 * `signDisplay: 'negative'`, which Firefox before 116 (115 ESR) refuses with a RangeError.
 */
export function formatNumber(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  const text = format.format(value);
  // A minus before nothing but zeros (and separators) is a negative that rounded to zero.
  return options.signDisplay === undefined && /^-[^1-9∞]*0[^1-9∞]*$/.test(text) ? text.slice(1) : text;
}

/**
 * A signed change: "+1.2", "−0.4" with a true minus (U+2212, as the Lab and the board typeset it;
 * Intl's `signDisplay` writes a hyphen), and a change that rounds to zero without a sign ("0.0").
 * `options` format the magnitude (decimals, `style: 'percent'`).
 */
export function formatSigned(value: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const text = formatNumber(Math.abs(value), language, options);
  if (!/[1-9]/.test(text)) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** One decimal, as thermometers report: "27.3 °C" (the unit is the same in both languages). */
export function formatCelsius(value: number, language: Language): string {
  return `${formatNumber(value, language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} °C`;
}

export function formatFahrenheit(celsius: number, language: Language): string {
  return `${formatNumber((celsius * 9) / 5 + 32, language, { maximumFractionDigits: 0 })} °F`;
}
