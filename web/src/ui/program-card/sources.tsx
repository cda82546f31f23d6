/**
 * Citations. A card lists its sources once, numbered; its figures point to them with [n] marks, as a
 * printed report would. Titles stay in the language they were published in (marked with `lang`).
 */
import './sources.css';
import type { PolicySource } from '@sandbox/shared/policy/schemas';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from './dates';
import type { PolicyIndex } from './use-policy';
import { useUiLanguage } from './use-policy';

const HANGUL = /[\uac00-\ud7a3]/;

export function Citation({ source }: { source: PolicySource }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const title = (
    <cite lang={HANGUL.test(source.title) ? 'ko' : 'en'}>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
    </cite>
  );
  const footnotes = source.overviewFootnotes ?? [];
  return (
    <>
      {source.kind === 'overview' ? <span className="citation__tag">{t('policy.sources.overview')}</span> : null}
      {footnotes.length > 0 ? (
        <span className="citation__tag">{t('policy.sources.footnote', { count: footnotes.length, notes: footnotes.join(', ') })}</span>
      ) : null}
      {title}
      {source.publisher ? <span className="citation__meta">{source.publisher}</span> : null}
      {source.date ? <span className="citation__meta">{formatPartialDate(source.date, language)}</span> : null}
      {source.note && source.kind !== 'overview' ? <span className="citation__note">{source.note}</span> : null}
    </>
  );
}

/** The numbered list of a card's sources; `inline` runs them on as one paragraph (events, agencies). */
export function SourceList({ ids, index, inline = false }: { ids: string[]; index: PolicyIndex; inline?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={inline ? 'sources sources--inline' : 'sources'}>
      <h4 className="sources__title">{t('policy.sources.label')}</h4>
      <ol className="sources__list">
        {ids.map((id) => {
          const source = index.sources.get(id);
          return source ? (
            <li key={id} className="citation">
              <Citation source={source} />
            </li>
          ) : null;
        })}
      </ol>
    </div>
  );
}

/** `[1, 3]`: the numbers of `ids` in a card's source list. */
export function RefMarks({ ids, order }: { ids: string[]; order: string[] }) {
  const numbers = ids
    .map((id) => order.indexOf(id) + 1)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  return numbers.length > 0 ? <span className="ref-marks">{`[${numbers.join(', ')}]`}</span> : null;
}
