/**
 * The audit report as the report view shows it: a tree of elements and texts, which the webview
 * builds with createElement, setAttribute and text nodes (src/panel/webview/audit.ts), so that no
 * text from the minutes is ever parsed as HTML in the editor. The tree is read with parse5 from
 * the one HTML renderer (./render-html.ts), so the report view, the saved report and the command
 * line's report cannot drift apart; what parse5 reads is then held to a list of the elements and
 * attributes the renderer writes: anything else (a script, an event handler, a link with a scheme)
 * is dropped, and a test holds the renderer to the list.
 */
import { parseFragment } from 'parse5';
import type { AuditReport } from './model';
import type { RenderOptions } from './format';
import { reportBody } from './render-html';

/** An element (tag, attributes, children; `svg` for the SVG namespace) or a text. */
export type ViewNode = string | { tag: string; svg?: true; attrs: [string, string][]; children: ViewNode[] };

const HTML_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'dl', 'dt', 'dd', 'span', 'a', 'br', 'pre', 'code', 'footer', 'strong', 'em', 'small', 'div']);
const SVG_TAGS = new Set(['svg', 'title', 'rect', 'line', 'polyline', 'circle', 'text', 'g']);
const ATTRS = new Set(['class', 'href', 'aria-label', 'role', 'scope', 'rowspan', 'colspan', 'width', 'height', 'viewBox', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'points', 'preserveAspectRatio']);

/** A link may only lead to a relative address (a file of the workspace), never to a scheme such as javascript:. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

interface Parsed {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parsed[];
  content?: Parsed;
}

function viewOf(node: Parsed, dropped: string[]): ViewNode[] {
  if (node.nodeName === '#text') return [node.value ?? ''];
  if (!node.tagName) return []; // comments
  const svg = node.namespaceURI === 'http://www.w3.org/2000/svg';
  const known = svg ? SVG_TAGS.has(node.tagName) : HTML_TAGS.has(node.tagName);
  if (!known) {
    dropped.push(node.tagName);
    return [];
  }
  const attrs: [string, string][] = [];
  for (const a of node.attrs ?? []) {
    if (!ATTRS.has(a.name) || (a.name === 'href' && SCHEME.test(a.value.trim()))) dropped.push(`${node.tagName}[${a.name}]`);
    else attrs.push([a.name, a.value]);
  }
  const children = (node.childNodes ?? []).flatMap((c) => viewOf(c, dropped));
  return [svg ? { tag: node.tagName, svg: true, attrs, children } : { tag: node.tagName, attrs, children }];
}

/** The report's body as the view builds it, and what was left out of it (the renderer never writes anything that is). */
export function reportView(report: AuditReport, opts: RenderOptions = {}): { nodes: ViewNode[]; dropped: string[] } {
  return viewOfHtml(reportBody(report, opts));
}

/** The tree of an HTML fragment, held to the lists above. */
export function viewOfHtml(html: string): { nodes: ViewNode[]; dropped: string[] } {
  const dropped: string[] = [];
  // parse5's node types, narrowed to the fields read here.
  const fragment = parseFragment(html) as unknown as Parsed;
  return { nodes: (fragment.childNodes ?? []).flatMap((c) => viewOf(c, dropped)), dropped };
}
