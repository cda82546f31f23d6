import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { type PendingWrites, settle, startFrom, wrote } from './pending-writes';
import { useUrlParams } from './use-url-params';

/** One write as useUrlParams makes it: start from the rendered URL (or the pending writes), set, record. */
function write(pending: PendingWrites, rendered: URLSearchParams, key: string, value: string): URLSearchParams {
  const next = startFrom(pending, rendered);
  next.set(key, value);
  wrote(pending, rendered, next);
  return next;
}

describe('pending URL writes', () => {
  it('chains writes made before the first is rendered, then lets go once the newest is rendered', () => {
    const pending: PendingWrites = { chain: [] };
    const rendered = new URLSearchParams('t=1');
    write(pending, rendered, 'district', 'linden');
    const second = write(pending, rendered, 'meterClass', 'residential');
    expect(second.toString()).toBe('t=1&district=linden&meterClass=residential');

    settle(pending, 't=1&district=linden');
    expect(startFrom(pending, rendered).toString()).toBe(second.toString());
    settle(pending, second.toString());
    expect(pending.chain).toEqual([]);
  });

  it('starts from a URL the writes never made (a navigation since, not drawn yet), not from the last write', () => {
    const pending: PendingWrites = { chain: [] };
    write(pending, new URLSearchParams('t=1&moment=1'), 't', '2');
    expect(startFrom(pending, new URLSearchParams('t=1&moment=1')).toString()).toBe('t=2&moment=1');
    expect(startFrom(pending, new URLSearchParams('t=9&moment=2')).toString()).toBe('t=9&moment=2');
  });

  it('forgets unrendered writes when the URL moves somewhere else (back, a link)', () => {
    const pending: PendingWrites = { chain: [] };
    write(pending, new URLSearchParams('t=1'), 'layers', 'stations');
    settle(pending, 'lang=ko');
    expect(startFrom(pending, new URLSearchParams('lang=ko')).toString()).toBe('lang=ko');
  });
});

function TwoWrites() {
  const [params, update] = useUrlParams();
  return (
    <>
      <output>{params.toString()}</output>
      <button
        type="button"
        onClick={() => {
          update((next) => next.set('district', 'linden'));
          update((next) => next.set('meterClass', 'residential'));
        }}
      >
        both
      </button>
    </>
  );
}

/** Hands its update function out, to write from outside React (as a timer or a key handler does). */
let writeUrl: ((change: (next: URLSearchParams) => unknown) => void) | undefined;
function Writer() {
  const [params, update] = useUrlParams();
  writeUrl = update;
  return <output>{params.toString()}</output>;
}

describe('useUrlParams', () => {
  it('keeps both of two writes made in one event (setSearchParams alone keeps only the second)', async () => {
    const router = createMemoryRouter([{ path: '*', element: <TwoWrites /> }], { initialEntries: ['/energy?t=1'] });
    render(<RouterProvider router={router} />);
    await act(async () => screen.getByRole('button', { name: 'both' }).click());
    expect(router.state.location.search).toBe('?t=1&district=linden&meterClass=residential');
    expect(screen.getByRole('status').textContent).toBe('t=1&district=linden&meterClass=residential');
  });

  it('writes onto a navigation React has not drawn yet, on its page, instead of taking the page back', async () => {
    const router = createMemoryRouter([{ path: '*', element: <Writer /> }], { initialEntries: ['/energy?t=1&moment=1'] });
    render(<RouterProvider router={router} />);
    await act(async () => {
      // A link to another page (a tour's next moment), then, before the redraw, a write from this one.
      void router.navigate('/air?t=9&moment=2');
      for (let i = 0; i < 20 && router.state.location.pathname !== '/air'; i++) await Promise.resolve();
      expect(router.state.location.pathname).toBe('/air');
      writeUrl?.((next) => next.set('layers', 'stations'));
    });
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/air?t=9&moment=2&layers=stations');
  });

  it('makes no navigation for a write that changes nothing', async () => {
    const router = createMemoryRouter([{ path: '*', element: <Writer /> }], { initialEntries: ['/energy?t=1'] });
    render(<RouterProvider router={router} />);
    const before = router.state.location.key;
    await act(async () => writeUrl?.((next) => next.set('t', '1')));
    expect(router.state.location.key).toBe(before);
  });
});
