/**
 * The two maps of the pair (two map engines at most, whatever the layout): side by side, or stacked
 * with the variant clipped right of a swipe line. Both stay mounted when the layout changes (only
 * classes move), keep one view through a MapSync, and share the layer switches. The swipe line moves
 * with the range input under the maps (arrow keys, Page Up/Down) or by dragging its grip.
 */
import type { Basemap } from '@sandbox/shared/city/basemap-schemas';
import type { City } from '@sandbox/shared/city/schemas';
import { type CSSProperties, type PointerEvent, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataBounds } from '../../../map/bounds';
import { LazyMap } from '../../../map/lazy-map';
import type { LayerGroup, MapData } from '../../../map/map-data';
import { MapSync } from '../../../map/map-sync';
import type { MapPairMode } from '../hooks/use-lab-view';

interface Props {
  city: City;
  basemap: Basemap;
  mode: MapPairMode;
  /** Baseline, then variant: each one's map data and its caption. */
  sides: readonly [PairSide, PairSide];
  visible: ReadonlySet<LayerGroup>;
}

export interface PairSide {
  data: MapData;
  caption: ReactNode;
}

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

/** About a kilometre around the districts, stations and corridors. */
const FIT_MARGIN_DEG = 0.01;

export function PairMaps({ city, basemap, mode, sides, visible }: Props) {
  const { t } = useTranslation();
  const id = useId();
  // One sync per pair, for the life of the pair.
  const [sync] = useState(() => new MapSync());
  const [swipe, setSwipe] = useState(50);
  // Both maps fit the same area (where the colours are) in their middle: the same view, the swipe line across the city.
  const focus = useMemo(() => ({ key: `lab-pair:${city.id}`, bounds: dataBounds(city, FIT_MARGIN_DEG), centred: true }), [city]);
  const stage = useRef<HTMLDivElement>(null);
  const dragTo = (event: PointerEvent<HTMLElement>) => {
    const box = stage.current?.getBoundingClientRect();
    if (box && box.width > 0) setSwipe(clamp((100 * (event.clientX - box.left)) / box.width));
  };
  const swiping = mode === 'swipe';
  return (
    <div className={`lab-pair lab-pair--${mode}`} style={{ '--lab-swipe': `${swipe}%` } as CSSProperties}>
      <div className="lab-pair__captions">
        {sides.map((side, i) => (
          <p key={i === 0 ? 'baseline' : 'variant'} className={`lab-pair__caption lab-pair__caption--${i}`}>
            {swiping ? <span aria-hidden="true">{i === 0 ? '◀ ' : ''}</span> : null}
            {side.caption}
            {swiping ? <span aria-hidden="true">{i === 1 ? ' ▶' : ''}</span> : null}
          </p>
        ))}
      </div>
      <div ref={stage} className="lab-pair__stage" data-testid="lab-map-stage" data-mode={mode}>
        {sides.map((side, i) => (
          <div
            key={i === 0 ? 'baseline' : 'variant'}
            className={`lab-pair__pane lab-pair__pane--${i === 0 ? 'baseline' : 'variant'}`}
            data-testid={`lab-map-${i === 0 ? 'baseline' : 'variant'}`}
          >
            <LazyMap city={city} basemap={basemap} data={side.data} visible={visible} focus={focus} sync={sync} />
          </div>
        ))}
        {swiping ? (
          <div className="lab-pair__line" aria-hidden="true">
            <span
              className="lab-pair__grip"
              onPointerDown={(event) => {
                event.currentTarget.setPointerCapture?.(event.pointerId);
                dragTo(event);
              }}
              onPointerMove={(event) => {
                if (event.currentTarget.hasPointerCapture?.(event.pointerId)) dragTo(event);
              }}
            />
          </div>
        ) : null}
      </div>
      {swiping ? (
        <div className="lab-pair__swipe">
          <label htmlFor={`${id}-swipe`} className="lab-label">
            {t('lab.mapPair.swipe')}
          </label>
          <input
            id={`${id}-swipe`}
            type="range"
            min={0}
            max={100}
            step={1}
            value={swipe}
            aria-valuetext={t('lab.mapPair.swipeValue', { left: swipe, right: 100 - swipe })}
            onChange={(event) => setSwipe(clamp(Number(event.target.value)))}
          />
        </div>
      ) : null}
    </div>
  );
}
