/** The one reading of "Label:" lines: list items, bold, any case, any spaces; where a value goes; and who reads it. */
import { strict as assert } from 'node:assert';
import { lineLabel } from '../../src/core/label-line';
import { lexiconFor } from '../../src/core/read/lexicon';
import { distributionLine } from '../../src/core/record';

describe('label lines', () => {
  const read = (line: string) => {
    const l = lineLabel(line);
    return l === undefined ? undefined : [l.label, line.slice(l.valueAt)];
  };

  it('reads the label at the start of a line, as a list item or in bold, after spaces of any kind', () => {
    assert.deepEqual(read('Date shared: 2026-06-22'), ['Date shared', ' 2026-06-22']);
    assert.deepEqual(read('- date SHARED : 1 June'), ['date SHARED', ' 1 June']);
    assert.deepEqual(read('**Date shared:** 1 June'), ['Date shared', ' 1 June']);
    assert.deepEqual(read('__Date shared__: 1 June'), ['Date shared', ' 1 June']);
    assert.deepEqual(read('  * **Apologies**: Jo Bloggs (GP)'), ['Apologies', ' Jo Bloggs (GP)']);
    assert.deepEqual(read('+ Present: Sam Patel'), ['Present', ' Sam Patel']);
    assert.deepEqual(read('\u00a0Present:\tSam Patel'), ['Present', '\tSam Patel']);
    assert.deepEqual(read("Mum's partner: present"), ["Mum's partner", ' present']);
    assert.deepEqual(read('Date shared:'), ['Date shared', '']);
  });

  it('reads no label in the middle of a line, after a number, or longer than a label', () => {
    assert.equal(read('1. Present: Sam'), undefined);
    assert.equal(read('See the plan (below): done'), undefined);
    assert.equal(read('A' + 'b'.repeat(41) + ': x'), undefined);
  });

  it('is the reading of the distribution lines: the label decides, its case and bold do not', () => {
    assert.deepEqual(distributionLine('- **Date shared:** 21/11/2026', lexiconFor()), { kind: 'date', valueAt: '- **Date shared:**'.length });
    assert.equal(distributionLine('The date shared: is missing', lexiconFor()), undefined);
    assert.equal(distributionLine('Date: 2026-06-22', lexiconFor())?.kind === 'date', false);
  });
});
