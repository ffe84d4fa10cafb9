/**
 * From the text of a pack file to the records to store, refusing anything wrong before the database is
 * touched: too large, not JSON, not the format, a subject ClaimLens cannot match, a fact repeated inside
 * the pack.
 */
import { storedFigureOf } from '../../core/related/stored';
import type { PackFactRecord } from '../history/db';
import { MAX_PACK_BYTES } from '../../messaging/schemas';
import { validatePack, type Pack, type PackFactInput } from './schema';

export type ParsedPack = { ok: true; pack: Pack; facts: PackFactRecord[] } | { ok: false; error: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The same fact, whichever pack brings it: subject key and modifiers, figure, per, date and source. */
export function fingerprintOf(record: Omit<PackFactRecord, 'fingerprint' | 'packId'>): string {
  const f = record.figure;
  const figure = f.range ? `${f.range[0]}..${f.range[1]}` : String(f.value);
  return [record.key, [...record.modifiers].sort().join(' '), record.per ?? '', figure, f.change, f.unit ?? '', record.date ?? '', record.fact.source.url]
    .join('|')
    .toLowerCase();
}

function recordOf(fact: PackFactInput, packId: string): Omit<PackFactRecord, 'fingerprint'> | null {
  const stored = storedFigureOf({
    kind: fact.kind,
    subject: fact.subject,
    figure: { value: fact.value ?? null, range: fact.range ?? null, unit: fact.unit ?? null, change: fact.change ?? '=' },
    per: fact.per ?? null,
    date: fact.date,
  });
  return stored && { ...stored, packId, fact };
}

export function parsePack(json: string): ParsedPack {
  // Characters never outnumber UTF-8 bytes, so the cheap check first; the exact one only near the limit.
  const bytes = json.length > MAX_PACK_BYTES ? json.length : new TextEncoder().encode(json).length;
  if (bytes > MAX_PACK_BYTES) {
    return { ok: false, error: `The pack is ${megabytes(bytes)}; a fact pack may be at most ${megabytes(MAX_PACK_BYTES)}.` };
  }
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `The pack is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  const validated = validatePack(input);
  if (!validated.ok) return { ok: false, error: `The pack does not follow the format: ${validated.error}` };
  const { pack } = validated;
  const facts: PackFactRecord[] = [];
  const seen = new Map<string, number>();
  for (const [i, fact] of pack.facts.entries()) {
    const record = recordOf(fact, pack.id);
    if (!record) return { ok: false, error: `facts[${i}].subject "${fact.subject}" names nothing ClaimLens can match (it needs a noun).` };
    const fingerprint = fingerprintOf(record);
    const earlier = seen.get(fingerprint);
    if (earlier !== undefined) return { ok: false, error: `facts[${i}] repeats facts[${earlier}].` };
    seen.set(fingerprint, i);
    facts.push({ ...record, fingerprint });
  }
  return { ok: true, pack, facts };
}
