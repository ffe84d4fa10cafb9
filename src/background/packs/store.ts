/**
 * Fact packs in the database: import (all or nothing, in one transaction), export, removal and listing.
 */
import type { PackSummary } from '../../messages';
import type { PackRecord, RelatedDb } from '../history/db';
import { describeStorageError } from '../history/errors';
import { issueAll } from '../history/requests';
import { parsePack } from './parse';
import type { Pack } from './schema';

export class PackRefused extends Error {
  override name = 'PackRefused';
}

function summaryOf(record: PackRecord): PackSummary {
  return {
    id: record.id,
    name: record.name,
    description: record.description ?? null,
    factCount: record.factCount,
    importedAt: record.importedAt,
  };
}

/**
 * Imports a pack given as JSON text. Throws PackRefused with a message that says what is wrong; the
 * database then holds exactly what it held before.
 */
export async function importPack(db: RelatedDb, json: string, now: number): Promise<PackSummary> {
  const parsed = parsePack(json);
  if (!parsed.ok) throw new PackRefused(parsed.error);
  const { pack, facts } = parsed;
  const tx = db.transaction(['packs', 'packFacts'], 'readwrite');
  const packs = tx.objectStore('packs');
  const factStore = tx.objectStore('packFacts');
  const { facts: _facts, ...meta } = pack;
  const record: PackRecord = { ...meta, importedAt: now, factCount: facts.length };
  const done = tx.done;
  // Marked as handled now: when a check refuses the pack, the abort's rejection is expected.
  done.catch(() => undefined);
  try {
    const existing = await packs.get(pack.id);
    if (existing) throw new PackRefused(`A pack with the id "${pack.id}" (“${existing.name}”) is already imported; remove it first to replace it.`);
    const byFingerprint = factStore.index('byFingerprint');
    const repeats = await Promise.all(facts.map((f) => byFingerprint.get(f.fingerprint)));
    const repeatIndex = repeats.findIndex((r) => r !== undefined);
    const repeated = repeats[repeatIndex];
    if (repeated) {
      const owner = await packs.get(repeated.packId);
      throw new PackRefused(`facts[${repeatIndex}] repeats a fact already loaded from “${owner?.name ?? repeated.packId}”.`);
    }
    await issueAll(facts, (f) => factStore.add(f));
    await packs.add(record);
    await done;
  } catch (error) {
    abortQuietly(tx);
    if (error instanceof PackRefused) throw error;
    throw new PackRefused(describeStorageError(error, 'the pack was not imported and nothing changed'));
  }
  return summaryOf(record);
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing was committed by this transaction either way.
  }
}

export async function listPacks(db: RelatedDb): Promise<PackSummary[]> {
  const records = await db.getAll('packs');
  return records.sort((a, b) => a.name.localeCompare(b.name)).map(summaryOf);
}

/** The pack as JSON text in the documented format, facts in their imported order. */
export async function exportPack(db: RelatedDb, id: string): Promise<string | null> {
  const tx = db.transaction(['packs', 'packFacts'], 'readonly');
  const record = await tx.objectStore('packs').get(id);
  if (!record) return null;
  const rows = await tx.objectStore('packFacts').index('byPack').getAll(id);
  await tx.done;
  const { importedAt: _importedAt, factCount: _factCount, ...meta } = record;
  const pack: Pack = { ...meta, facts: rows.sort((a, b) => (a.rowId ?? 0) - (b.rowId ?? 0)).map((row) => row.fact) };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export async function removePack(db: RelatedDb, id: string): Promise<boolean> {
  const tx = db.transaction(['packs', 'packFacts'], 'readwrite');
  const existed = (await tx.objectStore('packs').get(id)) !== undefined;
  const keys = await tx.objectStore('packFacts').index('byPack').getAllKeys(id);
  await issueAll(keys, (key) => tx.objectStore('packFacts').delete(key));
  await tx.objectStore('packs').delete(id);
  await tx.done;
  return existed;
}
