/**
 * "How this is computed" and "why it changed" for the figure chosen in the scorecard: its note, then
 * for each variant the chains lever → mechanism → this figure of the levers that variant changed.
 */
import type { LabKpiId } from '@sandbox/shared/lab/kpis';
import type { LabScorecard } from '@sandbox/shared/lab/schemas';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../i18n/i18n';
import { formatDiff, formatPercent, unitText } from '../utils/figures';

interface Props {
  answer: LabScorecard | undefined;
  figure: LabKpiId;
  language: Language;
}

export function WhyPanel({ answer, figure, language }: Props) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const shown = useRef(figure);
  // A figure chosen in the scorecard is explained here, which on a small screen is far down the side
  // column: bring it into view when the choice changes and it is out of sight.
  useEffect(() => {
    if (shown.current === figure) return;
    shown.current = figure;
    const box = section.current?.getBoundingClientRect();
    if (box && (box.top > window.innerHeight || box.bottom < 0)) section.current?.scrollIntoView({ block: 'nearest' });
  }, [figure]);
  const kpi = answer?.kpis.find((k) => k.id === figure);
  if (!answer || !kpi) return null;
  const chains = new Map(answer.chains.map((chain) => [chain.id, chain]));
  return (
    <section ref={section} className="card lab-why" aria-labelledby="lab-why-title" data-testid="lab-why">
      <h2 id="lab-why-title" className="card__title">
        {`${t('lab.why.title')}: ${kpi.label[language]}`}
      </h2>
      <h3 className="lab-why__heading">{t('lab.why.how')}</h3>
      <p className="lab-why__how">{kpi.how[language]}</p>
      {answer.comparisons.length === 0 ? <p className="card__subtitle">{t('lab.why.noVariant')}</p> : null}
      {answer.comparisons.map((comparison, i) => {
        const row = comparison.kpis.find((k) => k.id === figure);
        const why = (row?.why ?? []).flatMap((id) => chains.get(id) ?? []);
        return (
          <div key={comparison.variant} className="lab-why__variant">
            <h3 className="lab-why__heading">
              <span className={`lab-swatch lab-swatch--${i + 1}`} aria-hidden="true" />
              {`${t('lab.variant', { n: i + 1 })}: ${formatDiff(row?.diff ?? null, kpi.decimals, language)} ${unitText(kpi.unit, t)} (${formatPercent(row?.diffPct ?? null, language)})`}
            </h3>
            {why.length === 0 ? (
              <p className="card__subtitle">{t('lab.why.none')}</p>
            ) : (
              <ul className="lab-why__chains" aria-label={t('lab.why.chains')}>
                {why.map((chain) => (
                  <li key={chain.id}>
                    <strong>{chain.leverLabel[language]}</strong>
                    {` → ${chain.mechanism[language]} → `}
                    <em>{kpi.label[language]}</em>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
