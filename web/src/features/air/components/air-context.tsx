/** "What you are looking at": the Village Green program card from the policy context, and what the benches were (and were not). */
import { useTranslation } from 'react-i18next';
import { ProgramContextCard } from '../../../ui/program-card/program-card';

export function AirContext() {
  const { t } = useTranslation();
  return (
    <div className="air-context">
      <section className="card card--context" aria-labelledby="air-context-title">
        <h2 id="air-context-title" className="card__title">
          {t('air.context.title')}
        </h2>
        <p>{t('air.context.body')}</p>
      </section>
      <ProgramContextCard programId="village-green-project" />
    </div>
  );
}
