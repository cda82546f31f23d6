import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setupMockServer } from '../../../test/msw';
import { renderWithProviders } from '../../../test/render';
import { TemperatureCard } from './temperature-card';

setupMockServer();

const card = <TemperatureCard timeZone="America/New_York" />;

describe('TemperatureCard', () => {
  it('shows the day the clock is in, with its low and high', async () => {
    renderWithProviders(card, { url: '/?city=testville&t=2026-07-15T16:00:00Z' });
    expect(await screen.findByText(/Low/)).toBeTruthy();
    const chart = screen.getByTestId('temperature-chart');
    expect(chart.dataset.points).toBe('24');
    expect(chart.querySelectorAll('.recharts-line-dot')).toHaveLength(24);
    expect(screen.getByTestId('temperature-date').textContent).toContain('Jul 15');
  });

  it('moves the one clock a day forward', async () => {
    const { router } = renderWithProviders(card, { url: '/?city=testville&t=2026-07-15T16:00:00Z' });
    await screen.findByText(/Low/);
    await userEvent.click(screen.getByRole('button', { name: 'Next day' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('t')).toBe('2026-07-16T16:00:00Z'));
    await waitFor(() => expect(screen.getByTestId('temperature-date').textContent).toContain('Jul 16'));
  });

  it('shows the server message and a retry button when the request fails', async () => {
    server.use(
      http.get('/api/weather/hourly', () =>
        HttpResponse.json({ error: 'Internal Server Error', message: 'Engine on fire.' }, { status: 500 }),
      ),
    );
    renderWithProviders(card, { url: '/?city=testville&t=2026-07-15T16:00:00Z' });
    expect(await screen.findByText('Engine on fire.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('draws 23 hours on the spring DST change day', async () => {
    renderWithProviders(card, { url: '/?city=testville&t=2026-03-08T17:00:00Z' });
    await screen.findByText(/Low/);
    expect(screen.getByTestId('temperature-chart').dataset.points).toBe('23');
  });

  it("follows the scenario: the heat-wave story's lever raises the day's high by about its ΔT", async () => {
    // The heat-wave story's window (web/src/shell/scenario/stories.ts): 15 July is a plateau day.
    const heatWave = 'heatWave=2026-07-12T04:00:00Z/2026-07-18T04:00:00Z&heatWaveDeltaC=8';
    const high = async (url: string) => {
      const { unmount } = renderWithProviders(card, { url });
      const summary = (await screen.findByText(/High/)).closest('p');
      const value = Number(/High ([\d.]+)/.exec(summary?.textContent ?? '')?.[1]);
      unmount();
      return value;
    };
    const plain = await high('/?city=testville&t=2026-07-15T16:00:00Z');
    const hot = await high(`/?city=testville&t=2026-07-15T16:00:00Z&${heatWave}`);
    expect(hot - plain).toBeCloseTo(8, 0);
  });
});
