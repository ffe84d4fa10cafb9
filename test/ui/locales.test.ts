/** The manifest and the UI read their words from _locales: every name they use must be there, and well formed. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = readFileSync(path.join(root, 'manifest.json'), 'utf8');

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

const locales = readdirSync(path.join(root, '_locales')).map((language) => ({
  language,
  messages: JSON.parse(readFileSync(path.join(root, '_locales', language, 'messages.json'), 'utf8')) as Record<string, Message>,
}));

describe('_locales', () => {
  it('has the manifest’s default locale', () => {
    const { default_locale: defaultLocale } = JSON.parse(manifest) as { default_locale?: string };
    expect(locales.map((locale) => locale.language)).toContain(defaultLocale);
  });

  it('defines every __MSG_…__ the manifest names', () => {
    const english = locales.find((locale) => locale.language === 'en')!.messages;
    const named = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(named).toContain('extensionName');
    expect(named.filter((name) => !english[name])).toEqual([]);
  });

  it('gives each message text and defines each $PLACEHOLDER$ it uses', () => {
    const problems: string[] = [];
    for (const { language, messages } of locales) {
      for (const [name, entry] of Object.entries(messages)) {
        if (!/^\w+$/.test(name)) problems.push(`${language}/${name}: not a valid message name`);
        if (!entry.message?.trim()) problems.push(`${language}/${name}: no text`);
        const defined = new Set(Object.keys(entry.placeholders ?? {}).map((key) => key.toLowerCase()));
        for (const [, used] of entry.message.matchAll(/\$(\w+)\$/g)) {
          if (!defined.has(used!.toLowerCase())) problems.push(`${language}/${name}: $${used}$ is not defined`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
