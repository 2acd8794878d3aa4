/** Everything a check may read about the minutes being analysed, computed once per analysis. */
import type { WorkingCalendar } from '../calendar';
import type { Config, LoadedConfig } from '../config';
import type { Day } from '../dates';
import type { ActionItem, Minutes, ReviewItem, Section } from '../minutes';
import type { Span } from '../parse/model';
import type { Series } from '../series';
import type { SectionSpec } from '../template';
import type { Range } from '../types';
import { isClosedStatus } from '../vocabulary';
import { foldWords, lineBreakOf } from '../text';

export interface OpenAction {
  /** The row in the previous minutes that makes it open (an action row or a review row). */
  item: ActionItem;
  /** The previous minutes holding that row. */
  from: Minutes;
}

export interface Origin {
  action: ActionItem;
  minutes: Minutes;
  /** Index in series.previous of the meeting that set it. */
  index: number;
}

export class CheckContext {
  readonly doc;
  readonly eol: string;
  private openCache?: OpenAction[];

  constructor(
    readonly minutes: Minutes,
    readonly series: Series,
    readonly config: Config,
    readonly loadedConfig: LoadedConfig,
    readonly calendar: WorkingCalendar,
    readonly today: Day,
    readonly root: string,
  ) {
    this.doc = minutes.doc;
    this.eol = lineBreakOf(minutes.doc.text);
  }

  get date(): Day | undefined {
    return this.minutes.meta.date;
  }

  get previous(): Minutes | undefined {
    return this.series.previous[0];
  }

  range(span: Span): Range {
    return this.doc.lines.range(span.start, span.end);
  }

  /** The whole line holding `offset`. */
  lineRange(offset: number): Range {
    const line = this.doc.lines.position(offset).line;
    return { start: { line, character: 0 }, end: { line, character: this.doc.lines.lineEnd(line) - this.doc.lines.lineStart(line) } };
  }

  /** The line of a front matter key (e.g. "date"), or the front matter's first line. */
  keyRange(key: string): Range {
    const fm = this.doc.frontMatter;
    if (!fm) return this.lineRange(0);
    const re = new RegExp(`^${key.replace(/[-]/g, '\\-')}\\s*:`, 'm');
    const m = re.exec(fm.raw);
    return this.lineRange(m ? fm.rawStart + m.index : fm.start);
  }

  /** Whether the minutes have earlier minutes (or say they should), which makes a review of actions required. */
  get expectsPrevious(): boolean {
    return this.series.previous.length > 0 || this.minutes.meta.previous !== undefined || (this.minutes.meta.meeting ?? 0) > 1;
  }

  requiredSections(): SectionSpec[] {
    return this.config.sections.filter((s) => s.required === 'always' || (s.required === 'when-previous' && this.expectsPrevious));
  }

  section(id: string): Section | undefined {
    return this.minutes.byId.get(id);
  }

  /** Actions the current minutes must review: every action set last time, and every one still open in last time's review. */
  openActions(): OpenAction[] {
    if (this.openCache) return this.openCache;
    const prev = this.previous;
    const out: OpenAction[] = [];
    if (prev) {
      const seen = new Set<string>();
      for (const a of prev.actions) {
        if (seen.has(a.key)) continue;
        seen.add(a.key);
        out.push({ item: a, from: prev });
      }
      for (const r of prev.reviews) {
        if (isClosedStatus(r.status) || seen.has(r.key)) continue;
        seen.add(r.key);
        out.push({ item: r, from: prev });
      }
    }
    this.openCache = out;
    return out;
  }

  /** The review row in `m` (default: the current minutes) for an action, by id or by wording. */
  reviewOf(item: ActionItem, m: Minutes = this.minutes): ReviewItem | undefined {
    return m.reviews.find((r) => sameAction(r, item));
  }

  /** Where an action was set: the newest earlier minutes whose actions table holds it. */
  origin(item: ActionItem): Origin | undefined {
    const prev = this.series.previous;
    for (let i = 0; i < prev.length; i++) {
      const a = prev[i].actions.find((x) => sameAction(x, item));
      if (a) return { action: a, minutes: prev[i], index: i };
    }
    return undefined;
  }

  /** The date of the meeting after series.previous[index] (the current one for index 0). */
  meetingAfter(index: number): Day | undefined {
    return index === 0 ? this.date : this.series.previous[index - 1]?.meta.date;
  }

  /** The due date of a reviewed action: its own Due cell, else the cell where it was set; "next core group" resolved. */
  dueOf(item: ActionItem): Day | undefined {
    const origin = this.origin(item);
    const due = item.due.kind === 'empty' && origin ? origin.action.due : item.due;
    if (due.kind === 'date') return due.day;
    if (due.kind === 'next-meeting' && origin) return this.meetingAfter(origin.index);
    return undefined;
  }
}

export function sameAction(a: ActionItem, b: ActionItem): boolean {
  if (a.id && b.id) return a.id === b.id;
  return a.wording !== '' && foldWords(a.wording) === foldWords(b.wording);
}
