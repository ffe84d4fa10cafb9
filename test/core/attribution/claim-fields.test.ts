import { describe as group, expect, it } from 'vitest';
import { describe, describeOne } from './describe-helper';

group('hedged', () => {
  const hedged: [string, string][] = [
    ['The fire may have destroyed 90 homes.', '90 homes'],
    ['The storm could cut power to 2,000 households.', '2,000 households'],
    ['The cartel reportedly laundered 70 shipments.', '70 shipments'],
    ['The official allegedly took 5 payments.', '5 payments'],
    ['The flood is believed to have displaced 800 people.', '800 people'],
    ['An estimated 4,000 birds nest on the island.', '4,000 birds'],
    ['The dam might hold 30 million cubic metres.', '30 million cubic metres'],
  ];
  for (const [sentence, phrase] of hedged) {
    it(`is true for: ${sentence}`, () => expect(describeOne(sentence, { phrase }).hedged).toBe(true));
  }
  it('is false for a plain statement', () => {
    expect(describeOne('The library lent 52,000 books last year.', { phrase: '52,000 books' }).hedged).toBe(false);
  });
  it('does not take the month May for a hedge', () => {
    expect(describeOne('The market sold 300 tonnes of fish in May.', { phrase: '300 tonnes', kind: 'measure' }).hedged).toBe(false);
  });
});

group('when', () => {
  const cases: [string, string, string][] = [
    ['Since March, the clinic has treated 640 patients.', '640 patients', 'Since March'],
    ['The council planted 1,100 trees in October.', '1,100 trees', 'in October'],
    ['The airport handled 9 million passengers last year.', '9 million passengers', 'last year'],
    ['The city wants 500 electric buses by 2030.', '500 electric buses', 'by 2030'],
    ['Currently, 18 wards are closed.', '18 wards', 'Currently'],
    ['The firm hired 75 engineers in the first quarter.', '75 engineers', 'in the first quarter'],
    ['Three years ago, the town had 4 cinemas.', '4 cinemas', 'Three years ago'],
  ];
  for (const [sentence, phrase, when] of cases) {
    it(`reads "${when}"`, () => expect(describeOne(sentence, { phrase }).when).toBe(when));
  }

  it('gives each clause its own time', () => {
    const claims = describe('Since June, the mill has sold 40 tonnes, and 12 trucks have left since July.', [
      { phrase: '40 tonnes', kind: 'measure' },
      { phrase: '12 trucks' },
    ]);
    expect(claims.map((c) => c.when)).toEqual(['Since June', 'since July']);
  });

  it('is null when the sentence says no time', () => {
    expect(describeOne('The bridge has 14 arches.', { phrase: '14 arches' }).when).toBeNull();
  });
});

group('subject', () => {
  it('is the counted noun inside the phrase', () => {
    expect(describeOne('Volunteers collected over 3,000 plastic bottles.', { phrase: 'over 3,000 plastic bottles' }).subject).toBe('plastic bottles');
  });

  it('runs across an "of" phrase', () => {
    expect(describeOne('Nearly 600 crates of medical supplies arrived.', { phrase: 'Nearly 600 crates' }).subject).toBe('crates of medical supplies');
  });

  it('is what a percentage is of', () => {
    expect(describeOne('About 40% of commuters cycle.', { phrase: '40%', kind: 'percent' }).subject).toBe('commuters');
  });

  it('is the thing priced earlier in the sentence', () => {
    const claim = describeOne('The museum bought two rare 18th-century clocks, priced at about $9,000 each.', {
      phrase: 'about $9,000 each',
      quantity: '$9,000',
      kind: 'money',
      per: 'each',
    });
    expect(claim.subject).toBe('rare 18th-century clocks');
    expect(claim.per).toBe('each');
  });

  it('is what rose or fell to the amount', () => {
    expect(describeOne('Unemployment fell to 4.2% in April.', { phrase: '4.2%', kind: 'percent' }).subject).toBe('Unemployment');
  });

  it('is what a price verb says costs the amount', () => {
    expect(describeOne('A monthly bus pass costs $95.', { phrase: '$95', kind: 'money' }).subject).toBe('monthly bus pass');
  });

  it('is null when nothing is said to be counted', () => {
    expect(describeOne('It was 1,200.', { phrase: '1,200' }).subject).toBeNull();
  });

  it('is not "own" in "N of their own": that names nothing counted', () => {
    expect(describeOne('Each crate holds 20 of its own.', { phrase: '20' }).subject).toBeNull();
  });
});

group('disputedBy', () => {
  it('names who denies the claim in the same sentence', () => {
    const claim = describeOne('Activists say 25 protesters were arrested, a figure the interior ministry denies.', { phrase: '25 protesters' });
    expect(claim.disputedBy).toBe('the interior ministry');
  });

  it('names who disputes the figure in the next sentence', () => {
    const claims = describe('The union says 9,000 members walked out. The company disputed the figure.', [{ phrase: '9,000 members' }]);
    expect(claims[0]!.disputedBy).toBe('The company');
  });

  it('ignores a denial about something else', () => {
    const claim = describeOne('Rebels said 14 villages were shelled, and the army denied targeting civilians.', { phrase: '14 villages' });
    expect(claim.disputedBy).toBeNull();
  });

  it('ignores a denial in another paragraph', () => {
    const claims = describe('Officials said 300 wells ran dry.\nThe utility denies the allegations of neglect.', [{ phrase: '300 wells' }]);
    expect(claims[0]!.disputedBy).toBeNull();
  });
});

group('subject when the phrase stops at the number', () => {
  it('is the noun right after it', () => {
    expect(describeOne('The village has 300 residents.', { phrase: '300' }).subject).toBe('residents');
  });

  it('is not a verb or a time word after it', () => {
    expect(describeOne('Sales reached 40 yesterday.', { phrase: '40' }).subject).toBe('Sales');
  });
});

it('does not reach past a preposition after the number for a subject', () => {
  expect(describeOne('The striker scored 5 for the team.', { phrase: '5' }).subject).not.toBe('team');
});

it('ends an "of" subject at an irregular past tense', () => {
  expect(describeOne('Some 30 centimetres of rain fell overnight.', { phrase: '30 centimetres', quantity: '30 centimetres', kind: 'measure' }).subject).toBe('rain');
});

it('takes no preposition, pronoun or number into a subject', () => {
  expect(describeOne('The fund gave $500 toward repairs.', { phrase: '$500', kind: 'money' }).subject).toBeNull();
  expect(describeOne('It took 9 weeks you said.', { phrase: '9 weeks', quantity: '9 weeks', kind: 'measure' }).subject).toBeNull();
  expect(describeOne('They paid 5 per cent of 52 loans.', { phrase: '5 per cent', quantity: '5 per cent', kind: 'percent' }).subject).toBeNull();
});

group('subject of a valuation', () => {
  it('is what is estimated at the amount', () => {
    expect(describeOne('Insurers estimate the flood damage at $2 billion.', { phrase: '$2 billion', kind: 'money' }).subject).toBe('flood damage');
  });

  it('is what is said to be estimated at the amount', () => {
    expect(describeOne('The repair bill is estimated at $40,000.', { phrase: '$40,000', kind: 'money' }).subject).toBe('repair bill');
  });
});

it('finds the subject across a modal before the verb of amount', () => {
  expect(describeOne('The repair bill could exceed $9,000.', { phrase: '$9,000', kind: 'money' }).subject).toBe('repair bill');
});

it('does not take a source denying something else for a dispute of its own claim', () => {
  const claim = describeOne('The ministry said 40 drones were shot down; the ministry denied the reports.', { phrase: '40 drones' });
  expect(claim.source.name).toBe('The ministry');
  expect(claim.disputedBy).toBeNull();
  const other = describeOne('The ministry said 40 drones were shot down; the army denied the reports.', { phrase: '40 drones' });
  expect(other.disputedBy).toBe('the army');
});
