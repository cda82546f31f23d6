import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './use-shortcuts';

/** The keyboard shortcuts, in a native modal dialog (Escape closes it, focus returns on close). */
export const HelpDialog = forwardRef<HTMLDialogElement>(function HelpDialog(_, ref) {
  const { t } = useTranslation();
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="help-title">
      <h2 id="help-title">{t('help.title')}</h2>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{key === 'Space' ? t('help.space') : key}</kbd>
                ))}
              </td>
              <td>{t(`help.${shortcut.action}` as 'help.toggle')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dialog__note">{t('help.note')}</p>
      <form method="dialog">
        <button type="submit" className="button">
          {t('help.close')}
        </button>
      </form>
    </dialog>
  );
});
