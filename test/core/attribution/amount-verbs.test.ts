/**
 * "Add" is a verb of saying ("Ruiz added that …") and a verb of amount ("the economy added 151,000 jobs"),
 * "admit" one of saying and of letting in: before an amount they count something in and name no source.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/analyse';

const sourceOf = (text: string, number: string) => {
  const claim = analyse(text).find((c) => c.text.includes(number));
  if (!claim) throw new Error(`no claim holds "${number}"`);
  return claim.source;
};

describe('"add" before an amount', () => {
  it('is what was added, not who says so', () => {
    expect(sourceOf('The harbour economy added 151,000 jobs in August.', '151,000').kind).toBe('article');
    expect(sourceOf('The ferry index added more than 2% on Tuesday, while bond yields fell.', '2%').kind).toBe('article');
    expect(sourceOf('Shares of the boatmaker added nearly $4 in early trading.', '$4').kind).toBe('article');
  });
  it('lets "admitted" before an amount be letting in, so the sentence’s opening source governs', () => {
    const source = sourceOf('According to the Marsh interior ministry, the country has admitted 600,000 refugees since 2012.', '600,000');
    expect(source.name).toBe('the Marsh interior ministry');
    expect(sourceOf('The port director admitted that 40 boats sank.', '40').name).toBe('The port director');
  });
  it('leaves the sentence’s own verb of saying to speak', () => {
    const source = sourceOf('Harbour payrolls added 200,000 workers last month, the Marsh Labour Office said.', '200,000');
    expect(source.name).toBe('the Marsh Labour Office');
  });
  it('still says, before "that", a colon or a quotation', () => {
    expect(sourceOf('The port director added that 40 boats sank.', '40').name).toBe('The port director');
    expect(sourceOf('“We lost 40 boats,” the port director added.', '40').name).toBe('the port director');
  });
});
