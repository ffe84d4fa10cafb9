/**
 * The first-run page, opened when ClaimLens is installed without access to web pages (Firefox leaves
 * that to the reader): what ClaimLens does, why it needs to read pages, and the button that asks.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasHostAccess, requestHostAccess } from '../../messaging/host-access';
import { t } from '../shared/i18n';

/** unknown: not known yet; granted / missing: as the browser says; denied: the reader refused the prompt. */
type Access = 'unknown' | 'granted' | 'missing' | 'denied';

export function Welcome() {
  const [access, setAccess] = useState<Access>('unknown');

  useEffect(() => {
    document.title = t('welcomeTitle');
    hasHostAccess().then(
      (granted) => setAccess(granted ? 'granted' : 'missing'),
      () => setAccess('missing'),
    );
  }, []);

  // Nothing may be awaited before the request: Firefox prompts only within the reader's click.
  const grant = (): void => {
    requestHostAccess().then(
      (granted) => setAccess(granted ? 'granted' : 'denied'),
      () => setAccess('denied'),
    );
  };

  return (
    <main class="welcome">
      <header class="brand">
        <img src="icons/icon-48.png" alt="" width={48} height={48} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p>{t('welcomeIntro')}</p>
      <section class="card" aria-labelledby="access-title">
        <h2 id="access-title">{t('welcomeAccessTitle')}</h2>
        {access === 'granted' ? (
          <p class="notice" data-testid="access-granted">
            {t('welcomeAccessDone')}
          </p>
        ) : null}
        {access === 'missing' || access === 'denied' ? (
          <>
            <p data-testid="access-missing">{t('welcomeAccessNeeded')}</p>
            <p>{t('accessWhy')}</p>
            {access === 'denied' ? (
              <p class="error" role="alert" data-testid="access-denied">
                {t('accessDenied')}
              </p>
            ) : null}
            <button type="button" class="button primary" data-testid="grant-access" onClick={grant}>
              {t('accessGrant')}
            </button>
          </>
        ) : null}
        <p class="hint">{t('welcomePrivacy')}</p>
      </section>
    </main>
  );
}
