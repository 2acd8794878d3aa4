/**
 * The words the core writes for the editor are translatable the way the editor's own are: every
 * message the panel, the status bar, the preview and the audit report use at run time is a key of
 * l10n/bundle.l10n.json (so a translator's copy of that file reaches it), and what they show is the
 * translation. The translation here is @vscode/l10n-dev's pseudo-localisation of the committed
 * bundle ("Meeting" becomes "Ḿḗḗḗḗŧīƞɠ"), so no English word of ours can pass unnoticed.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { getL10nPseudoLocalized } from '@vscode/l10n-dev';
import { buildReport, compareReports, renderHtml, renderMarkdown, reportView, type ViewNode } from '../../src/core/audit';
import { english, fill, type L10n } from '../../src/core/l10n';
import { buildPanelModel } from '../../src/core/panel/build-model';
import { statusModel } from '../../src/core/panel/status';
import { meetingDetails, ratingLabel } from '../../src/core/preview';
import { analyserFor, TODAY } from './helpers/analyser';
import { mkSummary } from './helpers/file-summary';
import { FsReader, toPosix } from './helpers/fs-reader';

const project = resolve(__dirname, '../../..');
const bundle: Record<string, string> = JSON.parse(readFileSync(join(project, 'l10n/bundle.l10n.json'), 'utf8'));
const pseudo = getL10nPseudoLocalized(bundle) as Record<string, string>;

/** A translator from the pseudo-localised bundle that notes every message the bundle lacks. */
function pseudoL10n(): L10n & { missing: Set<string> } {
  const missing = new Set<string>();
  return { missing, t: (message, ...args) => (message in pseudo ? fill(pseudo[message], args) : (missing.add(message), fill(message, args))) };
}

/** The bundle's English words long enough not to turn up by chance in text from the minutes. */
const ENGLISH = Object.keys(bundle).filter((k) => !/\{\d+\}/.test(k) && k.length >= 12);
const englishIn = (text: string) => ENGLISH.filter((w) => text.includes(w));

const texts = (nodes: ViewNode[]): string[] => nodes.flatMap((n) => (typeof n === 'string' ? [n] : texts(n.children)));

describe('localisation of the words the core writes for the editor', () => {
  it('fills {0}, {1}... as vscode.l10n.t does, leaving a brace that names no argument as written', () => {
    assert.equal(english.t('{0} of {1} ({2}%)', 3, 4, 75), '3 of 4 (75%)');
    assert.equal(english.t('{"sections": {1}} {0}', 'a'), '{"sections": {1}} a');
    assert.equal(fill('{0}{0}', ['x']), 'xx');
  });

  it('the panel: every message is in the bundle, and every label, header value and status word is the translation', async () => {
    const workspace = toPosix(resolve(project, 'test/fixtures/workspace'));
    const a = await analyserFor(new FsReader()).analyse({ path: `${workspace}/child-a/2026-10-01-core-group.md`, root: workspace });
    const l10n = pseudoL10n();
    const m = buildPanelModel(a, TODAY, l10n)!;
    assert.deepEqual([...l10n.missing], []);
    for (const [key, label] of Object.entries(m.labels)) assert.ok(!/^[\x20-\x7e]*$/.test(label.replace('{n}', '')), `label ${key} is translated: ${label}`);
    assert.equal(m.meetings[0].label, fill(pseudo['Meeting {0}'], [1]));
    assert.match(m.meetings[0].date!, new RegExp(`^3 ${pseudo['September']} 2026$`));
    const inEnglish = buildPanelModel(a, TODAY, english)!;
    assert.notEqual(m.header.nextMeeting, inEnglish.header.nextMeeting);
    for (const o of m.outcomes) assert.deepEqual(englishIn(o.ariaLabel), [], o.ariaLabel);
    for (const act of m.outcomes.flatMap((o) => o.actions)) assert.ok(Object.values(pseudo).includes(act.status), `status ${act.status}`);
    assert.deepEqual(m.findings.map((f) => f.label), ['quality of minutes', 'effectiveness of the core group', "the child's safety", 'partnership working'].map((k) => pseudo[k]));
  });

  it('the status bar and the preview: every message is in the bundle and shown translated', () => {
    const l10n = pseudoL10n();
    const none = statusModel([], l10n);
    const some = statusModel([{ dimension: 'Q' }, { dimension: 'S' }, { dimension: 'S' }], l10n);
    const details = meetingDetails('type: core-group-minutes\nchild: K.M.\ndate: 2026-10-01\nmeeting: 1\nchair: Jo Bloggs\nchair-role: team manager\nstatus: draft', l10n)!;
    const badge = ratingLabel('amber', l10n);
    assert.deepEqual([...l10n.missing], []);
    assert.deepEqual(englishIn([none.tooltip, some.tooltip, some.text].join('\n')), []);
    assert.ok(some.tooltip.startsWith(pseudo['Core group minutes: {0} findings ({1}). Select to open the Problems view.'].split('{0}')[0]), some.tooltip);
    assert.deepEqual(details.map((d) => d.label), ['Child', 'Date of the meeting', 'Core group meeting', 'Chair', 'Status'].map((k) => pseudo[k]));
    assert.equal(details[1].value, `1 ${pseudo['October']} 2026`);
    assert.deepEqual(badge, { text: pseudo['Amber'], aria: fill(pseudo['Rating: {0}'], [pseudo['Amber']]) });
  });

  it('the audit report: every message is in the bundle, the report view, HTML and Markdown are translated, the saved JSON keeps English', () => {
    const opts = { folder: 'minutes', generated: '2026-12-01', version: '9.9.9', trend: 'quarter' as const };
    const summaries = [
      mkSummary('k/2026-09-01.md', { child: 'K', area: 'North', team: 'T1', date: '2026-09-01', meeting: 1, firstChair: 'manager', overdue: [{ subject: 'A1', due: '2026-08-01' }], drift: [{ subject: 'A1', due: '2026-08-01', escalated: true }] }),
      mkSummary('k/2026-10-01.md', { child: 'K', area: 'North', team: 'T1', date: '2026-10-01', shared: false, unrecognised: { headings: ['Wishes and feelings'], columns: [] } }),
      mkSummary('k/draft.md', { child: 'K', date: '2027-01-01' }),
      mkSummary('x/broken.md', { isMinutes: false, problems: [{ kind: 'unreadable' }] }),
    ];
    const report = buildReport(summaries, opts);
    report.comparison = compareReports(report, buildReport(summaries.slice(0, 1), opts));
    const saved = JSON.stringify(report);
    const l10n = pseudoL10n();
    const view = texts(reportView(report, { l10n }).nodes).join('\n');
    const html = renderHtml(report, { l10n });
    const md = renderMarkdown(report, { l10n });
    assert.deepEqual([...l10n.missing], []);
    for (const [name, text] of [['report view', view], ['HTML', html], ['Markdown', md]]) {
      assert.deepEqual(englishIn(text), [], `${name}: no English of ours left`);
      for (const k of ['Thematic audit of core group minutes', 'The whole set', 'Then and now', 'Quarter by quarter', 'Minutes recorded as shared']) assert.ok(text.includes(pseudo[k]), `${name} has "${k}" translated`);
    }
    assert.equal(JSON.stringify(report), saved, 'rendering changes nothing in the report');
    assert.ok(saved.includes('"label":"Minutes recorded as shared"') && !saved.includes(pseudo['Minutes recorded as shared']), 'the saved report keeps English');
    assert.ok(renderHtml(report).includes('<h2>The whole set</h2>'), 'English when no translator is given (the command line)');
  });
});
