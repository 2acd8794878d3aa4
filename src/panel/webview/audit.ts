/** The audit report webview's one script: Save buttons, and links that open minutes in the editor. */
interface VsCodeApi {
  postMessage(m: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const bar = document.getElementById('cg-toolbar');
if (bar) {
  for (const [format, label] of [['html', bar.dataset.html], ['md', bar.dataset.md]] as const) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label ?? format;
    b.addEventListener('click', () => vscode.postMessage({ type: 'save', format }));
    bar.append(b, ' ');
  }
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
