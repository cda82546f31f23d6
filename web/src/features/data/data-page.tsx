import './data.css';
import { useTranslation } from 'react-i18next';
import { CityGate } from '../../ui/city-gate';
import { ApiCard } from './components/api-card';
import { DownloadsCard } from './components/downloads-card';
import { SeriesExplorer } from './components/series-explorer';

/** Data: any series as a chart and a table, every export, and the API for prototypers. */
export function DataPage() {
  const { t } = useTranslation();
  return (
    <div className="data-page">
      <header className="page-header">
        <h1>{t('pages.data.title')}</h1>
        <p>{t('pages.data.summary')}</p>
      </header>
      <CityGate loadingLabel={t('map.loadingCity')}>
        {(city) => (
          <div className="data-page__grid">
            <SeriesExplorer city={city} />
            <div className="data-page__side">
              <DownloadsCard city={city} />
              <ApiCard />
            </div>
          </div>
        )}
      </CityGate>
    </div>
  );
}
