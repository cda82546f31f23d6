/** Which corridor the panels follow, and how much history the charts show (both kept in the URL). */
import type { City } from '@sandbox/shared/city/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, useUiLanguage } from '../../../i18n/use-ui-language';
import { SPAN_KEYS, type Span } from '../utils/view-params';

export function CorridorPicker({ city, value, onChange }: { city: City; value: string; onChange: (corridorId: string) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const id = useId();
  return (
    <fieldset className="choice-chips" aria-describedby={`${id}-hint`}>
      <legend className="choice-chips__legend">{t('mobility.picker.corridor')}</legend>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('mobility.picker.corridorHint')}
      </span>
      {city.corridors.map((corridor) => (
        <button key={corridor.id} type="button" className="chip" aria-pressed={corridor.id === value} onClick={() => onChange(corridor.id)}>
          {localName(corridor, language)}
        </button>
      ))}
    </fieldset>
  );
}

export function SpanPicker({ value, onChange }: { value: Span; onChange: (span: Span) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-chips">
      <legend className="choice-chips__legend">{t('mobility.picker.span')}</legend>
      {SPAN_KEYS.map((span) => (
        <button key={span} type="button" className="chip" aria-pressed={span === value} onClick={() => onChange(span)}>
          {t(`mobility.picker.spans.${span}`)}
        </button>
      ))}
    </fieldset>
  );
}
