import { fleetOfCity } from '@sandbox/shared/mobility/fleet';
import { testCity } from '@sandbox/shared/test-support/test-city';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setupMockServer } from '../../../test/msw';
import { renderWithProviders } from '../../../test/render';
import { useNetwork } from '../hooks/use-mobility-queries';
import { MobilityPanels } from './mobility-panels';

setupMockServer();

/** The page's column as the page mounts it, on the test city (the map needs WebGL, which jsdom lacks). */
function Column() {
  const network = useNetwork('testville');
  return <MobilityPanels city={testCity} network={network.data?.segments} />;
}

const PEAK = '/mobility?city=testville&t=2026-07-15T21:30:00Z';
const search = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);
const panel = (name: string) => screen.getByRole('region', { name });

// The engine builds the test city's trips on first use: the first answers take a few seconds.
const slow = { timeout: 10_000 };

describe('Mobility panels (MSW, shared engine)', { timeout: 20_000 }, () => {
  it('shows the corridor numbers now and charts speed, travel time and volume with data', async () => {
    renderWithProviders(<Column />, { url: PEAK });
    await waitFor(() => expect(screen.getByTestId('kpi-vehicles').querySelector('.kpi__value')?.textContent).toMatch(/^\d+$/), slow);
    expect(screen.getByTestId('kpi-speed').textContent).toMatch(/km\/h/);
    for (const metric of ['speedMps', 'travelTimeS', 'volumeVph']) {
      await waitFor(() => expect(Number(screen.getByTestId(`chart-${metric}`).dataset.points)).toBeGreaterThan(10), slow);
    }
    // 6 h at 5 minutes: 72 buckets, fewer than the chart's pixels.
    expect(Number(screen.getByTestId('chart-speedMps').dataset.points)).toBeLessThanOrEqual(73);
    expect(screen.getAllByText('Main St · Last 6 h', { selector: '.card__subtitle' })).toHaveLength(3);
  });

  it('keeps the corridor and span in the URL when they change', async () => {
    const { router } = renderWithProviders(<Column />, { url: PEAK });
    await userEvent.click(await screen.findByRole('button', { name: 'Freight Dr' }));
    await userEvent.click(screen.getByRole('button', { name: 'Last 24 h' }));
    await waitFor(() => expect(search(router).get('corridor')).toBe('freight-dr'));
    expect(search(router).get('span')).toBe('24h');
    expect(search(router).get('t')).toBe('2026-07-15T21:30:00Z');
    await waitFor(() => expect(screen.getAllByText(/Freight Dr · Last 24 h/).length).toBe(3), slow);
  });

  it('lists signal states along the corridor and opens the SPaT of a chosen intersection', async () => {
    const { router } = renderWithProviders(<Column />, { url: PEAK });
    const signals = await screen.findByRole('region', { name: 'Signal phase and timing' });
    const second = await within(signals).findByRole('button', { name: 'Second Ave' }, slow);
    expect(within(signals).getByRole('button', { name: 'First Ave' })).toBeTruthy();
    expect(within(signals).getAllByText(/^(Green|Yellow|Red)$/).length).toBe(4);
    await userEvent.click(second);
    await waitFor(() => expect(search(router).get('intersection')).toBe('main-st-second'));
    const detail = await screen.findByTestId('spat-detail');
    expect(detail.textContent).toContain('SPaT at Main St & Second Ave');
    expect(detail.textContent).toMatch(/stop-And-Remain|protected-Movement-Allowed|protected-clearance/);
  });

  it('counts today’s safety events by kind, charts them by hour and links to their intersection', async () => {
    const { router } = renderWithProviders(<Column />, { url: PEAK });
    const events = await screen.findByRole('region', { name: 'Safety events today' });
    await waitFor(() => expect(within(events).getByTestId('count-hard-braking').textContent).toMatch(/\d+ Hard braking/), slow);
    const hours = Number(within(events).getByTestId('chart-events').dataset.points);
    expect(hours).toBe(18); // 00:00 to the 17:00 hour, local time
    const link = within(events).getAllByRole('button', { name: /Main St & |Freight Dr & / })[0];
    if (!link) throw new Error('no event with an intersection');
    await userEvent.click(link);
    await waitFor(() => expect(search(router).get('intersection')).toMatch(/^(main-st|freight-dr)-/));
    await userEvent.click(within(events).getByRole('button', { name: 'Show the data as a table' }));
    expect(within(events).getByRole('columnheader', { name: 'TemporaryID' })).toBeTruthy();
  });

  it('says so when no safety event has happened yet today', async () => {
    renderWithProviders(<Column />, { url: '/mobility?city=testville&t=2026-07-15T04:01:00Z' });
    expect(await screen.findByText('No safety events yet today.', {}, slow)).toBeTruthy();
  });

  it('shows Basic Safety Messages with raw J2735 integers beside decoded values, one message field by field', async () => {
    const { router } = renderWithProviders(<Column />, { url: PEAK });
    const bsm = await screen.findByRole('region', { name: 'Basic Safety Messages' });
    const ids = await within(bsm).findAllByRole('button', { name: /^[0-9A-F]{8}$/ }, slow);
    expect(ids.length).toBeGreaterThan(1);
    const second = ids[1];
    if (!second) throw new Error('one message only');
    await userEvent.click(second);
    await waitFor(() => expect(search(router).get('bsm')).toBe(second.textContent));
    const detail = within(bsm).getByTestId('bsm-detail');
    expect(detail.textContent).toContain(`Message ${second.textContent}, field by field`);
    const speed = within(detail).getByRole('rowheader', { name: 'speed' }).closest('tr');
    expect(speed?.textContent).toMatch(/× 0\.02 m\/s.*m\/s \(.*km\/h\)/);
    expect(within(bsm).getByRole('link', { name: 'this minute as NDJSON' }).getAttribute('href')).toContain(
      '/api/export/bsm.ndjson?city=testville&corridor=main-st&from=2026-07-15T21%3A30%3A00.000Z',
    );
  });

  it('shows the failure and a retry button when a panel’s request fails', async () => {
    server.use(
      http.get('/api/mobility/corridor-flow', () =>
        HttpResponse.json({ error: 'Internal Server Error', message: 'Traffic model jammed.' }, { status: 500 }),
      ),
    );
    renderWithProviders(<Column />, { url: PEAK });
    expect((await screen.findAllByText('Traffic model jammed.', {}, slow)).length).toBe(3);
    expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThanOrEqual(3);
  });

  it('puts the real program beside the sandbox', async () => {
    renderWithProviders(<Column />, { url: PEAK });
    const cve = await screen.findByRole('region', { name: 'The Connected Vehicle Environment, and this sandbox' });
    expect(within(cve).getByRole('row', { name: 'Signalized intersections with roadside units 85 3' })).toBeTruthy();
    // The sandbox's fleet at the default 1% share, as the engine equips it, beside the CVE's ~1,000.
    const fleet = fleetOfCity(testCity, 0.01).size.toLocaleString('en-US');
    expect(within(cve).getByRole('row', { name: new RegExp(`^Vehicles with on-board units about 1,000 ${fleet}( ·|$)`) })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Smart Columbus' }, slow)).toBeTruthy();
    expect(panel('Basic Safety Messages')).toBeTruthy();
  });

  it('reads in Korean', async () => {
    renderWithProviders(<Column />, { url: `${PEAK}&lang=ko`, language: 'ko' });
    expect(await screen.findByRole('heading', { name: '회랑 속도' }, slow)).toBeTruthy();
    expect(screen.getByRole('heading', { name: '신호 현시와 잔여 시간(SPaT)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '최근 24시간' })).toBeTruthy();
  });
});
