import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRelatedDb } from '../../src/background/history/db';
import { lookupRelated } from '../../src/background/history/lookup';
import { parsePack } from '../../src/background/packs/parse';
import { importPack } from '../../src/background/packs/store';
import type { PackFact } from '../../src/core/related/types';
import { claim } from '../core/related/make-claim';
import { examplePackText, freshDbName, NOW, packText, page, shellFact } from './history-fixtures';

describe('parsePack', () => {
  it('accepts the example pack that ships with the extension', () => {
    const parsed = parsePack(examplePackText());
    expect(parsed.ok && parsed.facts.map((f) => f.key)).toEqual(['shell|count', 'resident|count']);
  });

  it('accepts ranges and firmness, and refuses a range written backwards', () => {
    const range = { ...shellFact(0), value: undefined, range: [2000, 3000], change: '~' };
    expect(parsePack(packText([range])).ok).toBe(true);
    const backwards = { ...range, range: [3000, 2000] };
    expect(parsePack(packText([backwards]))).toEqual({
      ok: false,
      error: 'The pack does not follow the format: facts[0].range must have its low end first.',
    });
  });

  it('needs a unit for money and measures, and a date in ISO form', () => {
    const money = { ...shellFact(5), kind: 'money', unit: undefined };
    expect(parsePack(packText([money]))).toMatchObject({ ok: false, error: expect.stringMatching(/facts\[0\] needs a unit/) });
    const badDate = { ...shellFact(5), date: '1 Nov 2023' };
    expect(parsePack(packText([badDate]))).toMatchObject({ ok: false, error: expect.stringMatching(/facts\[0\]\.date must be a date as YYYY/) });
  });

  it('refuses a subject with no noun to match', () => {
    // (A count could still match on its counted noun, its unit; a percentage has nothing else.)
    expect(parsePack(packText([{ ...shellFact(5), kind: 'percent', unit: undefined, subject: 'the 155' }]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/names nothing ClaimLens can match/),
    });
  });

  it('names the field that is missing, and the field the format does not define', () => {
    const { date: _date, ...undated } = shellFact(5);
    expect(parsePack(packText([undated]))).toEqual({ ok: false, error: 'The pack does not follow the format: facts[0] is missing the field "date".' });
    const { name: _name, ...nameless } = JSON.parse(packText([shellFact(5)]));
    expect(parsePack(JSON.stringify(nameless))).toEqual({ ok: false, error: 'The pack does not follow the format: the pack is missing the field "name".' });
    const coloured = { ...shellFact(5), source: { ...shellFact(5).source, colour: 'red' } };
    expect(parsePack(packText([coloured]))).toEqual({
      ok: false,
      error: 'The pack does not follow the format: facts[0].source has a field the format does not define: "colour".',
    });
    expect(parsePack(packText([5 as unknown as object]))).toEqual({ ok: false, error: 'The pack does not follow the format: facts[0] must be an object (a fact).' });
  });

  it('refuses names with invisible or direction-changing characters, which could pass for another name', () => {
    for (const [name, found] of [['Tru\u200bsted pack', 'U+200B'], ['Pack \u202ekcap', 'U+202E'], ['\u2066Pack\u2069', 'U+2066']]) {
      expect(parsePack(packText([shellFact(5)], 'p', name))).toEqual({
        ok: false,
        error: `The pack does not follow the format: name must not hold invisible or direction-changing characters (it holds ${found}).`,
      });
    }
    const sourced = { ...shellFact(5), source: { name: 'Agen\u00adcy', url: 'https://agency.test/' } };
    expect(parsePack(packText([sourced]))).toMatchObject({ ok: false, error: expect.stringMatching(/facts\[0\]\.source\.name must not hold .*U\+00AD/) });
    expect(parsePack(packText([shellFact(5)], 'p', 'Données publiques — 2023')).ok).toBe(true);
  });

  it('names at most three problems and counts the rest', () => {
    const bad = [1, 2, 3, 4, 5].map((v) => ({ ...shellFact(v), kind: 'weight' }));
    const parsed = parsePack(packText(bad));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/facts\[0\]\.kind must be one of .*; facts\[1\]\.kind .*; facts\[2\]\.kind .*\(and 2 more\)\.$/);
  });
});

describe('pack facts meet claims like history does', () => {
  const info = page('https://news.test/', '2023-11-20', []).info;

  it('converts units and respects "per"', async () => {
    const db = await openRelatedDb(freshDbName(), { onProblem: (reason) => expect.fail(reason) });
    const runway = { subject: 'runway', kind: 'measure', value: 2, unit: 'mile', date: '2023-06', source: { name: 'Airport authority', url: 'https://airport.test/' } };
    const price = { subject: 'shells', kind: 'money', value: 5000, unit: 'dollar', per: 'each', date: '2023-06', source: { name: 'Budget office', url: 'https://budget.test/' } };
    await importPack(db, packText([runway, price]), NOW);
    const inKm = claim({ phrase: '3.2 km runway', kind: 'measure', value: 3.2, unit: 'kilometre', subject: 'runway' });
    const each = claim({ phrase: '$3,000 each', kind: 'money', value: 3000, unit: 'dollar', change: '~', per: 'each', subject: '155 mm shells' });
    const total = claim({ phrase: '$3,000 in all', kind: 'money', value: 3000, unit: 'dollar', subject: 'shells' });
    const facts = await lookupRelated(db, [inKm, each, total], info, 'https://news.test/', { history: true, now: NOW });
    expect((facts[inKm.id] as PackFact[])[0]?.agreement?.verdict).toBe('agrees');
    expect((facts[each.id] as PackFact[])[0]?.agreement).toMatchObject({ verdict: 'differs', summary: 'differs: 67% higher' });
    expect(facts[total.id]).toBeUndefined();
    db.close();
  });
});
