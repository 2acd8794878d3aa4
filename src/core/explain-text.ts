/**
 * The explain model as plain text for a terminal: one block per part of the reading. Everything in
 * it comes from the document or its path, so control characters and line breaks are shown as
 * escapes (./escape.ts): a heading, a cell or a file name can neither forge a line nor send an
 * escape sequence to the terminal.
 */
import { escapeControls } from './escape';
import type { ExplainModel } from './explain';

function table(raw: string[][]): string[] {
  if (raw.length === 0) return ['  (none)'];
  const rows = raw.map((r) => r.map(escapeControls));
  const widths = rows[0].map((_, i) => Math.min(48, Math.max(...rows.map((r) => (r[i] ?? '').length))));
  return rows.map((r) => '  ' + r.map((c, i) => (i === r.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]))).join('  ').trimEnd());
}

export function explainText(e: ExplainModel): string {
  const out: string[] = [];
  const meta = e.meta;
  out.push(`How core-group read ${e.file}`, '');
  out.push(`Procedure pack: ${e.procedure}${e.configFile ? ` (settings: ${e.configFile})` : ' (no .coregroup.json: the standard settings)'}`);
  out.push(`Child ${meta.child ?? '(not recorded)'}, meeting ${meta.meeting ?? '(not recorded)'} on ${meta.date ?? '(no date)'}; chair ${meta.chair ?? '(not recorded)'}${meta.chairRole ? ` (${meta.chairRole})` : ''}${meta.icpc ? `; initial conference ${meta.icpc}` : ''}`);
  out.push(`Status: ${e.draft ? 'draft (left out of the audit and of later minutes\' series)' : meta.status ?? 'final'}`, '');
  out.push('Headings');
  out.push(...table(e.headings.map((h) => [`line ${h.line}`, h.form, h.text, h.sections.length ? '-> ' + h.sections.join(' + ') : '-> (no section)', h.rule])), '');
  out.push('Sections of the template');
  out.push(...table(e.sections.map((s) => [s.title, s.found ? `lines ${s.lines}${s.empty ? ', empty' : ''}` : s.required ? 'NOT FOUND (required)' : 'not found (optional)'])), '');
  out.push('Tables');
  out.push(...table(e.tables.map((t) => [`line ${t.line}`, t.section, t.columns.map((c) => `${c.header} -> ${c.readAs ?? '?'}`).join('; ')])), '');
  out.push('People');
  out.push(...table(e.people.map((p) => [`line ${p.line}`, p.name, p.role || '(no role)', p.kind, p.attended, p.report ? `report: ${p.report}` : ''])), '');
  out.push('Actions reviewed');
  out.push(...table(e.reviews.map((r) => [`line ${r.line}`, r.subject, `owner ${r.owner}`, `due ${r.due}`, `status ${r.status}${r.statusText ? ` ("${r.statusText}")` : ''}`])), '');
  out.push('Actions set');
  out.push(...table(e.actions.map((x) => [`line ${x.line}`, x.subject, `owner ${x.owner}`, `due ${x.due}`, `outcome ${x.outcome}`])), '');
  out.push('Outcomes reviewed');
  out.push(...table(e.outcomes.map((o) => [`line ${o.line}`, o.id, o.title, o.rating])), '');
  out.push('The series');
  if (e.series.previous.length === 0) out.push('  No earlier minutes.');
  for (const p of e.series.previous) out.push(`  ${p.file}: meeting ${p.meeting ?? '?'} on ${p.date ?? '?'} (${p.found})`);
  out.push(`  Plan: ${e.series.plan ?? '(no CP plan file; outcomes from the earlier minutes)'}; outcomes ${e.series.planOutcomes.join(', ') || '(none)'}`);
  out.push(`  Open actions to review: ${e.series.open.join(', ') || '(none)'}`, '');
  out.push('Findings');
  out.push(...table(e.findings.map((f) => [`line ${f.line}`, f.code, f.subject, f.message])));
  // Each entry is one line: escaped whole (the table cells already were, before their widths were measured).
  return out.map(escapeControls).join('\n') + '\n';
}
