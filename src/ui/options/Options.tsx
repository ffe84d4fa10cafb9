import { HistoryAndPacksSection } from '../related/OptionsSection';
import { t } from '../shared/i18n';
import { useSettings } from '../shared/use-settings';
import { GeneralSection } from './sections/GeneralSection';
import { HighlightSection } from './sections/HighlightSection';
import { HistorySection } from './sections/HistorySection';
import { SitesSection } from './sections/SitesSection';

/** The options page: one section component per concern; each edits the settings through the same hook. */
export function Options() {
  const { settings, error, edit } = useSettings();
  return (
    <main class="options">
      <header class="options-header">
        <div class="brand">
          <img src="icons/icon-32.png" alt="" />
          {t('optionsTitle')}
        </div>
        <p class="muted">{t('optionsSaved')}</p>
      </header>
      {error ? (
        <p class="error" role="alert" data-testid="settings-error">
          {error}
        </p>
      ) : null}
      {settings ? (
        <>
          <GeneralSection settings={settings} edit={edit} />
          <HighlightSection settings={settings} edit={edit} />
          <SitesSection settings={settings} edit={edit} />
          <HistorySection settings={settings} edit={edit} />
          <HistoryAndPacksSection />
        </>
      ) : null}
    </main>
  );
}
