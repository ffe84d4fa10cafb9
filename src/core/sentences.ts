import type { Span } from './types';

/** Splits text into sentence spans (placeholder: one span per line). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
