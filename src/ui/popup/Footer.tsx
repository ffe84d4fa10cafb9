import type { Claim, DocumentInfo } from '../../core/types';
import { openOptionsPage } from '../../messaging/extension-pages';
import { ExportButtons } from '../related/ExportButtons';
import { t } from '../shared/i18n';

interface FooterProps {
  /** The page's claims and facts when ClaimLens is on there; null leaves out the tools that act on them. */
  page: { claims: Claim[]; info: DocumentInfo } | null;
}

/** The bottom bar of the popup: tools that act on the whole page's claims, and the way to the settings. */
export function Footer({ page }: FooterProps) {
  return (
    <footer class="popup-footer">
      {page ? <ExportButtons claims={page.claims} info={page.info} /> : <span />}
      <button type="button" class="link-button" onClick={() => void openOptionsPage()}>
        {t('popupSettings')}
      </button>
    </footer>
  );
}
