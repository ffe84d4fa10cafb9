/**
 * "Ana Ruiz, Marsh Police Department spokeswoman, said": an unarticled aside naming a body and the speaker's
 * role in it makes the speaker speak for that body, over the kind a rank before the name gives.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analyse';

const sourceOf = (text: string) => analyse(text)[0]!.source;

describe('a body and a role in the aside after a name', () => {
  it('finds the speaker before it, where an unarticled aside used to hide them', () => {
    const source = sourceOf('Dana Ortiz, Marsh County public health director, said 14 cases were found.');
    expect(source.name).toBe('Dana Ortiz');
    expect(source.kind).toBe('government');
  });
  it('lets a police department outweigh a rank read as military', () => {
    const source = sourceOf('Lt. Sam Ortiz, Marsh Police Department spokesman, said 12 cars were towed.');
    expect(source.kind).toBe('government');
  });
  it('keeps a military rank where the aside names the army', () => {
    expect(sourceOf('Gen. Sam Ortiz, the army chief, said 12 tanks were lost.').kind).toBe('military');
  });
  it('needs a role word: a place in the aside is no body the speaker works for', () => {
    expect(sourceOf('Dana Ortiz, Marsh County Fair Grounds, said 14 horses were shown.').kind).not.toBe('government');
  });
});
