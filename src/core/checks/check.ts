/**
 * What a check is: one module per check (cgNNN-name.ts) holding its code, name, description,
 * default level, dimension, its own messages and fix titles, and its fix; registered by one line
 * in ./registry.ts. `npm run generate` writes the schema's entries, the README's table and the
 * headings of docs/checks.md from these fields.
 */
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
  /** When some findings take another dimension, in words for the docs, e.g. "S for ...". */
  dimensionNote?: string;
  /** True when the check can offer a quick fix (for the README's table). */
  fixable: boolean;
  /** A few words on the quick fix for the docs' table, e.g. "you choose the rating". */
  fixNote?: string;
  /**
   * Template sections the check reads or writes. A service template (`sections` in the config)
   * that leaves one of them out turns the check off: it could only fire for want of a section the
   * service does not use, and its fix would add a heading the template does not know.
   */
  sections?: readonly string[];
  run(ctx: CheckContext): RawFinding[];
}
