/** A seeded, fictional corpus of core group minutes with known faults, and the figures the audit must report. */
import { expectedAudit, ExpectedAudit } from './expected';
import { CorpusOptions, planCorpus } from './plan';
import { renderCorpus } from './render';

export interface Corpus {
  /** Every file, by path relative to the corpus folder. */
  files: Map<string, string>;
  expected: ExpectedAudit;
}

export function generateCorpus(opts: CorpusOptions): Corpus {
  const plan = planCorpus(opts);
  return { files: renderCorpus(plan), expected: expectedAudit(plan) };
}

export type { CorpusOptions, ExpectedAudit };
export { DEFAULT_RATES } from './plan';
