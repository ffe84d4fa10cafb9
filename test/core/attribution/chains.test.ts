import { describe, expect, it } from 'vitest';
import { hangChains } from '../../../src/core/attribution/chains';
import type { Source } from '../../../src/core/types';

const source = (name: string): Source => ({ kind: 'media', name, text: name, start: 0, end: 0, cue: null, via: null });
const at = (start: number, end: number, name: string) => ({ cue: { start, end }, source: source(name) });

describe('hangChains', () => {
  it('hangs "citing X" on the cue before it within reach', () => {
    const [host] = hangChains([at(0, 6, 'Yomiuri')], [at(30, 36, 'an unnamed source')]);
    expect(host!.source.via?.name).toBe('an unnamed source');
  });

  it('prefers the cue before the chain to one after it at the same distance, and leaves a chain out of reach standing alone', () => {
    const hung = hangChains([at(0, 10, 'before'), at(30, 40, 'after')], [at(20, 20, 'cited')]);
    expect(hung.find((b) => b.source.name === 'before')!.source.via?.name).toBe('cited');
    const alone = hangChains([at(0, 5, 'far')], [at(900, 906, 'lonely')]);
    expect(alone.map((b) => b.source.name)).toEqual(['far', 'lonely']);
  });
});
