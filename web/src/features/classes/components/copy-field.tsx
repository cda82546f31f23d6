/** A link to hand out, shown whole and with a button that copies it (the button says when it did). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyField({ label, value, help }: { label: string; value: string; help?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin on the local network): the text is selectable instead.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field__row">
        <input id={id} className="input copy-field__input" readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {copied ? t('classes.teacher.copied') : t('classes.teacher.copy')}
        </button>
      </div>
      {help ? <p className="copy-field__help">{help}</p> : null}
    </div>
  );
}
