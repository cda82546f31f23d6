/**
 * The time bar: play/pause, step, speed, live, replay from a date and time, and the sim clock on
 * the city's wall clock. Every map and chart follows it.
 */
import { MINUTE_MS } from '@sandbox/shared/common/time';
import { useTranslation } from 'react-i18next';
import { formatClock, fromLocalInputValue, toLocalInputValue } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';
import { useClock, useSimTime } from '../../state/clock/clock-provider';
import { SPEEDS } from '../../state/clock/clock-state';
import { Icon } from '../../ui/icon';

export function ClockFace({ timeZone }: { timeZone: string }) {
  const { i18n } = useTranslation();
  const simMs = useSimTime(1000, 200);
  return (
    <time className="clock-face" dateTime={new Date(simMs).toISOString()} data-testid="sim-clock" data-sim-ms={simMs}>
      {formatClock(simMs, i18n.language as Language, timeZone)}
    </time>
  );
}

export function TimeControls({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const { state, dispatch } = useClock();
  const replayValue = toLocalInputValue(useSimTime(MINUTE_MS, 1000), timeZone);

  return (
    <div className="time-controls" role="toolbar" aria-label={t('clock.toolbar')}>
      <div className="time-controls__buttons">
        <button
          type="button"
          className="icon-button"
          onClick={() => dispatch({ type: 'step', direction: -1 })}
          aria-label={t('clock.stepBack')}
          title={t('clock.stepBackKey')}
        >
          <Icon name="stepBack" />
        </button>
        <button
          type="button"
          className="icon-button icon-button--primary"
          onClick={() => dispatch({ type: 'toggle' })}
          aria-label={state.playing ? t('clock.pause') : t('clock.play')}
          aria-pressed={state.playing}
          title={t('clock.playKey')}
        >
          <Icon name={state.playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={() => dispatch({ type: 'step', direction: 1 })}
          aria-label={t('clock.stepForward')}
          title={t('clock.stepForwardKey')}
        >
          <Icon name="stepForward" />
        </button>
      </div>

      <fieldset className="speed-picker">
        <legend className="visually-hidden">{t('clock.speed')}</legend>
        {SPEEDS.map((speed) => (
          <button key={speed} type="button" aria-pressed={state.speed === speed} onClick={() => dispatch({ type: 'speed', speed })}>
            {t('clock.speedValue', { speed })}
          </button>
        ))}
      </fieldset>

      <button
        type="button"
        className={state.live ? 'live-button live-button--on' : 'live-button'}
        aria-pressed={state.live}
        onClick={() => dispatch({ type: 'live' })}
        title={t('clock.liveKey')}
      >
        <span className="live-button__dot" aria-hidden="true" />
        {t('clock.live')}
      </button>

      <label className="replay-picker">
        <span>{t('clock.replayFrom')}</span>
        <input
          className="input"
          type="datetime-local"
          value={replayValue}
          onChange={(event) => {
            const simMs = fromLocalInputValue(event.target.value, timeZone);
            if (simMs !== null) dispatch({ type: 'seek', simMs });
          }}
        />
      </label>

      <ClockFace timeZone={timeZone} />
    </div>
  );
}
