import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveCities, setupMockServer } from '../../test/msw';
import { renderWithProviders } from '../../test/render';
import { storiesFor, withStory } from '../scenario/stories';
import { BlankScreen, PresenterBar, SpeakerNotes } from './presenter-chrome';
import { momentsOf } from './story-moments';
import { momentTarget } from './tour';
import { usePresenter } from './use-presenter';

setupMockServer();

/** The shell's presenter wiring, without the pages. */
function Harness() {
  const presenter = usePresenter();
  if (!presenter.presenting) return <p>normal view</p>;
  return (
    <>
      <PresenterBar presenter={presenter} timeZone="America/New_York" />
      <SpeakerNotes presenter={presenter} />
      {presenter.blanked ? <BlankScreen /> : null}
    </>
  );
}

const heat = storiesFor('columbus').find((s) => s.id === 'heatWave');
if (!heat) throw new Error('no heat wave story');
const heatMoments = momentsOf('heatWave');
const storyUrl = (extra: string) => `/energy?${withStory(new URLSearchParams(extra), heat).toString()}`;
const press = (key: string) => fireEvent.keyDown(document.body, { key });
const notes = () => screen.getByTestId('speaker-notes').textContent ?? '';
const search = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('presenter mode', () => {
  it('P switches it on and off, in the URL', async () => {
    const { router } = renderWithProviders(<Harness />, { url: '/?t=2026-07-15T16:00:00Z&evShare=0.5' });
    expect(screen.getByText('normal view')).toBeTruthy();
    press('p');
    await waitFor(() => expect(search(router).get('presenter')).toBe('1'));
    expect(screen.getByTestId('sim-clock')).toBeTruthy();
    // Levers of no story: the notes say how to get some.
    expect(notes()).toContain('No story is open');
    press('P');
    await waitFor(() => expect(search(router).get('presenter')).toBeNull());
  });

  it('a clicker steps through the story’s moments: page, clock, focus and notes follow', async () => {
    const { router } = renderWithProviders(<Harness />, { url: storyUrl('presenter=1') });
    expect(notes()).toContain('demand-response');
    expect(screen.getByTestId('presenter-step').textContent).toBe('Opening');
    press('PageDown');
    await waitFor(() => expect(search(router).get('moment')).toBe('1'));
    expect(router.state.location.pathname).toBe(heatMoments[0]?.page);
    expect(search(router).get('t')).toBe(heatMoments[0]?.t);
    expect(search(router).get('district')).toBe(heatMoments[0]?.focus?.district);
    await waitFor(() => expect(notes()).toBe(heatMoments[0]?.notes.en));
    expect(screen.getByTestId('presenter-step').textContent).toBe(`Moment 1 of ${heatMoments.length}`);
    press('ArrowRight');
    await waitFor(() => expect(notes()).toBe(heatMoments[1]?.notes.en));
    press('PageUp');
    press('ArrowLeft');
    await waitFor(() => expect(search(router).get('moment')).toBeNull());
    expect(screen.getByTestId('presenter-step').textContent).toBe('Opening');
  });

  it('opens the stop again when a late clock write puts the previous stop’s parameters on its page', async () => {
    const { router } = renderWithProviders(<Harness />, { url: storyUrl('presenter=1&moment=1') });
    const previous = router.state.location.search;
    press('PageDown');
    await waitFor(() => expect(search(router).get('moment')).toBe('2'));
    // What the playing clock's periodic write does if it lands just after the step.
    await act(async () => {
      await router.navigate({ pathname: router.state.location.pathname, search: previous }, { replace: true });
    });
    await waitFor(() => expect(search(router).get('moment')).toBe('2'));
    expect(search(router).get('t')).toBe(heatMoments[1]?.t);
  });

  it('keeps the step when the playing clock writes the URL after it, before it is drawn (same page)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // A playing clock opens the live stream; jsdom has none.
    vi.stubGlobal(
      'EventSource',
      class {
        static CLOSED = 2;
        readyState = 0;
        close() {}
        addEventListener() {}
      },
    );
    const first = momentTarget(new URLSearchParams('presenter=1'), heat, 1);
    const { router } = renderWithProviders(<Harness />, { url: `${first.pathname}${first.search}` });
    await act(async () => {
      vi.advanceTimersByTime(4_900);
    });
    await act(async () => {
      press('PageDown');
      // The router has taken the step (moment 2, on moment 1's page); React has not drawn it yet when
      // the clock's periodic write, made from moment 1's parameters, comes due.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect(search(router).get('moment')).toBe('2');
      vi.advanceTimersByTime(200);
    });
    expect(search(router).get('moment')).toBe('2');
    expect(search(router).get('t')).toBe(heatMoments[1]?.t);
    expect(notes()).toBe(heatMoments[1]?.notes.en);
  });

  it('B blanks the screen; the next click brings the picture back without skipping a moment', async () => {
    const { router } = renderWithProviders(<Harness />, { url: storyUrl('presenter=1&moment=1') });
    press('b');
    expect(screen.getByTestId('presenter-blank')).toBeTruthy();
    press('PageDown');
    expect(screen.queryByTestId('presenter-blank')).toBeNull();
    expect(search(router).get('moment')).toBe('1');
    press('B');
    press('B');
    expect(screen.queryByTestId('presenter-blank')).toBeNull();
  });

  it('tells a story re-told in another city in its city-neutral words, and says it has no tour there', async () => {
    const story = storiesFor('austin', 'America/Chicago').find((s) => s.id === 'electricFuture');
    if (!story) throw new Error('no Austin electric future');
    serveCities({ id: 'austin', name: 'Austin', region: 'Texas', timezone: 'America/Chicago', center: [-97.74, 30.27] });
    renderWithProviders(<Harness />, { url: `/energy?${withStory(new URLSearchParams('presenter=1'), story).toString()}` });
    await waitFor(() => expect(notes()).toContain('This story has no tour in Austin'));
    expect(notes()).toContain('in the residential districts a new peak');
    expect(notes()).not.toContain('Northland');
    expect(notes()).not.toContain('Page Down');
  });

  it('shows the notes in Korean when the UI is', () => {
    renderWithProviders(<Harness />, { url: storyUrl('presenter=1&moment=2'), language: 'ko' });
    expect(notes()).toBe(heatMoments[1]?.notes.ko);
  });

  it('moves on by itself once a moment’s dwell time has passed, and not while blanked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const { router } = renderWithProviders(<Harness />, { url: storyUrl('presenter=1&moment=1') });
    const dwellMs = (heatMoments[0]?.dwellS ?? 0) * 1000;
    await act(async () => {
      vi.advanceTimersByTime(dwellMs - 1000);
    });
    expect(search(router).get('moment')).toBe('1');
    expect(screen.getByText(/next in \d+ s/)).toBeTruthy();
    await act(async () => {
      vi.advanceTimersByTime(1500);
    });
    expect(search(router).get('moment')).toBe('2');
    // Blanked, the tour waits.
    press('b');
    await act(async () => {
      vi.advanceTimersByTime((heatMoments[1]?.dwellS ?? 0) * 1000 + 5000);
    });
    expect(search(router).get('moment')).toBe('2');
  });

  it('stops at the last moment', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const last = heatMoments.length;
    const { router } = renderWithProviders(<Harness />, { url: storyUrl(`presenter=1&moment=${last}`) });
    expect(screen.queryByText(/next in/)).toBeNull();
    press('PageDown');
    await act(async () => {
      vi.advanceTimersByTime(600_000);
    });
    expect(search(router).get('moment')).toBe(String(last));
  });
});
