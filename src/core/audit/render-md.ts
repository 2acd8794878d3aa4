/** The audit as Markdown, for pasting into a briefing. Every figure is "n of N (p%)". */
import { auditText } from '../messages/audit';
import { actionText, escapeMd, groupName, hrefFor, RenderOptions, result } from './format';
import type { AuditReport, Group } from './model';
import { MARKDOWN_MARKER } from './own-output';
import { scope } from './render-html';
import { comparisonMd, trendMd, unrecognisedMd } from './render-md-extra';

const A = auditText;

export function row(cells: string[]): string {
  return '| ' + cells.join(' | ') + ' |';
}

export function table(header: string[], rows: string[][]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

function groupTable(title: string, column: string, groups: Group[]): string[] {
  if (groups.length === 0) return [];
  const header = [column, A.columns.minutes, ...groups[0].measures.map((m) => m.short)];
  const rows = groups.map((g) => [escapeMd(groupName(g.name)), String(g.minutes), ...g.measures.map((m) => result(m))]);
  return [`## ${title}`, '', ...table(header, rows), ''];
}

export function renderMarkdown(report: AuditReport, opts: RenderOptions = {}): string {
  const base = opts.linkBase ?? '';
  const max = opts.maxListed ?? 50;
  const out: string[] = [
    `# ${A.title}`,
    '',
    escapeMd(A.intro(report.files.minutes, report.files.children, report.folder, report.generated)),
    '',
    ...scope(report).flatMap((line) => [escapeMd(line), '']),
    A.method,
    '',
  ];
  if (report.problems.length > 0) out.push(...report.problems.map((p) => `- **${escapeMd(p.summary)}** (${A.headings.problems.toLowerCase()} below)`), '');
  out.push(`## ${A.headings.overall}`, '', ...table([A.columns.measure, A.columns.result], report.overall.map((m) => [m.label, result(m)])), '');
  out.push(...comparisonMd(report), ...trendMd(report));
  out.push(...groupTable(A.headings.byArea, A.columns.area, report.byArea));
  out.push(...groupTable(A.headings.byTeam, A.columns.team, report.byTeam));

  out.push(`## ${A.headings.topFindings}`, '');
  if (report.topFindings.length === 0) out.push(A.noFindings, '');
  else {
    const rows = report.topFindings.map((f) => [`${f.code} ${f.name}`, String(f.count), result({ n: f.files, N: report.files.minutes }), escapeMd(f.description)]);
    out.push(...table([A.columns.code, A.columns.findings, A.columns.files, A.columns.what], rows), '');
  }

  out.push(`## ${A.headings.children}`, '');
  if (report.children.length === 0) out.push(A.noChildren, '');
  else {
    const rows = report.children.map((c) => [
      escapeMd(c.child),
      escapeMd(groupName(c.area)),
      escapeMd(groupName(c.team)),
      `[${escapeMd(c.latest)}](<${hrefFor(base, c.latest)}>)`,
      c.overdue.map((a) => escapeMd(actionText(a))).join(', ') || '–',
      c.drift.map((a) => escapeMd(actionText(a))).join(', ') || '–',
    ]);
    out.push(...table([A.columns.child, A.columns.area, A.columns.team, A.columns.latest, A.columns.overdue, A.columns.drift], rows), '');
  }

  out.push(...unrecognisedMd(report));
  if (report.problems.length > 0) {
    out.push(`## ${A.headings.problems}`, '');
    for (const p of report.problems) {
      out.push(`- ${escapeMd(p.summary)}:`);
      for (const f of p.files.slice(0, max)) {
        const why = f.subject ? ` (${A.problemSubjects[f.subject] ?? escapeMd(f.subject)})` : '';
        out.push(`  - [${escapeMd(f.path)}](<${hrefFor(base, f.path)}>)${why}`);
      }
      if (p.files.length > max) out.push(`  - ${A.moreFiles(p.files.length - max)}`);
    }
    out.push('');
  }

  out.push(`## ${A.headings.definitions}`, '');
  for (const m of report.overall) out.push(`- **${m.label}**: ${m.definition}`);
  out.push('', `_${escapeMd(A.footer(report.tool.version))}_`, '', MARKDOWN_MARKER, '');
  return out.join('\n');
}
