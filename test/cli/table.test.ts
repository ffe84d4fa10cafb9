import { describe, expect, it } from 'vitest';
import { formatSource, formatTable, formatValue } from '../../src/cli/table';
import type { Claim, Source } from '../../src/core/types';

const anonymous: Source = { kind: 'anonymous', name: null, text: null, start: null, end: null, cue: 'citing', via: null };
const yomiuri: Source = { kind: 'media', name: "Japan's Yomiuri newspaper", text: null, start: null, end: null, cue: 'as per', via: anonymous };

function claim(overrides: Partial<Claim>): Claim {
  return {
    id: 'x', text: 'over a dozen diplomatic facilities', start: 0, end: 34, kind: 'count',
    quantity: { text: 'a dozen', start: 5, end: 12, value: 12, range: null, unit: 'facility', change: '>' },
    subject: 'diplomatic facilities', per: null, when: null, hedged: false, disputedBy: null,
    sentence: { start: 0, end: 100 }, source: yomiuri, ...overrides,
  };
}

describe('the readable table', () => {
  it('shows value with unit, range ends, firmness and the source chain', () => {
    expect(formatValue(claim({}))).toBe('12 facilities');
    expect(
      formatValue({ kind: 'money', quantity: { text: '$2,000 to $3,000', start: 0, end: 1, value: null, range: [2000, 3000], unit: 'dollar', change: '~' } }),
    ).toBe('$2,000–3,000');
    expect(formatValue({ kind: 'money', quantity: { text: '$900bn', start: 0, end: 6, value: 9e11, range: null, unit: 'dollar', change: '>' } })).toBe(
      '$900 billion',
    );
    expect(formatValue({ kind: 'percent', quantity: { text: '19%', start: 0, end: 3, value: 19, range: null, unit: 'percentage', change: '=' } })).toBe('19%');
    expect(formatSource(yomiuri)).toBe("media: Japan's Yomiuri newspaper ← anonymous");
  });

  it('lays claims out in columns that fit 100 characters, wrapping long cells', () => {
    const table = formatTable(
      { title: 'Headline', url: 'https://news.example/a', publisher: 'News', published: null },
      [
        claim({}),
        claim({
          text: 'over 1 million artillery shells for Russia’s military operations across the whole front line',
          when: 'Since August',
          hedged: true,
          quantity: { text: '1 million', start: 0, end: 9, value: 1_000_000, range: null, unit: 'shell', change: '>' },
          source: { kind: 'government', name: 'the Ministry of Foreign Affairs and Trade of the Republic', text: null, start: null, end: null, cue: 'said', via: null },
        }),
      ],
    );
    const lines = table.split('\n');
    expect(lines.slice(0, 4)).toEqual(['Headline — News', 'https://news.example/a', '2 claims', '']);
    expect(lines[4]).toMatch(/^CLAIM +KIND +VALUE +FIRMNESS +WHEN +SOURCE$/);
    expect(lines[5]).toBe('');
    expect(lines[6]).toMatch(/^over a dozen diplomatic +count +12 facilities +over +media: Japan's$/);
    expect(lines[7]).toMatch(/^facilities +Yomiuri newspaper$/);
    expect(table).toContain('1 million');
    expect(table).toContain('over, hedged');
    expect(table).toContain('Since August');
    expect(table).toMatch(/…/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('keeps one line per claim when nothing wraps', () => {
    const table = formatTable({ title: null, url: null, publisher: null, published: null }, [claim({ text: '47 embassies', source: anonymous })]);
    expect(table.split('\n').slice(1, 4)).toEqual(['', expect.stringMatching(/^CLAIM/), expect.stringMatching(/^47 embassies +count +12 facilities +over +anonymous$/)]);
  });

  it('says when there is nothing to show', () => {
    expect(formatTable({ title: null, url: null, publisher: null, published: null }, [])).toBe('0 claims\n');
  });

  it('prints none of the page’s escape sequences or control characters', () => {
    const hostile = {
      // Window title (OSC 0), clipboard (OSC 52), colour (CSI, 7- and 8-bit), a bidi override and a stray BEL.
      title: '\u001b]0;pwned\u0007Budget \u001b]52;c;ZWNobyBoaQ==\u001b\\talks\u001b[31m end \u009b32m\u202eevil\u0007',
      url: 'https://news.test/\u001b[2J',
      publisher: 'Ledger\u0085',
      published: null,
    };
    const table = formatTable(hostile, [claim({ text: '12 \u001b[5mdiplomatic\u001b[0m facilities', source: { ...anonymous, name: 'Agency\u2066\u0000' } })]);
    expect(table).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(table.split('\n').slice(0, 2)).toEqual(['Budget talks end evil — Ledger', 'https://news.test/']);
    expect(table).toContain('12 diplomatic facilities');
  });
  it('with why, adds the named rules under each row, the cue made safe like any cell', () => {
    const said = { ...anonymous, kind: 'government' as const, name: 'the ministry', cue: 'said\u001b[31m', rule: 'cue-in-clause' };
    const table = formatTable({ title: null, url: null, publisher: null, published: null }, [claim({ text: '47 embassies', source: said, prominenceRule: 'counted-noun' })], {
      why: true,
    });
    expect(table).toContain('  why: Source: cue-in-clause: the nearest cue in the claim’s own clause, cue “said”');
    expect(table).toContain('  why: Claim: counted-noun');
    expect(table).not.toMatch(/\u001b/);
    const long = { ...said, rule: 'cue-in-clause:stance', cue: 'has repeatedly and very publicly supported the idea' };
    const wrapped = formatTable({ title: null, url: null, publisher: null, published: null }, [claim({ text: '47 embassies', source: long })], { why: true });
    const whyRows = wrapped.split('\n').filter((l) => l.startsWith('  why: ') || /^ {7}\S/.test(l));
    expect(whyRows.length).toBeGreaterThan(1);
    for (const l of wrapped.split('\n')) expect([...l].length).toBeLessThanOrEqual(100);
    expect(formatTable({ title: null, url: null, publisher: null, published: null }, [claim({ text: '47 embassies', source: said })])).not.toContain('why:');
  });
});
