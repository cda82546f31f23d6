import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './i18n';

/** The active UI language, for Intl formatting and for picking `name` or `nameKo`. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** An entity's name in the UI language: `nameKo` in Korean when the data has one. */
export function localName(entity: { name: string; nameKo?: string | undefined }, language: Language): string {
  return language === 'ko' && entity.nameKo ? entity.nameKo : entity.name;
}
