import { t } from '../shared/i18n';
import type { HostAccess } from './use-host-access';

/** Why ClaimLens is silent on every page when the reader has not allowed it, and the way to allow it. */
export function AccessNotice({ access, onGrant }: { access: HostAccess; onGrant: () => void }) {
  if (access === 'just-granted') {
    return (
      <p class="notice" data-testid="access-granted">
        {t('accessReloading')}
      </p>
    );
  }
  return (
    <div class="access" data-testid="access-missing">
      <p class="notice">{t('accessMissing')}</p>
      <p class="notice">{t('accessWhy')}</p>
      {access === 'denied' ? (
        <p class="error" role="alert" data-testid="access-denied">
          {t('accessDenied')}
        </p>
      ) : null}
      <button type="button" class="button primary" data-testid="grant-access" onClick={onGrant}>
        {t('accessGrant')}
      </button>
    </div>
  );
}
