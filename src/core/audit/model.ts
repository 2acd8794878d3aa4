/**
 * The audit's data: one plain, JSON-serialisable summary per file (what the workers send back and
 * the cache keeps), and the report built from many of them (what every output format renders, and
 * what `--format json` prints as it is).
 */
import type { Dimension, Severity } from '../types';

/** Why a file is listed under "files that need attention" rather than silently dropped, in the order the report lists them. */
export const PROBLEM_KINDS = ['unreadable', 'failed', 'not-minutes', 'front-matter', 'series', 'config'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

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

/** What a set of minutes holds for the measures that need it (real-minutes.md, principle 12). */
export interface Found {
  attendance: boolean;
  /** The revised plan and actions. */
  actions: boolean;
  /** The progress against the plan. */
  progress: boolean;
  distribution: boolean;
  /** The child's voice. */
  voice: boolean;
}

/**
 * The review of previous actions: 'found' (its section was read), 'missing' (actions were open from
 * earlier minutes but no review section was found), 'not-expected' (no action was open), 'unknown'
 * (a later meeting whose earlier minutes were not found, so what it had to review is not known).
 */
export type ReviewsState = 'found' | 'missing' | 'not-expected' | 'unknown';

export interface FileSummary {
  /** Path relative to the audited folder, with forward slashes. */
  path: string;
  isMinutes: boolean;
  problems: FileProblem[];
  /** The settings the file was read with (./settings.ts): the procedure pack and a hash of the rest. */
  settings?: string;
  child?: string;
  area?: string;
  team?: string;
  meeting?: number;
  /** ISO meeting date. */
  date?: string;
  /** `status:` as written; a draft (or minutes dated after the audit's today) is left out of every measure. */
  status?: 'draft' | 'final' | 'shared';
  findings: FindingSummary[];
  /**
   * Meeting 1 only: whether the chair's role names a manager role; 'unknown' when no chair-role is
   * recorded; 'not-applicable' when the procedure lets any member chair (the wales pack).
   */
  firstChair?: 'manager' | 'other' | 'unknown' | 'not-applicable';
  /** Meeting 1 only: whether it was held within the first-meeting timescale of the ICPC; 'unknown' without an ICPC date. */
  firstTimescale?: 'in-time' | 'late' | 'unknown';
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
  found: Found;
  reviews: ReviewsState;
  /** Actions open from earlier minutes, and how many of them have no review row. */
  openActions: number;
  unreviewed: number;
  /** Overdue actions whose impact on the child is not recorded (CG012's predicate). */
  overdueWithoutImpact: number;
  /** Outcomes in the plan at this meeting (from the plan file, the earlier minutes or this one) and how many are reviewed with a rating. */
  outcomes: { n: number; rated: number };
  /** From the child's voice section: whether it records the child was seen, and seen alone. */
  seen: boolean;
  seenAlone: boolean;
  /** Headings (levels 2 and 3) and table columns that named nothing the reader knows. */
  unrecognised: { headings: string[]; columns: { section: string; header: string }[] };
  /** Required sections not found (CG001's subjects), for the suggested `.coregroup.json`. */
  missingSections: string[];
  /** For each unrecognised heading, the missing section that belongs where it stands, when exactly one does. */
  nearest: { heading: string; section: string }[];
  /** For a table missing exactly one of its key columns and holding exactly one unrecognised column: that pair. */
  nearestColumns: { header: string; column: string }[];
}

export type MeasureId =
  | 'quality'
  | 'effective'
  | 'voice-safety'
  | 'first-chair'
  | 'first-timescale'
  | 'absent-reports'
  | 'absent-parents'
  | 'shared'
  | 'actions-reviewed'
  | 'impact-recorded'
  | 'outcomes-rated'
  | 'child-seen'
  | 'seen-alone'
  | 'plan-updated'
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
  /** One of the changes the thematic audit wanted to see over time (shown first in a trend). */
  impact: boolean;
  n: number;
  N: number;
  /** Minutes (or, for the children's measures, children) left out because the data the measure needs was not found. */
  notAssessable: number;
  /** What notAssessable counts: 'minutes' or 'children'. */
  notAssessableUnit: 'minutes' | 'children';
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

/** The period a report measures: minutes whose meeting date falls in it (inclusive ISO dates); undefined ends: open. */
export interface Period {
  from?: string;
  to?: string;
  /** How the user named it: "2026-Q3", "2026-09", "2026-07-01 to 2026-09-30", or "all" (every date). */
  label: string;
}

/** Headings or columns the reader did not recognise across the folder, most frequent first. */
export interface Unrecognised {
  headings: { text: string; files: number }[];
  columns: { section: string; header: string; files: number }[];
  /** A `.coregroup.json` a team could start from: `{"aliases": {"sections": {...}, "columns": {...}}}`. */
  suggestedConfig: { aliases: { sections: Record<string, string[]>; columns: Record<string, string[]> } };
}

/** Bump when a field is removed or its meaning changes; `--compare` refuses another major version. */
export const SCHEMA_VERSION = 2;

export interface AuditReport {
  /** Marks the JSON output as this tool's report (so `--out` may replace it). */
  kind: 'core-group-audit-report';
  /** The report format's version: `--compare` compares only reports of the same one. */
  schemaVersion: number;
  tool: { name: string; version: string };
  /** The audited folder as the user named it. */
  folder: string;
  /** ISO date of the run: "today" for the draft rule. */
  generated: string;
  period: Period;
  /** The settings the figures depend on. */
  settings: {
    today: string;
    drafts: 'left out';
    trend?: 'month' | 'quarter';
    /** The procedure packs the minutes were read with, and a fingerprint of every setting that shapes reading. */
    readWith?: { procedures: string[]; fingerprint: string };
  };
  files: { markdown: number; minutes: number; children: number; drafts: number; outsidePeriod: number; undated: number };
  overall: Measure[];
  byArea: Group[];
  byTeam: Group[];
  topFindings: FindingCount[];
  /** Children whose latest minutes hold overdue actions or actions in drift. */
  children: ChildRow[];
  problems: ProblemGroup[];
  unrecognised: Unrecognised;
  /** Drafts left out, by path. */
  drafts: string[];
  /** With `--compare`: every measure then and now. */
  comparison?: Comparison;
  /** With `--trend`: every measure per month or quarter. */
  trend?: Trend;
}

/** One measure then and now. */
export interface MeasureChange {
  id: MeasureId;
  label: string;
  higherIsBetter: boolean;
  then: { n: number; N: number; notAssessable: number };
  now: { n: number; N: number; notAssessable: number };
  /** Percentage points now minus then (whole points); undefined when either has nothing to count. */
  points?: number;
  /** The two-proportion z-test (pooled), when both sides have enough cases for it. */
  test?: { name: 'two-proportion z-test'; z: number; p: number };
  /** 'too-few': N too small to call a change; 'none-to-count': nothing counted then or now. */
  verdict: 'better' | 'worse' | 'no-clear-change' | 'too-few' | 'none-to-count';
  /** The plain sentence the report shows. */
  statement: string;
}

export interface GroupChange {
  name: string | null;
  measures: MeasureChange[];
}

export interface Comparison {
  /** The earlier report, as it named itself. */
  earlier: { generated: string; period: Period; folder: string; version: string };
  /** Present when the two audits read the minutes with other settings: their procedure packs then and now. */
  settingsChanged?: { then: string[]; now: string[] };
  overall: MeasureChange[];
  byArea: GroupChange[];
  byTeam: GroupChange[];
}

/** One measure over the trend's periods: arrays in the order of `Trend.periods`. */
export interface TrendSeries {
  id: MeasureId;
  label: string;
  short: string;
  higherIsBetter: boolean;
  impact: boolean;
  n: number[];
  N: number[];
  notAssessable: number[];
}

export interface Trend {
  by: 'month' | 'quarter';
  periods: Period[];
  /** Minutes measured in each period. */
  minutes: number[];
  /** The "impact we want to see" measures first. */
  overall: TrendSeries[];
  byArea: { name: string | null; series: TrendSeries[] }[];
  byTeam: { name: string | null; series: TrendSeries[] }[];
}
