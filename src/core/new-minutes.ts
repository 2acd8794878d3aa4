/**
 * The next meeting's minutes, from the current ones: front matter with the next meeting number and a
 * `previous` link, every template heading with its prompt, the review table pre-filled with every
 * open action, and the plan's outcomes as subsections. New action ids continue the series.
 */
import { InSeries, openActionsAfter } from './actions';
import type { Analysis } from './analyse';
import { findFirstDate, toIso, toLong } from './dates';
import { newMinutesText } from './messages/new-minutes';
import { inlinePrompts, promptFor } from './messages/template';
import { planOutcomes, sectionText } from './minutes';
import { basename } from './paths';
import { ACTIONS_HEADER, ATTENDANCE_HEADER, REVIEW_HEADER, tableCell, tableHead } from './template-tables';

export interface NewMinutes {
  fileName: string;
  text: string;
}

/** The highest action number used anywhere in the series, so new ids continue it. */
export function nextActionNumber(a: InSeries): number {
  let max = 0;
  for (const m of [a.minutes, ...a.series.previous]) {
    for (const x of [...m.actions, ...m.reviews]) {
      const n = x.id ? parseInt(x.id.replace(/^\D+/, ''), 10) : NaN;
      if (n > max) max = n;
    }
  }
  return max + 1;
}

/** The next free action ID of the series: the letters its IDs use (A by default) and the next number. */
export function nextActionId(a: InSeries): string {
  let best: { n: number; letters: string } | undefined;
  for (const m of [a.minutes, ...a.series.previous]) {
    for (const x of [...m.actions, ...m.reviews]) {
      const id = /^([A-Za-z]+)(\d+)/.exec(x.id ?? '');
      if (id && (!best || +id[2] > best.n)) best = { n: +id[2], letters: id[1].toUpperCase() };
    }
  }
  return `${best?.letters ?? 'A'}${nextActionNumber(a)}`;
}

/** The `cg-action` completion: one row of the revised plan, its ID the next free one (a static snippet cannot know it). */
export function actionRowSnippet(id: string): string {
  return `| \${1:${id}} | \${2:what will be done} | \${3:O1} | \${4:who} | \${5:due date} |$0`;
}

export function newMinutesFrom(a: Analysis): NewMinutes {
  if (!a.isMinutes) throw new Error('not minutes');
  const m = a.minutes;
  const meta = m.meta;
  const nextDate = findFirstDate(sectionText(m.doc, m.byId.get('next-meeting')));
  const currentName = basename(m.doc.path);
  const dateText = nextDate !== undefined ? toIso(nextDate) : '';
  const fileName = nextDate !== undefined && /\d{4}-\d{2}-\d{2}/.test(currentName)
    ? currentName.replace(/\d{4}-\d{2}-\d{2}/, dateText)
    : `${dateText || `meeting-${(meta.meeting ?? 0) + 1}`}-core-group.md`;
  const fm = [
    '---',
    'type: core-group-minutes',
    `child: ${meta.child ?? ''}`,
    `date: ${dateText}`,
    `meeting: ${meta.meeting !== undefined ? meta.meeting + 1 : ''}`,
    `chair: ${meta.chair ?? ''}`,
    `chair-role: ${meta.chairRole ?? ''}`,
    `previous: ./${currentName}`,
    ...(meta.plan ? [`plan: ${meta.plan}`] : []),
    ...(meta.area ? [`area: ${meta.area}`] : []),
    ...(meta.team ? [`team: ${meta.team}`] : []),
    '---',
  ];
  const out: string[] = [...fm, '', `# Core group meeting: ${meta.child ?? ''}${nextDate !== undefined ? `, ${toLong(nextDate)}` : ''}`, ''];
  const ratings = new Map(m.outcomes.map((o) => [o.id, o.rating]));
  // The plan's latest revision (it may be this meeting's own), or for a plan without revisions its outcomes as before.
  const plan = a.series.plan;
  const outcomes = a.series.outcomesFrom === 'plan' && plan ? planOutcomes(plan.doc, { lexicon: m.lexicon }) : [
    ...m.outcomes.map((o) => ({ id: o.id, title: o.title })),
  ];
  for (const spec of a.config.sections) {
    if (spec.required === 'optional') continue;
    out.push(`## ${spec.title}`, '');
    switch (spec.id) {
      case 'attendance':
        out.push(promptFor(spec.id, spec.title), '', ...tableHead(ATTENDANCE_HEADER));
        for (const p of m.attendees) out.push(`| ${tableCell(p.name)} | ${tableCell(p.role)} |  |  |`);
        break;
      case 'previous-actions':
        out.push(promptFor(spec.id, spec.title), '', ...tableHead(REVIEW_HEADER));
        for (const x of openActionsAfter(a)) out.push(`| ${x.id ?? ''} | ${tableCell(x.wording)} | ${tableCell(x.owner)} | ${tableCell(x.dueText)} |  |  |  |`);
        break;
      case 'plan-progress':
        if (outcomes.length === 0) out.push(promptFor(spec.id, spec.title));
        outcomes.forEach((o, i) => {
          const last = ratings.get(o.id);
          if (i > 0) out.push('');
          out.push(`### ${o.id}${o.title ? ' ' + o.title : ''}`, '', `Progress: <!-- ${inlinePrompts.rating}${last ? `; last time ${last[0].toUpperCase()}${last.slice(1)}` : ''} -->`, '', `<!-- ${inlinePrompts.evidence} -->`);
        });
        break;
      case 'actions':
        out.push(`<!-- ${newMinutesText.actionsPrompt(nextActionNumber(a))} -->`, '', ...tableHead(ACTIONS_HEADER));
        break;
      case 'distribution':
        out.push(`Shared with: <!-- ${inlinePrompts.sharedWith} -->`, 'Date shared: ', `Agreed by: <!-- ${inlinePrompts.agreedBy} -->`);
        break;
      default:
        out.push(promptFor(spec.id, spec.title));
    }
    out.push('');
  }
  return { fileName, text: out.join('\n') };
}
