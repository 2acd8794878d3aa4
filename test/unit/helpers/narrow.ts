/** Narrowing an analysis to minutes in tests: fails the test, with the path, when the file was not read as minutes. */
import { strict as assert } from 'node:assert';
import type { Analysis, MinutesAnalysis } from '../../../src/core/analyse';

export function asMinutes(a: Analysis): MinutesAnalysis {
  assert.ok(a.isMinutes, `${a.path} was not read as core group minutes`);
  return a;
}
