import { useTranslation } from 'react-i18next';
import { fromLocalInputValue, toLocalInputValue } from '../../i18n/format-time';
import { InputField } from './lever-controls';

type Window = { from: string; to: string };
const ENDS = ['from', 'to'] as const;

/** Start and end of a window on the city's wall clock. */
export function WindowInputs({ window: w, timeZone, onChange }: { window: Window; timeZone: string; onChange: (w: Window) => void }) {
  const { t } = useTranslation();
  // Either end moves only to a valid time that keeps the window from starting at or after its end.
  const move = (end: (typeof ENDS)[number], value: string) => {
    const ms = fromLocalInputValue(value, timeZone);
    if (ms === null) return;
    const next = { ...w, [end]: new Date(ms).toISOString() };
    if (Date.parse(next.from) < Date.parse(next.to)) onChange(next);
  };
  return (
    <div className="window-inputs">
      {ENDS.map((end) => (
        <InputField
          key={end}
          label={t(`scenario.${end}`)}
          type="datetime-local"
          value={toLocalInputValue(Date.parse(w[end]), timeZone)}
          onChange={(e) => move(end, e.target.value)}
        />
      ))}
    </div>
  );
}
