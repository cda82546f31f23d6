import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useScrollEdges } from './use-scroll-edges';

function Box() {
  const ref = useScrollEdges<HTMLDivElement>();
  return (
    <div ref={ref} data-testid="box">
      <table />
    </div>
  );
}

/** jsdom lays nothing out: give the box the widths a browser would measure. */
function size(box: HTMLElement, scrollWidth: number, clientWidth: number, scrollLeft = 0) {
  Object.defineProperty(box, 'scrollWidth', { configurable: true, value: scrollWidth });
  Object.defineProperty(box, 'clientWidth', { configurable: true, value: clientWidth });
  box.scrollLeft = scrollLeft;
  fireEvent.scroll(box);
}

describe('useScrollEdges', () => {
  it('marks the sides that hide content, and follows the scroll', () => {
    render(<Box />);
    const box = screen.getByTestId('box');
    size(box, 985, 816);
    expect(box.hasAttribute('data-more-end')).toBe(true);
    expect(box.hasAttribute('data-more-start')).toBe(false);
    size(box, 985, 816, 80);
    expect(box.hasAttribute('data-more-end')).toBe(true);
    expect(box.hasAttribute('data-more-start')).toBe(true);
    size(box, 985, 816, 169);
    expect(box.hasAttribute('data-more-end')).toBe(false);
    expect(box.hasAttribute('data-more-start')).toBe(true);
  });

  it('marks nothing when everything fits', () => {
    render(<Box />);
    const box = screen.getByTestId('box');
    size(box, 816, 816);
    expect(box.hasAttribute('data-more-end')).toBe(false);
    expect(box.hasAttribute('data-more-start')).toBe(false);
  });
});
