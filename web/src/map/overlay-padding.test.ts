import { describe, expect, it } from 'vitest';
import { BASE_PADDING, type OverlayBox, overlayPadding, type Padding } from './overlay-padding';

/**
 * A stand-in for the map engine's camera: the zoom at which an area of `area` pixels (at zoom 0)
 * fits the room the padding leaves, like MapLibre's cameraForBounds on a flat map.
 */
function camera(size: { width: number; height: number }, area: { width: number; height: number }) {
  return (p: Padding): number | null => {
    const w = size.width - p.left - p.right;
    const h = size.height - p.top - p.bottom;
    if (w <= 0 || h <= 0) return null;
    return Math.log2(Math.min(w / area.width, h / area.height));
  };
}

/** True when the free rectangle the padding leaves overlaps the box. */
function overlaps(size: { width: number; height: number }, p: Padding, box: OverlayBox): boolean {
  return box.left < size.width - p.right && box.right > p.left && box.top < size.height - p.bottom && box.bottom > p.top;
}

const base: Padding = { top: BASE_PADDING, right: BASE_PADDING, bottom: BASE_PADDING, left: BASE_PADDING };

describe('overlayPadding', () => {
  const wide = { width: 1200, height: 600 };
  const square = { width: 100, height: 100 };

  it('keeps the base padding when nothing is drawn over the map', () => {
    expect(overlayPadding(wide, [], camera(wide, square))).toEqual(base);
  });

  it('clears a tall legend in a corner of a wide map sideways, leaving the height to the area', () => {
    const legend = { left: 12, top: 12, right: 252, bottom: 420 };
    const padding = overlayPadding(wide, [legend], camera(wide, square));
    expect(overlaps(wide, padding, legend)).toBe(false);
    expect(padding.left).toBeGreaterThan(legend.right);
    expect(padding.top).toBe(BASE_PADDING);
  });

  it('clears a wide note over a short map vertically, leaving the width to the area', () => {
    const short = { width: 800, height: 500 };
    const note = { left: 12, top: 380, right: 600, bottom: 488 };
    const padding = overlayPadding(short, [note], camera(short, { width: 200, height: 100 }));
    expect(overlaps(short, padding, note)).toBe(false);
    expect(padding.bottom).toBeGreaterThan(short.height - note.top);
    expect(padding.left).toBe(BASE_PADDING);
  });

  it('clears every overlay at once, and fits the area no smaller than clearing them all one way', () => {
    const overlays = [
      { left: 12, top: 12, right: 260, bottom: 300 }, // legend, top left
      { left: 1150, top: 10, right: 1190, bottom: 80 }, // zoom buttons, top right
      { left: 10, top: 570, right: 110, bottom: 590 }, // scale, bottom left
      { left: 900, top: 575, right: 1200, bottom: 600 }, // attribution, bottom right
    ];
    const zoomFor = camera(wide, { width: 300, height: 200 });
    const padding = overlayPadding(wide, overlays, zoomFor);
    for (const box of overlays) expect(overlaps(wide, padding, box), JSON.stringify(box)).toBe(false);
    const allVertically = { ...base };
    allVertically.top = Math.max(...overlays.filter((b) => b.top < 300).map((b) => b.bottom)) + 1;
    allVertically.bottom = wide.height - Math.min(...overlays.filter((b) => b.top >= 300).map((b) => b.top)) + 1;
    expect(zoomFor(padding)).toBeGreaterThanOrEqual(zoomFor(allVertically) ?? Number.NEGATIVE_INFINITY);
  });

  it('keeps the area in the middle when centred: each side takes its opposite’s room', () => {
    const overlays = [
      { left: 1150, top: 10, right: 1190, bottom: 80 }, // zoom buttons, top right
      { left: 860, top: 570, right: 1200, bottom: 600 }, // a wide attribution, bottom right
    ];
    const zoomFor = camera(wide, { width: 300, height: 200 });
    // Free to shift, the area moves left of the attribution; centred, it stays in the middle, clear of both.
    expect(overlayPadding(wide, overlays, zoomFor).right).toBeGreaterThan(overlayPadding(wide, overlays, zoomFor).left);
    const padding = overlayPadding(wide, overlays, zoomFor, true);
    expect(padding.left).toBe(padding.right);
    expect(padding.top).toBe(padding.bottom);
    for (const box of overlays) expect(overlaps(wide, padding, box), JSON.stringify(box)).toBe(false);
  });

  it('ignores overlays that are outside the map or have no size (a folded or hidden legend)', () => {
    const hidden = [
      { left: 0, top: 0, right: 0, bottom: 0 },
      { left: wide.width + 10, top: 10, right: wide.width + 200, bottom: 200 },
      { left: 10, top: -300, right: 200, bottom: -10 },
    ];
    expect(overlayPadding(wide, hidden, camera(wide, square))).toEqual(base);
  });

  it('falls back to the base padding when the engine cannot fit the area anywhere', () => {
    const legend = { left: 12, top: 12, right: 252, bottom: 420 };
    expect(overlayPadding(wide, [legend], () => null)).toEqual(base);
  });

  it('never leaves less than a sliver of map to draw in', () => {
    const small = { width: 320, height: 240 };
    const huge = { left: 0, top: 0, right: 300, bottom: 230 };
    const padding = overlayPadding(small, [huge], camera(small, square));
    expect(small.width - padding.left - padding.right).toBeGreaterThan(0);
    expect(small.height - padding.top - padding.bottom).toBeGreaterThan(0);
  });
});
