/**
 * Whether a file's text is a report this tool wrote, so the command line may replace it (`--out`):
 * nothing else is ever overwritten. Each format carries a marker: HTML its
 * `<meta name="generator" content="core-group ...">` in the head, Markdown a last-line comment (it
 * does not show when the Markdown is rendered), JSON its `"kind": "core-group-audit-report"`, the
 * briefing's Word file its core properties.
 */
import { strFromU8, unzipSync } from 'fflate';
import { BRIEFING_CREATOR, BRIEFING_DESCRIPTION } from './briefing-docx';

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

/**
 * Whether a file's bytes are a briefing this tool wrote as Word: a zip whose docProps/core.xml names
 * core-group as its creator and the briefing as its description (read with fflate, the zip library
 * the `docx` writer itself uses). Anything else, a damaged file included, is not ours.
 */
export function isBriefingDocx(bytes: Uint8Array): boolean {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' });
    const core = files['docProps/core.xml'];
    if (!core) return false;
    const xml = strFromU8(core);
    return xml.includes(`<dc:creator>${BRIEFING_CREATOR}</dc:creator>`) && xml.includes(`<dc:description>${BRIEFING_DESCRIPTION}</dc:description>`);
  } catch {
    return false;
  }
}
