import { MINUTE_MS } from '@sandbox/shared/common/time';
import { onlineManager } from '@tanstack/react-query';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { LabPage } from './lab-page';

// The GL maps are tested in Chromium (tests/e2e/lab.e2e.test.ts); here each is a stand-in that says what it was given.
vi.mock('../../map/lazy-map', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../map/lazy-map')>()),
  LazyMap: (await import('../../test/map-stand-in')).MapStandIn,
}));

setupMockServer();
// Each comparison runs the engine (a day of every stream per scenario and seed): give it time.
configure({ asyncUtilTimeout: 15_000 });

const AT = 't=2026-07-15T22:00:00Z';
const params = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

function renderLab(search: string, language: 'en' | 'ko' = 'en') {
  return renderWithProviders(<LabPage />, { url: `/lab?city=testville&seed=4&${AT}&${search}`, language });
}

describe('Lab page', { timeout: 90_000 }, () => {
  it('shows the scorecard of the baseline and a variant with changes, the band and verdict, and the overlaid chart', async () => {
    renderLab(`v1=${encodeURIComponent('seed=4&evShare=0.6')}&labSeeds=2`);
    const table = await screen.findByTestId('lab-scorecard');
    const energy = within(table).getByRole('button', { name: 'About Energy from the grid' }).closest('tr') as HTMLElement;
    const [baselineCell, variantCell] = within(energy).getAllByRole('cell').slice(1);
    expect(baselineCell?.textContent).toMatch(/^[\d,.]+$/);
    // EV chargers add energy: a positive change with its percentage.
    expect(variantCell?.textContent).toMatch(/\+[\d,.]+ \(\+[\d.]+%\)/);
    // The band over two seeds arrives after the scorecard, with a verdict.
    await waitFor(() => expect(variantCell?.textContent).toMatch(/… .* · (Effect|Noise)$/));
    // The tile names the variant's change, not only its slot.
    expect((await screen.findByTestId('lab-verdict-1')).textContent).toMatch(/^Variant 1 · EV share 60%(Effect|Noise)/);
    const chart = screen.getByTestId('lab-chart');
    expect(chart.dataset.lines).toBe('2');
    expect(chart.dataset.points).toBe('24');
    expect(screen.getByTestId('lab-variant-1').textContent).toMatch('EV share 60%');
  });

  it('says why a figure changed: the lever, the mechanism, the figure; and how it is computed', async () => {
    const user = userEvent.setup();
    const { router } = renderLab(`v1=${encodeURIComponent('seed=4&evShare=0.6')}&labSeeds=1`);
    await user.click(await screen.findByRole('button', { name: 'About Grid CO₂' }));
    expect(params(router).get('labFigure')).toBe('gridCo2');
    const why = screen.getByTestId('lab-why');
    expect(why.textContent).toMatch(/RFCW, 911\.4 lb\/MWh; Austin: ERCT, 733\.9 lb\/MWh/);
    expect(within(why).getByRole('list')?.textContent).toMatch(/EV share → More homes and depots get chargers.* → Grid CO₂/);
    expect(screen.getByText('One seed: choose 2 or more to tell an effect from noise.')).toBeTruthy();
  });

  it('adds, edits and removes variants from the keyboard, keeping them in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderLab('labSeeds=1');
    expect(await screen.findByText(/Add a variant to compare/)).toBeTruthy();
    const add = screen.getByRole('button', { name: 'Add a variant' });
    add.focus();
    await user.keyboard('{Enter}');
    expect(params(router).get('v1')).toBe('seed=4');
    const variant = screen.getByTestId('lab-variant-1');
    // The focus moves into the new variant, not past it.
    await waitFor(() => expect(variant.contains(document.activeElement)).toBe(true));
    const evShare = within(variant).getByLabelText('EV share (%)');
    // Every comparison the URL asks for is a run of the engine: typing "40" asks for 40%, not 4% first.
    const asked: (string | null)[] = [];
    const stop = router.subscribe((state) => asked.push(new URLSearchParams(state.location.search).get('v1')));
    await user.clear(evShare);
    await user.type(evShare, '40');
    await waitFor(() => expect(params(router).get('v1')).toBe('seed=4&evShare=0.4'));
    stop();
    expect(asked.filter((v1) => v1?.includes('evShare'))).toEqual(['seed=4&evShare=0.4']);
    await user.click(within(variant).getByLabelText('Signal retiming'));
    await waitFor(() => expect(params(router).get('v1')).toBe('seed=4&evShare=0.4&signalRetiming=true'));
    expect(variant.textContent).toMatch('EV share 40% · Signal retiming on');
    await user.click(within(variant).getByRole('button', { name: 'Remove variant 1' }));
    expect(params(router).get('v1')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a variant' })));
  });

  it('keeps the map pair’s layout and variant in the URL', async () => {
    const user = userEvent.setup();
    const ev = encodeURIComponent('seed=4&evShare=0.6');
    const { router } = renderLab(`v1=${ev}&v2=${encodeURIComponent('seed=5')}&labSeeds=1&labMap=swipe&labMapVariant=2`);
    expect(await screen.findAllByTestId('map')).toHaveLength(2);
    const stage = screen.getByTestId('lab-map-stage');
    expect(stage.dataset.mode).toBe('swipe');
    const pair = stage.closest('section') as HTMLElement;
    expect(within(pair).getByText('Random seed 5')).toBeTruthy();
    await user.click(within(pair).getByRole('button', { name: 'Side by side' }));
    expect(params(router).get('labMap')).toBe('split');
    await user.selectOptions(within(pair).getByRole('combobox', { name: 'Variant on the map' }), 'Variant 1');
    expect(params(router).get('labMapVariant')).toBe('1');
    expect(await within(pair).findByText('EV share 60%')).toBeTruthy();
    expect(stage.dataset.mode).toBe('split');
  });

  it.each([
    [
      'en',
      /With 7 days and these variants the server computes at most 1 seed \(/,
      /choose fewer days or variants to tell an effect from noise/,
    ],
    ['ko', /7일 창과 이 변형들로는 서버가 시드를 최대 1개까지 계산합니다/, /효과와 잡음을 가리려면 기간이나 변형을 줄이세요/],
  ] as const)('offers no band over the server’s cost cap and says how many seeds fit (%s)', async (language, hint, note) => {
    const asked: string[] = [];
    server.use(
      http.get('/api/lab/scorecard', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('seeds') as string);
        return HttpResponse.json({ error: 'Service Unavailable', message: 'not computed here' }, { status: 503 });
      }),
    );
    const unrelated = ['seed=20', 'seed=30', 'seed=40'].map((v, i) => `v${i + 1}=${encodeURIComponent(v)}`).join('&');
    renderLab(`${unrelated}&labDays=7&labSeeds=5`, language);
    expect((await screen.findByTestId('lab-over-cap')).textContent).toMatch(note);
    const seeds = screen.getByRole('combobox', { name: language === 'en' ? 'Seeds for effect or noise' : '효과·잡음 판정 시드 수' });
    expect(
      seeds.getAttribute('aria-describedby') && document.getElementById(seeds.getAttribute('aria-describedby') as string)?.textContent,
    ).toMatch(hint);
    const options = within(seeds).getAllByRole('option') as HTMLOptionElement[];
    expect(options.filter((o) => !o.disabled).map((o) => o.value)).toEqual(['1']);
    expect((seeds as HTMLSelectElement).value).toBe('1');
    await waitFor(() => expect(asked).toContain('1'));
    expect(asked).not.toContain('5');
  });

  it.each([
    [
      'en',
      'Simulating 2 scenarios × 7 days…',
      /5 seeds of 2 scenarios over 7 days .*: the verdicts use 3 seeds\./,
      'Seeds for effect or noise',
    ],
    ['ko', '시나리오 2개 × 7일 시뮬레이션 중…', /시드 5개는 .* 판정은 시드 3개로 계산합니다\./, '효과·잡음 판정 시드 수'],
  ] as const)(
    'uses as many seeds as fit the cap, says so where the verdicts go, and says what is simulating (%s)',
    async (language, loading, note, label) => {
      const asked: string[] = [];
      server.use(
        http.get('/api/lab/scorecard', ({ request }) => {
          const seeds = new URL(request.url).searchParams.get('seeds') as string;
          asked.push(seeds);
          // The one-seed scorecard from the mock engine; the band refused, to see what it was asked for.
          return seeds === '1' ? undefined : HttpResponse.json({ error: 'Service Unavailable', message: 'busy' }, { status: 503 });
        }),
      );
      // A week of two scenarios fits 3 seeds (shared/src/lab/cost.ts); the link asks for 5.
      renderLab(`v1=${encodeURIComponent('seed=4&evShare=0.4')}&labDays=7&labSeeds=5`, language);
      expect((await screen.findAllByText(loading)).length).toBeGreaterThan(0);
      expect((await screen.findByTestId('lab-over-cap')).textContent).toMatch(note);
      const seeds = screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
      expect(seeds.value).toBe('3');
      const options = within(seeds).getAllByRole('option') as HTMLOptionElement[];
      expect(options.filter((o) => !o.disabled).map((o) => o.value)).toEqual(['1', '2', '3']);
      await waitFor(() => expect(asked).toContain('3'), { timeout: MINUTE_MS });
      expect(asked).not.toContain('5');
    },
  );

  it.each([
    ['en', 'The Sandbox server cannot be reached. Is it still running?', 'Try again', 'Add a variant'],
    ['ko', '샌드박스 서버에 연결할 수 없습니다. 서버가 실행 중인지 확인하세요.', '다시 시도', '변형 추가'],
  ] as const)(
    'says the server cannot be reached when offline, with a retry, and recovers online (%s)',
    async (language, unreachable, retry, add) => {
      const user = userEvent.setup();
      let offline = false;
      // No answer at all while offline (fetch rejects); online, the mock engine answers as usual.
      server.use(http.get('/api/lab/scorecard', () => (offline ? HttpResponse.error() : undefined)));
      renderLab(`v1=${encodeURIComponent('seed=4&evShare=0.4')}&labSeeds=2`, language);
      await screen.findByTestId('lab-verdict-1');
      offline = true;
      onlineManager.setOnline(false);
      try {
        await user.click(screen.getByRole('button', { name: add }));
        const alerts = await screen.findAllByRole('alert');
        expect(alerts.map((a) => a.textContent).join(' ')).toContain(unreachable);
        expect(within(alerts[0] as HTMLElement).getByRole('button', { name: retry })).toBeTruthy();
        // Nothing spins for the seeds while the scorecard they wait for has failed.
        expect(screen.queryByText(/Running \d seeds|시드 \d개/)).toBeNull();
      } finally {
        offline = false;
        onlineManager.setOnline(true);
      }
      // Back online, the failed comparison is asked again by itself: two variants, then their verdicts.
      // (A failed query keeps its error while it is asked again, until the engine answers: give it time.)
      expect(await screen.findByTestId('lab-verdict-2', {}, { timeout: MINUTE_MS })).toBeTruthy();
      expect(screen.queryAllByRole('alert')).toHaveLength(0);
    },
  );

  it.each([
    [
      'en',
      [
        'Variant 1: the link’s EV share (500%) is outside 0–100%: ignored.',
        'Variant 2: the link’s EV share (abc) is not a valid value: ignored.',
        'Variant 3: “cvShare” is not a scenario setting the Lab knows: ignored.',
        'Variant 3: the link’s Random seed (-3) is not a valid value: ignored.',
        'The Lab compares at most 3 variants: v4 ignored.',
        'A 30-day window is not offered (1, 3, 7 days): using 1.',
        '999 seeds is not a seed count the Lab runs (1–10): using 5.',
      ],
      'Dismiss',
    ],
    [
      'ko',
      [
        '변형 1: 링크의 전기차 비율 값(500%)이 0–100% 범위를 벗어나 무시했습니다.',
        '실험실은 변형을 최대 3개까지 비교합니다. v4 값은 무시했습니다.',
      ],
      '닫기',
    ],
  ] as const)('names what a link asked for that it could not use, and why, until dismissed (%s)', async (language, notes, dismiss) => {
    const user = userEvent.setup();
    server.use(
      http.get('/api/lab/scorecard', () => HttpResponse.json({ error: 'Service Unavailable', message: 'not here' }, { status: 503 })),
    );
    const v = (text: string) => encodeURIComponent(text);
    const { router } = renderLab(
      `v1=${v('evShare=5')}&v2=${v('evShare=abc')}&v3=${v('cvShare=-5&seed=-3')}&v4=${v('seed=9')}&labDays=30&labSeeds=999`,
      language,
    );
    const notice = await screen.findByTestId('lab-link-notice');
    for (const note of notes) expect(notice.textContent).toContain(note);
    // The address bar now holds the comparison the page runs.
    await waitFor(() => expect(params(router).get('v1')).toBe(''));
    expect(params(router).get('v4')).toBeNull();
    expect(params(router).get('labDays')).toBe('1');
    expect(screen.getByTestId('lab-link-notice')).toBeTruthy();
    await user.click(within(notice).getByRole('button', { name: dismiss }));
    expect(screen.queryByTestId('lab-link-notice')).toBeNull();
  });

  it('shows the failure in the reader’s language frame with a retry, and Korean labels', async () => {
    server.use(http.get('/api/lab/scorecard', () => HttpResponse.json({ error: 'Bad Request', message: 'nope' }, { status: 400 })));
    renderLab('', 'ko');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((a) => a.textContent).join(' ')).toMatch(/nope/);
    expect(within(alerts[0] as HTMLElement).getByRole('button', { name: '다시 시도' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch('실험실');
    expect(screen.getByRole('button', { name: '변형 추가' })).toBeTruthy();
  });
});
