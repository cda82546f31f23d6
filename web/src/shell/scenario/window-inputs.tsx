import { useTranslation } from 'react-i18next';
import { fromLocalInputValue, toLocalInputValue } from '../../i18n/format-time';

/** Start and end of a window on the city's wall clock. */
export function WindowInputs({
  window: w,
  timeZone,
  onChange,
}: {
  window: { from: string; to: string };
  timeZone: string;
  onChange: (w: { from: string; to: string }) => void;
}) {
  const { t } = useTranslation();
  const toUtc = (value: string) => {
    const ms = fromLocalInputValue(value, timeZone);
    return ms === null ? null : new Date(ms).toISOString();
  };
  return (
    <div className="window-inputs">
      <label>
        <span>{t('scenario.from')}</span>
        <input
          className="input"
          type="datetime-local"
          value={toLocalInputValue(Date.parse(w.from), timeZone)}
          onChange={(e) => {
            const from = toUtc(e.target.value);
            if (from && Date.parse(from) < Date.parse(w.to)) onChange({ ...w, from });
          }}
        />
      </label>
      <label>
        <span>{t('scenario.to')}</span>
        <input
          className="input"
          type="datetime-local"
          value={toLocalInputValue(Date.parse(w.to), timeZone)}
          onChange={(e) => {
            const to = toUtc(e.target.value);
            if (to && Date.parse(to) > Date.parse(w.from)) onChange({ ...w, to });
          }}
        />
      </label>
    </div>
  );
}
