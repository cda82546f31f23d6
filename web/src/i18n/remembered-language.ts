/**
 * The language this browser chose last, so a page opened by typing its address (a room's board, the
 * saved scenarios) comes up in it. A link's own `?lang=` always wins and becomes the remembered
 * choice: shared links stay deterministic, and only an address without `lang` falls back to it.
 */
import { readLocalJson, writeLocalJson } from '../state/local-json';
import { browserLanguage, isLanguage, type Language, languageFromUrl } from './i18n';

export const LANGUAGE_KEY = 'sandbox.language';

export function rememberedLanguage(): Language | null {
  const stored = readLocalJson<unknown>(LANGUAGE_KEY);
  return isLanguage(stored) ? stored : null;
}

export function rememberLanguage(language: Language): void {
  if (rememberedLanguage() !== language) writeLocalJson(LANGUAGE_KEY, language);
}

/** The URL's language (remembered), else this browser's last choice, else the browser's preference. */
export function pickLanguage(search: string): Language {
  const fromUrl = languageFromUrl(search);
  if (fromUrl) {
    rememberLanguage(fromUrl);
    return fromUrl;
  }
  return rememberedLanguage() ?? browserLanguage();
}
