/**
 * Internationalization: every UI string lives in the catalogs (catalogs.ts: English and Korean).
 * The language comes from the URL (`?lang=ko`) when a link names one, else from the browser.
 * Numbers, dates and units are formatted with Intl for the active language (format.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from './catalogs';
import { PARTICLE_FORMATS, withParticle } from './korean-particles';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The browser's preferred language if we have it, else English. */
export function browserLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function languageFromUrl(search: string): Language | null {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : null;
}

export const resources = { en: { translation: catalogs.en }, ko: { translation: catalogs.ko } } as const;

export function createI18n(lng: Language) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  // `{{station, 을/를}}`: the particle that fits the value (korean-particles.ts).
  for (const format of PARTICLE_FORMATS)
    instance.services.formatter?.add(format, (value) => (value == null ? '' : withParticle(String(value), format)));
  return instance;
}
