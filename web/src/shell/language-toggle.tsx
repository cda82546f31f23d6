import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';

/** Each language names itself, so a visitor finds theirs whatever is showing. */
const SELF_NAMES: Record<Language, string> = { en: 'English', ko: '한국어' };

export function LanguageToggle() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  return (
    <fieldset className="language-toggle">
      <legend className="visually-hidden">{t('app.language')}</legend>
      {LANGUAGES.map((code) => (
        <button key={code} type="button" lang={code} aria-pressed={language === code} onClick={() => setLanguage(code)}>
          {SELF_NAMES[code]}
        </button>
      ))}
    </fieldset>
  );
}
