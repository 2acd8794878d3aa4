/**
 * Sections recognised by what they hold (src/core/read/by-content.ts): under headings this tool
 * does not know, an attendance table and a review of actions are still the attendance and the
 * review, each under its own heading, one after the other.
 */
import { strict as assert } from 'node:assert';
import { DEFAULT_CONFIG } from '../../src/core/config';
import { buildMinutes } from '../../src/core/minutes';
import { parseDocument } from '../../src/core/parse/document';
import { readerFor } from '../../src/core/read/reader';

const text = [
  '---', 'type: core-group-minutes', 'child: A.B.', 'date: 2026-10-08', 'meeting: 2', '---', '',
  '# Core group meeting', '',
  '## Zebra notes', '', '| Name | Role | Attended |', '|---|---|---|', '| Nadia Ellis | Social worker | Yes |', '',
  '## Quince notes', '', '| Action | Owner | Status |', '|---|---|---|', '| A1 Visit weekly | Nadia Ellis | Done |', '',
].join('\n');

describe('sections by content', () => {
  it('places each unknown heading whose content has a section\'s shape, the one after a placed one too', () => {
    const m = buildMinutes(parseDocument('/w/c/m.md', text), readerFor(DEFAULT_CONFIG));
    const placed = (id: string) => m.byId.get(id)?.parts.map((p) => `${p.rule} ${text.slice(p.start, text.indexOf('\n', p.start))}`);
    assert.deepEqual(placed('attendance'), ['content ## Zebra notes']);
    assert.deepEqual(placed('previous-actions'), ['content ## Quince notes']);
  });
});
