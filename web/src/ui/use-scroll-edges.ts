/**
 * Marks a box that scrolls sideways with the sides that hide more of its content
 * (`data-more-start`, `data-more-end`), kept current as it scrolls and as it or its content resizes.
 * A stylesheet draws a fading edge from them: a wide table cut off at the screen's edge must look
 * cut off, not finished (a projector shows no scroll bar until someone touches the table).
 */
import { useCallback } from 'react';

/** A pixel of slack: zoomed and high-density screens report fractional scroll positions. */
const SLACK = 1;

function mark(node: HTMLElement) {
  const hidden = node.scrollWidth - node.clientWidth;
  // In a right-to-left box scrollLeft runs from 0 down to −hidden; the magnitude is what matters.
  const scrolled = Math.abs(node.scrollLeft);
  node.toggleAttribute('data-more-start', hidden > SLACK && scrolled > SLACK);
  node.toggleAttribute('data-more-end', hidden > SLACK && scrolled < hidden - SLACK);
}

export function useScrollEdges<T extends HTMLElement>(): (node: T | null) => (() => void) | undefined {
  return useCallback((node: T | null) => {
    if (!node) return undefined;
    const update = () => mark(node);
    update();
    node.addEventListener('scroll', update, { passive: true });
    // The content grows after the first paint (the seeds' band adds a line to every cell).
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(node);
    if (node.firstElementChild) observer?.observe(node.firstElementChild);
    return () => {
      node.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, []);
}
