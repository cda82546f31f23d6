import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setupMockServer, testPolicy } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { ProgramContextCard } from '../../ui/program-card/program-card';
import { PolicyPage } from './policy-page';

setupMockServer();

const total = testPolicy.timeline.length;
const events = () => document.querySelectorAll<HTMLElement>('article.event');

describe('PolicyPage', () => {
  it('shows the timeline, the eight agencies, the programs, the finalists map and the policy-to-data chain', async () => {
    renderWithProviders(<PolicyPage />, { url: '/policy' });
    expect(await screen.findByRole('heading', { name: /^Timeline, 2007 to 20\d\d$/ })).toBeTruthy();
    expect(screen.getByTestId('timeline-count').textContent).toBe(`Showing ${total} of ${total} events`);
    expect(events()).toHaveLength(total);
    expect(screen.getByRole('heading', { name: 'The eight agencies' })).toBeTruthy();
    expect(document.querySelectorAll('.agency-card')).toHaveLength(8);
    expect(document.querySelectorAll('.program-card')).toHaveLength(testPolicy.programs.length);
    expect(await screen.findByTestId('finalists-map')).toBeTruthy();
    expect(document.querySelectorAll('[data-place]')).toHaveLength(7);
    const flow = screen.getByRole('table');
    expect(within(flow).getByRole('link', { name: 'Open Air' }).getAttribute('href')).toBe('/air');
  });

  it('opens each simulated finalist in the Sandbox from the list, keeping the clock; the others are not links', async () => {
    server.use(
      http.get('/api/cities', () =>
        HttpResponse.json(
          ['columbus', 'pittsburgh'].map((id) => ({
            id,
            name: id,
            region: 'X',
            timezone: 'America/New_York',
            center: [-80, 40],
            stations: 1,
            corridors: 1,
            meters: 1,
          })),
        ),
      ),
    );
    renderWithProviders(<PolicyPage />, { url: '/policy?t=2026-07-15T11:00:00Z&lang=en' });
    await screen.findByTestId('finalists-map');
    await waitFor(() => expect(document.querySelectorAll('.finalists__list a')).toHaveLength(2));
    const pittsburgh = new URL((document.querySelectorAll<HTMLAnchorElement>('.finalists__list a')[1] as HTMLAnchorElement).href);
    expect(pittsburgh.pathname).toBe('/');
    expect(Object.fromEntries(pittsburgh.searchParams)).toMatchObject({ city: 'pittsburgh', t: '2026-07-15T11:00:00Z', lang: 'en' });
    // The map is one image: its dots are no links.
    expect(within(screen.getByTestId('finalists-map')).queryAllByRole('link')).toHaveLength(0);
    const listed = [...document.querySelectorAll<HTMLAnchorElement>('.finalists__list a')];
    // The address bar leaves out the default city.
    expect(listed.map((link) => [link.textContent, new URL(link.href).searchParams.get('city')])).toEqual([
      ['Open Columbus', null],
      ['Open Pittsburgh', 'pittsburgh'],
    ]);
  });

  it('filters the timeline by agency, keeps the filter in the URL, and clears it', async () => {
    const { router } = renderWithProviders(<PolicyPage />, { url: '/policy?lang=en' });
    const filters = await screen.findByRole('group', { name: 'Filter by agency' });
    await userEvent.click(within(filters).getByRole('button', { name: 'EPA' }));
    await waitFor(() => expect(router.state.location.search).toBe('?lang=en&agency=epa'));
    const tagged = testPolicy.timeline.filter((e) => e.agencies.includes('epa')).length;
    expect(events()).toHaveLength(tagged);
    for (const event of events()) expect(event.dataset.agencies?.split(' ')).toContain('epa');
    expect(screen.getByTestId('timeline-count').textContent).toBe(`Showing ${tagged} of ${total} events`);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(events()).toHaveLength(total));
    expect(router.state.location.search).toBe('?lang=en');
  });

  it('says so when the filters exclude everything, and offers to clear them', async () => {
    renderWithProviders(<PolicyPage />, { url: '/policy?agency=census&domain=energy' });
    expect(await screen.findByText('No event matches these filters.')).toBeTruthy();
    expect(events()).toHaveLength(0);
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement);
    await waitFor(() => expect(events()).toHaveLength(total));
  });

  it('shows the overview’s smart-meter figure with the federal figure in a note', async () => {
    renderWithProviders(<PolicyPage />, { url: '/policy' });
    const card = (await screen.findByRole('heading', { name: 'Smart Grid Program', level: 3 })).closest('article') as HTMLElement;
    expect(within(card).getByText('30,000+')).toBeTruthy();
    expect(within(card).getByText('350B')).toBeTruthy();
    const notes = within(card).getAllByRole('note');
    expect(notes[0]?.textContent).toMatch(/Sources differ.*about 14\.2M.*92%/);
    expect(within(card).getByText(/overview notes? 16/)).toBeTruthy();
  });

  it('reads in Korean, with Korean numbers and dates', async () => {
    renderWithProviders(<PolicyPage />, { url: '/policy?lang=ko', language: 'ko' });
    expect(await screen.findByRole('heading', { name: /^연표, 2007–20\d\d년$/ })).toBeTruthy();
    const card = screen.getByRole('heading', { name: '스마트그리드 프로그램', level: 3 }).closest('article') as HTMLElement;
    expect(within(card).getByText('30,000 이상')).toBeTruthy();
    expect(within(card).getByText('3,500억')).toBeTruthy();
    expect(screen.getAllByText('2015년 9월 14일').length).toBeGreaterThan(0);
  });

  it('narrows the timeline to a program from a link and highlights its card', async () => {
    renderWithProviders(<PolicyPage />, { url: '/policy?program=village-green-project#timeline' });
    await screen.findByTestId('timeline-count');
    const expected = testPolicy.timeline.filter((e) => e.programs.includes('village-green-project')).length;
    expect(events()).toHaveLength(expected);
    expect(document.querySelector('#program-village-green-project')?.classList).toContain('program-card--highlighted');
  });
});

describe('ProgramContextCard', () => {
  it('gives a telemetry page its program, linked back to the timeline, without a link to itself', async () => {
    renderWithProviders(<ProgramContextCard programId="village-green-project" />, { url: '/air?lang=en' });
    expect(await screen.findByRole('heading', { name: 'Village Green Project' })).toBeTruthy();
    const back = screen.getByRole('link', { name: 'See it on the timeline' });
    expect(back.getAttribute('href')).toBe('/policy?lang=en&program=village-green-project#timeline');
    expect(screen.queryByRole('link', { name: /Simulated on the Air page/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'EPA' }).getAttribute('href')).toBe('/policy?lang=en#agency-epa');
  });
});
