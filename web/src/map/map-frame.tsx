import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';
import { MapPlaceholder } from './lazy-map';

/**
 * Holds the map back until its label font is loaded (Korean glyphs), then wraps it with the label
 * language as a data attribute, which the end-to-end suite reads.
 */
export function MapFrame({ labelsReady, labelLanguage, children }: { labelsReady: boolean; labelLanguage: Language; children: ReactNode }) {
  const { t } = useTranslation();
  if (!labelsReady) return <MapPlaceholder>{t('map.loading')}</MapPlaceholder>;
  return (
    <div className="map-frame" data-label-language={labelLanguage}>
      {children}
    </div>
  );
}
