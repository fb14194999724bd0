import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, currentLanguage, setLanguage } from '../../i18n/i18n.ts';
import './language.css';

/**
 * The header's language switch: one button per language, each named in its
 * own language (and marked with `lang` so screen readers pronounce it right).
 */
export function LanguageSwitcher() {
  // useTranslation re-renders this on every language change, wherever the change came from.
  const { t } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-switcher" role="group" aria-label={t('app.language.label')}>
      {SUPPORTED_LANGUAGES.map((lang) => (
        <button key={lang} type="button" lang={lang} className="language-button" aria-pressed={active === lang} onClick={() => void setLanguage(lang)}>
          {t(`app.language.names.${lang}`)}
        </button>
      ))}
    </div>
  );
}
