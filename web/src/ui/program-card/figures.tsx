/** A program's or event's figures, with a "sources differ" note wherever another source disagrees. */
import './figures.css';
import type { PolicyFigure } from '@sandbox/shared/policy/schemas';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { formatFigureNumber } from './figure-number';
import { RefMarks } from './sources';
import { useUiLanguage } from './use-policy';

type Value = Pick<PolicyFigure, 'value' | 'unit' | 'qualifier'>;

function useFigureText() {
  const { t } = useTranslation();
  const language: Language = useUiLanguage();
  return ({ value, unit, qualifier }: Value) => {
    const number = formatFigureNumber(value, unit, language);
    const withUnit = unit === 'usd' ? t('policy.figure.usd', { value: number }) : number;
    return t(`policy.figure.${qualifier}`, { value: withUnit });
  };
}

export function FigureList({ figures, sourceOrder }: { figures: PolicyFigure[]; sourceOrder: string[] }) {
  const { t } = useTranslation();
  const text = useFigureText();
  if (figures.length === 0) return null;
  return (
    <ul className="figures">
      {figures.map((figure) => (
        <li key={figure.id} className={figure.alternatives.length > 0 ? 'figure figure--disputed' : 'figure'}>
          <span className="figure__value">{text(figure)}</span>
          <span className="figure__label">
            {figure.label} <RefMarks ids={figure.sources} order={sourceOrder} />
          </span>
          {figure.alternatives.length > 0 ? (
            <div className="figure__note" role="note">
              <strong className="figure__note-title">{t('policy.figure.sourcesDiffer')}</strong>
              <ul>
                {figure.alternatives.map((alt) => (
                  <li key={alt.note}>
                    {alt.value !== undefined && alt.unit !== undefined ? (
                      <strong className="figure__alt-value">{text({ value: alt.value, unit: alt.unit, qualifier: alt.qualifier })}</strong>
                    ) : null}{' '}
                    {alt.note} <RefMarks ids={alt.sources} order={sourceOrder} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Every source a program or event cites, its own first, then its figures' and their alternatives'. */
export function sourceOrderOf(item: { sources: string[]; figures: PolicyFigure[] }): string[] {
  const ids = [...item.sources, ...item.figures.flatMap((f) => [...f.sources, ...f.alternatives.flatMap((a) => a.sources)])];
  return [...new Set(ids)];
}
