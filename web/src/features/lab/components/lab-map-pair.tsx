/**
 * The Lab's spatial view: the baseline's and one variant's map at the same instant (the clock's
 * minute), coloured as on the other pages (AQI per station, load per district, speed per segment),
 * on one shared view, side by side or as a swipe; under them the city-wide figures of that instant
 * with the change, which are also the panel's table and CSV. Loading, failure and "no variant yet"
 * are the panel's states; the city and basemap have the map's own.
 */
import './lab-map-pair.css';
import type { Scenario } from '@sandbox/shared/scenario/schemas';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { basemapQuery, cityQuery, networkQuery } from '../../../api/queries';
import { formatDateTime } from '../../../i18n/format-time';
import type { Language } from '../../../i18n/i18n';
import { CityMapState } from '../../../map/city-map-state';
import type { LayerGroup } from '../../../map/map-data';
import { MapLegend } from '../../../map/map-legend';
import { useLayerVisibility } from '../../../map/use-layer-visibility';
import { Panel } from '../../../ui/panel';
import { MAP_PAIR_MODES, type MapPairMode } from '../hooks/use-lab-view';
import { usePairFrames } from '../hooks/use-pair-frames';
import { formatChange, formatFigure } from '../utils/figures';
import { type PairFigure, pairFigures, pairMapData } from '../utils/map-pair';
import { variantChanges } from '../utils/variant-changes';
import { PairMaps } from './pair-maps';

const GROUPS: readonly LayerGroup[] = ['stations', 'districts', 'speeds', 'vehicles', 'events'];
const DEFAULT_GROUPS: readonly LayerGroup[] = ['stations', 'districts', 'speeds'];

interface Props {
  baseline: Scenario;
  variants: readonly Scenario[];
  mode: MapPairMode;
  /** 1-based slot of the variant drawn. */
  variant: number;
  onMode: (mode: MapPairMode) => void;
  onVariant: (n: number) => void;
  language: Language;
}

export function LabMapPair({ baseline, variants, mode, variant, onMode, onVariant, language }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const shown = variants[variant - 1];
  const pair = usePairFrames(baseline, shown);
  const city = useQuery(cityQuery(baseline.city));
  const basemap = useQuery(basemapQuery(baseline.city));
  const network = useQuery(networkQuery(baseline.city)).data?.segments;
  const { visible: asked, toggle } = useLayerVisibility(DEFAULT_GROUPS);
  // The address bar's layers may come from another page: only the pair's own groups are drawn.
  const visible = useMemo(() => new Set(GROUPS.filter((g) => asked.has(g))), [asked]);
  const frames = pair.data?.frames;
  const sides = useMemo(() => frames?.map((frame) => pairMapData(frame, network)), [frames, network]);
  const timeZone = city.data?.timezone ?? 'America/New_York';
  const variantName = t('lab.variant', { n: variant });
  const changes = shown ? variantChanges(baseline, shown, language) : [];
  const unit = (f: PairFigure) => t(`lab.mapPair.unit.${f.id}`);

  return (
    <Panel
      title={t('lab.mapPair.title')}
      // The moment is said once the pair has arrived: before, the subtitle would open on a bare colon.
      subtitle={
        shown && pair.data
          ? t('lab.mapPair.subtitle', { time: formatDateTime(pair.data.atMs, language, timeZone), variant: variantName })
          : undefined
      }
      about={[t('lab.mapPair.about'), t('lab.mapPair.aboutLayout')]}
      query={pair}
      isEmpty={(d) => d.frames === null}
      emptyText={t('lab.mapPair.empty')}
      className="lab-map-pair"
      actions={
        <div className="lab-map-pair__tools">
          {variants.length > 1 ? (
            <div className="lab-field lab-field--inline">
              <label htmlFor={`${id}-variant`} className="visually-hidden">
                {t('lab.mapPair.variant')}
              </label>
              <select id={`${id}-variant`} className="input" value={variant} onChange={(e) => onVariant(Number(e.target.value))}>
                {variants.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a variant is its slot (v1–v3)
                  <option key={i} value={i + 1}>
                    {t('lab.variant', { n: i + 1 })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <fieldset className="segmented lab-map-pair__mode">
            <legend className="visually-hidden">{t('lab.mapPair.layout')}</legend>
            {MAP_PAIR_MODES.map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} disabled={!shown} onClick={() => onMode(m)}>
                {t(`lab.mapPair.mode.${m}`)}
              </button>
            ))}
          </fieldset>
        </div>
      }
      table={(d) => ({
        columns: [
          { key: 'figure', label: t('lab.scorecard.figure'), value: (f: PairFigure) => t(`lab.mapPair.figure.${f.id}`) },
          { key: 'unit', label: t('lab.scorecard.unit'), value: unit },
          { key: 'baseline', label: t('lab.baseline'), value: (f: PairFigure) => f.baseline },
          { key: 'variant', label: variantName, value: (f: PairFigure) => f.variant },
          { key: 'change', label: t('lab.scorecard.diff'), value: (f: PairFigure) => f.change },
        ],
        rows: d.frames ? pairFigures(d.frames[0], d.frames[1], network) : [],
        fileName: t('lab.mapPair.fileName'),
        caption: t('lab.mapPair.caption', { time: formatDateTime(d.atMs, language, timeZone), variant: variantName }),
      })}
    >
      {(d) => (
        <CityMapState city={city} basemap={basemap}>
          {(cityData, basemapData) =>
            d.frames && sides?.[0] && sides[1] ? (
              <>
                <PairMaps
                  city={cityData}
                  basemap={basemapData}
                  mode={mode}
                  visible={visible}
                  sides={[
                    { data: sides[0], caption: <Caption slot={0} name={t('lab.baseline')} /> },
                    { data: sides[1], caption: <Caption slot={variant} name={variantName} detail={changes.join(' · ')} /> },
                  ]}
                />
                <PairFigures figures={pairFigures(d.frames[0], d.frames[1], network)} language={language} />
                <MapLegend groups={GROUPS} visible={visible} onToggle={toggle} />
              </>
            ) : null
          }
        </CityMapState>
      )}
    </Panel>
  );
}

function Caption({ slot, name, detail }: { slot: number; name: string; detail?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`lab-swatch lab-swatch--${slot}`} aria-hidden="true" />
      <strong>{name}</strong>
      {detail !== undefined ? <span className="lab-pair__detail">{detail || t('lab.noChange')}</span> : null}
    </>
  );
}

/** The instant's city-wide figures: baseline → variant and the change, in words the maps' colours cannot give. */
function PairFigures({ figures, language }: { figures: PairFigure[]; language: Language }) {
  const { t } = useTranslation();
  return (
    <dl className="lab-pair__figures" data-testid="lab-map-figures">
      {figures.map((f) => (
        <div key={f.id} className="lab-pair__figure" data-figure={f.id}>
          <dt>{t(`lab.mapPair.figure.${f.id}`)}</dt>
          <dd>
            {t('lab.mapPair.fromTo', {
              from: formatFigure(f.baseline, f.decimals, language),
              to: formatFigure(f.variant, f.decimals, language),
              unit: t(`lab.mapPair.unit.${f.id}`),
            })}
            <span className="lab-pair__change">{formatChange(f.change, f.decimals, language)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
