/**
 * Room to keep free when the map fits an area, so nothing the page draws over the map (the legend,
 * a note, the zoom buttons, the attribution) hides a station or a district. Each overlay in a
 * corner can be cleared sideways or vertically; every combination is tried and the one that lets
 * the area be drawn largest wins (a wide map clears a tall legend sideways, a short one clears a
 * wide note vertically). Centred, each side takes its opposite's room too, so the area stays in the
 * middle (where the Lab's swipe line is). Pure: the map engine is asked for the zoom through `zoomFor`.
 */

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** An overlay's box in the map container's pixels. */
export interface OverlayBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Free space kept around the fitted area and between it and an overlay. */
export const BASE_PADDING = 24;
const GAP = 12;
/** More overlays than this (never the case) are only cleared vertically, to bound the search. */
const MAX_CHOICES = 6;

function clearance(box: OverlayBox, width: number, height: number): { sideways: Partial<Padding>; vertically: Partial<Padding> } {
  const onLeft = (box.left + box.right) / 2 < width / 2;
  const onTop = (box.top + box.bottom) / 2 < height / 2;
  return {
    sideways: onLeft ? { left: box.right + GAP } : { right: width - box.left + GAP },
    vertically: onTop ? { top: box.bottom + GAP } : { bottom: height - box.top + GAP },
  };
}

function merge(into: Padding, extra: Partial<Padding>): void {
  into.top = Math.max(into.top, extra.top ?? 0);
  into.right = Math.max(into.right, extra.right ?? 0);
  into.bottom = Math.max(into.bottom, extra.bottom ?? 0);
  into.left = Math.max(into.left, extra.left ?? 0);
}

function centre(padding: Padding): void {
  padding.left = padding.right = Math.max(padding.left, padding.right);
  padding.top = padding.bottom = Math.max(padding.top, padding.bottom);
}

/**
 * The padding that clears every overlay and gives the largest zoom. `zoomFor` returns the zoom at
 * which the area fits inside the padding, or null when it cannot (no room left).
 */
export function overlayPadding(
  size: { width: number; height: number },
  overlays: readonly OverlayBox[],
  zoomFor: (padding: Padding) => number | null,
  centred = false,
): Padding {
  const { width, height } = size;
  const visible = overlays.filter((b) => b.right > 0 && b.bottom > 0 && b.left < width && b.top < height && b.right > b.left);
  const options = visible.map((box) => clearance(box, width, height));
  const free = Math.min(options.length, MAX_CHOICES);
  let best: { padding: Padding; zoom: number } | null = null;
  for (let mask = 0; mask < 1 << free; mask += 1) {
    const padding = { top: BASE_PADDING, right: BASE_PADDING, bottom: BASE_PADDING, left: BASE_PADDING };
    for (const [i, option] of options.entries()) merge(padding, i < free && mask & (1 << i) ? option.sideways : option.vertically);
    if (centred) centre(padding);
    if (padding.left + padding.right >= width - 40 || padding.top + padding.bottom >= height - 40) continue;
    const zoom = zoomFor(padding);
    if (zoom !== null && Number.isFinite(zoom) && (!best || zoom > best.zoom + 1e-9)) best = { padding, zoom };
  }
  return best?.padding ?? { top: BASE_PADDING, right: BASE_PADDING, bottom: BASE_PADDING, left: BASE_PADDING };
}
