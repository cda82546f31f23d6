import { describe, expect, it } from 'vitest';
import { applyPresenterKey, presenterKey } from './presenter-keys';

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('presenter keys (a presentation clicker)', () => {
  it('P switches presenter mode on and off, in or out of it', () => {
    expect(presenterKey(key('p'), false, false)).toBe('toggle');
    expect(presenterKey(key('P'), true, true)).toBe('toggle');
    expect(presenterKey(key('p', { ctrlKey: true }), false, false)).toBeNull();
  });

  it.each([
    ['PageDown', 'next'],
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageUp', 'previous'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
  ])('in a tour, %s → %s', (k, action) => {
    expect(presenterKey(key(k), true, true)).toBe(action);
  });

  it('outside presenter mode only P is the presenter’s; without a tour the arrows stay the clock’s', () => {
    for (const k of ['PageDown', 'ArrowRight', 'b', '.']) expect(presenterKey(key(k), false, true)).toBeNull();
    for (const k of ['PageDown', 'ArrowRight', 'ArrowUp']) expect(presenterKey(key(k), true, false)).toBeNull();
    expect(presenterKey(key('b'), true, false)).toBe('blank');
    expect(presenterKey(key('PageDown', { altKey: true }), true, true)).toBeNull();
  });
});

describe('stepping the tour and blanking', () => {
  it('steps forward and back within the opening (0) and the last moment', () => {
    let state = { index: 0, blanked: false };
    state = applyPresenterKey(state, 'previous', 3);
    expect(state.index).toBe(0);
    for (let i = 0; i < 5; i++) state = applyPresenterKey(state, 'next', 3);
    expect(state.index).toBe(3);
    state = applyPresenterKey(state, 'previous', 3);
    expect(state).toEqual({ index: 2, blanked: false });
  });

  it('B blanks and unblanks; while blank, forward or back only shows the picture again', () => {
    let state = applyPresenterKey({ index: 1, blanked: false }, 'blank', 3);
    expect(state).toEqual({ index: 1, blanked: true });
    state = applyPresenterKey(state, 'next', 3);
    expect(state).toEqual({ index: 1, blanked: false });
    state = applyPresenterKey(applyPresenterKey(state, 'blank', 3), 'blank', 3);
    expect(state).toEqual({ index: 1, blanked: false });
    expect(applyPresenterKey({ index: 2, blanked: true }, 'previous', 3)).toEqual({ index: 2, blanked: false });
  });
});
