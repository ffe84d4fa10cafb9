import { test } from 'vitest';
import { findCues } from '../../../src/core/attribution/cues';
test('d', () => {
  for (const t of ["The charity's figures show 9,000 children in temporary housing."]) {
    console.log(JSON.stringify(findCues(t, { start: 0, end: t.length }).map((c) => ({ ...c, name: c.name && t.slice(c.name.start, c.name.end) }))));
  }
});
