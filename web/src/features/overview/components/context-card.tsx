import { Trans, useTranslation } from 'react-i18next';

/** "What you are looking at": ties the Overview to the real programs it imitates. */
export function ContextCard() {
  const { t } = useTranslation();
  return (
    <section className="card card--context" aria-labelledby="context-title">
      <h2 id="context-title" className="card__title">
        {t('context.title')}
      </h2>
      <p>
        <Trans i18nKey="context.body" components={{ strong: <strong /> }} />
      </p>
    </section>
  );
}
