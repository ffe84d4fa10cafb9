/**
 * Phrases that look like a source of a figure but are not one: polls in general ("rose in the polls"), and a
 * figure that counts the source itself ("according to a poll of 900 voters"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { describeOne } from './describe-helper';

const source = (text: string, phrase: string, quantity?: string) => describeOne(text, { phrase, ...(quantity ? { quantity } : {}) }).source;

describe('polls in general are where a standing is measured, not a source', () => {
  it('keeps "in the polls" and "in national polls" in the article\'s voice', () => {
    expect(source('Ortiz climbed in the polls to 12 percent by the spring.', '12 percent').kind).toBe('article');
    expect(source('Her approval has stayed above 45 percent in national polls.', '45 percent').kind).toBe('article');
    expect(source('Lind trails by six points in some polls.', 'six points', 'six').kind).toBe('article');
  });

  it('still reads a poll that is named or described as the source', () => {
    expect(source('Lind trails by six points in the Harbour Post poll.', 'six points', 'six').kind).not.toBe('article');
    expect(source('Lind led by 9 points in polls taken in May.', '9 points', '9').kind).not.toBe('article');
    expect(source('Lind led by 9 points in recent polls from PollHub.', '9 points', '9').kind).not.toBe('article');
  });
});
