/**
 * The comparison's window (whole local days ending with the clock's day) and the seeds of the
 * effect-or-noise band; seed counts over the server's cost cap for this window and these variants
 * are shown but disabled, and the hint says how many fit. `seeds` is the count in use (at most the
 * cap), not necessarily the one asked for.
 */
import { MAX_SEEDS } from '@sandbox/shared/lab/schemas';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LAB_DAYS, type LabDays } from '../../../state/lab/lab-url';

interface Props {
  days: LabDays;
  seeds: number;
  /** The most seeds within the server's cost cap (lab/cost.ts) for this window and these variants. */
  maxSeeds: number;
  range: string;
  onDays: (days: LabDays) => void;
  onSeeds: (seeds: number) => void;
}

const SEED_CHOICES = [1, 2, 3, 5, 8, 10];

export function LabControls({ days, seeds, maxSeeds, range, onDays, onSeeds }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="lab-controls" aria-label={t('lab.controls')}>
      <fieldset className="segmented lab-controls__days">
        <legend className="lab-label">{t('lab.window')}</legend>
        {LAB_DAYS.map((d) => (
          <button key={d} type="button" aria-pressed={days === d} onClick={() => onDays(d)}>
            {t('lab.days', { count: d })}
          </button>
        ))}
        <span className="lab-controls__range">{range}</span>
      </fieldset>
      <div className="lab-field">
        <label htmlFor={`${id}-seeds`} className="lab-label">
          {t('lab.seeds')}
        </label>
        <select
          id={`${id}-seeds`}
          className="input"
          value={seeds}
          aria-describedby={`${id}-seeds-hint`}
          onChange={(e) => onSeeds(Number(e.target.value))}
        >
          {[...new Set([...SEED_CHOICES, seeds])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={n} disabled={n > maxSeeds}>
                {n}
              </option>
            ))}
        </select>
        <p id={`${id}-seeds-hint`} className="lab-hint">
          {t('lab.seedsHint')}
          {maxSeeds < MAX_SEEDS ? ` ${t('lab.seedsCap', { count: maxSeeds, days })}` : ''}
        </p>
      </div>
    </section>
  );
}
