import { useTranslation } from 'react-i18next';
import { scenarioUrl } from '../../../api/contract-query';
import { useScenario } from '../../../state/scenario/use-scenario';

/** The API for dashboard prototypers: the interactive explorer, the OpenAPI document, a live example. */
export function ApiCard() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const example = `${window.location.origin}${scenarioUrl('airAqi', scenario, {})}`;
  return (
    <section className="card" aria-labelledby="api-title">
      <h2 id="api-title" className="card__title">
        {t('data.api.title')}
      </h2>
      <p className="card__subtitle">{t('data.api.subtitle')}</p>
      <p className="api-links">
        <a className="button" href="/api/docs/" target="_blank" rel="noreferrer">
          {t('data.api.explorer')}
        </a>
        <a className="button button--quiet" href="/api/openapi.json" target="_blank" rel="noreferrer">
          {t('data.api.openapi')}
        </a>
      </p>
      <p className="lever-hint">{t('data.api.example')}</p>
      <code className="code-line">{`curl '${example}'`}</code>
    </section>
  );
}
