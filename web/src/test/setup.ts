/**
 * Component-test setup: fail on unexpected console.error (React warnings included), clean the DOM
 * between tests, and give jsdom the ResizeObserver that responsive charts expect.
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Page tests render a whole page whose data the mock server computes with the engine on first use:
// on a loaded 2-core machine the first answer can take several seconds, so wait up to 8 s (the
// default is 1 s) for what the page should show. A timing tolerance only: every expectation stands.
configure({ asyncUtilTimeout: 8_000 });

afterEach(() => {
  cleanup();
  // The language a test chose is remembered in this browser (i18n/remembered-language.ts); jsdom
  // keeps localStorage for the whole file, so the next test would open in it.
  if (typeof window !== 'undefined') window.localStorage.removeItem('sandbox.language');
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

/**
 * jsdom has no EventSource. A silent stand-in lets live-mode components mount (they show their
 * pending state); tests that need frames can find the instance and call `emit`.
 */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = FakeEventSource.OPEN;
  constructor(readonly url: string) {
    super();
    FakeEventSource.instances.push(this);
  }
  emit(type: string, data: unknown, lastEventId = '') {
    this.dispatchEvent(new MessageEvent(type, { data: JSON.stringify(data), lastEventId }));
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}
globalThis.EventSource ??= FakeEventSource as unknown as typeof EventSource;
