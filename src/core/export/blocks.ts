/**
 * Markdown of one part of a section -> export blocks. Parsed with the project's one Markdown parse
 * (remark-parse + GFM tables); HTML comments (prompts) and placeholders (real-minutes.md, principle
 * 7: "TBC", "?", "[Name]", the template's own prompt text) are left out and counted; a rating line or
 * a rating cell becomes a rating (its word, which the renderers colour); ISO and UK numeric dates
 * are written in long form ("20 November 2026"). Nothing else is changed: no word is added, reworded
 * or moved within a block.
 */
import type { PhrasingContent, RootContent, Table } from 'mdast';
import { dayFromParts, toLong } from '../dates';
import { parseMarkdown } from '../parse/markdown';
import { Lexicon, leadingWord } from '../read/lexicon';
import { ratingOfLine } from '../read/outcomes';
import type { Rating } from '../read/outcomes';
import { isPlaceholder } from '../read/placeholders';
import { columnsOf } from '../read/tables';
import { Block, Inline, LeftOut, Marks, mergeRuns, textOf } from './model';

export interface BlockContext {
  lex: Lexicon;
  /** The template's prompt texts, folded to words. */
  prompts: ReadonlySet<string>;
  left: LeftOut;
}

/** ISO dates, and UK numeric ones with one separator throughout and a year of four digits or two. */
const DATE_IN_TEXT = /(?<![\d/.-])(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})([/.-])(\d{1,2})\5(\d{4}|\d{2}))(?![\d/-]|\.\d)/g;

/**
 * ISO (2026-11-20) and UK numeric dates (20/11/2026, 20.11.2026, 20-11-2026, and with a two-digit
 * year, 20-11-26, as templates pasted from Word write them and the reading of due dates reads them)
 * in long form; anything that is not a real date stays as written.
 */
export function longDates(text: string): string {
  return text.replace(DATE_IN_TEXT, (m, y?: string, mo?: string, d?: string, d2?: string, _sep?: string, mo2?: string, y2?: string) => {
    const day = y !== undefined ? dayFromParts(+y, +mo!, +d!) : dayFromParts(y2!.length === 2 ? 2000 + +y2! : +y2!, +mo2!, +d2!);
    return day === undefined ? m : toLong(day);
  });
}

const COMMENT_OPEN = /^<!--/;
const LINE_BREAK_TAG = /^<br\s*\/?>$/i;

function inlinesOf(nodes: readonly PhrasingContent[], ctx: BlockContext, marks: Marks = {}): Inline[] {
  const out: Inline[] = [];
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out.push({ kind: 'text', text: longDates(n.value), ...marks });
        break;
      case 'strong':
        out.push(...inlinesOf(n.children, ctx, { ...marks, strong: true }));
        break;
      case 'emphasis':
        out.push(...inlinesOf(n.children, ctx, { ...marks, em: true }));
        break;
      case 'delete':
        out.push(...inlinesOf(n.children, ctx, { ...marks, strike: true }));
        break;
      case 'inlineCode':
        out.push({ kind: 'text', text: n.value, ...marks, code: true });
        break;
      case 'break':
        out.push({ kind: 'break' });
        break;
      case 'link': {
        const inner = inlinesOf(n.children, ctx, marks);
        out.push(...inner);
        // The address is part of what was written: kept as text (never a live link in the copy).
        if (/^https?:/i.test(n.url) && textOf(inner).trim() !== n.url) out.push({ kind: 'text', text: ` (${n.url})`, ...marks });
        break;
      }
      case 'linkReference':
        out.push(...inlinesOf(n.children, ctx, marks));
        break;
      case 'image':
      case 'imageReference':
        ctx.left.images++;
        break;
      case 'html':
        if (COMMENT_OPEN.test(n.value)) ctx.left.prompts++;
        else if (LINE_BREAK_TAG.test(n.value.trim())) out.push({ kind: 'break' });
        else out.push({ kind: 'text', text: n.value, ...marks }); // an HTML tag in the minutes is text, never markup
        break;
      default:
        break;
    }
  }
  return out;
}

/** The pieces of a paragraph split at its line breaks (soft and hard). */
function linesOf(content: readonly Inline[]): Inline[][] {
  const lines: Inline[][] = [[]];
  for (const i of content) {
    if (i.kind === 'break') lines.push([]);
    else if (i.kind === 'text' && i.text.includes('\n')) {
      const parts = i.text.split('\n');
      parts.forEach((p, k) => {
        if (k > 0) lines.push([]);
        if (p !== '') lines[lines.length - 1].push({ ...i, text: p });
      });
    } else lines[lines.length - 1].push(i);
  }
  return lines;
}

const LABEL = /^\s*([A-Za-z][^:\n]{0,60}?)\s*:(.*)$/;
const RATING_WORD = /^(\s*)([\p{L}]+)(.*)$/u;

/** A rating line ("Progress: Amber", "RAG: A") with its rating as a rating piece; the rest of the line as written. */
function withRating(plain: string, rating: Rating): Inline[] {
  const sep = /[:=–—-]|\bis\b/.exec(plain);
  const at = sep ? sep.index + sep[0].length : 0;
  const m = RATING_WORD.exec(plain.slice(at));
  if (!m) return [{ kind: 'text', text: plain }];
  const prefix = plain.slice(0, at) + m[1];
  return [
    ...(prefix ? [{ kind: 'text' as const, text: prefix }] : []),
    { kind: 'rating', rating, text: RATING_TEXT[rating] },
    ...(m[3] ? [{ kind: 'text' as const, text: m[3] }] : []),
  ];
}

const RATING_TEXT: Record<Rating, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

function trimLine(line: Inline[]): Inline[] {
  const out = mergeRuns(line);
  const first = out[0];
  if (first?.kind === 'text') out[0] = { ...first, text: first.text.replace(/^\s+/, '') };
  const last = out[out.length - 1];
  if (last?.kind === 'text') out[out.length - 1] = { ...last, text: last.text.replace(/\s+$/, '') };
  return mergeRuns(out);
}

/** A paragraph's lines without placeholders, rating lines as ratings, joined back (form-like "Label:" lines keep their line breaks). */
function paragraph(content: Inline[], ctx: BlockContext): Block[] {
  const lines = linesOf(content);
  const kept: { line: Inline[]; label: boolean; ends: boolean }[] = [];
  const plains = lines.map((l) => textOf(l).trim());
  for (const [n, raw] of lines.entries()) {
    const line = trimLine(raw);
    const plain = textOf(line).trim();
    if (plain === '') continue; // a line that held only a prompt comment
    if (isPlaceholder(plain, ctx.lex, ctx.prompts)) {
      ctx.left.placeholders++;
      continue;
    }
    const label = LABEL.exec(plain);
    const value = label?.[2].trim() ?? '';
    // "Date shared: TBC", "Name: [Name]": a label whose value is a placeholder says nothing.
    if (label && value !== '' && isPlaceholder(value, ctx.lex, ctx.prompts)) {
      ctx.left.placeholders++;
      continue;
    }
    // "Shared with:" left empty among other form lines: a gap, unless it introduces the line below it.
    const next = plains.slice(n + 1).find((p) => p !== '');
    if (label && value === '' && lines.length > 1 && (next === undefined || LABEL.test(next))) {
      ctx.left.placeholders++;
      continue;
    }
    const r = ratingOfLine(plain, ctx.lex);
    const rated = r.isRatingLine && r.rating && r.rating !== 'closed';
    kept.push({ line: rated ? withRating(plain, r.rating as Rating) : line, label: !!rated || label !== null, ends: !!rated || (label !== null && value === '') });
  }
  if (kept.length === 0) return [];
  const out: Inline[] = [];
  kept.forEach((k, i) => {
    // A line break of the source is kept before a "Label:" line and after a rating or a bare label (a form's lines); else it is a space.
    if (i > 0) out.push(k.label || kept[i - 1].ends ? { kind: 'break' } : { kind: 'text', text: ' ' });
    out.push(...k.line);
  });
  return [{ kind: 'paragraph', content: mergeRuns(out) }];
}

function cellOf(nodes: readonly PhrasingContent[], ctx: BlockContext, ratingColumn: boolean): Inline[] {
  const content = trimLine(inlinesOf(nodes, ctx));
  const plain = textOf(content).trim();
  if (plain === '') return [];
  if (isPlaceholder(plain, ctx.lex, ctx.prompts)) {
    ctx.left.placeholders++;
    return [];
  }
  if (ratingColumn) {
    const hit = leadingWord(plain, ctx.lex.ratings);
    if (hit && hit.value !== 'closed') return withRating(plain, hit.value);
  }
  return content;
}

/** What each column is: an attendance table's (name, role, attended, report) or else an action table's (id, action, owner, due, ...), and ratings. */
function columnsFor(headers: string[], lex: Lexicon): (string | undefined)[] {
  const attendance = columnsOf(headers, lex.attendanceColumns);
  const columns: (string | undefined)[] = attendance.includes('attended') ? attendance : columnsOf(headers, lex.actionColumns, [], lex.bareHeaders);
  columnsOf(headers, lex.outcomeColumns).forEach((c, i) => {
    if (c === 'rating' && columns[i] === undefined) columns[i] = 'rating';
  });
  return columns;
}

function table(node: Table, ctx: BlockContext): Block[] {
  const [head, ...body] = node.children;
  if (!head) return [];
  const headers = head.children.map((c) => textOf(inlinesOf(c.children, { ...ctx, left: { prompts: 0, placeholders: 0, images: 0 } })).trim());
  const columns = columnsFor(headers, ctx.lex);
  const header = head.children.map((c) => trimLine(inlinesOf(c.children, ctx)));
  const rows: Inline[][][] = [];
  for (const row of body) {
    const cells = header.map((_, i) => (row.children[i] ? cellOf(row.children[i].children, ctx, columns[i] === 'rating') : []));
    if (cells.some((c) => c.length > 0)) rows.push(cells);
  }
  return rows.length === 0 ? [] : [{ kind: 'table', header, rows, columns }];
}

function blocksOfNode(node: RootContent, ctx: BlockContext): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraph(inlinesOf(node.children, ctx), ctx);
    case 'heading': {
      const content = trimLine(inlinesOf(node.children, ctx));
      const plain = textOf(content).trim();
      if (plain === '') return [];
      if (isPlaceholder(plain, ctx.lex, ctx.prompts)) {
        ctx.left.placeholders++;
        return [];
      }
      return [{ kind: 'heading', level: node.depth, content }];
    }
    case 'list': {
      const items = node.children.map((item) => item.children.flatMap((b) => blocksOfNode(b, ctx))).filter((b) => b.length > 0);
      return items.length === 0 ? [] : [{ kind: 'list', ordered: node.ordered === true, items }];
    }
    case 'table':
      return table(node, ctx);
    case 'blockquote': {
      const blocks = node.children.flatMap((b) => blocksOfNode(b, ctx));
      return blocks.length === 0 ? [] : [{ kind: 'quote', blocks }];
    }
    case 'code':
      return node.value.trim() === '' ? [] : [{ kind: 'paragraph', content: [{ kind: 'text', text: node.value, code: true }] }];
    case 'html': {
      // A block of HTML: its comments are prompts; anything else in it is text as written.
      const comments = node.value.match(/<!--[\s\S]*?(?:-->|$)/g)?.length ?? 0;
      ctx.left.prompts += comments;
      const rest = node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim();
      return rest === '' ? [] : [{ kind: 'paragraph', content: [{ kind: 'text', text: rest }] }];
    }
    default:
      return []; // thematic breaks, link definitions, front matter
  }
}

/** The blocks of a piece of Markdown (line endings of any kind). */
export function blocksOf(markdown: string, ctx: BlockContext): Block[] {
  if (markdown.trim() === '') return [];
  const root = parseMarkdown(markdown.replace(/\r\n?/g, '\n'));
  return root.children.flatMap((n) => blocksOfNode(n, ctx));
}
