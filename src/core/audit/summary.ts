/**
 * One analysis -> one FileSummary: everything the audit needs from a file, as plain data, so it can
 * cross a worker boundary and sit in a cache. The figures use the same predicates as the checks
 * (../record.ts, ../actions.ts), but do not depend on a check's configured level: turning CG030 off in
 * `.coregroup.json` silences the finding, not the audit's count of absent professionals' reports.
 */
import { settingsFingerprint } from './settings';
import { isDrift, isNamedIn, overdueDue } from '../actions';
import type { Analysis, MinutesAnalysis } from '../analyse';
import { toIso } from '../dates';
import { sectionText } from '../minutes';
import { relative } from '../paths';
import { distributionText, hasDateShared, hasReport, isConsidered, parentsTextOf, planUpdatedAfter } from '../record';
import { firstMeetingOf, foundOf, outcomesOf, overdueWithoutImpact, reviewsOf, seenOf, vocabularyOf } from './readings';
import type { ActionRef, FileProblem, FileSummary } from './model';

function emptySummary(path: string, root: string, isMinutes: boolean, problems: FileProblem[]): FileSummary {
  return {
    path: relative(root, path),
    isMinutes,
    problems,
    findings: [],
    absentProfessionals: { n: 0, withReport: 0 },
    absentParents: { n: 0, considered: 0 },
    shared: false,
    overdue: [],
    drift: [],
    found: { attendance: false, actions: false, progress: false, distribution: false, voice: false },
    reviews: 'unknown',
    openActions: 0,
    unreviewed: 0,
    overdueWithoutImpact: 0,
    outcomes: { n: 0, rated: 0 },
    seen: false,
    seenAlone: false,
    unrecognised: { headings: [], columns: [] },
    missingSections: [],
    nearest: [],
    nearestColumns: [],
  };
}

/** A file that could not be read at all (missing, a dangling link, no permission). */
export function unreadableSummary(path: string, root: string): FileSummary {
  return emptySummary(path, root, false, [{ kind: 'unreadable' }]);
}

/** A symbolic link whose real location is outside the audited folder: refused, nothing read. */
export function outsideSummary(path: string, root: string): FileSummary {
  return emptySummary(path, root, false, [{ kind: 'unreadable', subject: 'outside' }]);
}

/** A file whose analysis failed unexpectedly: listed for a bug report, never a crash. */
export function failedSummary(path: string, root: string): FileSummary {
  return emptySummary(path, root, false, [{ kind: 'failed' }]);
}

function problemsOf(a: MinutesAnalysis): FileProblem[] {
  const out: FileProblem[] = [];
  const doc = a.minutes.doc;
  const fm = doc.frontMatter;
  if (doc.encoding) out.push({ kind: 'unreadable', subject: 'encoding' });
  else if (doc.parseError) out.push({ kind: 'unreadable', subject: 'markdown' });
  else if (!fm) out.push({ kind: 'front-matter', subject: 'front-matter' });
  else if (fm.error || !fm.data) out.push({ kind: 'front-matter', subject: 'yaml' });
  else if (a.minutes.meta.date === undefined) out.push({ kind: 'front-matter', subject: 'date' });
  if (doc.notReadFrom !== undefined) out.push({ kind: 'unreadable', subject: 'too-large' });
  for (const p of a.series.problems) out.push({ kind: 'series', subject: p.subject });
  if (a.configProblem) out.push({ kind: 'config', subject: a.configOutside ? 'outside' : 'config' });
  return out;
}

/** The audit's view of one analysed file; `root` is the audited folder (paths become relative to it). */
export function summarise(a: Analysis, root: string): FileSummary {
  if (!a.isMinutes) return emptySummary(a.path, root, false, [{ kind: 'not-minutes' }]);
  const m = a.minutes;
  const s = emptySummary(a.path, root, true, problemsOf(a));
  s.settings = settingsFingerprint(a.config);
  const meta = m.meta;
  s.child = meta.child;
  s.area = meta.area;
  s.team = meta.team;
  s.meeting = meta.meeting;
  s.date = meta.date === undefined ? undefined : toIso(meta.date);
  s.status = meta.status;
  s.findings = a.findings.map((f) => ({ code: f.code, severity: f.severity, dimension: f.dimension, subject: f.subject }));
  Object.assign(s, firstMeetingOf(a), seenOf(a), vocabularyOf(a));
  s.found = foundOf(a);
  const parentsText = parentsTextOf(a);
  for (const p of m.attendees) {
    if (p.attended !== 'absent') continue;
    if (p.kind === 'professional') {
      s.absentProfessionals.n++;
      if (hasReport(p.report)) s.absentProfessionals.withReport++;
    } else if (p.kind === 'parent') {
      s.absentParents.n++;
      if (isConsidered(parentsText, p, m.lexicon)) s.absentParents.considered++;
    }
  }
  const distribution = m.byId.get('distribution');
  s.shared = distribution !== undefined && !distribution.empty && hasDateShared(distributionText(m.doc, distribution), m.lexicon, meta.date);
  const escalation = sectionText(m.doc, m.byId.get('escalation'));
  const seen = new Set<string>();
  for (const r of m.reviews) {
    const due = overdueDue(a, r);
    if (due === undefined || seen.has(r.subject)) continue;
    seen.add(r.subject);
    const ref: ActionRef = { subject: r.subject, due: toIso(due) };
    s.overdue.push(ref);
    if (isDrift(a, r, due)) s.drift.push({ ...ref, escalated: isNamedIn(escalation, r, m.lexicon) });
  }
  const reviews = reviewsOf(a);
  s.reviews = reviews.state;
  s.openActions = reviews.open;
  s.unreviewed = reviews.unreviewed;
  s.overdueWithoutImpact = overdueWithoutImpact(a);
  s.outcomes = outcomesOf(a);
  // Whether the CP plan was updated after the meeting (record.ts): undefined when it cannot be told, never a pass.
  const planUpdated = planUpdatedAfter(a);
  if (planUpdated !== undefined) s.planUpdated = planUpdated;
  return s;
}
