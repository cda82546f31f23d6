import { type Scenario, ScenarioSchema } from '@sandbox/shared/scenario/schemas';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStandIns, standIns } from '../../../test/map-stand-in';
import { server, setupMockServer } from '../../../test/msw';
import { renderWithProviders } from '../../../test/render';
import type { MapPairMode } from '../hooks/use-lab-view';
import { LabMapPair } from './lab-map-pair';

// The GL maps are tested in Chromium (tests/e2e/lab.e2e.test.ts); here each is a stand-in that says what it was given.
vi.mock('../../../map/lazy-map', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../map/lazy-map')>()),
  LazyMap: (await import('../../../test/map-stand-in')).MapStandIn,
}));

setupMockServer();
beforeEach(resetStandIns);

const baseline = ScenarioSchema.parse({ city: 'testville', seed: 4 });
const withLevers = (levers: Partial<Scenario['levers']>) => ({ ...baseline, levers: { ...baseline.levers, ...levers } });
const EV = withLevers({ evShare: 0.6 });
const CONNECTED = withLevers({ connectedShare: 0.9 });

/** The pair with its layout and variant held in state, as the page holds them in the URL. */
function Harness({ variants, onVariant = () => {} }: { variants: Scenario[]; onVariant?: (n: number) => void }) {
  const [mode, setMode] = useState<MapPairMode>('split');
  const [variant, setVariant] = useState(1);
  return (
    <LabMapPair
      baseline={baseline}
      variants={variants}
      mode={mode}
      variant={variant}
      onMode={setMode}
      onVariant={(n) => {
        onVariant(n);
        setVariant(n);
      }}
      language="en"
    />
  );
}

const renderPair = (variants: Scenario[], language: 'en' | 'ko' = 'en', onVariant?: (n: number) => void) =>
  renderWithProviders(<Harness variants={variants} {...(onVariant ? { onVariant } : {})} />, {
    url: '/lab?city=testville&t=2026-07-15T22:00:00Z',
    language,
  });

const figure = (id: string) => screen.getByTestId('lab-map-figures').querySelector(`[data-figure="${id}"] dd`)?.textContent ?? '';

describe('Lab map pair', { timeout: 30_000 }, () => {
  it('says to add a variant and draws no map while there is none', async () => {
    renderPair([]);
    expect(await screen.findByText('Add a variant to see its map beside the baseline’s, at the same time.')).toBeTruthy();
    expect(screen.queryAllByTestId('map')).toHaveLength(0);
    expect((screen.getByRole('button', { name: 'Swipe' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('draws the baseline and the variant at the same instant, on one shared view, with the change under them', async () => {
    renderPair([EV]);
    const maps = await screen.findAllByTestId('map');
    expect(maps).toHaveLength(2);
    const [left, right] = maps as [HTMLElement, HTMLElement];
    // Both coloured: three stations with an AQI, both districts with a load, the corridor segments with a speed.
    await waitFor(() => expect(right.dataset.speeds).not.toBe('0'));
    for (const map of maps) {
      expect(map.dataset.stations).toBe('3');
      expect(Number(map.dataset.load)).toBeGreaterThan(0);
      expect(map.dataset.layers).toBe('stations,districts,speeds');
    }
    // EV share 60%: chargers add load at 6 pm; the traffic is the same.
    expect(Number(right.dataset.load)).toBeGreaterThan(Number(left.dataset.load));
    expect(figure('cityLoad')).toMatch(/^[\d,]+ → [\d,]+ kW\+[\d,]+$/);
    expect(figure('meanSpeed')).toMatch(/% of limit±0$/);
    // One sync for both maps: a pan on one moves the other.
    const syncs = [...standIns.syncs.values()];
    expect(syncs).toHaveLength(2);
    expect(syncs[0]).toBeDefined();
    expect(syncs[0]).toBe(syncs[1]);
    expect(screen.getByText('Baseline')).toBeTruthy();
    expect(screen.getByText('EV share 60%')).toBeTruthy();
    expect(screen.getByText(/^Jul 15, 18:00: the baseline and Variant 1 on one view$/)).toBeTruthy();
  });

  it('switches to a swipe from the keyboard without rebuilding the maps, and the slider moves the line', async () => {
    const user = userEvent.setup();
    renderPair([EV]);
    await screen.findAllByTestId('map');
    const stage = screen.getByTestId('lab-map-stage');
    expect(stage.dataset.mode).toBe('split');
    expect(screen.queryByRole('slider')).toBeNull();
    const mounts = standIns.mounts;

    screen.getByRole('button', { name: 'Swipe' }).focus();
    await user.keyboard('{Enter}');
    expect(stage.dataset.mode).toBe('swipe');
    expect(screen.getByRole('button', { name: 'Swipe' }).getAttribute('aria-pressed')).toBe('true');
    const slider = screen.getByRole('slider', { name: 'Swipe: baseline on the left of the line, variant on the right' });
    expect(slider.getAttribute('aria-valuetext')).toBe('Baseline 50%, variant 50%');
    // jsdom does not step a range input from the keyboard (Chromium does: tests/e2e/lab.e2e.test.ts).
    fireEvent.change(slider, { target: { value: '52' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('Baseline 52%, variant 48%');
    expect((stage.parentElement as HTMLElement).style.getPropertyValue('--lab-swipe')).toBe('52%');

    await user.click(screen.getByRole('button', { name: 'Side by side' }));
    expect(stage.dataset.mode).toBe('split');
    // The same two maps all along: the layout is classes, not a new map.
    expect(standIns.mounts).toBe(mounts);
    expect(screen.getAllByTestId('map')).toHaveLength(2);
  });

  it('picks which variant is drawn when there are several', async () => {
    const user = userEvent.setup();
    const picked = vi.fn();
    renderPair([EV, CONNECTED], 'en', picked);
    await screen.findAllByTestId('map');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Variant on the map' }), 'Variant 2');
    expect(picked).toHaveBeenCalledWith(2);
    expect(await screen.findByText('Connected-vehicle share 90%')).toBeTruthy();
    // Connected share 90%: more of the same cars report.
    await waitFor(() => expect(figure('connectedVehicles')).toMatch(/^\d+ → \d+ vehicles\+\d+$/));
  });

  it('shows a failed snapshot with a retry, in Korean', async () => {
    server.use(http.get('/api/snapshot', () => HttpResponse.json({ error: 'Internal', message: 'engine down' }, { status: 500 })));
    renderPair([EV], 'ko');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/engine down/);
    expect(within(alert).getByRole('button', { name: '다시 시도' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '같은 시각의 지도' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '스와이프' })).toBeTruthy();
    expect(screen.queryAllByTestId('map')).toHaveLength(0);
  });
});
