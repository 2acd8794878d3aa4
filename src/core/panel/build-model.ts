/** Analysis -> PanelModel: ratings across the series, actions with overdue/drift badges, sections, findings. */
import { carryCount, dueOf, InSeries, openActions, originOf, reviewOf } from '../actions';
import type { Analysis } from '../analyse';
import { Day, dayFromParts, findFirstDate, partsOf } from '../dates';
import type { L10n } from '../l10n';
import { dimensionWords, panelLabelWords, panelWords } from '../messages/panel';
import type { ActionItem, Minutes } from '../minutes';
import { sectionText } from '../minutes';
import { requiredSections } from '../record';
import type { ActionView, Location, OutcomeView, PanelModel, RatingLabel } from './model';
import { planHistory } from './plan-history';
import { basename } from '../paths';

const LABEL: Record<string, RatingLabel> = { red: 'Red', amber: 'Amber', green: 'Green' };

function addMonths(day: Day, months: number): Day {
  const p = partsOf(day);
  const total = p.month - 1 + months;
  const year = p.year + Math.floor(total / 12);
  const month = (total % 12) + 1;
  // Clamp to the month's last day (31 January + 1 month is 28/29 February).
  for (let d = p.day; d > 27; d--) {
    const x = dayFromParts(year, month, d);
    if (x !== undefined) return x;
  }
  return dayFromParts(year, month, p.day)!;
}

/** Review conferences: 3 months after the initial conference, then every 6 months. The first on or after `from`. */
export function nextReviewConference(icpc: Day, from: Day): Day {
  let due = addMonths(icpc, 3);
  for (let i = 0; i < 400 && due < from; i++) due = addMonths(icpc, 3 + 6 * (i + 1));
  return due;
}

function loc(m: Minutes, offset: number): Location {
  return { path: m.doc.path, line: m.doc.lines.position(offset).line };
}

function outcomeIdsOf(item: ActionItem, a: InSeries): string[] {
  return item.outcomeIds.length > 0 ? item.outcomeIds : originOf(a, item)?.action.outcomeIds ?? [];
}

/** `l10n`: the language of the panel's words (the editor passes vscode.l10n). */
export function buildPanelModel(a: Analysis, today: Day, l10n: L10n): PanelModel | undefined {
  if (!a.isMinutes) return undefined;
  const panelText = panelWords(l10n);
  const toLong = panelText.date;
  const m = a.minutes;
  const chain = [...a.series.previous].reverse().concat([m]);
  const meetings = chain.map((x) => ({
    label: x.meta.meeting !== undefined ? panelText.meetingN(x.meta.meeting) : panelText.meetingUnknown,
    date: x.meta.date !== undefined ? toLong(x.meta.date) : undefined,
    isCurrent: x === m,
  }));
  const date = m.meta.date;

  const actionView = (item: ActionItem, status: string, where: Location): ActionView => {
    const due = dueOf(a, item);
    const closed = status === 'done' || status === 'closed';
    const overdue = !closed && due !== undefined && date !== undefined && due < date;
    const carries = item === reviewOf(item, m) ? carryCount(a, item) : 0;
    const v: ActionView = {
      id: item.id, wording: item.wording, owner: item.owner,
      due: due !== undefined ? toLong(due) : item.dueText, status: panelText.status(status),
      overdue, drift: carries >= 2, carryCount: carries, ariaLabel: '', location: where,
    };
    v.ariaLabel = panelText.actionAria(v);
    return v;
  };

  const actions: { view: ActionView; outcomes: string[] }[] = [];
  for (const r of m.reviews) actions.push({ view: actionView(r, r.status, loc(m, r.span.start)), outcomes: outcomeIdsOf(r, a) });
  for (const open of openActions(a)) {
    if (reviewOf(open.item, m)) continue;
    actions.push({ view: actionView(open.item, 'not reviewed', loc(open.from, open.item.span.start)), outcomes: outcomeIdsOf(open.item, a) });
  }
  for (const x of m.actions) actions.push({ view: actionView(x, 'new', loc(m, x.span.start)), outcomes: outcomeIdsOf(x, a) });

  const ids = new Map<string, string>();
  for (const o of a.series.outcomes) ids.set(o.id, o.title);
  for (const o of m.outcomes) if (!ids.has(o.id) || !ids.get(o.id)) ids.set(o.id, o.title);

  const outcomes: OutcomeView[] = [...ids].map(([id, title]) => {
    const ratings = chain.map((x) => {
      const r = x.outcomes.find((o) => o.id === id)?.rating;
      return r ? LABEL[r] : null;
    });
    const here = m.outcomes.find((o) => o.id === id);
    const view: OutcomeView = {
      id, title,
      ratings,
      evidence: here?.evidence ?? '',
      ariaLabel: '',
      location: here ? loc(m, here.heading.start) : undefined,
      actions: actions.filter((x) => x.outcomes.includes(id)).map((x) => x.view),
    };
    const words = panelLabelWords(l10n);
    const said = (r: RatingLabel | null) => (r === null ? null : r === 'Red' ? words.red : r === 'Amber' ? words.amber : words.green);
    view.ariaLabel = panelText.outcomeAria(id, said(ratings[ratings.length - 1]), ratings.length > 1 ? said(ratings[ratings.length - 2]) : null);
    return view;
  });
  const unlinked = actions.filter((x) => !x.outcomes.some((id) => ids.has(id))).map((x) => x.view).filter((v) => v.status !== panelText.status('done') && v.status !== panelText.status('closed'));

  const required = new Set(requiredSections(a).map((r) => r.id));
  const sections = a.config.sections
    .map((spec) => {
      const s = m.byId.get(spec.id);
      return { id: spec.id, title: spec.title, present: !!s, required: required.has(spec.id), location: s ? loc(m, s.start) : undefined };
    })
    .filter((s) => s.present || s.required);

  const counts = new Map<string, number>();
  for (const f of a.findings) counts.set(f.dimension, (counts.get(f.dimension) ?? 0) + 1);
  const findings = (['Q', 'E', 'S', 'P'] as const).map((d) => ({ dimension: d, label: dimensionWords(l10n)[d], count: counts.get(d) ?? 0 }));

  const nextDay = findFirstDate(sectionText(m.doc, m.byId.get('next-meeting')));
  const icpc = chain.find((x) => x.meta.icpc !== undefined)?.meta.icpc;
  return {
    kind: 'minutes',
    labels: panelLabels(l10n),
    header: {
      child: m.meta.child ?? panelText.unknown,
      meeting: m.meta.meeting !== undefined ? panelText.meetingN(m.meta.meeting) : panelText.meetingUnknown,
      date: date !== undefined ? toLong(date) : panelText.noDate,
      chair: m.meta.chair ? panelText.chair(m.meta.chair, m.meta.chairRole) : panelText.unknown,
      nextMeeting: nextDay !== undefined ? panelText.dayFromToday(nextDay, today) : panelText.noNextMeeting,
      reviewConference: icpc !== undefined ? panelText.dayFromToday(nextReviewConference(icpc, date ?? today), today) : panelText.noIcpc,
    },
    meetings,
    outcomes,
    unlinkedActions: unlinked,
    sections,
    planFile: a.series.plan ? basename(a.series.plan.path) : undefined,
    revisions: planHistory(a, l10n),
    findings,
    totalFindings: a.findings.length,
  };
}

/** The panel's fixed words for the webview; the drift badge's count stands as "{n}". */
export function panelLabels(l10n: L10n): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(panelLabelWords(l10n))) out[k] = typeof v === 'function' ? v(Number.NaN).replace('NaN', '{n}') : v;
  return out;
}
