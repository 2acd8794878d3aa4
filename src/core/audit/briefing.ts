/**
 * The 7-minute briefing (the one-page format safeguarding partnerships use to brief partners),
 * drafted from a report: why it matters, what we found (the weakest measures and the most frequent
 * findings, and with a comparison what changed beyond chance, a change for the worse never left
 * out), what good looks like and the questions to consider (for those measures), what to do
 * differently (from the findings), the
 * figures with their definitions, and where to find more. Aggregate figures only: no child, family,
 * file or area is named. The view-model both the HTML and the Word renderings draw.
 */
import { briefingText as B } from '../messages/briefing';
import { percent, periodText, result } from './format';
import type { AuditReport, Measure, MeasureChange, MeasureId } from './model';

export interface BriefingPart {
  id: 'why' | 'found' | 'good' | 'differently' | 'questions' | 'figures' | 'more';
  heading: string;
  paragraphs: string[];
  bullets: string[];
}

export interface BriefingFigure {
  label: string;
  result: string;
  definition: string;
}

export interface Briefing {
  title: string;
  subtitle: string;
  parts: BriefingPart[];
  figures: BriefingFigure[];
  figuresNote: string;
  footer: string;
}

/** How many measures the briefing dwells on: the weakest (lowest share meeting them, worst first). */
const FOCUS = 3;
const FINDINGS = 2;
/** Changes beyond chance named under what we found, the clearest first. */
const CHANGES = 3;

/** How far a measure is from good: the share not meeting it (or meeting it, where fewer is better). */
function shortfall(m: Measure): number {
  const p = percent(m.n, m.N)!;
  return m.higherIsBetter ? 100 - p : p;
}

export function weakest(report: AuditReport, k = FOCUS): Measure[] {
  return report.overall
    .filter((m) => m.N > 0 && shortfall(m) > 0)
    .sort((a, b) => shortfall(b) - shortfall(a) || Number(b.impact) - Number(a.impact) || b.N - a.N)
    .slice(0, k);
}

/**
 * The changes beyond chance to name, the clearest first; when any is worse, the clearest worse one
 * is always among them, so a briefing never reports only the good news when the figures hold bad.
 */
export function changesToName(report: AuditReport, k = CHANGES): MeasureChange[] {
  const called = (report.comparison?.overall ?? []).filter((c) => c.verdict === 'better' || c.verdict === 'worse').sort((a, b) => a.test!.p - b.test!.p || Number(b.higherIsBetter) - Number(a.higherIsBetter));
  const named = called.slice(0, k);
  const worse = called.find((c) => c.verdict === 'worse');
  if (worse && !named.includes(worse)) named[named.length - 1] = worse;
  return named;
}

export function buildBriefing(report: AuditReport): Briefing {
  const focus = weakest(report);
  const part = (id: BriefingPart['id'], paragraphs: string[], bullets: string[] = []): BriefingPart => ({ id, heading: B.parts[id], paragraphs, bullets });
  const found = [B.found.measured(report.files.minutes, report.files.children)];
  const foundBullets = focus.map((m) => B.found.weakest(m.label, result(m)));
  for (const f of report.topFindings.slice(0, FINDINGS)) foundBullets.push(B.found.frequent(f.description, f.files, report.files.minutes));
  for (const c of changesToName(report)) foundBullets.push(B.found.change(c.label, c.statement));
  // Minutes some measure could not assess (the most for any one measure), said when headings went unread
  // (the CP plan measure is left aside: it needs a plan file, not a heading).
  const unread = report.unrecognised.headings.length + report.unrecognised.columns.length > 0;
  const na = unread ? Math.max(0, ...report.overall.filter((m) => m.id !== 'plan-updated').map((m) => (m.notAssessableUnit === 'minutes' ? m.notAssessable : 0))) : 0;
  if (na > 0) foundBullets.push(B.found.notAssessable(na));
  const differently = report.topFindings.slice(0, FINDINGS).map((f) => B.differently.finding(f.description));
  if (na > 0) differently.push(B.differently.vocabulary);
  if (differently.length === 0) differently.push(B.differently.fallback);
  const shown = new Set<MeasureId>([...report.overall.filter((m) => m.impact).map((m) => m.id), ...focus.map((m) => m.id)]);
  const figures = report.overall.filter((m) => shown.has(m.id)).map((m) => ({ label: m.label, result: result(m), definition: m.definition }));
  const ids = focus.length > 0 ? focus.map((m) => m.id) : (['effective', 'shared', 'absent-parents'] as MeasureId[]);
  return {
    title: B.title,
    subtitle: B.subtitle(periodText(report.period), report.folder, report.generated),
    parts: [
      part('why', B.why),
      part('found', found, foundBullets),
      part('good', [], ids.map((id) => B.good[id])),
      part('differently', [], differently),
      part('questions', [], ids.map((id) => B.questions[id])),
      part('figures', [B.figuresNote]),
      part('more', [], B.more),
    ],
    figures,
    figuresNote: B.figuresNote,
    footer: B.footer(report.tool.version),
  };
}
