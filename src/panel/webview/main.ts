/**
 * The plan progress webview: draws the model it is sent and posts intents back. Document text only
 * ever reaches the page through textContent and createElement, never innerHTML.
 */
import type { ActionView, Location, PanelIntent, PanelMessage, PanelModel, RatingLabel } from '../../core/panel/model';

interface VsCodeApi {
  postMessage(m: PanelIntent): void;
  getState(): PanelMessage | undefined;
  setState(s: PanelMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;

type Child = Node | string | null | undefined | false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

/** Makes an element act like a button: focusable, Enter/Space and click run `act`. */
function actionable<T extends HTMLElement>(e: T, label: string, act: () => void): T {
  e.tabIndex = 0;
  e.setAttribute('role', 'button');
  e.setAttribute('aria-label', label);
  e.classList.add('clickable');
  e.addEventListener('click', act);
  e.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      act();
    }
  });
  return e;
}

const reveal = (location: Location) => () => vscode.postMessage({ type: 'reveal', location });

/** A rating's colour as a class, its word from the model's labels (in the editor's language). */
function rating(r: RatingLabel | null, L: Record<string, string>): HTMLElement {
  return el('span', { class: `rag rag-${(r ?? 'none').toLowerCase()}` }, r ? L[r.toLowerCase()] ?? r : L.notRated);
}

function actionRow(a: ActionView, m: PanelModel): HTMLElement {
  const L = m.labels;
  const badges = el('span', { class: 'badges' },
    a.overdue && el('span', { class: 'badge overdue' }, L.overdue),
    a.drift && el('span', { class: 'badge drift' }, L.drift.replace('{n}', String(a.carryCount))));
  const row = el('li', { class: 'action' },
    el('span', { class: 'action-id' }, a.id ?? '–'), ' ',
    el('span', { class: 'action-wording' }, a.wording), ' ', badges,
    el('div', { class: 'action-meta' }, `${L.owner}: ${a.owner || '–'} · ${L.due}: ${a.due || '–'} · ${L.status}: ${a.status}`));
  return actionable(row, a.ariaLabel, reveal(a.location));
}

function header(m: PanelModel): HTMLElement {
  const L = m.labels;
  const rows: [string, string][] = [[L.child, m.header.child], [L.meeting, `${m.header.meeting}, ${m.header.date}`], [L.chair, m.header.chair], [L.nextMeeting, m.header.nextMeeting], [L.reviewConference, m.header.reviewConference]];
  return el('dl', { class: 'header' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function outcomes(m: PanelModel): HTMLElement {
  const L = m.labels;
  const section = el('section', { 'aria-labelledby': 'h-outcomes' }, el('h2', { id: 'h-outcomes' }, L.outcomes));
  if (m.outcomes.length === 0) section.append(el('p', { class: 'muted' }, L.noOutcomes));
  for (const o of m.outcomes) {
    const title = el('h3', { class: 'outcome-title' }, `${o.id} ${o.title}`.trim());
    if (o.location) actionable(title, o.ariaLabel, reveal(o.location));
    else title.setAttribute('aria-label', o.ariaLabel);
    const timeline = el('table', { class: 'timeline' },
      el('caption', {}, L.ratings),
      el('tr', {}, ...m.meetings.map((mt) => el('th', { scope: 'col', ...(mt.isCurrent ? { 'aria-current': 'true' } : {}) }, mt.label, el('br'), el('small', {}, mt.date ?? '')))),
      el('tr', {}, ...o.ratings.map((r) => el('td', {}, rating(r, L)))));
    const list = el('ul', { class: 'actions' }, ...o.actions.map((a) => actionRow(a, m)));
    section.append(el('article', { class: 'outcome' }, title, timeline,
      el('p', { class: 'evidence' }, el('strong', {}, `${L.evidence}: `), o.evidence || L.noEvidence),
      o.actions.length ? list : el('p', { class: 'muted' }, L.noActions)));
  }
  return section;
}

/** The CP plan's revisions, newest first: which meeting changed what. */
function history(m: PanelModel): HTMLElement | undefined {
  if (!m.planFile) return undefined;
  const L = m.labels;
  const section = el('section', { 'aria-labelledby': 'h-history' }, el('h2', { id: 'h-history' }, L.history, ' ', el('small', {}, m.planFile)));
  if (m.revisions.length === 0) section.append(el('p', { class: 'muted' }, L.noRevisions));
  const list = el('ol', { class: 'revisions', reversed: '' });
  for (const r of m.revisions) {
    const title = actionable(el('h3', { class: 'revision-title' }, r.title), r.ariaLabel, reveal(r.location));
    list.append(el('li', { class: 'revision' }, title, el('ul', { class: 'changes' }, ...r.changes.map((c) => el('li', {}, c)))));
  }
  if (m.revisions.length) section.append(list);
  return section;
}

function render(msg: PanelMessage): void {
  root.replaceChildren();
  if (msg.kind === 'empty') {
    root.append(el('p', { class: 'welcome' }, msg.message));
    return;
  }
  const m = msg;
  const L = m.labels;
  root.append(header(m), outcomes(m));
  const plan = history(m);
  if (plan) root.append(plan);
  if (m.unlinkedActions.length) {
    root.append(el('section', { 'aria-labelledby': 'h-unlinked' }, el('h2', { id: 'h-unlinked' }, L.unlinked), el('ul', { class: 'actions' }, ...m.unlinkedActions.map((a) => actionRow(a, m)))));
  }
  const sections = el('ul', { class: 'sections' }, ...m.sections.map((s) => {
    const li = el('li', { class: s.present ? 'present' : 'missing' }, el('span', { class: 'mark', 'aria-hidden': 'true' }, s.present ? '✓' : '+'), ' ', s.title,
      !s.present && el('span', { class: 'muted' }, ` (${L.missing})`));
    if (s.present && s.location) return actionable(li, `${s.title}: ${L.present}`, reveal(s.location));
    return actionable(li, `${s.title}: ${L.missing}`, () => vscode.postMessage({ type: 'insertSection', id: s.id }));
  }));
  root.append(el('section', { 'aria-labelledby': 'h-sections' }, el('h2', { id: 'h-sections' }, L.sections), sections));
  const findings = el('table', { class: 'findings' }, ...m.findings.map((f) => el('tr', {}, el('th', { scope: 'row' }, f.label), el('td', {}, String(f.count)))));
  root.append(el('section', { 'aria-labelledby': 'h-findings' }, el('h2', { id: 'h-findings' }, L.findings), findings));
}

window.addEventListener('message', (e: MessageEvent<PanelMessage>) => {
  if (!e.data || (e.data.kind !== 'minutes' && e.data.kind !== 'empty')) return;
  vscode.setState(e.data);
  render(e.data);
});

const saved = vscode.getState();
if (saved) render(saved);
vscode.postMessage({ type: 'ready' });
