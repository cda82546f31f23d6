/**
 * Keyboard shortcuts for the clock, listed in the help dialog: space plays or pauses, ←/→ step,
 * ↑/↓ change speed, L goes live, ? opens the help. Ignored while typing in a field.
 */
import { useEffect } from 'react';
import type { ClockAction } from '../../state/clock/clock-state';

export const SHORTCUTS: readonly { keys: string[]; action: string }[] = [
  { keys: ['Space'], action: 'toggle' },
  { keys: ['←', '→'], action: 'step' },
  { keys: ['↑', '↓'], action: 'speed' },
  { keys: ['L'], action: 'live' },
  { keys: ['?'], action: 'help' },
  // Presenter mode's keys (shell/presenter/presenter-keys.ts): a clicker sends PageDown/PageUp and B.
  { keys: ['P'], action: 'presenter' },
  { keys: ['PgDn', 'PgUp'], action: 'tour' },
  { keys: ['B'], action: 'blank' },
];

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return target.isContentEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): ClockAction | 'help' | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case ' ':
      return { type: 'toggle' };
    case 'ArrowLeft':
      return { type: 'step', direction: -1 };
    case 'ArrowRight':
      return { type: 'step', direction: 1 };
    case 'ArrowUp':
      return { type: 'faster' };
    case 'ArrowDown':
      return { type: 'slower' };
    case 'l':
    case 'L':
      return { type: 'live' };
    case '?':
      return 'help';
    default:
      return null;
  }
}

export function useClockShortcuts(dispatch: (action: ClockAction) => void, openHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      // Let buttons and links keep Space/Enter; arrows inside a toolbar or map stay theirs too.
      if (event.key === ' ' && event.target instanceof HTMLElement && event.target.closest('button, a, [role="slider"]')) return;
      if (
        event.key.startsWith('Arrow') &&
        event.target instanceof HTMLElement &&
        event.target.closest('.maplibregl-map, .mapboxgl-map, [role="slider"]')
      )
        return;
      const action = actionForKey(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'help') openHelp();
      else dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch, openHelp]);
}
