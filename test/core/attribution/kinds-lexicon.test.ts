import { describe, expect, it } from 'vitest';
import kindWords from '../../../src/core/attribution/lexicon/kinds.json';
import { describeOne } from './describe-helper';

/**
 * Lexicon entries that tell a body's kind by a word of its name, each on a name of our own invention,
 * and the lists of unnamed groups and of states' nouns, each entry in a sentence of our own.
 */
const names: { entry: string; sentence: string; phrase: string; kind: string }[] = [
  { entry: 'equities', sentence: 'Birch Institutional Equities said 30 stocks looked cheap.', phrase: '30 stocks', kind: 'organisation' },
  { entry: 'brokerage', sentence: 'The brokerage said 30 stocks looked cheap.', phrase: '30 stocks', kind: 'organisation' },
  { entry: 'asset management', sentence: 'Fenwick Asset Management said 30 funds closed.', phrase: '30 funds', kind: 'organisation' },
  { entry: 'wealth management', sentence: 'Larch Wealth Management said 8 clients left.', phrase: '8 clients', kind: 'organisation' },
  { entry: 'exchange', sentence: 'Larch Valley Exchange said 12 listings were cancelled.', phrase: '12 listings', kind: 'organisation' },
  { entry: 'stock market', sentence: 'Fenwick Stock Market said 12 listings were cancelled.', phrase: '12 listings', kind: 'organisation' },
  { entry: 'bancorp', sentence: 'Marsh Valley Bancorp said 12 branches would close.', phrase: '12 branches', kind: 'organisation' },
  { entry: 'bancshares', sentence: 'Larch Bancshares said 12 branches would close.', phrase: '12 branches', kind: 'organisation' },
  { entry: 'lines', sentence: 'Harbor Freight Lines said 40 trucks were idle.', phrase: '40 trucks', kind: 'organisation' },
  { entry: 'logistics', sentence: 'Fenwick Logistics said 40 trucks were idle.', phrase: '40 trucks', kind: 'organisation' },
  { entry: 'enterprises', sentence: 'Larch Enterprises said 40 stores were idle.', phrase: '40 stores', kind: 'organisation' },
  { entry: 'brands', sentence: 'Marsh Brands said 40 products were recalled.', phrase: '40 products', kind: 'organisation' },
  { entry: 'symphony', sentence: 'Fenwick Symphony said 12 concerts were cancelled.', phrase: '12 concerts', kind: 'organisation' },
  { entry: 'orchestra', sentence: 'Larch Valley Orchestra said 12 concerts were cancelled.', phrase: '12 concerts', kind: 'organisation' },
  { entry: 'Red Crescent', sentence: 'Red Crescent said 120 families were sheltered.', phrase: '120 families', kind: 'organisation' },
  { entry: 'team', sentence: 'The team said 30 season tickets were refunded.', phrase: '30 season', kind: 'organisation' },
  { entry: 'church', sentence: 'The church said 30 families were fed.', phrase: '30 families', kind: 'organisation' },
  { entry: 'diocese', sentence: 'The diocese said 30 parishes would merge.', phrase: '30 parishes', kind: 'organisation' },
  { entry: 'archdiocese', sentence: 'The archdiocese said 30 parishes would merge.', phrase: '30 parishes', kind: 'organisation' },
  { entry: 'festival', sentence: 'The festival said 30 bands would play.', phrase: '30 bands', kind: 'organisation' },
  { entry: 'zoo', sentence: 'The zoo said 3 cubs were born.', phrase: '3 cubs', kind: 'organisation' },
  { entry: 'carmaker', sentence: 'The carmaker said 4 plants would close.', phrase: '4 plants', kind: 'organisation' },
  { entry: 'automaker', sentence: 'The automaker said 4 plants would close.', phrase: '4 plants', kind: 'organisation' },
  { entry: 'chipmaker', sentence: 'The chipmaker said 4 fabs would close.', phrase: '4 fabs', kind: 'organisation' },
  { entry: 'drugmaker', sentence: 'The drugmaker said 4 trials were halted.', phrase: '4 trials', kind: 'organisation' },
  { entry: 'steelmaker', sentence: 'The steelmaker said 4 furnaces were idle.', phrase: '4 furnaces', kind: 'organisation' },
  { entry: 'planemaker', sentence: 'The planemaker said 40 jets were delivered.', phrase: '40 jets', kind: 'organisation' },
  { entry: 'toymaker', sentence: 'The toymaker said 40 lines were dropped.', phrase: '40 lines', kind: 'organisation' },
  { entry: 'electric', sentence: 'Fenwick Valley Electric said 300 homes lost power.', phrase: '300 homes', kind: 'organisation' },
  { entry: 'journal', sentence: 'The journal said 30 papers were retracted.', phrase: '30 papers', kind: 'media' },
  { entry: 'policymakers', sentence: 'Policymakers expect 3 more rate cuts.', phrase: '3 more', kind: 'government' },
  { entry: 'fire chief', sentence: 'Fire Chief Ana Vale said 30 homes burned.', phrase: '30 homes', kind: 'government' },
  { entry: 'health officer', sentence: 'Ana Vale, the county health officer, said 30 people were ill.', phrase: '30 people', kind: 'government' },
  { entry: 'Vatican', sentence: 'The Vatican said 30 priests were removed.', phrase: '30 priests', kind: 'government' },
  { entry: 'district', sentence: 'The Marsh Valley Water District said 30 pipes burst.', phrase: '30 pipes', kind: 'government' },
  { entry: 'school district', sentence: 'Fenwick Unified School District said 30 schools closed.', phrase: '30 schools', kind: 'government' },
  { entry: 'water district', sentence: 'The water district said 30 pipes burst.', phrase: '30 pipes', kind: 'government' },
  { entry: 'reserve bank', sentence: 'The Reserve Bank of Marsh said 12 lenders failed.', phrase: '12 lenders', kind: 'government' },
];

/** Government bodies known by their letters; each would otherwise read as a company's acronym. */
const AGENCY_ACRONYMS = ['FAA', 'NTSB', 'FEMA', 'TSA', 'NOAA', 'USDA', 'NIH', 'HHS', 'DHS', 'DOJ', 'CBP', 'ATF', 'DEA', 'USGS', 'OSHA', 'NHTSA', 'GAO', 'CBO', 'OMB', 'RBI', 'SEBI', 'HMRC', 'DWP', 'OBR', 'Ofgem', 'Ofcom', 'Ofsted', 'Bundesbank'];

describe('kinds lexicon entries', () => {
  for (const c of names) {
    it(`${c.entry}: ${c.sentence}`, () => {
      expect(describeOne(c.sentence, { phrase: c.phrase }).source.kind).toBe(c.kind);
    });
  }
  for (const acronym of AGENCY_ACRONYMS) {
    it(`${acronym}: a government agency by its letters`, () => {
      expect(describeOne(`The ${acronym} said 14 inspections were delayed.`, { phrase: '14 inspections' }).source.kind).toBe('government');
    });
  }
  for (const group of kindWords.unnamedGroups.terms) {
    it(`${group}: an unnamed group`, () => {
      const lead = group[0]!.toUpperCase() + group.slice(1);
      expect(describeOne(`${lead} say 14 reservoirs are nearly dry.`, { phrase: '14 reservoirs' }).source.kind).toBe('anonymous');
    });
  }
  for (const locality of kindWords.polities.localities) {
    const noun = locality[0]!.toUpperCase() + locality.slice(1);
    it(`${locality}: ending a place's name`, () => {
      expect(describeOne(`Larch ${noun} said 14 roads were closed.`, { phrase: '14 roads' }).source.kind).toBe('government');
    });
    it(`${locality}: opening a place's name with "of"`, () => {
      expect(describeOne(`The ${noun} of Larch said 14 roads were closed.`, { phrase: '14 roads' }).source.kind).toBe('government');
    });
  }
  for (const polity of kindWords.polities.terms) {
    it(`${polity}: a state by its noun`, () => {
      expect(describeOne(`The ${polity} says 14 border posts were closed.`, { phrase: '14 border' }).source.kind).toBe('government');
    });
  }
});
