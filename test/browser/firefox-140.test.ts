/**
 * The reader's view of ClaimLens in Firefox 140, the oldest the manifest accepts (strict_min_version).
 * scripts/install-browsers.sh unpacks it from Debian's main archive into .browsers/.
 */
import { FIREFOX_140 } from './firefox-harness';
import { describeFirefoxReader } from './firefox-reader';

describeFirefoxReader({
  label: 'firefox-140',
  executablePath: FIREFOX_140,
  expectMajor: 140,
  // Firefox 140's document.adoptedStyleSheets has no includes(): the highlight painter throws there and
  // every scan fails. The fix belongs to src/page/paint; these cases run again once it is in.
  pendingFix: 'src/page/paint calls document.adoptedStyleSheets.includes, which Firefox 140 lacks',
});
