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

describe('useUrlParams', () => {
  it('keeps both of two writes made in one event (setSearchParams alone keeps only the second)', async () => {
    const router = createMemoryRouter([{ path: '*', element: <TwoWrites /> }], { initialEntries: ['/energy?t=1'] });
    render(<RouterProvider router={router} />);
    await act(async () => screen.getByRole('button', { name: 'both' }).click());
    expect(router.state.location.search).toBe('?t=1&district=linden&meterClass=residential');
    expect(screen.getByRole('status').textContent).toBe('t=1&district=linden&meterClass=residential');
  });
});
