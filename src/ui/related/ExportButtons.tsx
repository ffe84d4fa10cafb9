/**
 * The popup's export: the page's claims, with their sources and related facts, as CSV or JSON. The
 * related facts are gathered the same way the card gathers them (article + background).
 */
import { useState } from 'preact/hooks';
import { fetchRelatedFacts } from '../../page/related-client';
import type { Claim, DocumentInfo } from '../../core/types';
import { claimsToCsv, claimsToJson, exportFileName } from './export-format';
import { downloadText } from './download';

export interface ExportButtonsProps {
  claims: Claim[];
  info: DocumentInfo;
}

export function ExportButtons({ claims, info }: ExportButtonsProps) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  const run = async (format: 'csv' | 'json'): Promise<void> => {
    setBusy(true);
    setNote(null);
    try {
      const { facts, problem } = await fetchRelatedFacts(claims, info, info.url ?? '');
      const content = format === 'csv' ? claimsToCsv(claims, info, facts) : claimsToJson(claims, info, facts, new Date());
      downloadText(content, format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', exportFileName(info, format));
      if (problem) setNote(`Exported without history and pack facts: ${problem}`);
    } catch (error) {
      setNote(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="export-buttons" data-testid="export-buttons">
      <span class="muted">Export claims</span>
      <button type="button" disabled={busy || claims.length === 0} onClick={() => void run('csv')} data-testid="export-csv">
        CSV
      </button>
      <button type="button" disabled={busy || claims.length === 0} onClick={() => void run('json')} data-testid="export-json">
        JSON
      </button>
      {note && (
        <p class="hint" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
