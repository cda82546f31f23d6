/** The eight agencies: role, programs, sources, and a link that filters the timeline to them. */
import './agency-cards.css';
import '../../../ui/program-card/program-tags.css';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { anchors } from '../../../ui/program-card/links';
import { SourceList } from '../../../ui/program-card/sources';
import type { PolicyIndex } from '../../../ui/program-card/use-policy';
import { NO_FILTERS, writeFilters } from '../utils/timeline-filters';
import { PolicySection } from './policy-section';
import { ProgramTagItems } from './program-tags';

export function AgencyCards({ index }: { index: PolicyIndex }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <PolicySection id="agencies" title={t('policy.agencies.title')} subtitle={t('policy.agencies.subtitle')}>
      <ul className="card-grid agency-grid">
        {index.policy.agencies.map((agency) => (
          <li key={agency.id}>
            <article
              id={anchors.agency(agency.id)}
              className="card agency-card"
              aria-labelledby={`${anchors.agency(agency.id)}-title`}
              tabIndex={-1}
            >
              <h3 id={`${anchors.agency(agency.id)}-title`} className="agency-card__title">
                <span className="agency-card__acronym">{agency.acronym}</span>
                <span className="agency-card__name">{agency.name}</span>
              </h3>
              <p className="agency-card__role">{agency.role}</p>
              <h4 className="agency-card__subtitle">{t('policy.agencies.programs')}</h4>
              {agency.programs.length > 0 ? (
                <ul className="tag-list">
                  <ProgramTagItems ids={agency.programs} index={index} />
                </ul>
              ) : (
                <p className="agency-card__none">{t('policy.agencies.noPrograms')}</p>
              )}
              <Link
                className="agency-card__events"
                to={{ search: `?${writeFilters(params, { ...NO_FILTERS, agencies: [agency.id] })}`, hash: '#timeline' }}
                preventScrollReset
              >
                {t('policy.agencies.showEvents')}
              </Link>
              <SourceList ids={agency.sources} index={index} inline />
            </article>
          </li>
        ))}
      </ul>
    </PolicySection>
  );
}
