import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { useLiveFrames } from './live-frames';

interface StandIn extends EventTarget {
  url: string;
  readyState: number;
  emit(type: string, data: unknown): void;
}
const sources = () => (EventSource as unknown as { instances: StandIn[] }).instances;

function Status() {
  const { status, error } = useLiveFrames();
  return <p>{`${status}${error instanceof Error ? `: ${error.message}` : ''}`}</p>;
}

describe('the live stream', () => {
  it("closes for good on the server's own error event instead of reconnecting, and says why", async () => {
    renderWithProviders(<Status />, { url: '/?t=2199-12-31T23:00:00Z&speed=3600&play=1' });
    const source = sources().at(-1) as StandIn;
    expect(source.url).toContain('/api/stream');
    act(() => source.emit('error', { error: 'Bad Request', message: "The stream's clock reached 2200-01-01T00:00:00Z" }));
    expect(await screen.findByText("error: The stream's clock reached 2200-01-01T00:00:00Z")).toBeTruthy();
    expect(source.readyState).toBe(EventSource.CLOSED);
  });
});
