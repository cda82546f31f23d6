/**
 * The what-if levers and teaching faults, editing the scenario in the URL. Levers act on causes in
 * the engine (weather, fleet, schedules, signal plans); each one says what it changes. Sliders
 * commit when they settle, so dragging does not flood the API.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { type Fault, type Levers, type Scenario, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { forwardRef, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatDateTime } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';
import { useClock } from '../../state/clock/clock-provider';
import { useScenario } from '../../state/scenario/use-scenario';
import { useViewLink } from '../../state/view-params';
import { Icon } from '../../ui/icon';
import { FaultEditor } from './fault-editor';
import { StoryList } from './story-list';
import { WindowInputs } from './window-inputs';
import { defaultWindow, type EpisodeLever } from './windows';

function Slider({
  label,
  value,
  min,
  max,
  step,
  format,
  onCommit,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
  onCommit: (v: number) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onCommit(draft), 350);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit]);
  return (
    <div className="lever-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-valuetext={format(draft)}
        onChange={(e) => setDraft(Number(e.target.value))}
      />
      <output htmlFor={id}>{format(draft)}</output>
    </div>
  );
}

function Toggle({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="lever-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="lever-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

interface EpisodeProps {
  lever: EpisodeLever;
  scenario: Scenario;
  timeZone: string;
  update: (levers: Partial<Levers>) => void;
  amount: { key: 'deltaC' | 'intensity' | 'depth'; min: number; max: number; step: number; format: (v: number) => string };
}

function Episode({ lever, scenario, timeZone, update, amount }: EpisodeProps) {
  const { t } = useTranslation();
  const { now } = useClock();
  const current = scenario.levers[lever] as (Record<string, number> & { from: string; to: string }) | undefined;
  return (
    <section className="lever-group">
      <Toggle
        label={t(`scenario.${lever}.label`)}
        hint={t(`scenario.${lever}.hint`)}
        checked={current !== undefined}
        onChange={(on) => update({ [lever]: on ? { ...defaultWindow(lever, now()) } : undefined } as Partial<Levers>)}
      />
      {current ? (
        <>
          <WindowInputs
            window={current}
            timeZone={timeZone}
            onChange={(w) => update({ [lever]: { ...current, ...w } } as Partial<Levers>)}
          />
          <Slider
            label={t(`scenario.${lever}.amount`)}
            value={current[amount.key] ?? 0}
            min={amount.min}
            max={amount.max}
            step={amount.step}
            format={amount.format}
            onCommit={(v) => update({ [lever]: { ...current, [amount.key]: v } } as Partial<Levers>)}
          />
        </>
      ) : null}
    </section>
  );
}

/** To the Saved page with this view (its scenario, moment, language), remembering the page it came from. */
function SavedLink() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const link = useViewLink('/saved');
  const from = `from=${encodeURIComponent(pathname)}`;
  return (
    <Link
      className="button button--quiet"
      to={{ pathname: link.pathname, search: link.search ? `${link.search}&${from}` : `?${from}` }}
      onClick={(event) => event.currentTarget.closest('dialog')?.close()}
    >
      {t('scenario.saved')}
    </Link>
  );
}

export const ScenarioPanel = forwardRef<HTMLDialogElement, { city: City | undefined }>(function ScenarioPanel({ city }, ref) {
  const { t, i18n } = useTranslation();
  const { scenario, setScenario } = useScenario();
  const timeZone = city?.timezone ?? 'America/New_York';
  const language = i18n.language as Language;
  const percent = (v: number) => `${Math.round(v * 100)}%`;
  const update = (levers: Partial<Levers>) => setScenario(ScenarioSchema.parse({ ...scenario, levers: { ...scenario.levers, ...levers } }));
  const setFaults = (faults: Fault[]) => setScenario(ScenarioSchema.parse({ ...scenario, faults }));
  const l = scenario.levers;

  return (
    <dialog ref={ref} className="dialog dialog--sheet" aria-labelledby="scenario-title">
      <header className="sheet__header">
        <h2 id="scenario-title">{t('scenario.title')}</h2>
        <form method="dialog">
          <button type="submit" className="icon-button" aria-label={t('scenario.close')}>
            <Icon name="close" />
          </button>
        </form>
      </header>
      <p className="sheet__intro">{t('scenario.intro')}</p>
      <p className="sheet__saved">
        <SavedLink />
      </p>

      <StoryList />

      <section className="lever-group">
        <h3>{t('scenario.seedTitle')}</h3>
        <div className="seed-row">
          <label>
            <span>{t('scenario.seed')}</span>
            <input
              className="input"
              type="number"
              min={0}
              max={4294967295}
              value={scenario.seed}
              onChange={(e) => {
                const seed = Number(e.target.value);
                if (Number.isInteger(seed) && seed >= 0 && seed <= 4294967295) setScenario({ ...scenario, seed });
              }}
            />
          </label>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setScenario({ ...scenario, seed: (scenario.seed % 9973) + 1 })}
          >
            {t('scenario.nextSeed')}
          </button>
        </div>
      </section>

      <section className="lever-group">
        <h3>{t('scenario.fleetTitle')}</h3>
        <Slider
          label={t('scenario.evShare')}
          value={l.evShare}
          min={0}
          max={1}
          step={0.05}
          format={percent}
          onCommit={(evShare) => update({ evShare })}
        />
        <p className="lever-hint">{t('scenario.evShareHint')}</p>
        <Toggle
          label={t('scenario.evTimeOfUse')}
          hint={t('scenario.evTimeOfUseHint')}
          checked={l.evTimeOfUse}
          onChange={(evTimeOfUse) => update({ evTimeOfUse })}
        />
        <Slider
          label={t('scenario.connectedShare')}
          value={l.connectedShare}
          min={0}
          max={1}
          step={0.05}
          format={percent}
          onCommit={(connectedShare) => update({ connectedShare })}
        />
      </section>

      <section className="lever-group">
        <h3>{t('scenario.signalsTitle')}</h3>
        <Toggle
          label={t('scenario.signalRetiming')}
          hint={t('scenario.signalRetimingHint')}
          checked={l.signalRetiming}
          onChange={(signalRetiming) => update({ signalRetiming })}
        />
        <Toggle
          label={t('scenario.transitSignalPriority')}
          hint={t('scenario.transitSignalPriorityHint')}
          checked={l.transitSignalPriority}
          onChange={(transitSignalPriority) => update({ transitSignalPriority })}
        />
      </section>

      <h3 className="sheet__subtitle">{t('scenario.episodesTitle')}</h3>
      <Episode
        lever="heatWave"
        scenario={scenario}
        timeZone={timeZone}
        update={update}
        amount={{ key: 'deltaC', min: 1, max: 15, step: 1, format: (v) => `+${v} °C` }}
      />
      <Episode
        lever="wildfireSmoke"
        scenario={scenario}
        timeZone={timeZone}
        update={update}
        amount={{ key: 'intensity', min: 0.1, max: 1, step: 0.1, format: percent }}
      />
      <Episode
        lever="inversion"
        scenario={scenario}
        timeZone={timeZone}
        update={update}
        amount={{ key: 'intensity', min: 0.1, max: 1, step: 0.1, format: percent }}
      />
      <Episode
        lever="demandResponse"
        scenario={scenario}
        timeZone={timeZone}
        update={update}
        amount={{ key: 'depth', min: 0.1, max: 1, step: 0.1, format: percent }}
      />

      <h3 className="sheet__subtitle">{t('scenario.faultsTitle')}</h3>
      <p className="lever-hint">{t('scenario.faultsIntro')}</p>
      <ul className="fault-list">
        {scenario.faults.map((fault, index) => (
          <li key={JSON.stringify(fault)}>
            <span>
              <strong>{t(`faults.${fault.kind}`)}</strong> ·{' '}
              {'stationId' in fault
                ? fault.stationId
                : 'meterId' in fault
                  ? fault.meterId
                  : 'feederId' in fault
                    ? fault.feederId
                    : t('scenario.fleet')}{' '}
              · {formatDateTime(Date.parse(fault.from), language, timeZone)} – {formatDateTime(Date.parse(fault.to), language, timeZone)}
            </span>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setFaults(scenario.faults.filter((_, i) => i !== index))}
            >
              {t('scenario.remove')}
            </button>
          </li>
        ))}
      </ul>
      {city ? <FaultEditor city={city} onAdd={(fault) => setFaults([...scenario.faults, fault])} /> : null}

      <footer className="sheet__footer">
        <button type="button" className="button button--quiet" onClick={() => setScenario(ScenarioSchema.parse({ city: scenario.city }))}>
          {t('scenario.reset')}
        </button>
      </footer>
    </dialog>
  );
});
