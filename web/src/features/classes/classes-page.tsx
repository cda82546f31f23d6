/**
 * Classes (teacher, issue 15): open a class with a name and this view's scenario (levers and faults
 * set in the Scenario panel, sealed so students never see them) and go to its page (links to hand out and
 * the progress); the classes opened in this browser are listed to go back to. Students open the
 * class's link, type their name and work in student mode (no levers, no faults). Students start where
 * the teacher was: the page the Scenario panel's link came from (`from`) at the clock's moment, paused
 * there (a story's page and moment, with its faults), which the form says before the class is opened.
 */
import './classes.css';
import type { ClassStart } from '@sandbox/shared/classes/schemas';
import { VIEW_PAGES } from '@sandbox/shared/scenario/address';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { dateTimeFormat, zoneName } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';
import { useClock } from '../../state/clock/clock-provider';
import { clockInstant } from '../../state/clock/clock-url';
import { useScenario } from '../../state/scenario/use-scenario';
import { useCitySummary } from '../../ui/city-name';
import { pageKey } from '../../ui/page-key';
import { Empty } from '../../ui/panel-state';
import { createClass } from './api/class-api';
import { rememberTaughtClass, taughtClasses } from './api/class-keys';

export function ClassesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const classes = taughtClasses();
  // The class's scenario is this view's (set in the Scenario panel: levers, faults): sealed for students.
  const { scenario } = useScenario();
  const faults = scenario.faults.length;
  const lang = `?lang=${i18n.language}`;
  const start = useClassStart();
  const language = i18n.language as Language;
  const timeZone = useCitySummary(scenario.city)?.timezone ?? 'America/New_York';
  const startMs = Date.parse(start.t);
  const startTime = `${dateTimeFormat(language, timeZone, START_TIME).format(startMs)} ${zoneName(startMs, language, timeZone)}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createClass({ name: name.trim(), scenario, start });
      rememberTaughtClass({ code: created.code, name: created.name, key: created.teacherKey, createdAt: new Date().toISOString() });
      navigate(`/classes/${created.code}${lang}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <div className="classes">
      <header className="classes__header">
        <p className="eyebrow">{t('pages.classes.program')}</p>
        <h1>{t('classes.setup.title')}</h1>
        <p className="classes__intro">{t('classes.setup.intro')}</p>
      </header>
      {error ? (
        <p className="classes__error" role="alert">
          {t('classes.setup.failed', { reason: error })}
        </p>
      ) : null}
      <div className="classes__columns">
        <form className="card classes__form" onSubmit={(event) => void submit(event)}>
          <h2>{t('classes.setup.new')}</h2>
          <label htmlFor={id}>{t('classes.setup.name')}</label>
          <input
            id={id}
            className="input"
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={120}
            required
            placeholder={t('classes.setup.namePlaceholder')}
          />
          <p className="classes__help">{t('classes.setup.scenario', { count: faults })}</p>
          <p className="classes__help">{t('classes.setup.start', { page: t(`pages.${pageKey(start.page)}.title`), time: startTime })}</p>
          <p className="classes__help">{t('classes.setup.help')}</p>
          <button type="submit" className="button" disabled={busy || name.trim() === ''}>
            {busy ? t('classes.setup.creating') : t('classes.setup.create')}
          </button>
        </form>
        <section className="card classes__list" aria-labelledby={`${id}-yours`}>
          <h2 id={`${id}-yours`}>{t('classes.setup.yours')}</h2>
          {classes.length === 0 ? (
            <Empty>{t('classes.setup.none')}</Empty>
          ) : (
            <ul>
              {classes.map((taught) => (
                <li key={taught.code}>
                  <Link to={`/classes/${taught.code}${lang}`}>{taught.name}</Link> <span className="classes__code">{taught.code}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

/** "Wed, Jul 15, 12:00" / "7월 15일 (수) 12:00", on the 24-hour clock like every time the app writes. */
const START_TIME: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/**
 * Where the class's students start: the page the Scenario panel's link came from (`from`, one a view
 * can open; else the Overview) and the clock's moment to the second, taken again when the clock changes
 * (a live clock's moment is the one when the teacher came here: students open paused at it).
 */
function useClassStart(): Required<ClassStart> {
  const [params] = useSearchParams();
  const { now } = useClock();
  const page = VIEW_PAGES.find((p) => p === params.get('from')) ?? '/';
  const t = useMemo(() => clockInstant(now()), [now]);
  return useMemo(() => ({ page, t }), [page, t]);
}
