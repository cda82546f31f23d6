import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { CityPicker } from './city-picker';

setupMockServer();

const summary = (id: string, name: string, region: string, timezone: string) => ({
  id,
  name,
  region,
  timezone,
  center: [-100, 40],
  stations: 3,
  corridors: 1,
  meters: 1,
});

describe('CityPicker', () => {
  it('lists every city in the UI language and moves the view there, keeping the page and the clock', async () => {
    server.use(
      http.get('/api/cities', () =>
        HttpResponse.json([
          summary('columbus', 'Columbus', 'Ohio', 'America/New_York'),
          summary('denver', 'Denver', 'Colorado', 'America/Denver'),
          summary('mytown', 'Mytown', 'Kansas', 'America/Chicago'),
        ]),
      ),
    );
    const { router } = renderWithProviders(<CityPicker />, {
      url: '/energy?city=columbus&lang=ko&t=2026-07-15T11:00:00Z&district=northland&evShare=0.5',
      language: 'ko',
    });
    const select = (await screen.findByRole('combobox', { name: '도시' })) as HTMLSelectElement;
    // Bundled cities are named by the catalogue (the short name); a city a user added by its own file.
    await waitFor(() => expect([...select.options].map((o) => o.text)).toEqual(['콜럼버스', '덴버', 'Mytown']));
    // The full name (with the state) is each option's title.
    expect([...select.options].map((o) => o.title)).toEqual(['오하이오주 콜럼버스', '콜로라도주 덴버', 'Mytown, Kansas']);
    expect(select.value).toBe('columbus');
    await userEvent.selectOptions(select, 'denver');
    await waitFor(() => {
      const { pathname, search } = router.state.location;
      const params = new URLSearchParams(search);
      expect(pathname).toBe('/energy');
      expect(params.get('city')).toBe('denver');
      expect(params.get('t')).toBe('2026-07-15T11:00:00Z');
      expect(params.get('evShare')).toBe('0.5');
      expect(params.get('district')).toBeNull();
    });
    await waitFor(() => expect(select.value).toBe('denver'));
  });
});
