import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { LiveFramesProvider } from '../api/live-frames';
import { cityQuery } from '../api/queries';
import { ClockProvider, useClock } from '../state/clock/clock-provider';
import { useScenario } from '../state/scenario/use-scenario';
import { useStudentView } from '../state/student-url';
import { IgnoredParamsProvider, useIgnoredParams, useReportIgnored } from '../state/url/ignored-params';
import { useViewLink } from '../state/view-params';
import { cityLabel, useCitySummary } from '../ui/city-name';
import { Icon } from '../ui/icon';
import { CityPicker } from './city/city-picker';
import { HelpDialog } from './clock/help-dialog';
import { StreamStatus } from './clock/stream-status';
import { TimeControls } from './clock/time-controls';
import { useClockShortcuts } from './clock/use-shortcuts';
import { LanguageToggle } from './language-toggle';
import { PAGES, type PageInfo } from './pages';
import { BlankScreen, PresenterBar, SpeakerNotes } from './presenter/presenter-chrome';
import { usePresenter } from './presenter/use-presenter';
import { changedLevers } from './scenario/changed-levers';
import { ScenarioPanel } from './scenario/scenario-panel';
import { StoryPicker } from './scenario/story-picker';
import { StudentBadge } from './student-badge';
import { useDocumentTitle } from './use-document-title';

function NavItem({ page }: { page: PageInfo }) {
  const { t } = useTranslation();
  const to = useViewLink(page.path);
  return (
    <NavLink to={to} end={page.path === '/'} className={({ isActive }) => (isActive ? 'nav-link nav-link--active' : 'nav-link')}>
      {t(`pages.${page.key}.title`)}
    </NavLink>
  );
}

function Shell() {
  const { t } = useTranslation();
  const { dispatch } = useClock();
  const { scenario, ignored: scenarioIgnored } = useScenario();
  useReportIgnored(scenarioIgnored);
  const ignored = useIgnoredParams();
  const city = useQuery(cityQuery(scenario.city));
  const citySummary = useCitySummary(scenario.city);
  const help = useRef<HTMLDialogElement>(null);
  const panel = useRef<HTMLDialogElement>(null);
  useClockShortcuts(dispatch, () => help.current?.showModal());
  useDocumentTitle();
  const changes = changedLevers(scenario);
  const presenter = usePresenter();
  // Student mode: no levers, faults, stories or presenter notes (they would give the answers away).
  const student = useStudentView();
  const presenting = presenter.presenting && !student;
  const timeZone = city.data?.timezone ?? 'America/New_York';

  // Presenter mode swaps the header and the control bar for the clock and the speaker notes; the
  // page (<main>) keeps its place in the tree, so switching does not reload its map or data.
  return (
    <div className={presenting ? 'shell shell--presenter' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {presenting ? (
        <PresenterBar presenter={presenter} timeZone={timeZone} />
      ) : (
        <header className="shell__header">
          <div className="brand">
            <img className="brand__mark" src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={28} height={28} />
            <div>
              <div className="brand__name">{t('app.name')}</div>
              <div className="brand__city">{t('app.tagline', { city: cityLabel(t, scenario.city, citySummary) })}</div>
            </div>
          </div>
          <nav className="shell__nav" aria-label={t('app.pagesNav')}>
            {PAGES.map((page) => (
              <NavItem key={page.path} page={page} />
            ))}
          </nav>
          {student ? (
            <StudentBadge view={student} />
          ) : (
            <>
              <CityPicker />
              <StoryPicker />
            </>
          )}
          <LanguageToggle />
        </header>
      )}
      {presenting ? null : (
        <div className="control-bar">
          <TimeControls timeZone={timeZone} />
          <div className="control-bar__end">
            {student ? null : (
              <>
                <button type="button" className="scenario-button" onClick={presenter.toggle} title={t('presenter.key')}>
                  {t('presenter.open')}
                </button>
                <button
                  type="button"
                  className={changes.length > 0 ? 'scenario-button scenario-button--changed' : 'scenario-button'}
                  onClick={() => panel.current?.showModal()}
                  aria-haspopup="dialog"
                >
                  {t('scenario.open')}
                  {changes.length > 0 ? <span className="badge">{t('scenario.changes', { count: changes.length })}</span> : null}
                </button>
              </>
            )}
            <button
              type="button"
              className="icon-button"
              onClick={() => help.current?.showModal()}
              aria-label={t('help.open')}
              aria-haspopup="dialog"
            >
              <Icon name="help" />
            </button>
          </div>
        </div>
      )}
      <StreamStatus />
      {ignored.length > 0 && !presenting ? (
        <p className="banner" role="status">
          {t('scenario.ignored', { params: ignored.join(', ') })}
        </p>
      ) : null}
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      {presenting ? <SpeakerNotes presenter={presenter} /> : null}
      {presenter.blanked ? <BlankScreen /> : null}
      <HelpDialog ref={help} />
      {student ? null : <ScenarioPanel ref={panel} city={city.data} />}
    </div>
  );
}

export function Layout() {
  return (
    <IgnoredParamsProvider>
      <ClockProvider>
        <LiveFramesProvider>
          <Shell />
        </LiveFramesProvider>
      </ClockProvider>
    </IgnoredParamsProvider>
  );
}
