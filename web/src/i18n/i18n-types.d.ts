import 'i18next';
import type { Catalog } from './catalogs';

// Typed keys: `t('temperature.title')` is checked against the English catalog.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}
