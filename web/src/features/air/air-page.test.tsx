import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { IgnoredParamsProvider, useIgnoredParams } from '../../state/url/ignored-params';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { AirPage } from './air-page';

// jsdom has no WebGL: the map is the one part these tests leave to the end-to-end suite.
vi.mock('../../map/lazy-map', () => ({
  LazyMap: () => <div data-testid="map" />,
  MapPlaceholder: ({ children }: { children: unknown }) => <div>{children as never}</div>,
}));

setupMockServer();

const AT = '2026-07-15T16:00:00Z';
const page = (query = '') => `/air?city=testville&t=${AT}${query}`;
const search = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

function Ignored() {
  return <p data-testid="ignored">{useIgnoredParams().join(',')}</p>;
}

async function ready() {
  await screen.findByTestId('aqi-now');
  await screen.findByTestId('air-chart-pm25');
  await screen.findByTestId('air-chart-ozone');
}

// A page of six charts in jsdom: allow for a loaded 2-core machine.
describe('AirPage', { timeout: 20_000 }, () => {
  it('explains the AQI now at the first station: the 1-minute reading, the NowCast, the AQI and what it means', async () => {
    renderWithProviders(<AirPage />, { url: page() });
    expect(screen.getByRole('status').textContent).toMatch(/Loading/);
    await ready();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Air quality at North Park bench');
    const tile = screen.getByTestId('aqi-now');
    expect(Number(tile.dataset.aqi)).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: /1-minute reading, the NowCast and the AQI/ });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => within(r).queryByRole('rowheader')?.textContent ?? '')).toEqual(['', 'PM2.5', 'Ozone']);
    expect(rows[1]?.textContent).toMatch(/µg\/m³.*AQI \d+ if it lasted/);
    expect(screen.getByText(/What it means for health/)).toBeTruthy();
    expect(document.querySelector('.weather-strip')?.textContent).toMatch(
      /Temperature[\d.]+ °C.*Humidity\d+ %.*Wind[\d.]+ m\/s from the \w+/,
    );
  });

  it('lists every station with its AQI as a radio group, and keeps the choice in the URL', async () => {
    const { router } = renderWithProviders(<AirPage />, { url: page() });
    await ready();
    const group = screen.getByRole('group', { name: 'Air station' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(group.querySelectorAll('.aqi-chip')[1]?.textContent).toMatch(/^\d+$/));
    await userEvent.click(radios[1] as HTMLElement);
    await waitFor(() => expect(search(router).get('station')).toBe('main-roadside'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Air quality at Main St roadside');
  });

  it('reports a station the city does not have and a span it does not offer, while showing the defaults', async () => {
    const element = (
      <IgnoredParamsProvider>
        <AirPage />
        <Ignored />
      </IgnoredParamsProvider>
    );
    // `toString` is a name every object answers to: a span looked up with `in` took it for a span.
    renderWithProviders(element, { url: page('&station=no-such-station&span=toString') });
    await ready();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Air quality at North Park bench');
    expect(screen.getByTestId('ignored').textContent).toBe('span,station');
  });

  it('restores the station and span from a copied link', async () => {
    renderWithProviders(<AirPage />, { url: page('&station=south-school&span=6h') });
    await ready();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Air quality at South School');
    expect(screen.getByRole('button', { name: '6 hours' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('gives each chart no more points than its width, with the NowCast beside every minute', async () => {
    const { router } = renderWithProviders(<AirPage />, { url: page('&span=7d') });
    await ready();
    for (const id of ['air-chart-pm25', 'air-chart-ozone']) {
      await waitFor(() => expect(Number(screen.getByTestId(id).dataset.points)).toBeGreaterThan(100));
      // jsdom reports every box 360 px wide (test/setup.ts).
      expect(Number(screen.getByTestId(id).dataset.points)).toBeLessThanOrEqual(360);
    }
    const stations = await screen.findByTestId('air-chart-stations');
    expect(Number(stations.dataset.points)).toBe(168); // a week of hourly means: the finest that fits
    await userEvent.click(screen.getByRole('button', { name: '24 hours' }));
    await waitFor(() => expect(search(router).get('span')).toBe('24h'));
  });

  it('shows a chart as a table with the NowCast and AQI category of every row', async () => {
    renderWithProviders(<AirPage />, { url: page('&span=6h') });
    await ready();
    const panel = screen.getByRole('region', { name: 'PM2.5' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Show the data as a table' }));
    const table = within(panel).getByRole('table');
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(header).toEqual(['Time (EDT)', 'UTC', '1-minute reading (µg/m³)', 'NowCast (µg/m³)', 'AQI', 'AQI category']);
    const first = within(table).getAllByRole('row')[1];
    expect(first?.textContent).toMatch(/^2026-07-15 0\d:\d\d/);
    expect(first?.textContent).toMatch(/Good|Moderate/);
  });

  it('draws the daily AQI of the clock month, moves between days with the keyboard and moves the clock on Enter', async () => {
    const { router } = renderWithProviders(<AirPage />, { url: page() });
    await ready();
    const calendar = await screen.findByRole('table', { name: 'Daily AQI calendar' });
    await waitFor(() => expect(within(calendar).getByRole('button', { name: /^Tuesday, July 14: AQI \d+/ })).toBeTruthy());
    const today = within(calendar).getByRole('button', { name: /^Wednesday, July 15/ });
    expect(today.getAttribute('tabindex')).toBe('0');
    expect(today.getAttribute('aria-current')).toBe('date');
    expect(within(calendar).getByRole('button', { name: /^Thursday, July 16: no AQI/ })).toBeTruthy();
    today.focus();
    fireEvent.keyDown(today, { key: 'ArrowUp' });
    const week = within(calendar).getByRole('button', { name: /^Wednesday, July 8/ });
    expect(document.activeElement).toBe(week);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(search(router).get('t')).toBe('2026-07-08T16:00:00Z'));
  });

  it('changes with a lever: wildfire smoke raises the AQI', async () => {
    renderWithProviders(<AirPage />, { url: page() });
    await ready();
    const clean = Number(screen.getByTestId('aqi-now').dataset.aqi);
    renderWithProviders(<AirPage />, { url: page('&smoke=2026-07-15T00:00:00Z/2026-07-16T00:00:00Z&smokeIntensity=1') });
    await waitFor(() => expect(screen.getAllByTestId('aqi-now')).toHaveLength(2));
    const smoky = Number(screen.getAllByTestId('aqi-now')[1]?.dataset.aqi);
    expect(smoky).toBeGreaterThan(clean + 50);
  });

  it('says when a station reported nothing (a dropout fault) instead of drawing an empty chart', async () => {
    const faults = encodeURIComponent(
      JSON.stringify([{ kind: 'dropout', stationId: 'north-park', from: '2026-07-14T00:00:00Z', to: '2026-07-16T00:00:00Z' }]),
    );
    renderWithProviders(<AirPage />, { url: page(`&span=6h&faults=${faults}`) });
    expect(await screen.findAllByText('No readings from this station in the window (a dropout?).')).toHaveLength(2);
    expect(await screen.findByText(/No AQI this hour/)).toBeTruthy();
  });

  it('shows the server message and retries when the AQI cannot be loaded', async () => {
    server.use(
      http.get('/api/air/aqi', () => HttpResponse.json({ error: 'Internal Server Error', message: 'Bench on fire.' }, { status: 500 })),
    );
    renderWithProviders(<AirPage />, { url: page() });
    expect(await screen.findAllByText('Bench on fire.')).toHaveLength(2);
    server.resetHandlers();
    await userEvent.click(screen.getAllByRole('button', { name: 'Try again' })[0] as HTMLElement);
    expect(await screen.findByTestId('aqi-now')).toBeTruthy();
  });

  it('speaks Korean: category, health message and calendar', async () => {
    renderWithProviders(<AirPage />, { url: page(), language: 'ko' });
    await ready();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('North Park bench의 대기질');
    expect(screen.getByText('건강에 미치는 영향')).toBeTruthy();
    expect(await screen.findByRole('table', { name: '일별 AQI 달력' })).toBeTruthy();
  });
});
