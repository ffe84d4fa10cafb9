import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../browser';
import type { Claim } from '../../core/types';
import type { RevealClaim } from '../../messages';
import { isActiveOn } from '../../settings';
import { isSiteSwitchedOff, setEnabled, setSiteActive } from '../../background/settings-edit';
import { claimCountText } from '../shared/claim-labels';
import { Switch } from '../shared/Switch';
import { useSettings } from '../shared/use-settings';
import { ClaimList } from './ClaimList';
import { Footer } from './Footer';
import { findTargetTab, type TargetTab } from './target-tab';
import { usePageState } from './use-page-state';

export function Popup() {
  const [target, setTarget] = useState<TargetTab | null | undefined>(undefined);
  const { settings, error, edit } = useSettings();
  const status = usePageState(target === undefined ? undefined : (target?.id ?? null));
  const [revealError, setRevealError] = useState<string | null>(null);

  useEffect(() => {
    findTargetTab(location.search).then(setTarget, () => setTarget(null));
  }, []);

  const reveal = async (claim: Claim): Promise<void> => {
    if (!target) return;
    const message: RevealClaim = { type: 'reveal-claim', id: claim.id };
    let revealed: unknown;
    try {
      revealed = await browser.tabs.sendMessage(target.id, message);
    } catch {
      setRevealError('The page did not answer; reload it and try again.');
      return;
    }
    if (revealed === false) {
      setRevealError('That claim is no longer on the page.');
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
          ClaimLens
        </div>
        {page ? <span class="host" title={page.host}>{page.host}</span> : null}
      </header>

      {error ? <p class="error" role="alert">{error}</p> : null}

      <section class="switches" aria-label="Where ClaimLens is on">
        {page && settings ? (
          <Switch
            label="On for this site"
            hint={settings.enabled ? null : 'ClaimLens is off everywhere'}
            checked={!isSiteSwitchedOff(settings, page.host)}
            testId="site-switch"
            onChange={(on) => void edit((s) => setSiteActive(s, page.host, on))}
          />
        ) : null}
        {settings ? (
          <Switch
            label="On everywhere"
            checked={settings.enabled}
            testId="global-switch"
            onChange={(on) => void edit((s) => setEnabled(s, on))}
          />
        ) : null}
      </section>

      <section class="page-claims" aria-live="polite">
        {status.kind === 'loading' ? <p class="notice">Reading this page…</p> : null}
        {status.kind === 'unavailable' ? (
          <p class="notice" data-testid="unavailable">
            ClaimLens cannot read this tab. It works on web pages (http and https), not on browser pages or
            files. If the page was open before ClaimLens was installed, reload it.
          </p>
        ) : null}
        {page && !activeHere ? (
          <p class="notice" data-testid="inactive">
            {settings?.enabled === false
              ? 'ClaimLens is off everywhere. Switch it on to see the claims.'
              : 'ClaimLens is off on this site. Switch it on to see the claims.'}
          </p>
        ) : null}
        {page && activeHere ? (
          <>
            <h2 class="count" data-testid="claim-count" data-count={page.claims.length}>
              {claimCountText(page.claims.length)}
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
