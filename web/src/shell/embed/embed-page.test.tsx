import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AIR_EMBED_NAMES } from '../../features/air/embed';
import { DATA_EMBED_NAMES } from '../../features/data/embed';
import { ENERGY_EMBED_NAMES } from '../../features/energy/embed';
import { MOBILITY_EMBED_NAMES } from '../../features/mobility/embed';
import { setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { EmbedPage } from './embed-page';
import { EMBED_FEATURES, EMBED_NAMES, type EmbedName } from './embed-registry';

setupMockServer();

const AT = '2026-07-15T16:00:00Z';
const open = (name: string, query = '', language: 'en' | 'ko' = 'en') =>
  renderWithProviders(<EmbedPage />, { url: `/embed/${name}?city=testville&t=${AT}${query}`, path: '/embed/:panel', language });

/** The panel's own title (its h2) as the page shows it in English, for the test city. */
const TITLES: Record<EmbedName, RegExp> = {
  pm25: /^PM2\.5$/,
  ozone: /^Ozone$/,
  stations: /^PM2\.5 at every station$/,
  weather: /^Weather at the bench$/,
  'aqi-calendar': /^Daily AQI, July 2026$/,
  load: /^Load by customer class · Whole city$/,
  duration: /^Load-duration curve · Whole city$/,
  districts: /^Districts now$/,
  heatmap: /^Demand by hour and day · Whole city$/,
  meter: /^15-minute reads · /,
  'corridor-speed': /^Corridor speed$/,
  'corridor-travel-time': /^Travel time, end to end$/,
  'corridor-volume': /^Traffic volume$/,
  events: /^Safety events today$/,
  signals: /^Signal phase and timing$/,
  bsm: /^Basic Safety Messages$/,
  // The explorer's default: the air stream's first metric.
  series: /^PM2\.5$/,
};

describe('the embed registry', () => {
  it('lists exactly the panels each feature draws, each name once', () => {
    const byPage = Object.fromEntries(EMBED_FEATURES.map((f) => [f.page, [...f.names].sort()]));
    expect(byPage).toEqual({
      air: [...AIR_EMBED_NAMES].sort(),
      energy: [...ENERGY_EMBED_NAMES].sort(),
      mobility: [...MOBILITY_EMBED_NAMES].sort(),
      data: [...DATA_EMBED_NAMES].sort(),
    });
    expect(new Set(EMBED_NAMES).size).toBe(EMBED_NAMES.length);
  });
});

// Seventeen panels drawn one after the other in jsdom: allow for a loaded 2-core machine.
describe('EmbedPage', { timeout: 20_000 }, () => {
  it.each(EMBED_NAMES)('%s: draws its panel alone, with its data, a table view and the link to the full page', async (name) => {
    open(name);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBeTruthy();
    // The panel's table toggle appears once its data has arrived (Panel shows it only then).
    const toggle = await screen.findByRole('button', { name: 'Show the data as a table' }, { timeout: 15_000 });
    const panel = toggle.closest('section.panel') as HTMLElement;
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toMatch(TITLES[name]);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(document.querySelector('.shell__header, .control-bar, .maplibregl-map')).toBeNull();
    const link = screen.getByRole('link', { name: /Open in Smart City Sandbox/ });
    expect(link.getAttribute('target')).toBe('_blank');
    const page = EMBED_FEATURES.find((f) => (f.names as readonly string[]).includes(name))?.path;
    expect(link.getAttribute('href')).toBe(`${page}?city=testville&t=${AT}`);
  });

  it('takes the page selection from the URL, as the page does (station, span)', async () => {
    open('pm25', '&station=south-school&span=6h');
    await screen.findByRole('button', { name: 'Show the data as a table' }, { timeout: 15_000 });
    expect(screen.getByRole('link', { name: /Open in Smart City Sandbox/ }).getAttribute('href')).toBe(
      `/air?city=testville&t=${AT}&station=south-school&span=6h`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show the data as a table' }));
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toMatch(/South School/);
  });

  it('names where the data is from under the panel: the station or corridor, the city, "simulated"', async () => {
    open('pm25', '&station=south-school');
    await screen.findByRole('button', { name: 'Show the data as a table' }, { timeout: 15_000 });
    expect(document.querySelector('.embed__source')?.textContent).toBe('South School · Testville, Ohio · simulated data');
    expect(document.title).toBe('PM2.5 · South School · Testville, Ohio · Smart City Sandbox');
  });

  it('says which link parameters it could not use, instead of passing another station off as the one asked for', async () => {
    open('pm25', '&station=no-such-station&span=99h&speed=7&evShare=2');
    await screen.findByRole('button', { name: 'Show the data as a table' }, { timeout: 15_000 });
    const notice = await screen.findByText(/^Ignored link parameters that are not valid: /);
    expect(notice.textContent).toBe('Ignored link parameters that are not valid: evShare, span, speed, station.');
    expect(notice.getAttribute('role')).toBe('status');
  });

  it.each([
    ['load', '&district=nowhere', 'district'],
    ['series', '&stream=load&entity=nope', 'entity'],
  ])('%s with %s: names it as ignored (a district the city does not meter, an unknown load group)', async (name, query, key) => {
    open(name, query);
    const notice = await screen.findByText(/^Ignored link parameters that are not valid: /, undefined, { timeout: 15_000 });
    expect(notice.textContent).toBe(`Ignored link parameters that are not valid: ${key}.`);
  });

  it('says nothing when every parameter was used', async () => {
    open('pm25', '&station=south-school&span=6h');
    await screen.findByRole('button', { name: 'Show the data as a table' }, { timeout: 15_000 });
    expect(document.querySelector('.embed__notice')).toBeNull();
  });

  it('names an ignored parameter in Korean with lang=ko', async () => {
    open('corridor-speed', '&corridor=nowhere&lang=ko', 'ko');
    const notice = await screen.findByText(/^올바르지 않은 링크 매개변수를/, undefined, { timeout: 15_000 });
    expect(notice.textContent).toBe('올바르지 않은 링크 매개변수를 무시했습니다: corridor.');
  });

  it('draws one meter without the page’s picker, and names the meter under it', async () => {
    open('meter');
    await screen.findByRole('button', { name: 'Show the data as a table' }, { timeout: 15_000 });
    expect(screen.queryByRole('heading', { name: 'One meter' })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    const title = screen.getByRole('heading', { level: 2 }).textContent ?? '';
    const meter = title.replace(/^15-minute reads · /, '');
    expect(document.querySelector('.embed__source')?.textContent).toBe(`${meter} · Testville, Ohio · simulated data`);
  });

  it('names no one station under the panel of every station', async () => {
    open('stations');
    await screen.findByRole('button', { name: 'Show the data as a table' }, { timeout: 15_000 });
    expect(document.querySelector('.embed__source')?.textContent).toBe('Testville, Ohio · simulated data');
  });

  it('speaks Korean with lang=ko: the heading, the panel and the link', async () => {
    open('events', '&lang=ko', 'ko');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('오늘의 안전 이벤트');
    await screen.findByRole('heading', { level: 2, name: '오늘의 안전 이벤트' });
    expect(screen.getByRole('link', { name: /Smart City Sandbox에서 열기/ })).toBeTruthy();
  });

  it('answers an unknown name with the valid names, not a blank page', () => {
    open('pm10');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No such panel');
    expect(screen.getByText(/There is no panel called “pm10”/)).toBeTruthy();
    const names = [...document.querySelectorAll('dd code')].map((c) => c.textContent);
    expect(names).toEqual([...EMBED_NAMES]);
  });

  it("gives iframe code for a panel with this address's parameters", () => {
    open('nope');
    expect(screen.getByRole('heading', { level: 2, name: 'Paste into your page' })).toBeTruthy();
    expect(document.querySelector('main .code-line')?.textContent).toBe(
      `<iframe src="${window.location.origin}/embed/pm25?city=testville&amp;t=${AT}" width="640" height="420" style="border:0" title="PM2.5 · Smart City Sandbox"></iframe>`,
    );
  });

  it('lists the names in Korean too', () => {
    open('nope', '&lang=ko', 'ko');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('그런 패널은 없습니다');
    expect(screen.getByText(/“nope”라는 이름의 패널/)).toBeTruthy();
    expect(screen.getByText('대기').tagName).toBe('DT');
  });
});
