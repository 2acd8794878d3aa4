/**
 * Whether a file's text is a report this tool wrote, so the command line may replace it (`--out`):
 * nothing else is ever overwritten. Each format carries a marker: HTML its
 * `<meta name="generator" content="core-group ...">` in the head, Markdown a last-line comment (it
 * does not show when the Markdown is rendered), JSON its `"kind": "core-group-audit-report"` (the
 * briefing's Word file: ./own-docx.ts).
 */

export const MARKDOWN_MARKER = '<!-- core-group audit report: written by core-group; writing the audit to this file again replaces it -->';

export function isReportText(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*<!doctype html>/i.test(head) && /<meta name="generator" content="core-group /.test(head)) return true;
  if (text.trimEnd().endsWith(MARKDOWN_MARKER)) return true;
  if (!/^\s*\{/.test(head)) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'core-group-audit-report';
  } catch {
    return false;
  }
}

