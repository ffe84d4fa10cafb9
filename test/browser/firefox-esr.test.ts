/** The reader's view of ClaimLens in the current Firefox ESR (Debian's firefox-esr). */
import { FIREFOX_ESR } from './firefox-harness';
import { describeFirefoxReader } from './firefox-reader';

describeFirefoxReader({ label: 'firefox-esr', executablePath: FIREFOX_ESR });
