/**
 * The Lab's view state, in the URL so a copied link reopens the same comparison: the variants
 * (`v1`–`v3`, state/lab/lab-url.ts), the window in days (`labDays`), the band's seeds (`labSeeds`),
 * the metric drawn (`labMetric`), the figure explained (`labFigure`), and the map pair's layout
 * (`labMap`: side by side or swipe) and variant (`labMapVariant`, 1–3). The baseline is the view's
 * scenario; values that do not validate are ignored, never fatal.
 */
import { type LabKpiId, LabKpiIdSchema } from '@sandbox/shared/lab/kpis';
import { type LabSeriesId, LabSeriesIdSchema } from '@sandbox/shared/lab/schemas';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../i18n/i18n';
import { type LabDays, parseLabDays, parseLabSeeds, VARIANT_PARAMS, variantsFromSearch, writeVariants } from '../../../state/lab/lab-url';
import { useScenario } from '../../../state/scenario/use-scenario';
import { useUrlParams } from '../../../state/url/use-url-params';
import { labLinkNotes } from '../utils/link-notes';

export const MAP_PAIR_MODES = ['split', 'swipe'] as const;
export type MapPairMode = (typeof MAP_PAIR_MODES)[number];

export interface LabView {
  variants: Scenario[];
  days: LabDays;
  seeds: number;
  metric: LabSeriesId;
  figure: LabKpiId;
  mapMode: MapPairMode;
  /** The variant drawn beside the baseline, 1-based (the first when the URL names none or one that is gone). */
  mapVariant: number;
}

const PAGE_PARAMS = [...VARIANT_PARAMS, 'labDays', 'labSeeds', 'labMetric', 'labFigure', 'labMap', 'labMapVariant'] as const;

export function labViewFromSearch(params: URLSearchParams, city: string): LabView {
  const metric = LabSeriesIdSchema.safeParse(params.get('labMetric'));
  const figure = LabKpiIdSchema.safeParse(params.get('labFigure'));
  const variants = variantsFromSearch(params, city);
  const mapVariant = Number(params.get('labMapVariant'));
  return {
    variants,
    days: parseLabDays(params.get('labDays')),
    seeds: parseLabSeeds(params.get('labSeeds')),
    metric: metric.success ? metric.data : 'load',
    figure: figure.success ? figure.data : 'peakLoad',
    mapMode: params.get('labMap') === 'swipe' ? 'swipe' : 'split',
    mapVariant: Number.isInteger(mapVariant) && mapVariant >= 1 && mapVariant <= variants.length ? mapVariant : 1,
  };
}

export function useLabView() {
  const { scenario } = useScenario();
  const [params, update] = useUrlParams();
  // `String(null)`: an absent variant and an empty one (the default scenario, `v1=`) differ.
  const key = [scenario.city, ...PAGE_PARAMS.map((k) => String(params.get(k)))].join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the page's part of the URL (and the city variants live in)
  const view = useMemo(() => labViewFromSearch(params, scenario.city), [key]);

  const setVariants = useCallback((variants: Scenario[]) => update((next) => writeVariants(next, variants)), [update]);
  const setParam = useCallback(
    (name: (typeof PAGE_PARAMS)[number], value: string) =>
      update((next) => {
        next.set(name, value);
      }),
    [update],
  );
  const setDays = useCallback((days: LabDays) => setParam('labDays', String(days)), [setParam]);
  const setSeeds = useCallback((seeds: number) => setParam('labSeeds', String(seeds)), [setParam]);
  const setMetric = useCallback((metric: LabSeriesId) => setParam('labMetric', metric), [setParam]);
  const setFigure = useCallback((figure: LabKpiId) => setParam('labFigure', figure), [setParam]);
  const setMapMode = useCallback((mode: MapPairMode) => setParam('labMap', mode), [setParam]);
  const setMapVariant = useCallback((n: number) => setParam('labMapVariant', String(n)), [setParam]);

  // A link's values the page could not use, said once (until dismissed); the address bar then shows
  // the comparison the page runs, so a copied link is the one on screen.
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the page's part of the URL, as for the view
  const notes = useMemo(() => labLinkNotes(params, scenario.city, t, language), [key, t, language]);
  const [linkNotes, setLinkNotes] = useState<string[]>([]);
  useEffect(() => {
    if (notes.length === 0) return;
    setLinkNotes(notes);
    update((next) => {
      writeVariants(next, view.variants);
      for (const k of [...next.keys()]) if (/^v\d+$/.test(k) && !(VARIANT_PARAMS as readonly string[]).includes(k)) next.delete(k);
      if (next.has('labDays')) next.set('labDays', String(view.days));
      if (next.has('labSeeds')) next.set('labSeeds', String(view.seeds));
    });
  }, [notes, update, view]);
  const dismissLinkNotes = useCallback(() => setLinkNotes([]), []);

  return {
    baseline: scenario,
    view,
    linkNotes,
    dismissLinkNotes,
    setVariants,
    setDays,
    setSeeds,
    setMetric,
    setFigure,
    setMapMode,
    setMapVariant,
  };
}
