/**
 * Component-test setup: fail on unexpected console.error (React warnings included), clean the DOM
 * between tests, and give jsdom the ResizeObserver that responsive charts expect.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => {
  cleanup();
});

const originalError = console.error;
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error was called: ${args.map(String).join(' ').slice(0, 300)}`);
});

/** jsdom lays nothing out: report a plausible panel size so responsive charts render. */
class ResizeObserverStub {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = { width: 360, height: 220, top: 0, left: 0, bottom: 220, right: 360, x: 0, y: 0 } as DOMRectReadOnly;
    this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

/** jsdom does not scroll; anchors in links still call scrollIntoView. */
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= () => {};
