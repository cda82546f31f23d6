/** How much history the charts show (6 h, 24 h, 7 days): pressed buttons, kept in the URL by the page. */
import { useTranslation } from 'react-i18next';
import { SPANS, type SpanKey } from '../utils/air-view';

export function SpanPicker({ value, onChange }: { value: SpanKey; onChange: (span: SpanKey) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="span-picker">
      <legend className="span-picker__label">{t('air.span.label')}</legend>
      <div className="speed-picker">
        {(Object.keys(SPANS) as SpanKey[]).map((span) => (
          <button key={span} type="button" aria-pressed={span === value} onClick={() => onChange(span)}>
            {t(`air.span.${span}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
