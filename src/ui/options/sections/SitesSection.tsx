import type { Settings } from '../../../settings';
import { setSiteActive } from '../../../background/settings-edit';
import type { EditSettings } from './edit';

export function SitesSection({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  const sites = settings.disabledSites;
  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">Sites switched off</h2>
      {sites.length === 0 ? (
        <p class="hint" data-testid="no-sites">
          None. Switch a site off from the toolbar popup or with the keyboard shortcut.
        </p>
      ) : (
        <ul class="sites" data-testid="disabled-sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="site">{site}</span>
              <button
                type="button"
                class="button"
                aria-label={`Switch ClaimLens back on for ${site}`}
                onClick={() => void edit((s) => setSiteActive(s, site, true))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
