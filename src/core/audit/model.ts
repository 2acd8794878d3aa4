/**
 * The audit's data: one plain, JSON-serialisable summary per file (what the workers send back and
 * the cache keeps), and the report built from many of them (what every output format renders, and
 * what `--format json` prints as it is).
 */
import type { Dimension, Severity } from '../types';

/** Why a file is listed under "files that need attention" rather than silently dropped. */
export type ProblemKind = 'unreadable' | 'failed' | 'not-minutes' | 'front-matter' | 'series' | 'config';

export interface FileProblem {
  kind: ProblemKind;
  /** The CG003 subject behind it (yaml, date, previous, plan, cycle, outside, config), when there is one. */
  subject?: string;
}

export interface FindingSummary {
  code: string;
  severity: Severity;
  dimension: Dimension;
  subject: string;
}

export interface ActionRef {
  /** The action's id, or its wording when it has none. */
  subject: string;
  /** ISO date it was due. */
  due: string;
  /** For drift: whether the minutes name it under "Drift, delay and escalation". */
  escalated?: boolean;
}

export interface FileSummary {
  /** Path relative to the audited folder, with forward slashes. */
  path: string;
  isMinutes: boolean;
  problems: FileProblem[];
  child?: string;
  area?: string;
  team?: string;
  meeting?: number;
  /** ISO meeting date. */
  date?: string;
  findings: FindingSummary[];
  /** Meeting 1 only: whether the chair's role names a manager role. */
  chairIsManager?: boolean;
  absentProfessionals: { n: number; withReport: number };
  absentParents: { n: number; considered: number };
  /** The distribution section has a "Date shared:" line with a date. */
  shared: boolean;
  /**
   * The CP plan has a revision from this meeting or later (../record.ts planUpdatedAfter); absent when
   * not assessable: no plan file, or one without the revision layout (docs/plan-file.md).
   */
  planUpdated?: boolean;
  /** Reviewed actions not done or closed and due before this meeting. */
  overdue: ActionRef[];
  /** Overdue actions that were already overdue and not done at the previous meeting. */
  drift: ActionRef[];
}

export type MeasureId =
  | 'quality'
  | 'effective'
  | 'voice-safety'
  | 'first-chair'
  | 'absent-reports'
  | 'absent-parents'
  | 'shared'
  | 'children-overdue'
  | 'children-drift';

export interface Measure {
  id: MeasureId;
  label: string;
  /** A few words, for column headings. */
  short: string;
  /** One line saying exactly what n and N count, so a reader can check the arithmetic. */
  definition: string;
  /** What is counted: minutes, meetings, people or children. */
  unit: string;
  /** False for measures where fewer is better (children with overdue actions). */
  higherIsBetter: boolean;
  n: number;
  N: number;
}

export interface Group {
  /** The area or team as written in the front matter; null when the minutes do not record one. */
  name: string | null;
  minutes: number;
  measures: Measure[];
}

export interface FindingCount {
  code: string;
  name: string;
  description: string;
  dimension: Dimension;
  /** Findings raised (one per subject per file). */
  count: number;
  /** Minutes files with at least one. */
  files: number;
}

export interface ChildRow {
  child: string;
  area: string | null;
  team: string | null;
  /** The child's latest minutes, relative to the audited folder. */
  latest: string;
  date: string;
  overdue: ActionRef[];
  drift: ActionRef[];
}

export interface ProblemGroup {
  kind: ProblemKind;
  /** The sentence the report shows, e.g. "3 files could not be read". */
  summary: string;
  files: { path: string; subject?: string }[];
}

export interface AuditReport {
  /** Marks the JSON output as this tool's report (so `--out` may replace it). */
  kind: 'core-group-audit-report';
  tool: { name: string; version: string };
  /** The audited folder as the user named it. */
  folder: string;
  /** ISO date of the run. */
  generated: string;
  files: { markdown: number; minutes: number; children: number };
  overall: Measure[];
  byArea: Group[];
  byTeam: Group[];
  topFindings: FindingCount[];
  /** Children whose latest minutes hold overdue actions or actions in drift. */
  children: ChildRow[];
  problems: ProblemGroup[];
}
