// The top of every screen: skip link, app name, language and simplified-language controls.
import { useT } from '../i18n/useT';
import { LanguagePicker } from './LanguagePicker';
import { Logo } from './Logo';
import { SimplifiedSwitch } from './SimplifiedSwitch';
import { MainNav } from './MainNav';

/** Site header with the banner landmark. */
export function Header() {
  const { t } = useT();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header class="header">
        <div class="header__inner">
          <a class="brand" href="/">
            <Logo />
            <span class="brand__name">Jalons</span>
            <span class="brand__tagline">{t('shell.tagline')}</span>
          </a>
          <div class="header__controls">
            <LanguagePicker />
            <SimplifiedSwitch />
          </div>
        </div>
        <MainNav />
      </header>
    </>
  );
}
