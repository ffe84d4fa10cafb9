import { useEffect, useState } from 'preact/hooks';
import type { Claim } from '../../core/types';
import { isActiveOn } from '../../settings';
import { askTab } from '../../messaging/send';
import { isSiteSwitchedOff, setEnabled, setSiteActive } from '../../messaging/settings-edit';
import { claimCountMessage } from '../shared/claim-labels';
import { t } from '../shared/i18n';
import { Switch } from '../shared/Switch';
import { useSettings } from '../shared/use-settings';
import { AccessNotice } from './AccessNotice';
import { ClaimList } from './ClaimList';
import { Footer } from './Footer';
import { findTargetTab, type TargetTab } from './target-tab';
import { useHostAccess } from './use-host-access';
import { usePageState } from './use-page-state';

export function Popup() {
  const [target, setTarget] = useState<TargetTab | null | undefined>(undefined);
  const { settings, error, edit } = useSettings();
  const status = usePageState(target === undefined ? undefined : (target?.id ?? null));
  const [revealError, setRevealError] = useState<string | null>(null);
  const { access, grant } = useHostAccess(status.kind === 'unavailable', target?.id ?? null);

  useEffect(() => {
    findTargetTab(location.search).then(setTarget, () => setTarget(null));
  }, []);

  const reveal = async (claim: Claim): Promise<void> => {
    if (!target) return;
    let revealed: boolean;
    try {
      revealed = await askTab(target.id, { type: 'reveal-claim', id: claim.id });
    } catch {
      setRevealError(t('popupRevealNoAnswer'));
      return;
    }
    if (revealed === false) {
      setRevealError(t('popupRevealGone'));
      return;
    }
    if (!target.pinned) window.close();
  };

  const page = status.kind === 'ready' ? status.page : null;
  const activeHere = page && settings ? isActiveOn(settings, page.host) : false;

  return (
    <main class="popup">
      <header class="popup-header">
        <div class="brand">
          <img src="icons/icon-32.png" alt="" />
          {t('extensionName')}
        </div>
        {page ? <span class="host" title={page.host}>{page.host}</span> : null}
      </header>

      {error ? <p class="error" role="alert">{error}</p> : null}

      <section class="switches" aria-label={t('popupSwitchesLabel')}>
        {page && settings ? (
          <Switch
            label={t('popupSiteSwitch')}
            hint={settings.enabled ? null : t('popupOffEverywhereHint')}
            checked={!isSiteSwitchedOff(settings, page.host)}
            testId="site-switch"
            onChange={(on) => void edit((s) => setSiteActive(s, page.host, on))}
          />
        ) : null}
        {settings ? (
          <Switch
            label={t('popupGlobalSwitch')}
            checked={settings.enabled}
            testId="global-switch"
            onChange={(on) => void edit((s) => setEnabled(s, on))}
          />
        ) : null}
      </section>

      <section class="page-claims" aria-live="polite">
        {status.kind === 'loading' ? <p class="notice">{t('popupLoading')}</p> : null}
        {status.kind === 'unavailable' && access === 'granted' ? (
          <p class="notice" data-testid="unavailable">
            {t('popupUnavailable')}
          </p>
        ) : null}
        {status.kind === 'unavailable' && access !== 'granted' && access !== 'unknown' ? (
          <AccessNotice access={access} onGrant={grant} />
        ) : null}
        {page && !activeHere ? (
          <p class="notice" data-testid="inactive">
            {settings?.enabled === false ? t('popupInactiveEverywhere') : t('popupInactiveSite')}
          </p>
        ) : null}
        {page && activeHere ? (
          <>
            <h2 class="count" data-testid="claim-count" data-count={page.claims.length}>
              {t(...claimCountMessage(page.claims.length))}
            </h2>
            {revealError ? <p class="error" role="alert">{revealError}</p> : null}
            {page.claims.length > 0 ? (
              <ClaimList claims={page.claims} info={page.info} onReveal={(claim) => void reveal(claim)} />
            ) : null}
          </>
        ) : null}
      </section>

      <Footer page={page && activeHere ? page : null} />
    </main>
  );
}
