/**
 * Episodes on time charts: the scenario's heat wave, wildfire smoke, inversion and demand-response
 * windows, shaded behind the data (each kind in its own colour, named inside the band when there is
 * room) and captioned under the chart with their times, on every page and in presenter mode, so a
 * reader sees when the what-if was acting. A chart over a window asks `useEpisodeBands`; the Lab,
 * which compares several scenarios, passes its own bands.
 */
import { type EpisodeKind, scenarioEpisodes } from '@sandbox/shared/scenario/episodes';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ReferenceArea } from 'recharts';
import { formatMonthDay, formatTime } from '../../i18n/format-time';
import type { Language } from '../../i18n/i18n';
import { okabeIto } from '../../map/palette';
import { useScenario } from '../../state/scenario/use-scenario';

export interface EpisodeBand {
  kind: EpisodeKind;
  from: number;
  to: number;
}

/** One colour per kind (Okabe–Ito hues; smoke in grey), light enough behind lines and areas. */
export const EPISODE_FILL: Record<EpisodeKind, string> = {
  heatWave: okabeIto.orange,
  wildfireSmoke: '#7b8594',
  inversion: okabeIto.skyBlue,
  demandResponse: okabeIto.purple,
};
const EPISODE_OPACITY = 0.16;

/** A band is named inside itself only when it covers this share of the window (else the caption does). */
const LABEL_SHARE = 0.12;

/** The bands that overlap [fromMs, toMs), each once. */
export function bandsInWindow(bands: readonly EpisodeBand[], fromMs: number, toMs: number): EpisodeBand[] {
  const seen = new Map<string, EpisodeBand>();
  for (const band of bands) if (band.to > fromMs && band.from < toMs) seen.set(`${band.kind}|${band.from}|${band.to}`, band);
  return [...seen.values()];
}

/** The current scenario's episodes that overlap a chart's window. */
export function useEpisodeBands(fromMs: number, toMs: number): EpisodeBand[] {
  const { scenario } = useScenario();
  const all = useMemo(
    () => scenarioEpisodes(scenario).map((e) => ({ kind: e.kind, from: Date.parse(e.from), to: Date.parse(e.to) })),
    [scenario],
  );
  return useMemo(() => bandsInWindow(all, fromMs, toMs), [all, fromMs, toMs]);
}

/**
 * The shaded areas, as Recharts children (elements, not a component). `x` maps an instant to the
 * chart's x value: identity on a time axis, the hour's category on an hourly one.
 */
export function episodeAreas(
  bands: readonly EpisodeBand[],
  window: { fromMs: number; toMs: number },
  name: (kind: EpisodeKind) => string,
  x: (ms: number, edge: 'from' | 'to') => number | undefined = (ms) => ms,
) {
  return bands.map((band) => {
    const from = Math.max(band.from, window.fromMs);
    const to = Math.min(band.to, window.toMs);
    const wide = (to - from) / (window.toMs - window.fromMs) >= LABEL_SHARE;
    return (
      <ReferenceArea
        key={`episode-${band.kind}-${band.from}`}
        x1={x(from, 'from')}
        x2={x(to, 'to')}
        fill={EPISODE_FILL[band.kind]}
        fillOpacity={EPISODE_OPACITY}
        ifOverflow="hidden"
        className={`episode-band episode-band--${band.kind}`}
        label={wide ? { value: name(band.kind), position: 'insideTop', fill: '#2e3744', fontSize: 12 } : undefined}
      />
    );
  });
}

/**
 * The x of an instant on an hourly category axis (one category per hour, starting at `starts[i]`,
 * valued `values[i]`): a band starts at the hour holding its start and ends where the hour after its
 * end begins (undefined past the last hour: Recharts then runs the area to the axis' end).
 */
export function hourlyX(starts: readonly number[], values: readonly number[]) {
  return (ms: number, edge: 'from' | 'to'): number | undefined => {
    if (edge === 'to') {
      const after = starts.findIndex((start) => start >= ms);
      return after < 0 ? undefined : values[after];
    }
    let holding: number | undefined;
    starts.forEach((start, i) => {
      if (start <= ms) holding = values[i];
    });
    return holding;
  };
}

/** The caption under a chart: each shaded episode, its colour and its window on the city's clock. */
export function EpisodeCaption({ bands, language, timeZone }: { bands: readonly EpisodeBand[]; language: Language; timeZone: string }) {
  const { t } = useTranslation();
  if (bands.length === 0) return null;
  const day = (ms: number) => formatMonthDay(ms, language, timeZone);
  const time = (ms: number) => formatTime(ms, language, timeZone);
  return (
    <p className="episode-caption" data-testid="episode-caption">
      <span>{t('episodes.shaded')}</span>{' '}
      {bands.map((band) => (
        <span key={`${band.kind}-${band.from}`} className="episode-caption__item">
          {' '}
          <span className="episode-caption__swatch" style={{ background: EPISODE_FILL[band.kind] }} aria-hidden="true" />
          {t('episodes.window', {
            name: t(`episodes.${band.kind}`),
            from: `${day(band.from)} ${time(band.from)}`,
            // Within one day the end needs only its time.
            to: day(band.from) === day(band.to) ? time(band.to) : `${day(band.to)} ${time(band.to)}`,
          })}
        </span>
      ))}
    </p>
  );
}

/** The name of each kind, in the UI language (for the bands' labels). */
export function useEpisodeName(): (kind: EpisodeKind) => string {
  const { t } = useTranslation();
  return (kind) => t(`episodes.${kind}`);
}
