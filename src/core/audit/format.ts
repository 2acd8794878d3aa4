/** Shared by the Markdown and HTML reports: figures as "n of N (p%)", group names, links, escaping. */
import { auditText } from '../messages/audit';
import { escapeControls } from '../escape';
import type { ActionRef, Measure } from './model';

/** Whole percent, rounded half up; undefined when there is nothing to count. */
export function percent(n: number, N: number): number | undefined {
  return N === 0 ? undefined : Math.round((100 * n) / N);
}

/** Never a bare percentage: "12 of 20 (60%)". */
export function result(m: Pick<Measure, 'n' | 'N'>): string {
  const p = percent(m.n, m.N);
  return p === undefined ? auditText.noCases(m.N) : auditText.nOfN(m.n, m.N, p);
}

export function groupName(name: string | null): string {
  return name ?? auditText.notRecorded;
}

export function actionText(a: ActionRef): string {
  return `${a.subject} (${auditText.due(a.due)}${a.escalated ? ', ' + auditText.escalated : ''})`;
}

/** A relative link to a file of the audit: `base` leads from the report to the audited folder. */
export function hrefFor(base: string, path: string): string {
  const full = base === '' || base === '.' ? path : base.replace(/\/$/, '') + '/' + path;
  return full.split('/').map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg))).join('/');
}

/** Control characters become visible escapes too: a report printed to a terminal sends it no escape sequence. */
export function escapeHtml(text: string): string {
  return escapeControls(text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!));
}

/** Text from the minutes inside Markdown (inline: a table cell or list item): no HTML, emphasis, links or table breaks. */
export function escapeMd(text: string): string {
  return escapeControls(
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~]/g, (c) => '\\' + c),
  );
}

export interface RenderOptions {
  /** Relative path from the report's folder to the audited folder, for links to the minutes ('' when the same). */
  linkBase?: string;
  /** How many files to list per problem in HTML and Markdown (JSON always lists all). */
  maxListed?: number;
  /** HTML only: a nonce for the inline <style>, for a host with a Content-Security-Policy (a VS Code webview). */
  styleNonce?: string;
}
