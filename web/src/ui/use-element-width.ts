/**
 * The width of an element in CSS pixels, kept current with a ResizeObserver. Charts ask the API for
 * at most this many points (`maxPoints`), so no chart receives more points than it has pixels.
 */
import { useCallback, useRef, useState } from 'react';

export function useElementWidth<T extends HTMLElement>(fallback = 600): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(fallback);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    if (!node) return;
    observer.current = new ResizeObserver((entries) => {
      const measured = Math.round(entries[0]?.contentRect.width ?? 0);
      // Bucket to 50 px so a resize does not refetch on every pixel.
      if (measured > 0) setWidth(Math.max(100, Math.floor(measured / 50) * 50));
    });
    observer.current.observe(node);
  }, []);
  return [ref, width];
}
