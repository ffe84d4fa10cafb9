/**
 * An in-memory stand-in for the few WebExtension APIs the background uses, so its event handling can
 * be tested in Node: storage (local and session, with change events), the action badge, messages, tabs.
 */
type Listener = (...args: never[]) => unknown;

class FakeEvent<L extends Listener> {
  readonly listeners: L[] = [];
  addListener(listener: L): void {
    this.listeners.push(listener);
  }
  removeListener(listener: L): void {
    this.listeners.splice(this.listeners.indexOf(listener), 1);
  }
  emit(...args: Parameters<L>): unknown[] {
    return this.listeners.map((listener) => listener(...args));
  }
}

type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function storageArea(name: string, onChanged: FakeEvent<ChangeListener>, quotaBytes = Infinity) {
  const items = new Map<string, unknown>();
  return {
    items,
    async get(key: string | null): Promise<Record<string, unknown>> {
      if (key === null) return Object.fromEntries(items);
      return items.has(key) ? { [key]: structuredClone(items.get(key)) } : {};
    },
    async set(values: Record<string, unknown>): Promise<void> {
      const size = JSON.stringify(Object.fromEntries([...items, ...Object.entries(values)])).length;
      if (size > quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(values)) {
        changes[key] = { oldValue: items.get(key), newValue: structuredClone(value) };
        items.set(key, structuredClone(value));
      }
      onChanged.emit(changes, name);
    },
    async remove(key: string): Promise<void> {
      if (!items.has(key)) return;
      const oldValue = items.get(key);
      items.delete(key);
      onChanged.emit({ [key]: { oldValue } }, name);
    },
  };
}

export function createFakeBrowser(options: { localQuotaBytes?: number } = {}) {
  const onStorageChanged = new FakeEvent<ChangeListener>();
  const badges = new Map<number, string>();
  const pages = new Map<number, { host: string; active: boolean } | 'no-content-script'>();
  let activeTabId: number | undefined;
  let hostAccess = true;
  const createdTabs: string[] = [];
  return {
    /** The addresses of the tabs the extension opened. */
    createdTabs,
    /** Whether the browser has granted the manifest's host access (Firefox leaves it to the reader). */
    setHostAccess(granted: boolean) {
      hostAccess = granted;
    },
    badges,
    /** What each tab's content script answers to GetPageState. */
    pages,
    setActiveTab(id: number | undefined) {
      activeTabId = id;
    },
    storage: {
      local: storageArea('local', onStorageChanged, options.localQuotaBytes),
      session: storageArea('session', onStorageChanged),
      onChanged: onStorageChanged,
    },
    action: {
      async setBadgeText({ tabId, text }: { tabId: number; text: string }) {
        badges.set(tabId, text);
      },
      async setBadgeBackgroundColor(_details: { tabId: number; color: string }) {},
      async setBadgeTextColor(_details: { tabId: number; color: string }) {},
    },
    runtime: {
      onMessage: new FakeEvent<(message: unknown, sender: unknown) => unknown>(),
      onInstalled: new FakeEvent<(details: { reason: string }) => void>(),
      id: 'claimlens@claimlens.dev',
      getManifest: () => ({ host_permissions: ['http://*/*', 'https://*/*'] }),
      getURL: (file: string) => `extension://claimlens/${file}`,
    },
    permissions: {
      async contains(_permissions: { origins?: string[] }) {
        return hostAccess;
      },
      onAdded: new FakeEvent<(permissions: { origins?: string[] }) => void>(),
    },
    commands: { onCommand: new FakeEvent<(command: string, tab?: { id?: number }) => void>() },
    tabs: {
      onUpdated: new FakeEvent<(tabId: number, change: { status?: string }) => void>(),
      onRemoved: new FakeEvent<(tabId: number) => void>(),
      reloaded: [] as number[],
      async reload(tabId: number) {
        this.reloaded.push(tabId);
      },
      async create({ url }: { url: string }) {
        createdTabs.push(url);
        return { id: 1000 + createdTabs.length };
      },
      async query(_filter: unknown) {
        return activeTabId === undefined ? [] : [{ id: activeTabId }];
      },
      async sendMessage(tabId: number, message: { type: string }) {
        const page = pages.get(tabId);
        if (!page || page === 'no-content-script') throw new Error('Could not establish connection.');
        if (message.type !== 'get-page-state') return undefined;
        return { host: page.host, active: page.active, info: { title: null, url: null, publisher: null, published: null }, claims: [] };
      },
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;

/** Lets pending promise callbacks run (the handlers chain several awaits). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
