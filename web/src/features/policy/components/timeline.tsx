/**
 * The interactive timeline, 2007 to this year: filter chips by agency and domain (kept in the URL),
 * a strip of years to jump through, and the events grouped by year. Everything is reachable by
 * keyboard: chips are toggle buttons, years and tags are links to anchors on this page.
 */
import '../../../ui/program-card/program-tags.css';
import './timeline.css';
import { AGENCY_IDS, POLICY_DOMAINS, type PolicyEvent } from '@sandbox/shared/policy/schemas';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../../ui/panel-state';
import { DateCertaintyBadge } from '../../../ui/program-card/date-certainty';
import { formatDateRange, yearOf } from '../../../ui/program-card/dates';
import { FigureList, sourceOrderOf } from '../../../ui/program-card/figures';
import { anchors } from '../../../ui/program-card/links';
import { SourceList } from '../../../ui/program-card/sources';
import { type PolicyIndex, useUiLanguage } from '../../../ui/program-card/use-policy';
import { useTimelineFilters } from '../hooks/use-timeline-filters';
import { hasFilters, matchesFilters, NO_FILTERS, toggled } from '../utils/timeline-filters';
import { PolicySection } from './policy-section';
import { ProgramTagItems } from './program-tags';

export const FIRST_YEAR = 2007;

function FilterGroup<T extends string>({
  legend,
  options,
  selected,
  label,
  title,
  onToggle,
}: {
  legend: string;
  options: readonly T[];
  selected: readonly T[];
  label: (value: T) => string;
  title?: (value: T) => string | undefined;
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      {options.map((value) => (
        <button
          key={value}
          type="button"
          className="chip"
          aria-pressed={selected.includes(value)}
          title={title?.(value)}
          onClick={() => onToggle(value)}
          data-value={value}
        >
          {label(value)}
        </button>
      ))}
    </fieldset>
  );
}

function EventCard({ event, index }: { event: PolicyEvent; index: PolicyIndex }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const order = sourceOrderOf(event);
  const titleId = `${anchors.event(event.id)}-title`;
  return (
    <article
      id={anchors.event(event.id)}
      className="event"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-agencies={event.agencies.join(' ')}
    >
      <p className="event__date">
        <time dateTime={event.date}>{formatDateRange(event.date, event.endDate, language)}</time>
        <DateCertaintyBadge certainty={event.dateCertainty} note={event.dateNote} />
      </p>
      <h4 id={titleId} className="event__title">
        {event.title}
      </h4>
      {event.dateNote ? <p className="event__date-note">{event.dateNote}</p> : null}
      <p className="event__summary">{event.summary}</p>
      <FigureList figures={event.figures} sourceOrder={order} />
      <ul className="tag-list event__tags">
        {event.agencies.map((id) => (
          <li key={id}>
            <a className="tag tag--agency" href={`#${anchors.agency(id)}`} title={index.agencies.get(id)?.name}>
              {index.agencies.get(id)?.acronym ?? id}
            </a>
          </li>
        ))}
        {event.domains.map((domain) => (
          <li key={domain}>
            <span className={`tag tag--domain tag--${domain}`}>{t(`policy.domain.${domain}`)}</span>
          </li>
        ))}
        <ProgramTagItems ids={event.programs} index={index} />
      </ul>
      <SourceList ids={order} index={index} inline />
    </article>
  );
}

export function Timeline({ index }: { index: PolicyIndex }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useTimelineFilters();
  const events = index.policy.timeline;
  const visible = events.filter((event) => matchesFilters(event, filters));
  const lastYear = Math.max(new Date().getFullYear(), ...events.map((e) => yearOf(e.endDate ?? e.date)));
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const byYear = new Map<number, PolicyEvent[]>();
  for (const event of visible) byYear.set(yearOf(event.date), [...(byYear.get(yearOf(event.date)) ?? []), event]);
  const program = filters.program ? index.programs.get(filters.program) : undefined;
  const clear = () => setFilters(NO_FILTERS);

  return (
    <PolicySection
      id="timeline"
      title={t('policy.timeline.title', { from: FIRST_YEAR, to: lastYear })}
      subtitle={t('policy.timeline.subtitle')}
    >
      <div className="filters">
        <FilterGroup
          legend={t('policy.timeline.agencyFilter')}
          options={AGENCY_IDS}
          selected={filters.agencies}
          label={(id) => index.agencies.get(id)?.acronym ?? id}
          title={(id) => index.agencies.get(id)?.name}
          onToggle={(id) => setFilters({ ...filters, agencies: toggled(filters.agencies, id, AGENCY_IDS) })}
        />
        <FilterGroup
          legend={t('policy.timeline.domainFilter')}
          options={POLICY_DOMAINS}
          selected={filters.domains}
          label={(domain) => t(`policy.domain.${domain}`)}
          onToggle={(domain) => setFilters({ ...filters, domains: toggled(filters.domains, domain, POLICY_DOMAINS) })}
        />
        <div className="filters__status">
          {filters.program ? (
            <span className="filters__program">
              {t('policy.timeline.programFilter')}
              <button
                type="button"
                className="chip"
                aria-pressed="true"
                aria-label={`${t('policy.timeline.removeProgram')}: ${program?.name ?? filters.program}`}
                onClick={() => setFilters({ ...filters, program: null })}
              >
                {program?.name ?? filters.program}
                <span aria-hidden="true" className="chip__remove" />
              </button>
            </span>
          ) : null}
          <output className="filters__count" aria-live="polite" data-testid="timeline-count">
            {t('policy.timeline.showing', { count: visible.length, total: events.length })}
          </output>
          {hasFilters(filters) ? (
            <button type="button" className="button button--small button--quiet" onClick={clear}>
              {t('policy.timeline.clear')}
            </button>
          ) : null}
        </div>
      </div>

      <nav className="year-strip" aria-label={t('policy.timeline.years')}>
        <ol>
          {years.map((year) => {
            const yearEvents = byYear.get(year) ?? [];
            const count = yearEvents.length;
            return (
              <li key={year}>
                {count > 0 ? (
                  // The name is the link's own (hidden) text, not an aria-label: a label that did not
                  // contain the visible year ("2016년" for "2016") fails WCAG 2.5.3 (label in name).
                  <a className="year-strip__year" href={`#${anchors.year(year)}`}>
                    <span className="visually-hidden">{t('policy.timeline.yearLink', { year, count })}</span>
                    <span className="year-strip__dots" aria-hidden="true">
                      {yearEvents.map((event) => (
                        <span key={event.id} className="year-strip__dot" />
                      ))}
                    </span>
                    <span className="year-strip__label" aria-hidden="true">
                      {year}
                    </span>
                  </a>
                ) : (
                  <span className="year-strip__year year-strip__year--empty">
                    <span className="visually-hidden">{t('policy.timeline.yearNone', { year })}</span>
                    <span className="year-strip__dots" aria-hidden="true" />
                    <span className="year-strip__label" aria-hidden="true">
                      {year}
                    </span>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>

      {visible.length === 0 ? (
        <Empty>
          <span>{t('policy.timeline.empty')}</span>
          <button type="button" className="button button--small" onClick={clear}>
            {t('policy.timeline.clear')}
          </button>
        </Empty>
      ) : (
        <ol className="timeline" aria-label={t('policy.timeline.events')}>
          {[...byYear].map(([year, yearEvents]) => (
            <li key={year} id={anchors.year(year)} className="timeline__year">
              <h3 className="timeline__year-label">{year}</h3>
              <ol className="timeline__events">
                {yearEvents.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} index={index} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </PolicySection>
  );
}
