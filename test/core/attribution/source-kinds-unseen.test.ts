import { describe, expect, it } from 'vitest';
import { describeOne } from './describe-helper';

/**
 * Kinds of source that news the rules were not written on keeps bringing: a body described by an
 * apposition, a company's people, agencies and newspapers by name, a body named in full with "on", an
 * office-holder of a non-government body. Sentences of our own, one or more per kind of miss.
 */
const cases: { why: string; sentence: string; phrase: string; kind: string; name?: string }[] = [
  // An apposition that says what the body is outweighs a word of the name ("Council", "Board", "Commission").
  { why: 'apposition: a trade association', sentence: 'The Coastal Shipping Council, a trade association, said 40 ports were congested.', phrase: '40 ports', kind: 'organisation', name: 'The Coastal Shipping Council' },
  { why: 'apposition: a lobby group', sentence: 'The Pacific Timber Commission, a lobby group for sawmills, said 70 mills had closed.', phrase: '70 mills', kind: 'organisation', name: 'The Pacific Timber Commission' },
  { why: 'apposition: a government agency keeps government', sentence: 'The Harbour Authority, a state agency, said 12 berths were closed.', phrase: '12 berths', kind: 'government', name: 'The Harbour Authority' },
  // A company's people speak for the company.
  { why: "a company's officials", sentence: 'Brightwater Energy officials said 12 turbines failed.', phrase: '12 turbines', kind: 'organisation' },
  { why: "a company's executives", sentence: 'Kestrel Mining executives said 300 jobs would go.', phrase: '300 jobs', kind: 'organisation' },
  { why: "a company's spokespeople", sentence: 'Orbital Freight spokespeople said 45 drivers were hired.', phrase: '45 drivers', kind: 'organisation' },
  { why: 'officials of a company', sentence: 'Officials at Northgate Water said 9 pipes burst.', phrase: '9 pipes', kind: 'organisation' },
  { why: 'officials of a place stay government', sentence: 'Norway officials said 30 ferries were idle.', phrase: '30 ferries', kind: 'government' },
  // Agencies and newspapers by name.
  { why: 'a national space agency', sentence: 'The Andean Space Agency said 4 satellites were launched.', phrase: '4 satellites', kind: 'government', name: 'The Andean Space Agency' },
  { why: 'a named newspaper', sentence: 'The Morning Courier reported that 60 shops had shut.', phrase: '60 shops', kind: 'media', name: 'The Morning Courier' },
  { why: 'a newspaper named "Daily ..."', sentence: 'The Daily Beacon reported 25 arrests.', phrase: '25 arrests', kind: 'media', name: 'The Daily Beacon' },
  // A body named in full, "on" inside its name.
  { why: 'an institute on a subject', sentence: 'The Regional Institute on Coastal Erosion has estimated that 80 homes are at risk.', phrase: '80 homes', kind: 'organisation', name: 'The Regional Institute on Coastal Erosion' },
  { why: 'a centre on a subject', sentence: 'The Center on Rural Health estimated 500 clinics had closed.', phrase: '500 clinics', kind: 'organisation', name: 'The Center on Rural Health' },
  // An office-holder of a body that is no government is a person.
  { why: "a union's president", sentence: 'Dock Workers Guild President Ana Ruiz said 3,000 members voted.', phrase: '3,000 members', kind: 'person', name: 'Ana Ruiz' },
  { why: "an association's chairman", sentence: 'Valley Growers Association Chairman Tom Reyes said 40 farms were flooded.', phrase: '40 farms', kind: 'person' },
  { why: 'a named prisons director: an official of a public service', sentence: 'Prisons director Marta Olsen said 200 inmates were moved.', phrase: '200 inmates', kind: 'government', name: 'Marta Olsen' },
  { why: 'a named hospital director', sentence: 'Hospital director Ivan Petrov said 35 beds were free.', phrase: '35 beds', kind: 'person', name: 'Ivan Petrov' },
  { why: "a union's president, role in lower case", sentence: 'Harbor Workers Union president Lee Park said 500 dockers struck.', phrase: '500 dockers', kind: 'person', name: 'Lee Park' },
  { why: 'a police chief keeps the office', sentence: 'Police chief Ana Kell said 40 cars were stolen.', phrase: '40 cars', kind: 'government', name: 'Ana Kell' },
  { why: "a company's spokesman named", sentence: 'A spokesperson for Kestrel Mining said 300 jobs would go.', phrase: '300 jobs', kind: 'organisation' },
  // Markets and polled analysts.
  { why: 'the market by its street', sentence: 'Wall Street expected earnings of 85 cents a share.', phrase: '85 cents', kind: 'organisation', name: 'Wall Street' },
  { why: 'analysts polled by a data firm', sentence: 'Analysts polled by Datastream expected 40 cents a share.', phrase: '40 cents', kind: 'anonymous' },
  { why: 'analysts surveyed by a data firm', sentence: 'Analysts surveyed by MarketPulse had forecast 7% growth.', phrase: '7% growth', kind: 'anonymous' },
  { why: 'economists polled by a news agency', sentence: 'Economists polled by the Harbour Wire expected growth of 2%.', phrase: '2%', kind: 'anonymous' },
];

describe('kinds of source on unseen news', () => {
  for (const c of cases) {
    it(`${c.why}: ${c.sentence}`, () => {
      const { source } = describeOne(c.sentence, { phrase: c.phrase });
      expect(source.kind).toBe(c.kind);
      if (c.name) expect(source.name).toBe(c.name);
    });
  }
});
