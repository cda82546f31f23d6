import './field.css';
import { type ReactNode, useId } from 'react';

/**
 * A labelled form control. The label names the control by `for`/`id` rather than by wrapping it,
 * so a select's accessible name is its label alone (not the label plus the chosen option).
 */
export function Field({ label, grow = false, children }: { label: string; grow?: boolean; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={grow ? 'field field--grow' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
