import { DAY_MS } from '@sandbox/shared/common/time';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { EnergyPage } from './energy-page';

// The GL map is tested in Chromium (tests/e2e); here a stand-in lists the districts it would draw
// and lets a test "click" one, so the page's wiring (data in, selection out) is what is tested.
vi.mock('../../map/lazy-map', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../map/lazy-map')>();
  const { createElement } = await import('react');
  return {
    ...original,
    LazyMap: ({ city, data, onSelect }: import('../../map/map-view-props').MapViewProps) =>
      createElement(
        'div',
        { 'data-testid': 'map', 'data-selected': data?.selectedDistrict ?? '' },
        city.districts.map((d) =>
          createElement(
            'button',
            {
              key: d.id,
              type: 'button',
              'data-load': data?.districtLoadKw?.[d.id] ?? '',
              onClick: () => onSelect?.({ x: 0, y: 0, layer: 'dyn-district-load', id: d.id, name: d.name }),
            },
            `map ${d.id}`,
          ),
        ),
      ),
  };
});

setupMockServer();

const AT = 't=2026-07-15T22:00:00Z';

function renderPage(search = '') {
  return renderWithProviders(<EnergyPage />, { url: `/energy?city=testville&${AT}${search}` });
}

const params = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

// Each test renders the whole page over the real engine (a 28-day heatmap included).
describe('Energy page', { timeout: 20_000 }, () => {
  it('shows every panel with data, no chart with more points than its width', async () => {
    renderPage();
    const load = await screen.findByTestId('class-load-chart');
    // jsdom reports 360 px panels (test/setup.ts): a day of 15-minute buckets is 96 points.
    expect(Number(load.dataset.points)).toBe(96);
    expect(Number((await screen.findByTestId('duration-chart')).dataset.points)).toBeLessThanOrEqual(360);
    expect(Number((await screen.findByTestId('meter-chart')).dataset.points)).toBe(96);
    expect(Number((await screen.findByTestId('heatmap')).dataset.cells)).toBeGreaterThan(24 * 6);
    expect(within(await screen.findByTestId('district-bars')).getAllByRole('button')).toHaveLength(2);
    expect(screen.getByTestId('kpi-demand').textContent).toMatch(/\d kW/);
    expect(screen.getByTestId('kpi-energy').textContent).toMatch(/\d kWh/);
    expect(screen.getByRole('heading', { name: 'Smart Grid Program' })).toBeTruthy();
    // The map receives the live load of every district.
    for (const button of within(screen.getByTestId('map')).getAllByRole('button')) expect(Number(button.dataset.load)).toBeGreaterThan(0);
  });

  it('selects a district from the select, the bars and the map, and keeps it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderPage();
    await screen.findByTestId('class-load-chart');

    await user.selectOptions(screen.getByTestId('district-select'), 'north');
    await waitFor(() => expect(params(router).get('district')).toBe('north'));
    expect(await screen.findByRole('heading', { name: 'Load by customer class · North' })).toBeTruthy();
    expect(screen.getByTestId('map').dataset.selected).toBe('north');
    // The chart's full resolution is the district's: every 15-minute interval of its classes.
    await waitFor(() => {
      const links = screen.getAllByRole('link', { name: 'Full-resolution CSV' }).map((a) => new URL((a as HTMLAnchorElement).href));
      const load = links.find((url) => url.pathname === '/api/export/load.csv');
      expect(Object.fromEntries(load?.searchParams ?? [])).toMatchObject({ groupBy: 'class', district: 'north', city: 'testville' });
    });

    await user.click(within(await screen.findByTestId('district-bars')).getByRole('button', { name: 'South' }));
    await waitFor(() => expect(params(router).get('district')).toBe('south'));

    await user.click(screen.getByRole('button', { name: 'map south' }));
    await waitFor(() => expect(params(router).get('district')).toBeNull());
    expect(await screen.findByRole('heading', { name: 'Load by customer class · Whole city' })).toBeTruthy();
  });

  it('restores the district, meter, class filter and window from a link', async () => {
    renderPage('&district=north&meter=north-res-00007&meterClass=residential&span=3d');
    const meterSelect = (await screen.findByTestId('meter-select')) as HTMLSelectElement;
    await waitFor(() => expect(meterSelect.value).toBe('north-res-00007'));
    expect((screen.getByTestId('district-select') as HTMLSelectElement).value).toBe('north');
    expect((screen.getByLabelText('Class') as HTMLSelectElement).value).toBe('residential');
    expect(screen.getByRole('button', { name: '3 days' }).getAttribute('aria-pressed')).toBe('true');
    expect(await screen.findByRole('heading', { name: '15-minute reads · north-res-00007' })).toBeTruthy();
  });

  it('picks a meter with the keyboard-reachable picker and links its Green Button file', async () => {
    const user = userEvent.setup();
    const { router } = renderPage('&district=south');
    const meterSelect = (await screen.findByTestId('meter-select')) as HTMLSelectElement;
    await waitFor(() => expect(meterSelect.options.length).toBe(12));

    await user.selectOptions(screen.getByLabelText('Class'), 'industrial');
    await waitFor(() => expect(params(router).get('meterClass')).toBe('industrial'));
    await waitFor(() => expect(meterSelect.options.length).toBe(2));
    await user.selectOptions(meterSelect, 'south-ind-00002');
    await waitFor(() => expect(params(router).get('meter')).toBe('south-ind-00002'));

    const link = screen.getByTestId('green-button-link') as HTMLAnchorElement;
    const url = new URL(link.href);
    expect(url.pathname).toBe('/api/export/greenbutton.xml');
    expect(url.searchParams.get('meter')).toBe('south-ind-00002');
    expect(url.searchParams.get('city')).toBe('testville');
    expect(Date.parse(url.searchParams.get('to') ?? '') - Date.parse(url.searchParams.get('from') ?? '')).toBe(DAY_MS);
    expect(link.hasAttribute('download')).toBe(true);

    // The server searches the ids: nothing matches, and the chosen meter stays listed.
    await user.type(screen.getByLabelText('Search'), 'zzz');
    await waitFor(() => expect(screen.getByText('No meter matches.')).toBeTruthy());
    expect(meterSelect.options.length).toBe(1);
  });

  it('narrows the picker to the meters with rooftop PV, and searches by any part of the id', async () => {
    const user = userEvent.setup();
    renderPage('&district=north');
    const meterSelect = (await screen.findByTestId('meter-select')) as HTMLSelectElement;
    await waitFor(() => expect(screen.getByText('Meters 1–40 of 40')).toBeTruthy());
    await user.selectOptions(screen.getByLabelText('Behind the meter'), 'pv');
    await waitFor(() => expect(screen.queryByText('Meters 1–40 of 40')).toBeNull());
    await waitFor(() => expect(meterSelect.disabled).toBe(false));
    const pv = [...meterSelect.options].map((o) => o.textContent ?? '');
    expect(pv.length).toBeGreaterThan(0);
    expect(pv.every((label) => label.includes('rooftop PV'))).toBe(true);
    await user.selectOptions(screen.getByLabelText('Behind the meter'), '');
    // north-res-00001 and north-res-00010 … 00019 (the district has 40).
    await user.type(screen.getByLabelText('Search'), '0001');
    await waitFor(() => expect(screen.getByText('Meters 1–11 of 11')).toBeTruthy());
  });

  it('draws estimated and missing reads distinctly, with counts in the legend', async () => {
    const faults = encodeURIComponent(
      JSON.stringify([
        { kind: 'meter-estimated', meterId: 'north-res-00003', from: '2026-07-15T10:00:00Z', to: '2026-07-15T11:00:00Z' },
        { kind: 'meter-missing', meterId: 'north-res-00003', from: '2026-07-15T14:00:00Z', to: '2026-07-15T16:00:00Z' },
      ]),
    );
    renderPage(`&meter=north-res-00003&faults=${faults}`);
    const chart = await screen.findByTestId('meter-chart');
    await waitFor(() => expect(Number(chart.dataset.flags)).toBeGreaterThanOrEqual(2));
    expect(screen.getByText(/Estimated \([4-9] intervals\)/)).toBeTruthy();
    expect(screen.getByText(/Missing \(\d+ intervals\)/)).toBeTruthy();
  });

  it('sends the scenario (levers) with every data request', async () => {
    const seen: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (new URL(request.url).pathname.startsWith('/api/energy/')) seen.push(request.url);
    };
    server.events.on('request:start', listener);
    renderPage('&evShare=0.6');
    await screen.findByTestId('class-load-chart');
    await screen.findByTestId('meter-chart');
    server.events.removeListener('request:start', listener);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    for (const url of seen) expect(new URL(url).searchParams.get('evShare')).toBe('0.6');
  });

  it('shows the server message and a retry when the load cannot be loaded', async () => {
    server.use(
      http.get('/api/energy/summary', () =>
        HttpResponse.json({ error: 'Internal Server Error', message: 'Meters on fire.' }, { status: 500 }),
      ),
    );
    renderPage();
    // Load by class, the heatmap and the load-duration curve all read the summary.
    await waitFor(() => expect(screen.getAllByText('Meters on fire.')).toHaveLength(3));
    expect(screen.getAllByRole('button', { name: 'Try again' })).toHaveLength(3);
  });

  it('says so when a window has no load data', async () => {
    server.use(
      http.get('/api/energy/summary', ({ request }) => {
        const q = new URL(request.url).searchParams;
        return HttpResponse.json({
          city: 'testville',
          seed: 1,
          from: q.get('from'),
          to: q.get('to'),
          resolution: q.get('resolution'),
          groupBy: 'class',
          groups: [],
          peaks: [],
          series: [],
        });
      }),
    );
    renderPage();
    await waitFor(() => expect(screen.getAllByText('No data in this window.')).toHaveLength(3));
  });

  it('offers the chart data as a table', async () => {
    const user = userEvent.setup();
    renderPage();
    await screen.findByTestId('class-load-chart');
    const panel = screen.getByRole('region', { name: /Load by customer class/ });
    await user.click(within(panel).getByRole('button', { name: 'Show the data as a table' }));
    const table = within(panel).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(97);
    expect(within(table).getByRole('columnheader', { name: 'Residential import (kW)' })).toBeTruthy();
  });
});
