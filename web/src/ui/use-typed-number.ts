/**
 * A number input that applies what is typed once typing pauses, or at once on Enter or leaving the
 * field. Each applied value reruns the engine for every panel that reads it: typing "40" into a
 * share, or "1234" into a seed, would otherwise run 4 (or 1, 12, 123) first, seconds of engine work
 * for values nobody asked for. What is typed stays on screen while it is not a valid value yet (an
 * empty field), and the field shows the applied value again when the focus leaves.
 */
import { type ChangeEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';

/** How long a typed number waits for the next keystroke before it is applied. */
export const TYPING_PAUSE_MS = 500;

export interface TypedNumberProps {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
}

/** Props for an `<input type="number">` showing `value` and giving typed numbers to `onValue`. */
export function useTypedNumber(value: number, onValue: (n: number) => void): TypedNumberProps {
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<{ n: number; timer: ReturnType<typeof setTimeout> } | null>(null);
  // The newest callback, so a value applied after a pause goes to the state as it is then.
  const apply = useRef(onValue);
  apply.current = onValue;
  const flush = () => {
    const next = pending.current;
    if (!next) return;
    clearTimeout(next.timer);
    pending.current = null;
    apply.current(next.n);
  };
  // A field that goes away (its variant removed, its panel closed) drops what was still waiting.
  useEffect(() => () => clearTimeout(pending.current?.timer), []);
  return {
    value: draft ?? String(value),
    onChange: (event) => {
      setDraft(event.target.value);
      clearTimeout(pending.current?.timer);
      pending.current = null;
      const n = event.target.valueAsNumber;
      if (event.target.value !== '' && Number.isFinite(n)) pending.current = { n, timer: setTimeout(flush, TYPING_PAUSE_MS) };
    },
    onKeyDown: (event) => {
      if (event.key === 'Enter') flush();
    },
    onBlur: () => {
      flush();
      setDraft(null);
    },
  };
}
