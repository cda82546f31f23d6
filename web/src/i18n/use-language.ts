/**
 * The active language, kept in the URL (`?lang=ko`) so a shared link opens in the same language.
 * Without the parameter the browser's preference decides (and the URL stays clean).
 */
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParams } from '../state/url/use-url-params';
import { browserLanguage, isLanguage, type Language } from './i18n';

export function useLanguage(): [Language, (next: Language) => void] {
  const [params, update] = useUrlParams();
  const { i18n } = useTranslation();
  const fromUrl = params.get('lang');
  const language: Language = isLanguage(fromUrl) ? fromUrl : browserLanguage();

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  const setLanguage = useCallback(
    (next: Language) => {
      update((search) => search.set('lang', next));
    },
    [update],
  );
  return [language, setLanguage];
}
