/** Everything a check may read about the minutes being analysed, computed once per analysis. */
import type { WorkingCalendar } from '../calendar';
import type { Config, LoadedConfig } from '../config';
import type { Day } from '../dates';
import type { ActionItem, Minutes, ReviewItem, Section } from '../minutes';
import type { Span } from '../parse/model';
import type { Series } from '../series';
import type { SectionSpec } from '../template';
import type { Range } from '../types';
import { lineBreakOf } from '../text';
import { firstDue, meetingAfter, OpenAction, openActionsBefore, Origin, originOf, reviewIn } from '../tracking';

export type { OpenAction, Origin };
export { sameAction } from '../tracking';

export class CheckContext {
  readonly doc;
  readonly eol: string;
  private openCache?: OpenAction[];
  private openAtPrevious?: OpenAction[];

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

  /** Actions the current minutes must review: every action set at an earlier meeting and not yet reviewed as done or closed. */
  openActions(): OpenAction[] {
    return (this.openCache ??= openActionsBefore(this.series.previous));
  }

  /** Whether an action was open at the previous meeting (set before it and not yet done). */
  wasOpenAtPrevious(item: ActionItem): boolean {
    this.openAtPrevious ??= openActionsBefore(this.series.previous, 0);
    return this.openAtPrevious.some((o) => o.item.key === item.key || (o.item.id !== undefined && o.item.id === item.id));
  }

  /** The review row in `m` (default: the current minutes) for an action, by id or by wording. */
  reviewOf(item: ActionItem, m: Minutes = this.minutes): ReviewItem | undefined {
    return reviewIn(m, item);
  }

  /** Where an action was first set: the oldest earlier minutes whose actions table holds it. */
  origin(item: ActionItem): Origin | undefined {
    return originOf(item, this.series.previous);
  }

  /** The date of the meeting after series.previous[index] (the current one for index 0). */
  meetingAfter(index: number): Day | undefined {
    return meetingAfter(index, this.series.previous, this.date);
  }

  /** The due date that counts: the first one the action was given ("next core group" resolved), else its row's own. */
  dueOf(item: ActionItem): Day | undefined {
    return firstDue(item, this.series.previous, this.date);
  }
}
