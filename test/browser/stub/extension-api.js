/**
 * A stand-in for the WebExtension API, for running an extension page's built script (popup.js,
 * options.js, welcome.js) in an ordinary http page: Firefox refuses moz-extension:// pages under
 * automation. It is configured by `window.claimLensStub` before it loads, records every call the page
 * makes in `window.claimLensCalls`, and answers the way the browser would. `i18n.getMessage` reads the
 * real _locales/en/messages.json the test passes in.
 */
(() => {
  const config = window.claimLensStub;
  const calls = [];
  window.claimLensCalls = calls;
  const record = (name, ...args) => calls.push({ name, args: JSON.parse(JSON.stringify(args ?? null)) });

  function event() {
    const listeners = new Set();
    return {
      addListener: (listener) => listeners.add(listener),
      removeListener: (listener) => listeners.delete(listener),
      hasListener: (listener) => listeners.has(listener),
      emit: (...args) => [...listeners].map((listener) => listener(...args)),
    };
  }

  const onStorageChanged = event();
  function storageArea(areaName, initial) {
    const items = new Map(Object.entries(initial ?? {}));
    return {
      async get(keys) {
        if (keys === null || keys === undefined) return Object.fromEntries(items);
        const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
        return Object.fromEntries(wanted.filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))]));
      },
      async set(values) {
        record(`storage.${areaName}.set`, values);
        const changes = {};
        for (const [key, value] of Object.entries(values)) {
          changes[key] = { oldValue: items.get(key), newValue: structuredClone(value) };
          items.set(key, structuredClone(value));
        }
        onStorageChanged.emit(changes, areaName);
      },
      async getBytesInUse() {
        return JSON.stringify(Object.fromEntries(items)).length;
      },
      QUOTA_BYTES: 10_485_760,
    };
  }

  /** Chrome's and Firefox's substitution: $NAME$ from the named placeholders, whose content is $1, $2… */
  function getMessage(name, substitutions) {
    const entry = config.messages[name];
    if (!entry) return '';
    const given = substitutions === undefined ? [] : [].concat(substitutions).map(String);
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, placeholder) => {
      const found = Object.entries(entry.placeholders ?? {}).find(([key]) => key.toLowerCase() === placeholder.toLowerCase());
      return found ? found[1].content.replace(/\$(\d)/g, (_, index) => given[Number(index) - 1] ?? '') : whole;
    });
  }

  const state = { page: config.page ?? null, hostAccess: config.hostAccess ?? true };
  const onMessage = event();

  window.browser = {
    runtime: {
      id: 'claimlens@claimlens.dev',
      getManifest: () => config.manifest,
      getURL: (file) => new URL(file, location.href).href,
      openOptionsPage: async () => record('runtime.openOptionsPage'),
      sendMessage: async (message) => {
        record('runtime.sendMessage', message);
        if (message?.type === 'related-status') return { historyClaims: 0, packs: [], problem: null };
        return undefined;
      },
      onMessage,
    },
    i18n: { getMessage, getUILanguage: () => 'en' },
    storage: {
      local: storageArea('local', config.storage),
      session: storageArea('session', {}),
      onChanged: onStorageChanged,
    },
    tabs: {
      async query() {
        return [{ id: config.tabId }];
      },
      async sendMessage(tabId, message) {
        record('tabs.sendMessage', tabId, message);
        // A tab whose content script does not run (no access, a browser page) never answers.
        if (tabId !== config.tabId || !state.page) throw new Error('Could not establish connection. Receiving end does not exist.');
        if (message?.type === 'get-page-state') return state.page;
        if (message?.type === 'reveal-claim') return state.page.claims.some((claim) => claim.id === message.id);
        return undefined;
      },
      async reload(tabId) {
        record('tabs.reload', tabId);
      },
      async create(details) {
        record('tabs.create', details);
        return { id: 1000 };
      },
    },
    permissions: {
      async contains(permissions) {
        record('permissions.contains', permissions);
        return state.hostAccess;
      },
      async request(permissions) {
        record('permissions.request', permissions);
        // Firefox prompts only while handling the reader's own input: note whether this call was made then.
        calls[calls.length - 1].withUserInput = navigator.userActivation?.isActive ?? null;
        if (config.readerAnswers) {
          state.hostAccess = true;
          // The background reloads the tab (test/background/host-access.test.ts); its content script then
          // runs and reports its claims, which reach every extension page.
          if (config.pageOnceAllowed) {
            setTimeout(() => {
              state.page = config.pageOnceAllowed;
              // As the browser delivers a content script's report: the extension's id, the tab and its page.
              const report = { type: 'claims-report', url: 'http://news.test/', info: state.page.info, count: state.page.claims.length, claims: state.page.claims };
              onMessage.emit(report, { id: 'claimlens@claimlens.dev', tab: { id: config.tabId }, url: 'http://news.test/' });
            }, 50);
          }
        }
        return config.readerAnswers;
      },
      onAdded: event(),
      onRemoved: event(),
    },
  };
  // Firefox's extension pages have both names, and webextension-polyfill looks for `chrome` first.
  window.chrome = window.browser;
})();
