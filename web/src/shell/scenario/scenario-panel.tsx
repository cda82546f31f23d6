/**
 * The what-if levers and teaching faults, editing the scenario in the URL. Levers act on causes in
 * the engine (weather, fleet, schedules, signal plans); each one says what it changes. Sliders
 * commit when they settle, so dragging does not flood the API.
 */
import type { City } from '@sandbox/shared/city/schemas';
import { SeedSchema } from '@sandbox/shared/common/schemas';
import { type Fault, type Levers, type Scenario, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { Fragment, forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { formatDateTime } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';
import { useClock } from '../../state/clock/clock-provider';
import { labComparisonParams } from '../../state/lab/lab-url';
import { useScenario } from '../../state/scenario/use-scenario';
import { useViewLink } from '../../state/view-params';
import { Icon } from '../../ui/icon';
import { useTypedNumber } from '../../ui/use-typed-number';
import { FaultEditor } from './fault-editor';
import { InputField, Slider, Toggle } from './lever-controls';
import { StoryList } from './story-list';
import { WindowInputs } from './window-inputs';
import { defaultWindow, type EpisodeLever } from './windows';

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** A share of the fleet (a slider, 5% steps unless said, with its hint under it when it has one) or a switch (with its hint). */
type LeverRow =
  | { share: 'evShare' | 'connectedShare'; hint?: 'evShareHint' | 'connectedShareHint'; step?: number }
  | { toggle: 'evTimeOfUse' | 'signalRetiming' | 'transitSignalPriority' };

const LEVER_GROUPS: readonly { title: 'fleetTitle' | 'signalsTitle'; rows: readonly LeverRow[] }[] = [
  {
    title: 'fleetTitle',
    rows: [
      { share: 'evShare', hint: 'evShareHint' },
      { toggle: 'evTimeOfUse' },
      { share: 'connectedShare', hint: 'connectedShareHint', step: 0.01 },
    ],
  },
  { title: 'signalsTitle', rows: [{ toggle: 'signalRetiming' }, { toggle: 'transitSignalPriority' }] },
];

interface Amount {
  key: 'deltaC' | 'intensity' | 'depth';
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
}

/** Each episode with the amount its slider sets. */
const EPISODES: readonly { lever: EpisodeLever; amount: Amount }[] = [
  { lever: 'heatWave', amount: { key: 'deltaC', min: 1, max: 15, step: 1, format: (v) => `+${v} °C` } },
  { lever: 'wildfireSmoke', amount: { key: 'intensity', min: 0.1, max: 1, step: 0.1, format: percent } },
  { lever: 'inversion', amount: { key: 'intensity', min: 0.1, max: 1, step: 0.1, format: percent } },
  { lever: 'demandResponse', amount: { key: 'depth', min: 0.1, max: 1, step: 0.1, format: percent } },
];

interface EpisodeProps {
  lever: EpisodeLever;
  scenario: Scenario;
  timeZone: string;
  update: (levers: Partial<Levers>) => void;
  amount: Amount;
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
  const { pathname, search } = useLocation();
  const link = useViewLink('/saved');
  // From the Lab, the comparison (variants, days, seeds) goes along, to be saved with the view.
  const comparison = pathname === '/lab' ? new URLSearchParams(labComparisonParams(new URLSearchParams(search))).toString() : '';
  const from = [`from=${encodeURIComponent(pathname)}`, comparison].filter(Boolean).join('&');
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

/**
 * To the Rooms page with this view (so the story it tells is the new room's first choice), or to the
 * Classes page with this view and the page it came from (`from`: where the class's students start).
 */
function PageLink({ page }: { page: 'rooms' | 'classes' }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const link = useViewLink(`/${page}`);
  const from = page === 'classes' ? `from=${encodeURIComponent(pathname)}` : '';
  const to = from ? { pathname: link.pathname, search: link.search ? `${link.search}&${from}` : `?${from}` } : link;
  return (
    <Link className="button button--quiet" to={to} onClick={(event) => event.currentTarget.closest('dialog')?.close()}>
      {t(`scenario.${page}`)}
    </Link>
  );
}

export const ScenarioPanel = forwardRef<HTMLDialogElement, { city: City | undefined }>(function ScenarioPanel({ city }, ref) {
  const { t, i18n } = useTranslation();
  const { scenario, setScenario } = useScenario();
  const timeZone = city?.timezone ?? 'America/New_York';
  const language = i18n.language as Language;
  const update = (levers: Partial<Levers>) => setScenario(ScenarioSchema.parse({ ...scenario, levers: { ...scenario.levers, ...levers } }));
  const setFaults = (faults: Fault[]) => setScenario(ScenarioSchema.parse({ ...scenario, faults }));
  const seedInput = useTypedNumber(scenario.seed, (seed) => {
    if (SeedSchema.safeParse(seed).success) setScenario({ ...scenario, seed });
  });
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
        <PageLink page="rooms" />
        <PageLink page="classes" />
      </p>

      <StoryList />

      <section className="lever-group">
        <h3>{t('scenario.seedTitle')}</h3>
        <div className="seed-row">
          <InputField label={t('scenario.seed')} type="number" min={0} max={4294967295} {...seedInput} />
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => setScenario({ ...scenario, seed: (scenario.seed % 9973) + 1 })}
          >
            {t('scenario.nextSeed')}
          </button>
        </div>
      </section>

      {LEVER_GROUPS.map((group) => (
        <section key={group.title} className="lever-group">
          <h3>{t(`scenario.${group.title}`)}</h3>
          {group.rows.map((row) =>
            'toggle' in row ? (
              <Toggle
                key={row.toggle}
                label={t(`scenario.${row.toggle}`)}
                hint={t(`scenario.${row.toggle}Hint`)}
                checked={l[row.toggle]}
                onChange={(on) => update({ [row.toggle]: on })}
              />
            ) : (
              <Fragment key={row.share}>
                <Slider
                  label={t(`scenario.${row.share}`)}
                  value={l[row.share]}
                  min={0}
                  max={1}
                  step={row.step ?? 0.05}
                  format={percent}
                  onCommit={(share) => update({ [row.share]: share })}
                />
                {row.hint ? <p className="lever-hint">{t(`scenario.${row.hint}`)}</p> : null}
              </Fragment>
            ),
          )}
        </section>
      ))}

      <h3 className="sheet__subtitle">{t('scenario.episodesTitle')}</h3>
      {EPISODES.map(({ lever, amount }) => (
        <Episode key={lever} lever={lever} scenario={scenario} timeZone={timeZone} update={update} amount={amount} />
      ))}

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
