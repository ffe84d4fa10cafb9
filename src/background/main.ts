/**
 * The background: a service worker in Chromium, an event page in Firefox. Listeners are registered at
 * the top level, synchronously, so the browser can wake the worker for any of these events.
 */
import { browser } from '../browser';
import { listenForClaims, repaintAll } from './claims-badge';
import { listenForScans } from './engine-host';
import { runCommand, type CommandOutcome } from './commands';
import { openWelcomeOnInstall } from './first-run';
import { listenForGrants } from './host-access';
import { registerRelatedHandlers } from './history/handlers';
import { watchSettings } from '../messaging/settings-store';

listenForClaims();
listenForScans();
registerRelatedHandlers();
openWelcomeOnInstall();
listenForGrants();

watchSettings((settings) => void repaintAll(settings));

browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
  void runCommand(command, tab?.id).then(report);
});

function report(outcome: CommandOutcome): void {
  if (!outcome.ok) console.warn(`ClaimLens: ${outcome.reason}`);
}

// The browser tests press the keyboard command through this same entry (no API presses a shortcut).
(globalThis as { claimLensRunCommand?: typeof runCommand }).claimLensRunCommand = runCommand;
