import { browser } from '../../browser';

/**
 * The bottom bar of the popup. Tools that act on the whole page's claims (such as exporting them)
 * belong here, beside the way to the settings.
 */
export function Footer() {
  return (
    <footer class="popup-footer">
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        Settings
      </button>
    </footer>
  );
}
