/**
 * One lever a participant may move: a share as a slider within the room's bounds (its value in
 * words beside it, the arrow keys step it by 1 %), a switch as a checkbox. Large targets for a
 * thumb on a 360 px phone; the label says what the lever is, the bounds what is allowed.
 */
import type { RoomLeverSpec } from '@sandbox/shared/rooms/schemas';
import { ROOM_LEVER_KIND } from '@sandbox/shared/rooms/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';
import { leverLabel, leverValueText } from '../utils/room-text';

interface Props {
  spec: RoomLeverSpec;
  value: number | boolean | undefined;
  /** Shown, but not on the server yet: said beside the value, so it never passes for the team's. */
  unsaved?: boolean;
  disabled: boolean;
  onChange: (value: number | boolean) => void;
}

const percent = (x: number, language: Language) => formatNumber(x, language, { style: 'percent', maximumFractionDigits: 0 });

function Unsaved() {
  const { t } = useTranslation();
  return <span className="lever-control__unsaved">{t('rooms.lever.unsaved')}</span>;
}

export function LeverControl({ spec, value, unsaved = false, disabled, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const id = useId();
  const label = leverLabel(spec.id, language);
  if (ROOM_LEVER_KIND[spec.id] === 'toggle') {
    return (
      <div className="lever-control lever-control--toggle">
        <input id={id} type="checkbox" checked={value === true} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="lever-control__value">
          {leverValueText(spec.id, value, language, t)}
          {unsaved ? <Unsaved /> : null}
        </output>
      </div>
    );
  }
  const min = spec.min ?? 0;
  const max = spec.max ?? 1;
  const current = typeof value === 'number' ? value : min;
  return (
    <div className="lever-control lever-control--share">
      <div className="lever-control__head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id} className="lever-control__value">
          {leverValueText(spec.id, current, language, t)}
          {unsaved ? <Unsaved /> : null}
        </output>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={0.01}
        value={current}
        disabled={disabled}
        aria-valuetext={percent(current, language)}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <p className="lever-control__range">{t('rooms.lever.range', { min: percent(min, language), max: percent(max, language) })}</p>
    </div>
  );
}
