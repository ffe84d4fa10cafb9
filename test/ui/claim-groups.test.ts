import { describe, expect, it } from 'vitest';
import { groupBySubject, relatedCountText } from '../../src/view/groups';
import { claimIn } from '../core/related/make-claim';

describe('the popup groups claims by subject', () => {
  const text = 'The army has 40 tanks and 12 helicopters. It lost 3 battle tanks in May. Costs rose 4 percent.';
  const tanks = claimIn(text, { phrase: '40 tanks', kind: 'count', value: 40, unit: 'tank', subject: 'tanks' });
  const helicopters = claimIn(text, { phrase: '12 helicopters', kind: 'count', value: 12, unit: 'helicopter', subject: 'helicopters' });
  const lost = claimIn(text, { phrase: '3 battle tanks', kind: 'count', value: 3, unit: 'tank', subject: 'battle tanks' });
  const costs = claimIn(text, { phrase: '4 percent', kind: 'percent', value: 4, unit: 'percentage' });

  it('puts claims about one subject together, in the order first mentioned, unknown subjects last', () => {
    const groups = groupBySubject([costs, tanks, helicopters, lost]);
    expect(groups.map((g) => [g.subject, g.claims.map((c) => c.claim.text)])).toEqual([
      ['tanks', ['40 tanks', '3 battle tanks']],
      ['helicopters', ['12 helicopters']],
      [null, ['4 percent']],
    ]);
  });

  it('groups a count by the noun a rule took from elsewhere, not by the words found around it', () => {
    const text = 'The port runs 40 cranes. Nine are idle.';
    const cranes = claimIn(text, { phrase: '40 cranes', kind: 'count', value: 40, unit: 'crane', subject: 'cranes' });
    const idle = { ...claimIn(text, { phrase: 'Nine', kind: 'count', value: 9, unit: 'crane', subject: 'are idle' }), nounRule: 'previous-count' };
    expect(groupBySubject([cranes, idle]).map((g) => [g.subject, g.claims.map((c) => c.claim.text)])).toEqual([['cranes', ['40 cranes', 'Nine']]]);
  });

  it('counts each claim’s related facts', () => {
    const [tankGroup] = groupBySubject([tanks, helicopters, lost]);
    // 40 tanks: the 3 battle tanks, and the sum with the helicopters listed beside it (the popup has no text,
    // so the list itself is not read, only the short join between the two).
    expect(tankGroup?.claims[0]?.related).toBe(2);
    expect(relatedCountText(0)).toBe('no related facts');
    expect(relatedCountText(1)).toBe('1 related fact');
  });
});
