import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSavedHandlers } from '../../mocks/saved-handlers';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { SavedPage } from './saved-page';

setupMockServer();

const URL_WITH_SCENARIO = '/saved?lang=en&t=2026-07-15T16:00:00Z&seed=7&evShare=0.4';

const status = () => screen.getByRole('status');
/** The scenario, moment and language of URL_WITH_SCENARIO, as a page it opens should carry them. */
const SCENARIO_QUERY = { lang: 'en', t: '2026-07-15T16:00:00Z', seed: '7', evShare: '0.4' };
const queryOf = (search: string) => Object.fromEntries(new URLSearchParams(search));
const item = (name: string) => screen.getByRole('heading', { name, level: 3 }).closest('li') as HTMLElement;

async function saveCurrent(user: ReturnType<typeof userEvent.setup>, name: string, page?: string) {
  await user.type(screen.getByLabelText('Name'), name);
  if (page) await user.selectOptions(screen.getByLabelText('Opens on'), page);
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(status().textContent).toContain(`Saved “${name}”.`));
}

describe('SavedPage', () => {
  it('saves the current view and opens it again on its page, scenario and moment', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    const { router } = renderWithProviders(<SavedPage />, { url: URL_WITH_SCENARIO });
    expect(await screen.findByText('Nothing saved yet. Save the current view to start.')).toBeTruthy();
    await user.type(screen.getByLabelText('Notes'), 'roadside PM2.5');
    await saveCurrent(user, 'EV 40 %', 'Air');
    expect(await screen.findByRole('heading', { name: 'EV 40 %', level: 3 })).toBeTruthy();
    expect(within(item('EV 40 %')).getByText(/^Opens on Air · changed .* · version 1$/)).toBeTruthy();
    expect(within(item('EV 40 %')).getByText('roadside PM2.5')).toBeTruthy();
    expect(screen.getByTestId('saved-count').textContent).toBe('1 saved scenario');
    await user.click(within(item('EV 40 %')).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/air'));
    expect(queryOf(router.state.location.search)).toEqual(SCENARIO_QUERY);
  });

  it('keeps a Lab comparison with its view and opens a saved view as the Lab baseline', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    const variant = encodeURIComponent('evShare=0.4');
    const { router } = renderWithProviders(<SavedPage />, { url: `${URL_WITH_SCENARIO}&from=%2Flab&v1=${variant}&labDays=3&labSeeds=3` });
    await screen.findByText('Nothing saved yet. Save the current view to start.');
    expect((screen.getByLabelText('Opens on') as HTMLSelectElement).value).toBe('/lab');
    await saveCurrent(user, 'EV in the Lab');
    // A Lab view opens as it was saved (Open), so it offers no second way into the Lab.
    expect(within(item('EV in the Lab')).queryByRole('button', { name: 'Open in Lab' })).toBeNull();
    await user.click(within(item('EV in the Lab')).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/lab'));
    expect(queryOf(router.state.location.search)).toEqual({ ...SCENARIO_QUERY, v1: 'evShare=0.4', labDays: '3', labSeeds: '3' });

    await router.navigate(URL_WITH_SCENARIO);
    await saveCurrent(user, 'Air view', 'Air');
    await user.click(within(item('Air view')).getByRole('button', { name: 'Open in Lab' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/lab'));
    expect(queryOf(router.state.location.search)).toEqual(SCENARIO_QUERY);
  });

  it('keeps a live Lab view at the moment it was saved, so its numbers do not move with the days', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    const variant = encodeURIComponent('evShare=0.4');
    const { router } = renderWithProviders(<SavedPage />, { url: `/saved?lang=en&seed=7&from=%2Flab&v1=${variant}` });
    await screen.findByText('Nothing saved yet. Save the current view to start.');
    expect(screen.getByText(/The comparison in the address bar, at the clock's moment/)).toBeTruthy();
    await saveCurrent(user, 'Live comparison');
    await user.click(within(item('Live comparison')).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/lab'));
    const opened = queryOf(router.state.location.search);
    expect(opened.t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(opened.v1).toBe('evShare=0.4');
  });

  it('renames, duplicates, and deletes with undo', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    renderWithProviders(<SavedPage />, { url: URL_WITH_SCENARIO });
    await screen.findByText('Nothing saved yet. Save the current view to start.');
    await saveCurrent(user, 'Draft');

    // Escape leaves the rename field, with the focus back on Rename.
    await user.click(within(item('Draft')).getByRole('button', { name: 'Rename' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'New name for Draft' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(item('Draft')).getByRole('button', { name: 'Rename' })));
    await user.click(within(item('Draft')).getByRole('button', { name: 'Rename' }));
    const field = screen.getByRole('textbox', { name: 'New name for Draft' });
    await user.clear(field);
    await user.type(field, 'Heat wave, version A');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('heading', { name: 'Heat wave, version A', level: 3 })).toBeTruthy();
    expect(within(item('Heat wave, version A')).getByText(/version 2$/)).toBeTruthy();

    await user.click(within(item('Heat wave, version A')).getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('heading', { name: 'Heat wave, version A (copy)', level: 3 })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('saved-count').textContent).toBe('2 saved scenarios'));

    await user.click(within(item('Heat wave, version A (copy)')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(status().textContent).toContain('Deleted “Heat wave, version A (copy)”.'));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Heat wave, version A (copy)', level: 3 })).toBeNull());
    // The deleted item's button is gone: the focus goes to Undo, not to the top of the page.
    expect(document.activeElement).toBe(within(status()).getByRole('button', { name: 'Undo' }));
    await user.click(within(status()).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: 'Heat wave, version A (copy)', level: 3 })).toBeTruthy();
    expect(status().textContent).toContain('Restored “Heat wave, version A (copy)”.');
  });

  it('imports a scenario file, and says why a file is not one', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    renderWithProviders(<SavedPage />, { url: URL_WITH_SCENARIO });
    await screen.findByText('Nothing saved yet. Save the current view to start.');
    const chooser = screen.getByLabelText('Import a file');
    const exported = {
      format: 'smart-city-sandbox.scenario',
      formatVersion: 1,
      exportedAt: '2026-12-06T10:00:00Z',
      name: 'From the other server',
      notes: '',
      scenario: { city: 'testville', levers: { evShare: 0.3 } },
      view: { page: '/lab', params: { v1: 'evShare=0.6' } },
    };
    const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
    await user.upload(chooser, file('good.scenario.json', JSON.stringify(exported)));
    expect(await screen.findByRole('heading', { name: 'From the other server', level: 3 })).toBeTruthy();
    expect(status().textContent).toContain('Imported “From the other server”.');
    // Export is a download of the server's file.
    expect(within(item('From the other server')).getByRole('link', { name: 'Export file' }).getAttribute('href')).toMatch(
      /^\/api\/scenarios\/[A-Za-z0-9]+\/export$/,
    );

    await user.upload(chooser, file('notes.txt', 'not json at all'));
    await waitFor(() => expect(status().textContent).toBe('“notes.txt” is not a scenario file: it is not JSON.'));
    await user.upload(
      chooser,
      file('broken.json', JSON.stringify({ ...exported, view: { page: '/lab', params: { v1: 'evShare=banana' } } })),
    );
    await waitFor(() => expect(status().textContent).toMatch(/^“broken\.json” was not imported: .*view\.params\.v1\.evShare.*0 to 1/));
    expect(screen.getByTestId('saved-count').textContent).toBe('1 saved scenario');
  });

  it('finds saved scenarios by name or notes, in any case', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    renderWithProviders(<SavedPage />, { url: URL_WITH_SCENARIO });
    await screen.findByText('Nothing saved yet. Save the current view to start.');
    await saveCurrent(user, 'Smoke day');
    await saveCurrent(user, 'Evening peak');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'SMOKE');
    await waitFor(() => expect(screen.getByTestId('saved-count').textContent).toBe('1 saved scenario contains “SMOKE”'));
    expect(screen.queryByRole('heading', { name: 'Evening peak', level: 3 })).toBeNull();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'xyz');
    expect(await screen.findByText('No saved scenario contains “SMOKExyz”.')).toBeTruthy();
  });

  it('does not overwrite a change someone else saved in between, and says so', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    renderWithProviders(<SavedPage />, { url: URL_WITH_SCENARIO });
    await screen.findByText('Nothing saved yet. Save the current view to start.');
    await saveCurrent(user, 'Shared plan');
    const id = item('Shared plan').dataset.savedId ?? '';
    // Another editor renames it from elsewhere; this page still shows version 1.
    const other = await (await fetch(`/api/scenarios/${id}`)).json();
    await fetch(`/api/scenarios/${id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': '"1"' },
      body: JSON.stringify({ name: 'Their plan', notes: other.notes, scenario: other.scenario, view: other.view }),
    });
    await user.click(within(item('Shared plan')).getByRole('button', { name: 'Rename' }));
    await user.type(screen.getByRole('textbox', { name: 'New name for Shared plan' }), ' (mine)');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(status().textContent).toContain('“Shared plan” was changed or deleted by someone else'));
    expect(await screen.findByRole('heading', { name: 'Their plan', level: 3 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Shared plan (mine)', level: 3 })).toBeNull();
  });

  it('copies the share link', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    renderWithProviders(<SavedPage />, { url: URL_WITH_SCENARIO });
    await screen.findByText('Nothing saved yet. Save the current view to start.');
    await saveCurrent(user, 'For the room');
    await user.click(within(item('For the room')).getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(status().textContent).toBe('Copied the share link of “For the room”.'));
    expect(await navigator.clipboard.readText()).toMatch(/^http:\/\/localhost(:\d+)?\/s\/share\d{4}$/);
  });

  it('reads in Korean, and opens on the page the Scenario panel came from', async () => {
    server.use(...createSavedHandlers());
    renderWithProviders(<SavedPage />, { url: '/saved?lang=ko&t=2026-07-15T16:00:00Z&from=%2Fenergy', language: 'ko' });
    expect(await screen.findByText('아직 저장한 것이 없습니다. 지금 화면을 저장해 보세요.')).toBeTruthy();
    expect((screen.getByLabelText('열 페이지') as HTMLSelectElement).value).toBe('/energy');
    expect(screen.getByRole('heading', { name: '저장됨', level: 1 })).toBeTruthy();
    expect(screen.getByRole('button', { name: '저장' })).toBeTruthy();
  });
});

describe('SavedPage offline', () => {
  it('a search that cannot reach the server keeps the list shown and says so (not an endless Loading)', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    renderWithProviders(<SavedPage />, { url: URL_WITH_SCENARIO });
    await screen.findByText('Nothing saved yet. Save the current view to start.');
    await saveCurrent(user, 'EV 40 %');
    await saveCurrent(user, 'Smoke day');
    await waitFor(() => expect(screen.getByTestId('saved-count').textContent).toBe('2 saved scenarios'));
    // The network goes: every list request fails as a fetch does offline.
    server.use(http.get('/api/scenarios', () => HttpResponse.error()));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'EV');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The search for “EV” did not reach the server');
    expect(alert.textContent).toContain('The Sandbox server cannot be reached');
    expect(screen.queryByText('Loading saved scenarios…')).toBeNull();
    // The list shown before is still there.
    expect(screen.getByRole('heading', { name: 'EV 40 %', level: 3 })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Smoke day', level: 3 })).toBeTruthy();
    expect(screen.getByTestId('saved-count').textContent).toBe('2 saved scenarios');
  });

  it('says it in Korean too', async () => {
    server.use(...createSavedHandlers());
    const user = userEvent.setup();
    renderWithProviders(<SavedPage />, { url: URL_WITH_SCENARIO.replace('lang=en', 'lang=ko'), language: 'ko' });
    await screen.findByText(/아직 저장한/);
    server.use(http.get('/api/scenarios', () => HttpResponse.error()));
    await user.type(screen.getByRole('searchbox'), 'EV');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“EV” 검색이 서버에 닿지 못했습니다');
  });
});
