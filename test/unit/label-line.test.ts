/** The one reading of "Label:" lines: list items, bold, any case; where a value goes. */
import { strict as assert } from 'node:assert';
import { findLabel } from '../../src/core/label-line';

describe('label lines', () => {
  const valueAt = (text: string, labels: string[]) => {
    const l = findLabel(text, labels);
    return l === undefined ? undefined : text.slice(l.end);
  };

  it('finds a label at the start of a line, as a list item or in bold, in any case', () => {
    assert.equal(valueAt('Date shared: 2026-06-22', ['date shared']), ' 2026-06-22');
    assert.equal(valueAt('- date SHARED : 1 June', ['date shared']), ' 1 June');
    assert.equal(valueAt('**Date shared:** 1 June', ['date shared']), ' 1 June');
    assert.equal(valueAt('__Date shared__: 1 June', ['date shared']), ' 1 June');
    assert.equal(valueAt('Shared with: all\nDate shared:\nAgreed by: Sam', ['date shared']), '\nAgreed by: Sam');
    assert.equal(valueAt('\r\nRAG: Amber', ['progress', 'rag']), ' Amber');
  });

  it('does not take a label in the middle of a line or a different label', () => {
    assert.equal(findLabel('The Date shared: is missing', ['date shared']), undefined);
    assert.equal(findLabel('Date: 2026-06-22', ['date shared']), undefined);
    assert.equal(findLabel('Progress update: fine', ['progress', 'rag']), undefined);
  });
});
