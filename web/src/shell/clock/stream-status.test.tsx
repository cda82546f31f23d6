import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { StreamStatus } from './stream-status';

interface StandIn extends EventTarget {
  url: string;
  readyState: number;
}
const sources = () => (EventSource as unknown as { instances: StandIn[] }).instances;

/** What the browser's EventSource does when the server goes away: an error without data, then it retries. */
function loseTheServer(source: StandIn) {
  source.readyState = EventSource.CONNECTING;
  source.dispatchEvent(new Event('error'));
}

describe('the stream status', () => {
  it('says so when a playing clock gets no frames, after a moment (a reconnect on a seek does not blink)', async () => {
    renderWithProviders(<StreamStatus />, { url: '/?t=2026-07-15T16:00:00Z&play=1' });
    const source = sources().at(-1) as StandIn;
    expect(source.url).toContain('/api/stream');
    act(() => loseTheServer(source));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(screen.queryByTestId('stream-status')).toBeNull();
    expect((await screen.findByTestId('stream-status', undefined, { timeout: 5000 })).textContent).toMatch(
      /No connection to the server: live figures stay as they were/,
    );
  });

  it('says nothing while the clock is paused (a snapshot stands in for the stream)', async () => {
    renderWithProviders(<StreamStatus />, { url: '/?t=2026-07-15T16:00:00Z', language: 'ko' });
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(screen.queryByTestId('stream-status')).toBeNull();
  });

  it('speaks Korean', async () => {
    renderWithProviders(<StreamStatus />, { url: '/?t=2026-07-15T16:00:00Z&play=1', language: 'ko' });
    act(() => loseTheServer(sources().at(-1) as StandIn));
    expect((await screen.findByTestId('stream-status', undefined, { timeout: 5000 })).textContent).toMatch(/서버에 연결되지 않습니다/);
  });
});
