import './data.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cityQuery } from '../../api/queries';
import { useScenario } from '../../state/scenario/use-scenario';
import { Failure, Pending } from '../../ui/panel-state';
import { ApiCard } from './components/api-card';
import { DownloadsCard } from './components/downloads-card';
import { SeriesExplorer } from './components/series-explorer';

/** Data: any series as a chart and a table, every export, and the API for prototypers. */
export function DataPage() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const city = useQuery(cityQuery(scenario.city));
  return (
    <div className="data-page">
      <header className="page-header">
        <h1>{t('pages.data.title')}</h1>
        <p>{t('pages.data.summary')}</p>
      </header>
      {city.isError ? (
        <Failure title={t('map.cityFailed')} error={city.error} onRetry={() => city.refetch()} />
      ) : !city.data ? (
        <Pending label={t('map.loadingCity')} />
      ) : (
        <div className="data-page__grid">
          <SeriesExplorer city={city.data} />
          <div className="data-page__side">
            <DownloadsCard city={city.data} />
            <ApiCard />
          </div>
        </div>
      )}
    </div>
  );
}
