/**
 * A made-up article of any size for the benchmarks and browser tests at scale: paragraphs of six claims
 * each about a few shared subjects (shells, people, depots), so related facts have large groups to search.
 * Not a benchmark itself; bench:speed and bench:browser build it with --claims N.
 */
export const CLAIMS_PER_PARAGRAPH = 6;

/** Paragraph n as text: "The ministry said 1000 artillery shells were shipped in week 0, 10 more than …". */
export function generatedParagraph(n: number): string {
  return (
    `The ministry said ${1000 + n} artillery shells were shipped in week ${n % 50}, ` +
    `${10 + (n % 90)} more than the ${900 + n} shells of the week before, at $${2000 + n} each. ` +
    `Officials added that ${300 + n} people were moved and ${5 + (n % 40)}% of the depots were empty.`
  );
}

/** Paragraphs enough for `claims` claims. */
export const paragraphsFor = (claims: number): number => Math.ceil(claims / CLAIMS_PER_PARAGRAPH);

export function generatedArticleText(paragraphs: number): string {
  return ['Supply figures', ...Array.from({ length: paragraphs }, (_, n) => generatedParagraph(n))].join('\n');
}

export function generatedArticleHtml(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, n) => `<p>${generatedParagraph(n)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Supply figures</title></head>
<body><article><h1>Supply figures</h1>${body}</article></body></html>`;
}
