/** "Paper" is where figures come in ("a paper by X") and a newspaper ("the local paper said"): the words before it tell which. */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analyse';

const sourceOf = (text: string) => analyse(text)[0]!.source;

describe('a paper that is a newspaper', () => {
  it('is named whole, as media', () => {
    expect(sourceOf('The weekly paper said 40 boats sank.')).toMatchObject({ kind: 'media', name: 'The weekly paper' });
    expect(sourceOf('The local paper reported 12 arrests on Friday.')).toMatchObject({ kind: 'media', name: 'The local paper' });
  });
  it('leaves a research paper to the ones who wrote it', () => {
    expect(sourceOf('A paper by Marsh University researchers found 12 species.').name).toBe('Marsh University researchers');
  });
});
