/**
 * The seven Smart City Challenge finalists on an SVG outline of the contiguous US (offline, from
 * data/geo via the API), Columbus marked as the winner; the list beside it is the text alternative.
 * A finalist the server simulates (a bundled city) opens there: its list entry links to the Overview
 * in that city, keeping the clock and the levers (the map is one image, role="img", so it holds no links).
 */
import './finalists-map.css';
import type { PolicyProgram } from '@sandbox/shared/policy/schemas';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { citiesQuery } from '../../../api/queries';
import { withCity } from '../../../state/scenario/city-switch';
import { Failure, Pending } from '../../../ui/panel-state';
import { usStatesQuery } from '../api/policy-queries';
import { fitProjection, outlinePath } from '../utils/us-map';
import { PolicySection } from './policy-section';

const WIDTH = 960;
const PADDING = 16;

/** Where each label sits, so Columbus and Pittsburgh (three degrees apart) do not collide. */
const LABEL_SIDE: Record<string, 'left' | 'right' | 'below' | 'above'> = {
  columbus: 'left',
  pittsburgh: 'right',
  'kansas-city': 'below',
  denver: 'above',
  'san-francisco': 'right',
  portland: 'right',
  austin: 'right',
};

const OFFSET = { left: [-14, 5], right: [14, 5], below: [0, 28], above: [0, -16] } as const;
const ANCHOR = { left: 'end', right: 'start', below: 'middle', above: 'middle' } as const;

export function FinalistsMap({ challenge }: { challenge: PolicyProgram }) {
  const { t } = useTranslation();
  const outline = useQuery(usStatesQuery());
  const drawing = useMemo(() => {
    if (!outline.data) return null;
    const projection = fitProjection(outline.data, WIDTH, PADDING);
    return {
      projection,
      nation: outlinePath(outline.data, 'nation', projection),
      borders: outlinePath(outline.data, 'state-border', projection),
    };
  }, [outline.data]);
  const places = [...challenge.places].sort((a, b) => Number(a.winner) - Number(b.winner));
  const cities = useQuery(citiesQuery());
  const { search } = useLocation();
  /** The Overview in a simulated finalist, or undefined for one the server does not simulate. */
  const openIn = (id: string) =>
    cities.data?.some((city) => city.id === id)
      ? { pathname: '/', search: `?${withCity(new URLSearchParams(search), id).toString()}` }
      : undefined;

  return (
    <PolicySection id="finalists" title={t('policy.finalists.title')} subtitle={t('policy.finalists.subtitle')}>
      <div className="finalists">
        <figure className="finalists__map">
          {outline.isPending ? (
            <Pending label={t('policy.finalists.pending')} />
          ) : outline.isError || !drawing ? (
            <Failure title={t('policy.finalists.failed')} error={outline.error} onRetry={() => outline.refetch()} />
          ) : (
            <svg
              viewBox={`0 0 ${WIDTH} ${drawing.projection.height}`}
              role="img"
              aria-label={t('policy.finalists.mapLabel')}
              data-testid="finalists-map"
            >
              <path className="us-map__nation" d={drawing.nation} />
              <path className="us-map__borders" d={drawing.borders} />
              {places.map((place) => {
                const [x, y] = drawing.projection.point(place.location);
                const side = LABEL_SIDE[place.id] ?? 'right';
                const [dx, dy] = OFFSET[side];
                return (
                  <g
                    key={place.id}
                    className={place.winner ? 'us-map__place us-map__place--winner' : 'us-map__place'}
                    data-place={place.id}
                  >
                    {place.winner ? <circle className="us-map__halo" cx={x} cy={y} r={20} /> : null}
                    <circle className="us-map__dot" cx={x} cy={y} r={place.winner ? 10 : 7} />
                    <text className="us-map__label text-halo" x={x + dx} y={y + dy} textAnchor={ANCHOR[side]}>
                      {place.name}
                    </text>
                    {place.winner ? (
                      <text className="us-map__winner" x={x + dx} y={y + dy + 22} textAnchor={ANCHOR[side]}>
                        {t('policy.finalists.winner')}
                      </text>
                    ) : null}
                  </g>
                );
              })}
            </svg>
          )}
          <figcaption className="finalists__attribution">{t('policy.finalists.attribution')}</figcaption>
        </figure>
        <div className="finalists__side">
          <h3 className="finalists__list-title">{t('policy.finalists.list')}</h3>
          <ol className="finalists__list">
            {challenge.places.map((place) => (
              <li key={place.id} className={place.winner ? 'finalists__winner' : undefined}>
                <span className="finalists__name">{place.name}</span>
                <span className="finalists__state">{place.state}</span>
                {place.winner ? <span className="badge badge--winner">{t('policy.finalists.winner')}</span> : null}
                {openIn(place.id) ? (
                  <Link className="finalists__open" to={openIn(place.id) ?? '/'}>
                    {t('policy.finalists.openShort')}
                    <span className="visually-hidden"> {place.name}</span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </PolicySection>
  );
}
