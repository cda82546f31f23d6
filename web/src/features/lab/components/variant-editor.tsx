/**
 * One variant's levers: the seed, the fleet (EV share and time-of-use charging, connected vehicles),
 * the signals (retiming, transit priority) and two episodes over the whole window (heat wave, smoke).
 * Native inputs, each labelled, so every control is reachable and operable by keyboard.
 */
import { SeedSchema } from '@sandbox/shared/common/schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTypedNumber } from '../../../ui/use-typed-number';
import type { LabWindow } from '../api/lab-queries';

type Switch = 'evTimeOfUse' | 'signalRetiming' | 'transitSignalPriority';
/** Shares of the fleet, entered in percent. */
const SHARES = ['evShare', 'connectedShare'] as const;
type Episode = 'heatWave' | 'wildfireSmoke';
const SWITCHES: readonly Switch[] = ['evTimeOfUse', 'signalRetiming', 'transitSignalPriority'];
const EPISODES: readonly Episode[] = ['heatWave', 'wildfireSmoke'];

interface Props {
  variant: Scenario;
  index: number;
  window: LabWindow;
  onChange: (next: Scenario) => void;
  onRemove: () => void;
  changes: string[];
}

const clampShare = (percent: number) => Math.min(1, Math.max(0, Math.round(percent) / 100));

/** A labelled number field; see useTypedNumber for when a typed value is applied. */
function NumberField({
  id,
  label,
  value,
  min,
  max,
  step,
  onValue,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max?: number;
  step: number;
  onValue: (n: number) => void;
}) {
  const typed = useTypedNumber(value, onValue);
  return (
    <div className="lab-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" type="number" inputMode="numeric" min={min} max={max} step={step} {...typed} />
    </div>
  );
}

export function VariantEditor({ variant, index, window, onChange, onRemove, changes }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const levers = variant.levers;
  const setLevers = (patch: Partial<Scenario['levers']>) => onChange({ ...variant, levers: { ...levers, ...patch } });
  const title = t('lab.variant', { n: index + 1 });
  return (
    <fieldset className="lab-variant" data-testid={`lab-variant-${index + 1}`}>
      <legend className="lab-variant__title">
        <span className={`lab-swatch lab-swatch--${index + 1}`} aria-hidden="true" />
        {title}
      </legend>
      <p className="lab-variant__changes">{changes.length > 0 ? changes.join(' · ') : t('lab.noChange')}</p>
      <div className="lab-variant__grid">
        <NumberField
          id={`${id}-seed`}
          label={t('lab.lever.seed')}
          value={variant.seed}
          min={0}
          step={1}
          onValue={(seed) => {
            if (SeedSchema.safeParse(seed).success) onChange({ ...variant, seed });
          }}
        />
        {SHARES.map((key) => (
          <NumberField
            key={key}
            id={`${id}-${key}`}
            label={t(`lab.lever.${key}`)}
            value={Math.round(levers[key] * 100)}
            min={0}
            max={100}
            step={5}
            onValue={(percent) => setLevers({ [key]: clampShare(percent) })}
          />
        ))}
      </div>
      <div className="lab-variant__switches">
        {SWITCHES.map((key) => (
          <label key={key} className="lab-check">
            <input type="checkbox" checked={levers[key]} onChange={(e) => setLevers({ [key]: e.target.checked })} />
            {t(`lab.lever.${key}`)}
          </label>
        ))}
        {EPISODES.map((key) => (
          <label key={key} className="lab-check">
            <input
              type="checkbox"
              checked={levers[key] !== undefined}
              onChange={(e) =>
                setLevers({
                  [key]: e.target.checked
                    ? { from: window.from, to: window.to, ...(key === 'heatWave' ? { deltaC: 6 } : { intensity: 0.6 }) }
                    : undefined,
                })
              }
            />
            {t(`lab.lever.${key}`)}
          </label>
        ))}
      </div>
      <button type="button" className="button button--small button--quiet lab-variant__remove" onClick={onRemove}>
        {t('lab.removeVariant', { n: index + 1 })}
      </button>
    </fieldset>
  );
}
