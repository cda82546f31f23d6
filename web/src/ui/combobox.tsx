/**
 * A searchable picker for long lists (meters, road segments): type to filter, ArrowUp/ArrowDown to
 * move, Enter to pick, Escape to close and restore the chosen item. The ARIA 1.2 combobox pattern
 * (an input with role="combobox" owning a listbox through aria-controls and aria-activedescendant),
 * so a screen reader hears the list and the active option. The input always names the chosen item
 * (`value`), whether or not the current list holds it: a meter in the URL is the meter shown.
 * A list the browser cannot hold whole (110,000 meters) is searched by the caller: `onSearch` gets
 * the text, `options` are the caller's matches and `total` how many there are.
 */
import './combobox.css';
import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
import type { Language } from '../i18n/i18n';

export interface ComboOption {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  /** How the chosen value reads in the input (it may not be among `options`). */
  valueLabel: string;
  options: readonly ComboOption[];
  onChange: (value: string) => void;
  /** The typed text, for a caller that searches a list too long to ship (else the options are filtered here). */
  onSearch?: (text: string) => void;
  /** How many items match in all, when `options` are only the first of them. */
  total?: number | undefined;
  /** Whether the caller's search is under way. */
  searching?: boolean;
}

/** At most this many options are drawn; the rest are reached by typing more. */
export const SHOWN_OPTIONS = 50;

const matches = (option: ComboOption, text: string) => {
  const needle = text.trim().toLowerCase();
  return needle === '' || option.label.toLowerCase().includes(needle) || option.value.toLowerCase().includes(needle);
};

export function Combobox({ label, value, valueLabel, options, onChange, onSearch, total, searching = false }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typing = text ?? '';
  const shown = (onSearch ? options : options.filter((option) => matches(option, typing))).slice(0, SHOWN_OPTIONS);
  const all = total ?? (onSearch ? options.length : options.filter((option) => matches(option, typing)).length);
  const current = Math.min(active, Math.max(0, shown.length - 1));
  const optionId = (index: number) => `${id}-option-${index}`;

  const close = () => {
    setOpen(false);
    setText(null);
    onSearch?.('');
  };
  const pick = (option: ComboOption | undefined) => {
    if (option) onChange(option.value);
    close();
  };
  const type = (next: string) => {
    setText(next);
    setActive(0);
    setOpen(true);
    onSearch?.(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(Math.max(0, current + step), Math.max(0, shown.length - 1)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(shown[current]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && shown.length > 0 ? optionId(current) : undefined}
        aria-describedby={`${id}-status`}
        value={text ?? valueLabel}
        placeholder={t('combobox.placeholder')}
        onChange={(event) => type(event.target.value)}
        onFocus={(event) => event.target.select()}
        onClick={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <div className="combobox__popup" hidden={!open}>
        <div id={`${id}-list`} role="listbox" aria-label={t('combobox.choices', { label })} className="combobox__list">
          {shown.map((option, index) => (
            // Focus stays in the input (aria-activedescendant names the active option); -1 only makes an option focusable by script.
            <div
              key={option.value}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={option.value === value}
              className={`combobox__option${index === current ? ' combobox__option--active' : ''}`}
              // Picked before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(option);
              }}
            >
              {option.label}
            </div>
          ))}
        </div>
        <p id={`${id}-status`} className="combobox__status" aria-live="polite">
          {searching
            ? t('combobox.searching')
            : shown.length === 0
              ? t('combobox.noMatch', { text: typing.trim() })
              : all > shown.length
                ? t('combobox.more', { shown: shown.length, total: formatNumber(all, i18n.language as Language) })
                : t('combobox.count', { count: all })}
        </p>
      </div>
    </div>
  );
}
