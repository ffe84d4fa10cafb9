/**
 * The options page's section for the history and fact packs: how much is stored, the last storage
 * problem, clearing the history, and importing, exporting and removing packs. It talks to the background,
 * which owns the database; a background that does not answer is itself shown as the problem.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RelatedStatus } from '../../messages';
import { extensionUrl } from '../../messaging/extension-pages';
import { MAX_PACK_BYTES } from '../../messaging/schemas';
import { askBackground } from '../../messaging/send';
import { exportFileName } from './export-format';
import { formatBytes } from './format-bytes';
import { downloadText } from './download';

interface StorageUse {
  usage: number;
  quota: number;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function HistoryAndPacksSection() {
  const [status, setStatus] = useState<RelatedStatus | null>(null);
  const [storage, setStorage] = useState<StorageUse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setStatus(await askBackground({ type: 'related-status' }));
      setFailure(null);
    } catch (error) {
      setFailure(`History and fact packs are unavailable: ${describe(error)}. Pages are still annotated, without them.`);
    }
    try {
      const estimate = await navigator.storage?.estimate?.();
      if (estimate?.usage !== undefined && estimate.quota !== undefined) setStorage({ usage: estimate.usage, quota: estimate.quota });
    } catch {
      setStorage(null);
    }
  }, []);

  useEffect(() => void refresh(), [refresh]);

  const act = async (work: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(describe(error));
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const importText = (json: string) =>
    act(async () => {
      const result = await askBackground({ type: 'pack-import', json });
      return result.ok ? `Imported “${result.pack?.name ?? ''}” (${result.pack?.factCount ?? 0} facts).` : `Not imported: ${result.error}`;
    });

  const importFile = (file: File) => {
    if (file.size > MAX_PACK_BYTES) {
      setMessage(`Not imported: the file is ${formatBytes(file.size)}; a fact pack may be at most ${formatBytes(MAX_PACK_BYTES)}.`);
      return;
    }
    void file.text().then(importText, (error: unknown) => setMessage(`The file could not be read: ${describe(error)}`));
  };

  const importExample = () =>
    act(async () => {
      const response = await fetch(extensionUrl('packs/example.json'));
      const result = await askBackground({ type: 'pack-import', json: await response.text() });
      return result.ok ? `Imported “${result.pack?.name ?? ''}” (${result.pack?.factCount ?? 0} facts).` : `Not imported: ${result.error}`;
    });

  const exportPack = (id: string, name: string) =>
    act(async () => {
      const result = await askBackground({ type: 'pack-export', id });
      if (!result.ok) return `Not exported: ${result.error}`;
      downloadText(result.json ?? '', 'application/json', exportFileName({ title: name, url: null, publisher: null, published: null }, 'json'));
      return null;
    });

  const removePack = (id: string) =>
    act(async () => {
      const result = await askBackground({ type: 'pack-remove', id });
      return result.ok ? 'Pack removed.' : `Not removed: ${result.error}`;
    });

  const clearHistory = () =>
    act(async () => {
      if (!confirm('Forget every claim ClaimLens remembers from the pages you read?')) return null;
      await askBackground({ type: 'history-clear' });
      return 'History cleared.';
    });

  return (
    <section class="card" aria-labelledby="related-title" data-testid="related-section">
      <h2 id="related-title">Remembered claims and fact packs</h2>
      {failure && (
        <p class="error" role="alert" data-testid="related-failure">
          {failure}
        </p>
      )}
      {status?.problem && (
        <p class="error" role="alert" data-testid="related-problem">
          {status.problem}
        </p>
      )}
      <p class="hint" data-testid="history-count">
        {status
          ? `${status.historyClaims.toLocaleString()} ${status.historyClaims === 1 ? 'claim' : 'claims'} remembered.`
          : 'Reading the history…'}
        {storage && ` ClaimLens uses ${formatBytes(storage.usage)} of ${formatBytes(storage.quota)} available to it.`}
      </p>
      <div>
        <button type="button" class="button" disabled={busy || !status || status.historyClaims === 0} onClick={() => void clearHistory()} data-testid="history-clear">
          Clear history
        </button>
      </div>
      <h3>Fact packs</h3>
      <p class="hint">
        Reference figures you choose to trust, compared with the claims you read. The format is described in the
        project's docs/fact-packs.md.
      </p>
      {status && status.packs.length === 0 && <p class="hint">No packs imported.</p>}
      {status && status.packs.length > 0 && (
        <ul class="pack-list" data-testid="pack-list">
          {status.packs.map((pack) => (
            <li key={pack.id} data-pack-id={pack.id}>
              <strong>{pack.name}</strong> — {pack.factCount.toLocaleString()} {pack.factCount === 1 ? 'fact' : 'facts'}
              {pack.description && <span class="hint"> · {pack.description}</span>}{' '}
              <button type="button" class="link-button" disabled={busy} onClick={() => void exportPack(pack.id, pack.name)}>
                Export
              </button>{' '}
              <button type="button" class="link-button" disabled={busy} onClick={() => void removePack(pack.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="pack-actions">
        <label class="button">
          Import a pack…
          <input
            type="file"
            accept="application/json,.json"
            hidden
            disabled={busy}
            data-testid="pack-file"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) importFile(file);
            }}
          />
        </label>{' '}
        <button type="button" class="button" disabled={busy} onClick={() => void importExample()} data-testid="pack-example">
          Import the example pack
        </button>
      </div>
      {message && (
        <p class="notice" role="status" data-testid="related-message">
          {message}
        </p>
      )}
    </section>
  );
}
