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
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a[href]');
  if (!a) return;
  e.preventDefault();
  const href = a.getAttribute('href') ?? '';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) vscode.postMessage({ type: 'open', href });
});
