/**
 * The controls of the scenario panel: a slider that commits when it settles (so dragging does not
 * flood the API), a switch with its hint, and a labelled text field (the seed, an episode's window).
 */
import { type InputHTMLAttributes, useEffect, useId, useState } from 'react';

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
  onCommit: (v: number) => void;
}

export function Slider({ label, value, min, max, step, format, onCommit }: SliderProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onCommit(draft), 350);
    return () => clearTimeout(timer);
  }, [draft, value, onCommit]);
  return (
    <div className="lever-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-valuetext={format(draft)}
        onChange={(e) => setDraft(Number(e.target.value))}
      />
      <output htmlFor={id}>{format(draft)}</output>
    </div>
  );
}

export function Toggle({
  label,
  checked,
  onChange,
  hint,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="lever-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="lever-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A text field with its label above it, the label wrapping the input (it names it). */
export function InputField({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label>
      <span>{label}</span>
      <input className="input" {...input} />
    </label>
  );
}
