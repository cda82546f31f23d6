/**
 * Policy: the US federal smart-city story behind the data, in the reader's language. Timeline with
 * filters in the URL, the eight agencies, the programs with their figures and sources, the finalists
 * map, and the chain from each program to the panel that simulates its data.
 */
import './policy.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Failure, Pending } from '../../ui/panel-state';
import { ProgramCard } from '../../ui/program-card/program-card';
import { usePolicy } from '../../ui/program-card/use-policy';
import { AgencyCards } from './components/agency-cards';
import { FinalistsMap } from './components/finalists-map';
import { PolicySection } from './components/policy-section';
import { PolicyToData } from './components/policy-to-data';
import { Timeline } from './components/timeline';
import { useTimelineFilters } from './hooks/use-timeline-filters';

const SECTIONS = ['timeline', 'agencies', 'programs', 'finalists', 'flow'] as const;

/** Scrolls to the `#anchor` of a link once the content exists (the router does not do it). */
function useScrollToHash(ready: boolean) {
  const { hash, key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` changes on every navigation, even to the same hash.
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [ready, hash, key]);
}

export function PolicyPage() {
  const { t } = useTranslation();
  const { query, index } = usePolicy();
  const [filters] = useTimelineFilters();
  useScrollToHash(index !== null);
  const challenge = index?.programs.get('smart-city-challenge');

  return (
    <div className="policy">
      <header className="policy__header">
        <p className="eyebrow">{t('pages.policy.program')}</p>
        <h1>{t('pages.policy.title')}</h1>
        <p className="policy__intro">{t('policy.intro')}</p>
        <p className="policy__note">{t('policy.introNote')}</p>
        <p className="policy__source">{t('policy.introSource')}</p>
        <nav className="policy__nav" aria-label={t('policy.sectionsNav')}>
          {SECTIONS.map((section) => (
            <a key={section} href={`#${section}`}>
              {t(`policy.sections.${section}`)}
            </a>
          ))}
        </nav>
      </header>

      {query.isPending ? (
        <Pending label={t('policy.pending')} />
      ) : query.isError || !index ? (
        <Failure title={t('policy.failed')} error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          <Timeline index={index} />
          <AgencyCards index={index} />
          <PolicySection id="programs" title={t('policy.programs.title')} subtitle={t('policy.programs.subtitle')}>
            <div className="card-grid program-grid">
              {index.policy.programs.map((program) => (
                <ProgramCard key={program.id} program={program} index={index} highlighted={filters.program === program.id} />
              ))}
            </div>
          </PolicySection>
          {challenge ? <FinalistsMap challenge={challenge} /> : null}
          <PolicyToData index={index} />
        </>
      )}
    </div>
  );
}
