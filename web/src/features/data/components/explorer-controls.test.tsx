import { testCity } from '@sandbox/shared/test-support/test-city';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { server, setupMockServer } from '../../../test/msw';
import { renderWithProviders } from '../../../test/render';
import type { ExplorerState } from '../hooks/use-explorer-state';
import { ExplorerControls } from './explorer-controls';

setupMockServer();

/** A program-sized inventory in id order: 300 downtown meters first, then Linden's. */
const IDS = [
  ...Array.from({ length: 300 }, (_, i) => `downtown-com-${String(i + 1).padStart(5, '0')}`),
  ...Array.from({ length: 80 }, (_, i) => `linden-res-${String(i + 1).padStart(5, '0')}`),
];
const asked: URLSearchParams[] = [];

/** The inventory route as the server answers it: a page of the ids containing `search`, with the total. */
function serveInventory() {
  asked.length = 0;
  server.use(
    http.get('*/api/energy/meters', ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      const search = (query.get('search') ?? '').toLowerCase();
      const found = IDS.filter((id) => id.includes(search));
      const limit = Number(query.get('limit') ?? 100);
      const meters = found.slice(0, limit).map((id) => ({
        id,
        meterClass: id.includes('-com-') ? 'commercial' : 'residential',
        districtId: id.split('-')[0],
        feederId: `${id.split('-')[0]}-f1`,
        hasPv: false,
        pvKw: 0,
        hasEv: false,
        evChargerKw: 0,
        hasElectricHeat: false,
      }));
      return HttpResponse.json({ total: found.length, meters });
    }),
  );
}

function Controls({ entity }: { entity: string }) {
  const [state, setState] = useState<ExplorerState>({ stream: 'meter', entity, metric: 'kwh', span: '24h' });
  return (
    <>
      <ExplorerControls
        city={testCity}
        state={state}
        update={(patch) => setState({ ...state, ...patch })}
        segments={[]}
        shown={state.entity || IDS[0]}
      />
      <output data-testid="entity">{state.entity}</output>
    </>
  );
}

const meterInput = () => screen.getByRole('combobox', { name: 'Meter' }) as HTMLInputElement;

describe('the Data page’s meter picker', () => {
  it('shows the URL’s meter even when it is not among the first meters of the inventory', async () => {
    serveInventory();
    renderWithProviders(<Controls entity="linden-res-00042" />, { url: '/data?city=testville&t=2026-07-15T16:00:00Z' });
    expect(meterInput().value).toBe('linden-res-00042');
  });

  it('finds a meter beyond the first 200 by typing: the server searches, the browser gets 50 at most', async () => {
    serveInventory();
    const user = userEvent.setup();
    renderWithProviders(<Controls entity="" />, { url: '/data?city=testville&t=2026-07-15T16:00:00Z' });
    expect(meterInput().value).toBe('downtown-com-00001');
    await user.click(meterInput());
    await waitFor(() => expect(screen.getByText('The first 50 of 380 matches: type more to narrow')).toBeTruthy());
    await user.keyboard('Linden res 0000');
    await waitFor(() =>
      expect(
        within(screen.getByRole('listbox', { name: 'Meter: choices' }))
          .getAllByRole('option')
          .map((o) => o.textContent)[0],
      ).toBe('linden-res-00001'),
    );
    // A space reads as a dash: the API's search takes letters, digits and dashes only.
    expect(asked.at(-1)?.get('search')).toBe('Linden-res-0000');
    expect(asked.every((q) => Number(q.get('limit')) <= 50)).toBe(true);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.getByTestId('entity').textContent).toBe('linden-res-00003');
    expect(meterInput().value).toBe('linden-res-00003');
  });
});
