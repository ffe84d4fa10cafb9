import type { Settings } from '../../../settings';
import { setSiteActive } from '../../../messaging/settings-edit';
import { t } from '../../shared/i18n';
import type { EditSettings } from './edit';

export function SitesSection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  const sites = settings.disabledSites;
  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSitesOff')}</h2>
      {sites.length === 0 ? (
        <p class="hint" data-testid="no-sites">
          {t('optionsNoSites')}
        </p>
      ) : (
        <ul class="sites" data-testid="disabled-sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="button"
                aria-label={t('optionsSiteBackOn', site)}
                onClick={() => void edit((s) => setSiteActive(s, site, true))}
              >
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
