/**
 * The active language, kept in the URL (`?lang=ko`) so a shared link opens in the same language.
 * Without the parameter this browser's last choice decides, else its preference (and the URL stays
 * clean); a `lang` in the URL is remembered as that choice (remembered-language.ts).
 */
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../state/url/use-url-params';
import { browserLanguage, isLanguage, type Language } from './i18n';
import { rememberedLanguage, rememberLanguage } from './remembered-language';

export function useLanguage(): [Language, (next: Language) => void] {
  const [params, update] = useUrlParams();
  const { i18n } = useTranslation();
  const fromUrl = params.get('lang');
  const language: Language = isLanguage(fromUrl) ? fromUrl : (rememberedLanguage() ?? browserLanguage());

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    if (isLanguage(fromUrl)) rememberLanguage(fromUrl);
  }, [i18n, language, fromUrl]);

  const setLanguage = useCallback(
    (next: Language) => {
      rememberLanguage(next);
      update((search) => search.set('lang', next));
    },
    [update],
  );
  return [language, setLanguage];
}
