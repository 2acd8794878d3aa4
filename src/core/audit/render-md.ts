/** The audit as Markdown, for pasting into a briefing. Every figure is "n of N (p%)". */
import type { L10n } from '../l10n';
import { auditWords } from '../messages/audit';
import { actionText, escapeMd, groupName, hrefFor, measureWords, problemSummary, RenderOptions, result } from './format';
import type { AuditReport, Group } from './model';
import { MARKDOWN_MARKER } from './own-output';
import { scope } from './render-html';
import { comparisonMd, trendMd, unrecognisedMd } from './render-md-extra';

export function row(cells: string[]): string {
  return '| ' + cells.join(' | ') + ' |';
}

export function table(header: string[], rows: string[][]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function groupTable(title: string, column: string, groups: Group[], l10n?: L10n): string[] {
  if (groups.length === 0) return [];
  const header = [column, auditWords(l10n).columns.minutes, ...groups[0].measures.map((m) => measureWords(m, l10n).short)];
  const rows = groups.map((g) => [escapeMd(groupName(g.name, l10n)), String(g.minutes), ...g.measures.map((m) => result(m, l10n))]);
  return [`## ${title}`, '', ...table(header, rows), ''];
}

export function renderMarkdown(report: AuditReport, opts: RenderOptions = {}): string {
  const base = opts.linkBase ?? '';
  const max = opts.maxListed ?? 50;
  const l10n = opts.l10n;
  const A = auditWords(l10n);
  const out: string[] = [
    `# ${A.title}`,
    '',
    escapeMd(A.intro(report.files.minutes, report.files.children, report.folder, report.generated)),
    '',
    ...scope(report, l10n).flatMap((line) => [escapeMd(line), '']),
    A.method,
    '',
  ];
  if (report.problems.length > 0) out.push(...report.problems.map((p) => `- **${escapeMd(problemSummary(p, l10n))}** (${A.headings.problems.toLowerCase()} below)`), '');
  out.push(`## ${A.headings.overall}`, '', ...table([A.columns.measure, A.columns.result], report.overall.map((m) => [measureWords(m, l10n).label, result(m, l10n)])), '');
  out.push(...comparisonMd(report, l10n), ...trendMd(report, l10n));
  out.push(...groupTable(A.headings.byArea, A.columns.area, report.byArea, l10n));
  out.push(...groupTable(A.headings.byTeam, A.columns.team, report.byTeam, l10n));

  out.push(`## ${A.headings.topFindings}`, '');
  if (report.topFindings.length === 0) out.push(A.noFindings, '');
  else {
    const rows = report.topFindings.map((f) => [`${f.code} ${f.name}`, String(f.count), result({ n: f.files, N: report.files.minutes }, l10n), escapeMd(f.description)]);
    out.push(...table([A.columns.code, A.columns.findings, A.columns.files, A.columns.what], rows), '');
  }

  out.push(`## ${A.headings.children}`, '');
  if (report.children.length === 0) out.push(A.noChildren, '');
  else {
    const rows = report.children.map((c) => [
      escapeMd(c.child),
      escapeMd(groupName(c.area, l10n)),
      escapeMd(groupName(c.team, l10n)),
      `[${escapeMd(c.latest)}](<${hrefFor(base, c.latest)}>)`,
      c.overdue.map((a) => escapeMd(actionText(a, l10n))).join(', ') || '–',
      c.drift.map((a) => escapeMd(actionText(a, l10n))).join(', ') || '–',
    ]);
    out.push(...table([A.columns.child, A.columns.area, A.columns.team, A.columns.latest, A.columns.overdue, A.columns.drift], rows), '');
  }

  out.push(...unrecognisedMd(report, l10n));
  if (report.problems.length > 0) {
    out.push(`## ${A.headings.problems}`, '');
    for (const p of report.problems) {
      out.push(`- ${escapeMd(problemSummary(p, l10n))}:`);
      for (const f of p.files.slice(0, max)) {
        const why = f.subject ? ` (${A.problemSubjects[f.subject] ?? escapeMd(f.subject)})` : '';
        out.push(`  - [${escapeMd(f.path)}](<${hrefFor(base, f.path)}>)${why}`);
      }
      if (p.files.length > max) out.push(`  - ${A.moreFiles(p.files.length - max)}`);
    }
    out.push('');
  }

  out.push(`## ${A.headings.definitions}`, '');
  for (const m of report.overall.map((x) => measureWords(x, l10n))) out.push(`- **${m.label}**: ${m.definition}`);
  out.push('', `_${escapeMd(A.footer(report.tool.version))}_`, '', MARKDOWN_MARKER, '');
  return out.join('\n');
}
