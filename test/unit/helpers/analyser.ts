/** Analyser factories with a fixed "today", so fixes that record the date are reproducible. */
import { Analyser, AnalyserOptions } from '../../../src/core/analyse';
import { dayFromParts } from '../../../src/core/dates';
import type { FileReader } from '../../../src/core/types';

export const TODAY = dayFromParts(2026, 11, 25)!;

export function analyserFor(reader: FileReader, options: AnalyserOptions = {}): Analyser {
  return new Analyser(reader, { today: () => TODAY, ...options });
}
