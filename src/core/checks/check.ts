/** What a check is: one module per check, registered in ./index.ts. */
import type { Dimension, RawFinding, Severity } from '../types';
import type { CheckContext } from './context';

export interface Check {
  /** Stable code, e.g. CG010. */
  code: string;
  /** Kebab-case name, e.g. untracked-prior-action. */
  name: string;
  /** One line for the README and the docs. */
  description: string;
  severity: Severity;
  dimension: Dimension;
  /** True when the check can offer a quick fix (for the README's table). */
  fixable: boolean;
  /**
   * Template sections the check reads or writes. A service template (`sections` in the config)
   * that leaves one of them out turns the check off: it could only fire for want of a section the
   * service does not use, and its fix would add a heading the template does not know.
   */
  sections?: readonly string[];
  run(ctx: CheckContext): RawFinding[];
}
