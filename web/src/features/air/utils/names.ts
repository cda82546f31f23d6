/** Names in the UI language: Korean where the city data has them, else the English name. */
import type { Language } from '../../../i18n/i18n';

export function localName(item: { name: string; nameKo?: string | undefined }, language: Language): string {
  return language === 'ko' && item.nameKo ? item.nameKo : item.name;
}
