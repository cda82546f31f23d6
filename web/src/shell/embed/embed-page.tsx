/**
 * One panel alone, for an iframe on a city's own page: /embed/<name> with the page's URL parameters
 * (scenario, clock, language and the page's selection). No header, control bar, map or navigation:
 * the panel fills the frame, its clock runs as the URL says, and a small link opens the full page.
 */
import './embed.css';
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref, useLocation, useParams } from 'react-router';
import { LiveFramesProvider } from '../../api/live-frames';
import { useLanguage } from '../../i18n/use-language';
import { ClockProvider } from '../../state/clock/clock-provider';
import { useScenario } from '../../state/scenario/use-scenario';
import { IgnoredParamsProvider, useIgnoredParams, useReportIgnored } from '../../state/url/ignored-params';
import { useCityLabel } from '../../ui/city-name';
import { EmbedSubjectContext } from '../../ui/embed-subject';
import { PageLoading } from '../page-loading';
import { EMBED_FEATURES, type EmbedName, embedFeature, isEmbedName } from './embed-registry';
import { UnknownEmbed } from './unknown-embed';

type Feature = (typeof EMBED_FEATURES)[number];

/** One lazy component per feature: its panels arrive in their own chunk, once. */
const FEATURE_PANELS = new Map<Feature['page'], ComponentType<{ name: EmbedName }>>(
  EMBED_FEATURES.map((feature) => [
    feature.page,
    lazy(async () => ({ default: (await feature.load()) as ComponentType<{ name: EmbedName }> })),
  ]),
);

function EmbedFrame({ name }: { name: EmbedName }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const feature = embedFeature(name);
  // The router's own address of the page (`#/air?…` in the static demo's hash routes).
  const pageHref = useHref(`${feature.path}${search}`);
  const Panel = FEATURE_PANELS.get(feature.page) as ComponentType<{ name: EmbedName }>;
  const [subject, setSubject] = useState<string | undefined>();
  const { scenario, ignored: scenarioIgnored } = useScenario();
  useReportIgnored(scenarioIgnored);
  const ignored = useIgnoredParams();
  const cityLabel = useCityLabel(scenario.city);
  const title = t(`embed.panels.${name}`);
  // Where the panel's data is from, for a reader of the host page: "Linden · Columbus, Ohio · simulated".
  const source = [subject, cityLabel, t('embed.simulated')].filter(Boolean).join(' · ');
  useEffect(() => {
    document.title = `${[title, subject, cityLabel].filter(Boolean).join(' · ')} · ${t('app.name')}`;
  }, [title, subject, cityLabel, t]);
  return (
    <div className="embed">
      <h1 className="visually-hidden">{title}</h1>
      {/* A host page's iframe with a typo (an unknown station) must not pass for the data it asked for. */}
      {ignored.length > 0 ? (
        <p className="embed__notice" role="status">
          {t('scenario.ignored', { params: ignored.join(', ') })}
        </p>
      ) : null}
      <main className="embed__main">
        <Suspense fallback={<PageLoading />}>
          <EmbedSubjectContext.Provider value={setSubject}>
            <Panel name={name} />
          </EmbedSubjectContext.Provider>
        </Suspense>
      </main>
      <footer className="embed__footer">
        <span className="embed__source">{source}</span>
        {/* The whole page, in the same state: its own URL parameters are the embed's. */}
        <a className="embed__open" href={pageHref} target="_blank" rel="noopener noreferrer">
          {t('embed.open')}
          <span className="visually-hidden"> {t('embed.newTab')}</span>
        </a>
      </footer>
    </div>
  );
}

export function EmbedPage() {
  const { panel = '' } = useParams();
  // The language follows the URL's `lang` (or the browser's), as on the pages.
  useLanguage();
  if (!isEmbedName(panel)) return <UnknownEmbed name={panel} />;
  return (
    <IgnoredParamsProvider>
      <ClockProvider>
        <LiveFramesProvider>
          <EmbedFrame name={panel} />
        </LiveFramesProvider>
      </ClockProvider>
    </IgnoredParamsProvider>
  );
}
