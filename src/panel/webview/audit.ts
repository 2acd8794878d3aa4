/**
 * The audit report webview's one script: the report's body built from the core's tree of elements
 * and texts (text nodes and setAttribute only, never HTML from a string); the toolbar (Save as HTML, Markdown or JSON; Change period;
 * Compare with an earlier report; the trend by month or quarter), its labels set through textContent
 * from the toolbar's data attributes, and links that open minutes in the editor. It only posts
 * intents: the extension does the work.
 */
interface VsCodeApi {
  postMessage(m: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** The report body as the core computed it (core/audit/report-view.ts). */
type ViewNode = string | { tag: string; svg?: true; attrs: [string, string][]; children: ViewNode[] };

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element from the tree: text only through text nodes, attributes one by one. */
function build(node: ViewNode): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = node.svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [name, value] of node.attrs) el.setAttribute(name, value);
  for (const child of node.children) el.append(build(child));
  return el;
}

const vscode = acquireVsCodeApi();
const main = document.getElementById('cg-report');
if (main) {
  const nodes = JSON.parse(main.dataset.model ?? '[]') as ViewNode[];
  main.removeAttribute('data-model');
  for (const n of nodes) main.append(build(n));
}
const bar = document.getElementById('cg-toolbar');
if (bar) {
  const button = (label: string | undefined, intent: object) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label ?? '';
    b.addEventListener('click', () => vscode.postMessage(intent));
    bar.append(b, ' ');
  };
  const d = bar.dataset;
  for (const format of ['html', 'md', 'json'] as const) button(d[format], { type: 'save', format });
  button(d.period, { type: 'period' });
  button(d.compare, { type: 'compare' });
  for (const by of ['month', 'quarter', 'none'] as const) if (d.trend !== by) button(d[by], { type: 'trend', by });
}
// VS Code's webview frame also listens for link clicks, on the window, and opens the link's resolved
// address itself (a relative href becomes a "Not found" tab): the click must stop at the document.
const onLink = (open: boolean) => (e: MouseEvent) => {
  const a = (e.target as Element | null)?.closest?.('a[href]');
  if (!a) return;
  e.preventDefault();
  e.stopPropagation();
  const href = a.getAttribute('href') ?? '';
  if (open && !/^[a-z][a-z0-9+.-]*:/i.test(href)) vscode.postMessage({ type: 'open', href });
};
document.addEventListener('click', onLink(true));
document.addEventListener('auxclick', onLink(false));
