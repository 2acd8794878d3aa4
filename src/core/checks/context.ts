/**
 * Everything a check may read about the minutes being analysed, computed once per analysis. Internal
 * to the analysis: features built on an analysis (the panel, new minutes, the audit) use the same
 * functions (../actions.ts, ../record.ts, ../edits.ts) on the analysis itself.
 */
import { dueOf, OpenAction, openActions, Origin, originOf, reviewOf } from '../actions';
import type { WorkingCalendar } from '../calendar';
import type { Config, LoadedConfig } from '../config';
import type { Day } from '../dates';
import type { ActionItem, Minutes, ReviewItem, Section } from '../minutes';
import type { Span } from '../parse/model';
import { requiredSections } from '../record';
import type { Series } from '../series';
import type { SectionSpec } from '../template';
import { lineBreakOf } from '../text';
import type { Range } from '../types';

export type { OpenAction, Origin };

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

  requiredSections(): SectionSpec[] {
    return requiredSections(this);
  }

  section(id: string): Section | undefined {
    return this.minutes.byId.get(id);
  }

  /** Actions the current minutes must review: every action set last time, and every one still open in last time's review. */
  openActions(): OpenAction[] {
    return (this.openCache ??= openActions(this));
  }

  /** The review row in `m` (default: the current minutes) for an action, by id or by wording. */
  reviewOf(item: ActionItem, m: Minutes = this.minutes): ReviewItem | undefined {
    return reviewOf(item, m);
  }

  /** Where an action was set: the newest earlier minutes whose actions table holds it. */
  origin(item: ActionItem): Origin | undefined {
    return originOf(this, item);
  }

  /** The due date of a reviewed action: its own Due cell, else the cell where it was set; "next core group" resolved. */
  dueOf(item: ActionItem): Day | undefined {
    return dueOf(this, item);
  }
}
