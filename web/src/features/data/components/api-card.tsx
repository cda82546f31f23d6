import { useTranslation } from 'react-i18next';
import { scenarioUrl } from '../../../api/contract-query';
import { STATIC_DEMO } from '../../../config/env';
import { useScenario } from '../../../state/scenario/use-scenario';
import { ServerLink } from '../../../ui/server-link';

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
        <ServerLink className="button" href="/api/docs/" target="_blank" rel="noreferrer">
          {t('data.api.explorer')}
        </ServerLink>
        <ServerLink className="button button--quiet" href="/api/openapi.json" target="_blank" rel="noreferrer">
          {t('data.api.openapi')}
        </ServerLink>
      </p>
      {STATIC_DEMO ? (
        // No server answers /api here: a curl line would only fail.
        <p className="lever-hint">{t('data.api.exampleStatic')}</p>
      ) : (
        <>
          <p className="lever-hint">{t('data.api.example')}</p>
          <code className="code-line">{`curl '${example}'`}</code>
        </>
      )}
    </section>
  );
}
