/**
 * What presenter mode draws around the page: the clock (the only chrome), where the story's tour is,
 * the speaker notes of the current moment in the UI language, and the blank screen a clicker's B
 * button brings up. Everything is large enough to read from the back of a room (presenter.css).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { useScenario } from '../../state/scenario/use-scenario';
import { cityShortName, useCitySummary } from '../../ui/city-name';
import { ClockFace } from '../clock/time-controls';
import { storyAbout } from '../scenario/stories';
import type { Presenter } from './use-presenter';

function Countdown({ dueAt }: { dueAt: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <span className="presenter-bar__next">{t('presenter.nextIn', { seconds: Math.max(0, Math.ceil((dueAt - now) / 1000)) })}</span>;
}

export function PresenterBar({ presenter, timeZone }: { presenter: Presenter; timeZone: string }) {
  const { t } = useTranslation();
  const { story, moments, index, dueAt } = presenter;
  return (
    <header className="presenter-bar">
      <ClockFace timeZone={timeZone} />
      {story ? (
        <p className="presenter-bar__story">
          <span>{t(`stories.${story.id}.name`)}</span>
          {moments.length > 0 ? (
            <span className="presenter-bar__step" data-testid="presenter-step">
              {index === 0 ? t('presenter.opening') : t('presenter.moment', { n: index, count: moments.length })}
            </span>
          ) : null}
          {dueAt !== null ? <Countdown dueAt={dueAt} /> : null}
        </p>
      ) : null}
    </header>
  );
}

/** The speaker notes: the moment's notes, the story's summary at its opening, or how to get notes. */
export function SpeakerNotes({ presenter }: { presenter: Presenter }) {
  const { t, i18n } = useTranslation();
  const { scenario } = useScenario();
  const cityName = cityShortName(t, scenario.city, useCitySummary(scenario.city));
  const { story, moments, index } = presenter;
  const moment = index > 0 ? moments[index - 1] : undefined;
  // Outside its own city a story is told in city-neutral words, and has no tour (its notes name
  // Columbus places): the presenter is told so, rather than Page Down doing nothing.
  const howToGo = moments.length > 0 ? t('presenter.start') : t('presenter.noTour', { city: cityName });
  const text = moment
    ? moment.notes[i18n.language as Language]
    : story
      ? `${storyAbout(t, story, cityName)} ${howToGo}`
      : t('presenter.noStory');
  return (
    <section className="speaker-notes" aria-label={t('presenter.notes')} aria-live="polite" data-testid="speaker-notes">
      <p>{text}</p>
    </section>
  );
}

/** A black screen over everything while blanked; B (or forward/back) brings the picture back. */
export function BlankScreen() {
  const { t } = useTranslation();
  return (
    <div className="presenter-blank" data-testid="presenter-blank">
      <span className="visually-hidden">{t('presenter.blanked')}</span>
    </div>
  );
}
