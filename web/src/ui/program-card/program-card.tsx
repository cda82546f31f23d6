/**
 * One program: what it did, who led it, its figures (with a note where sources disagree), its
 * sources, and links to its events on the timeline and to the page that simulates its data.
 * `ProgramContextCard` is the same card for a telemetry page (Air, Energy, Mobility): give it a
 * program id and it fetches the policy context itself.
 */
import './program-card.css';
import './program-tags.css';
import type { PolicyProgram } from '@sandbox/shared/policy/schemas';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { sharedSearch } from '../../state/view-params';
import { Failure, Pending } from '../panel-state';
import { DateCertaintyBadge } from './date-certainty';
import { formatDateRange, formatPartialDate } from './dates';
import { FigureList, sourceOrderOf } from './figures';
import { anchors, STREAM_PAGES } from './links';
import { SourceList } from './sources';
import { type PolicyIndex, usePolicy, useUiLanguage } from './use-policy';

/** `/policy?…&program=<id>#timeline`, keeping the shared view parameters (language, …). */
export function timelineLinkFor(programId: string, search: string) {
  const params = new URLSearchParams(sharedSearch(search));
  params.set('program', programId);
  return { pathname: '/policy', search: `?${params}`, hash: '#timeline' };
}

interface ProgramCardProps {
  program: PolicyProgram;
  index: PolicyIndex;
  /** `full` on the Policy page; `context` on a telemetry page (no lists, links back to the policy). */
  variant?: 'full' | 'context';
  highlighted?: boolean;
}

export function ProgramCard({ program, index, variant = 'full', highlighted = false }: ProgramCardProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { pathname, search } = useLocation();
  const shared = sharedSearch(search);
  const parent = program.parent ? index.programs.get(program.parent) : undefined;
  const order = sourceOrderOf(program);
  const titleId = `${variant}-${anchors.program(program.id)}-title`;
  const panels = program.telemetry.filter((link) => STREAM_PAGES[link.stream].path !== pathname);
  const inPage = (hash: string) => (variant === 'full' ? { hash } : { pathname: '/policy', search: shared, hash });

  return (
    <article
      id={variant === 'full' ? anchors.program(program.id) : undefined}
      className={`card program-card program-card--${variant}${highlighted ? ' program-card--highlighted' : ''}`}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <p className="eyebrow">{variant === 'context' ? t('policy.context.title') : t(`policy.programs.kind.${program.kind}`)}</p>
      <h3 id={titleId} className="program-card__name">
        {program.name}
      </h3>
      <dl className="facts">
        <div>
          <dt>{t('policy.programs.period')}</dt>
          <dd>
            {program.end
              ? formatDateRange(program.start, program.end, language)
              : t('policy.programs.since', { date: formatPartialDate(program.start, language) })}
            <DateCertaintyBadge certainty={program.dateCertainty} />
          </dd>
        </div>
        <div>
          <dt>{t('policy.programs.leadBy')}</dt>
          <dd>{program.leadBy}</dd>
        </div>
        {program.agencies.length > 0 ? (
          <div>
            <dt>{t('policy.programs.agencies')}</dt>
            <dd className="tag-list">
              {program.agencies.map((id) => (
                <Link key={id} className="tag tag--agency" to={inPage(`#${anchors.agency(id)}`)} title={index.agencies.get(id)?.name}>
                  {index.agencies.get(id)?.acronym ?? id}
                </Link>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      {parent ? (
        <p className="program-card__parent">
          <Link to={inPage(`#${anchors.program(parent.id)}`)}>{t('policy.programs.partOf', { program: parent.name })}</Link>
        </p>
      ) : null}
      <p className="program-card__summary">{program.summary}</p>
      {variant === 'full'
        ? program.lists.map((list) => (
            <section key={list.id} className="program-card__list" aria-label={list.title}>
              <h4>{list.title}</h4>
              <ul>
                {list.items.map((item) => (
                  <li key={item.title}>
                    <span className="program-card__item">{item.title}</span>
                    {item.detail ? <span className="program-card__detail">{item.detail}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ))
        : null}
      <FigureList figures={program.figures} sourceOrder={order} />
      <div className="program-card__links">
        <Link className="button button--small button--quiet" to={timelineLinkFor(program.id, search)}>
          {t('policy.programs.onTimeline')}
        </Link>
        {panels.map((link) => (
          <Link key={link.stream} className="button button--small" to={{ pathname: STREAM_PAGES[link.stream].path, search: shared }}>
            {t('policy.programs.simulated', { page: t(`pages.${STREAM_PAGES[link.stream].key}.title`) })}
          </Link>
        ))}
      </div>
      <SourceList ids={order} index={index} />
    </article>
  );
}

/** The program card for a telemetry page, e.g. `<ProgramContextCard programId="village-green-project" />`. */
export function ProgramContextCard({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const { query, index } = usePolicy();
  if (query.isPending) return <Pending label={t('policy.context.pending')} />;
  if (query.isError || !index) return <Failure title={t('policy.context.failed')} error={query.error} onRetry={() => query.refetch()} />;
  const program = index.programs.get(programId);
  return program ? <ProgramCard program={program} index={index} variant="context" /> : null;
}
