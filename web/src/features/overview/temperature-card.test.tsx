import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { TemperatureCard } from './temperature-card';

setupMockServer();

const card = <TemperatureCard cityId="testville" timeZone="America/New_York" />;

describe('TemperatureCard', () => {
  it('shows pending, then the day with its low and high', async () => {
    renderWithProviders(card, { url: '/?date=2026-07-15' });
    expect(screen.getByRole('status')).toHaveProperty('textContent', expect.stringContaining('Computing'));
    expect(await screen.findByText(/Low/)).toBeTruthy();
    const chart = screen.getByTestId('temperature-chart');
    expect(chart.dataset.points).toBe('24');
    expect(chart.querySelectorAll('.recharts-line-dot')).toHaveLength(24);
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('2026-07-15');
  });

  it('steps to the next day and keeps it in the URL', async () => {
    const { router } = renderWithProviders(card, { url: '/?date=2026-07-15' });
    await screen.findByText(/Low/);
    await userEvent.click(screen.getByRole('button', { name: 'Next day' }));
    await waitFor(() => expect(router.state.location.search).toBe('?date=2026-07-16'));
    expect((screen.getByLabelText('Day') as HTMLInputElement).value).toBe('2026-07-16');
  });

  it('shows the server message and a retry button when the request fails', async () => {
    server.use(
      http.get('/api/weather/hourly', () =>
        HttpResponse.json({ error: 'Internal Server Error', message: 'Engine on fire.' }, { status: 500 }),
      ),
    );
    renderWithProviders(card, { url: '/?date=2026-07-15' });
    expect(await screen.findByText('Engine on fire.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('explains and ignores a malformed date from a link', async () => {
    renderWithProviders(card, { url: '/?date=2026-02-31x' });
    expect(await screen.findByText(/is not a valid YYYY-MM-DD date/)).toBeTruthy();
    expect(await screen.findByText(/Low/)).toBeTruthy();
  });
});
