/**
 * Scenario Lab: the current scenario (the baseline, from the address bar) beside up to three
 * variants on one window and one clock. A scorecard computed on the server from the engine (air,
 * energy, mobility, each with its change from the baseline, absolute and %), the same comparison
 * over several seeds to tell an effect from noise, the chosen metric overlaid on shared axes with
 * episode windows shaded, a map pair (the baseline and one variant at the clock's minute, one view,
 * side by side or a swipe), and for each figure how it is computed and why it changed. Everything
 * lives in the URL (state/lab/lab-url.ts), so a link reopens the same comparison.
 */
import './lab.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cityQuery } from '../../api/queries';
import { formatDateTime } from '../../i18n/format-time';
import { isLanguage } from '../../i18n/i18n';
import { PageLayout } from '../../ui/page-layout';
import { LabChart } from './components/lab-chart';
import { LabControls } from './components/lab-controls';
import { LabMapPair } from './components/lab-map-pair';
import { LinkNotice } from './components/link-notice';
import { ScenarioBuilder } from './components/scenario-builder';
import { ScorecardTable } from './components/scorecard-table';
import { VerdictTiles } from './components/verdict-tiles';
import { WhyPanel } from './components/why-panel';
import { useLabData } from './hooks/use-lab-data';
import { useLabView } from './hooks/use-lab-view';
import { changesSummary, variantChanges } from './utils/variant-changes';

export function LabPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const { baseline, view, linkNotes, dismissLinkNotes, setVariants, setDays, setSeeds, setMetric, setFigure, setMapMode, setMapVariant } =
    useLabView();
  const city = useQuery(cityQuery(baseline.city));
  const timeZone = city.data?.timezone ?? 'America/New_York';
  const { window, maxSeeds, seeds, scorecard, band } = useLabData(baseline, view.variants, view.days, view.seeds, timeZone);
  const rangeOf = (fromMs: number, toMs: number) =>
    t('lab.windowRange', { from: formatDateTime(fromMs, language, timeZone), to: formatDateTime(toMs, language, timeZone) });
  const range = rangeOf(window.fromMs, window.toMs);
  // The scorecard says the window of the answer it shows: while a new window loads, the previous one.
  const shown = scorecard.data;
  const shownRange = shown ? rangeOf(Date.parse(shown.from), Date.parse(shown.to)) : range;
  // The band waits for the one-seed scorecard: when that failed (the panel says so, with a retry),
  // the band is not running either, so nothing spins for it.
  const bandPending = band.wanted && band.data === undefined && !band.isError && !scorecard.isError;

  return (
    <PageLayout
      className="lab"
      sideClassName="lab__side"
      sideFirst
      map={
        <section className="lab__main" aria-label={t('pages.lab.title')}>
          <VerdictTiles
            band={band.data}
            variants={view.variants.length}
            changes={view.variants.map((variant) => changesSummary(variantChanges(baseline, variant, language), t))}
            seeds={seeds}
            asked={view.seeds}
            maxSeeds={maxSeeds}
            days={view.days}
            pending={bandPending}
            failed={band.isError ? band.error : null}
            onRetry={() => band.refetch()}
          />
          <ScorecardTable
            query={scorecard}
            band={band.data}
            bandPending={bandPending}
            subtitle={t('lab.scorecard.subtitle', { range: shownRange })}
            pendingLabel={t('lab.scorecard.pending', {
              what: t('lab.scorecard.scenarios', { count: view.variants.length + 1 }),
              count: view.days,
            })}
            language={language}
            selected={view.figure}
            onSelect={setFigure}
          />
          <LabChart query={scorecard} metric={view.metric} onMetric={setMetric} language={language} />
          <LabMapPair
            baseline={baseline}
            variants={view.variants}
            mode={view.mapMode}
            variant={view.mapVariant}
            onMode={setMapMode}
            onVariant={setMapVariant}
            language={language}
          />
        </section>
      }
    >
      <header className="page-layout__header lab__header">
        <div>
          <p className="eyebrow">{t('pages.lab.program')}</p>
          <h1>{t('pages.lab.title')}</h1>
        </div>
      </header>
      <LinkNotice notes={linkNotes} onDismiss={dismissLinkNotes} />
      <p className="page-intro">{t('lab.intro')}</p>
      <LabControls days={view.days} seeds={seeds} maxSeeds={maxSeeds} range={range} onDays={setDays} onSeeds={setSeeds} />
      <ScenarioBuilder baseline={baseline} variants={view.variants} window={window} language={language} onChange={setVariants} />
      <WhyPanel answer={scorecard.data} figure={view.figure} language={language} />
    </PageLayout>
  );
}
