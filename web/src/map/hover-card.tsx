import type { HoverTarget } from './map-view-props';

const LAYER_LABELS: Record<string, string> = {
  station: 'Air station',
  corridor: 'Connected-vehicle corridor',
  intersection: 'Signalized intersection',
};

/** A small card that follows the pointer over map features; engine-agnostic plain HTML. */
export function HoverCard({ target }: { target: HoverTarget | null }) {
  if (!target) return null;
  return (
    <div className="map-hover-card" style={{ left: target.x + 14, top: target.y + 14 }} role="status">
      <div className="map-hover-card__kind">{LAYER_LABELS[target.layer] ?? target.layer}</div>
      <div className="map-hover-card__name">{target.name}</div>
      {target.detail ? <div className="map-hover-card__detail">{target.detail}</div> : null}
    </div>
  );
}

/** Reads a hover target from a map mouse event's first feature (both engines share the shape). */
export function hoverTargetFrom(event: {
  point: { x: number; y: number };
  features?: readonly { layer?: { id: string }; properties?: Record<string, unknown> | null }[];
}): HoverTarget | null {
  const feature = event.features?.[0];
  if (!feature?.layer) return null;
  const props = feature.properties ?? {};
  const detail =
    typeof props.siteType === 'string' ? `${props.siteType} site` : typeof props.role === 'string' ? `${props.role} corridor` : undefined;
  return { x: event.point.x, y: event.point.y, layer: feature.layer.id, name: String(props.name ?? ''), ...(detail ? { detail } : {}) };
}
