/**
 * The reader's view of ClaimLens in Firefox 140, the oldest the manifest accepts (strict_min_version).
 * scripts/install-browsers.sh unpacks it from Debian's main archive into .browsers/.
 */
import { FIREFOX_140 } from './firefox-harness';
import { describeFirefoxReader } from './firefox-reader';

describeFirefoxReader({ label: 'firefox-140', executablePath: FIREFOX_140, expectMajor: 140 });
