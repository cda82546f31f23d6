import type { VehicleColumns } from '@sandbox/shared/schemas/api/stream-api';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import { isLanguage } from '../i18n/i18n';
import type { HoverTarget } from './map-view-props';

/** A small card that follows the pointer over map features; engine-agnostic plain HTML. */
export function HoverCard({ target }: { target: HoverTarget | null }) {
  const { t, i18n } = useTranslation();
  if (!target) return null;
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const name = i18n.language === 'ko' && target.nameKo ? target.nameKo : target.name;
  return (
    <div className="map-hover-card" style={{ left: target.x + 14, top: target.y + 14 }} role="status">
      <div className="map-hover-card__kind">{t(`map.layer.${target.layer}`)}</div>
      <div className="map-hover-card__name">{name}</div>
      {target.siteType ? <div className="map-hover-card__detail">{t(`map.siteType.${target.siteType}`)}</div> : null}
      {target.role ? <div className="map-hover-card__detail">{t(`map.role.${target.role}`)}</div> : null}
      {target.detail ? <div className="map-hover-card__detail">{target.detail}</div> : null}
      {target.loadKw !== undefined ? (
        <div className="map-hover-card__value">
          {t('map.loadNow', { value: formatNumber(target.loadKw, language, { maximumFractionDigits: 0 }) })}
        </div>
      ) : null}
    </div>
  );
}

const HOVER_LAYERS = new Set<HoverTarget['layer']>([
  'station',
  'corridor',
  'intersection',
  'dyn-signal',
  'dyn-vehicle',
  'dyn-event',
  'dyn-district-load',
]);
const SITE_TYPES = new Set(['park', 'school', 'roadside']);
const ROLES = new Set(['arterial', 'freight']);

/** Reads a hover target from a map mouse event's first feature (both engines share the shape). */
export function hoverTargetFrom(event: {
  point: { x: number; y: number };
  features?: readonly { layer?: { id: string }; properties?: Record<string, unknown> | null; state?: Record<string, unknown> }[];
}): HoverTarget | null {
  const feature = event.features?.[0];
  const layer = feature?.layer?.id as HoverTarget['layer'] | undefined;
  if (!feature || !layer || !HOVER_LAYERS.has(layer)) return null;
  const props = feature.properties ?? {};
  const siteType =
    typeof props.siteType === 'string' && SITE_TYPES.has(props.siteType) ? (props.siteType as HoverTarget['siteType']) : undefined;
  const role = typeof props.role === 'string' && ROLES.has(props.role) ? (props.role as HoverTarget['role']) : undefined;
  const id = typeof props.id === 'string' ? props.id : undefined;
  const loadKw = layer === 'dyn-district-load' && typeof feature.state?.loadKw === 'number' ? feature.state.loadKw : undefined;
  const name = String(props.name ?? props.id ?? props.kind ?? '');
  const detail =
    layer === 'dyn-event' && typeof props.time === 'string' ? `${String(props.kind)} · ${props.time.slice(11, 19)} UTC` : undefined;
  return {
    x: event.point.x,
    y: event.point.y,
    layer,
    name,
    ...(id ? { id } : {}),
    ...(typeof props.nameKo === 'string' ? { nameKo: props.nameKo } : {}),
    ...(siteType ? { siteType } : {}),
    ...(role ? { role } : {}),
    ...(detail ? { detail } : {}),
    ...(loadKw !== undefined ? { loadKw } : {}),
  };
}

/** The hover target for a vehicle of the overlay canvas (vehicle-overlay.ts) under the pointer. */
export function vehicleHoverTarget(
  point: { x: number; y: number },
  hit: { columns: VehicleColumns; index: number } | null,
): HoverTarget | null {
  if (!hit) return null;
  const { columns, index } = hit;
  const id = columns.id[index] ?? '';
  return {
    x: point.x,
    y: point.y,
    layer: 'dyn-vehicle',
    id,
    name: id,
    detail: `${Math.round((columns.speedMps[index] ?? 0) * 3.6)} km/h · ${columns.kind[index] ?? ''}`,
  };
}
