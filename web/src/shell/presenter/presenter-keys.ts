/**
 * The presenter's keys, as a presentation clicker sends them: P switches presenter mode on and off;
 * in presenter mode PageDown/→/↓ move the tour on, PageUp/←/↑ back, and B (or ".", what many clickers
 * send for their "black screen" button) blanks the screen. While blank, a forward or back press
 * only brings the picture back, so a stray click does not skip a moment unseen.
 */

export type PresenterKey = 'toggle' | 'next' | 'previous' | 'blank';

interface KeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp']);

/** What a key does, given whether presenter mode is on and a story tour is there to step through. */
export function presenterKey(event: KeyEvent, presenting: boolean, touring: boolean): PresenterKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'p' || event.key === 'P') return 'toggle';
  if (!presenting) return null;
  if (event.key === 'b' || event.key === 'B' || event.key === '.') return 'blank';
  // Without a tour the arrows stay the clock's (step, speed), as outside presenter mode.
  if (touring && NEXT.has(event.key)) return 'next';
  if (touring && PREVIOUS.has(event.key)) return 'previous';
  return null;
}

export interface PresenterStop {
  index: number;
  blanked: boolean;
}

/** The tour position and blanking after a key (toggle is the URL's business, not this state's). */
export function applyPresenterKey(state: PresenterStop, key: Exclude<PresenterKey, 'toggle'>, count: number): PresenterStop {
  if (key === 'blank') return { ...state, blanked: !state.blanked };
  if (state.blanked) return { ...state, blanked: false };
  const index = Math.min(count, Math.max(0, state.index + (key === 'next' ? 1 : -1)));
  return { ...state, index };
}
