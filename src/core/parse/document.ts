/** Markdown text -> ParsedDoc: headings, tables and front matter with exact offsets. */
import type { Heading, Root, RootContent, Table, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LineIndex, nextLineStart } from '../text';
import { readInPieces, TopLevel } from './events';
import { readFrontMatterYaml, tooLongFrontMatter } from './front-matter';
import { micromarkExtensions, parseMarkdown } from './markdown';
import type { CellInfo, FileKind, FrontMatterInfo, HeadingInfo, ParsedDoc, TableInfo } from './model';
import { frontMatterEnd, guardDeepNesting, guardHugeTables, structureOf } from './limits';

const TYPE_LINE = /^type:\s*["']?([\w-]+)["']?\s*(?:#.*)?$/m;

/** The `type:` a text's first lines declare ("core-group-minutes", "cp-plan"), read without parsing: a cheap first test. */
export function declaredType(head: string): string | undefined {
  return TYPE_LINE.exec(head)?.[1];
}

/**
 * A file saved as UTF-16 with its byte order mark, read as UTF-8 (as the readers read every file):
 * the mark (FF FE or FE FF) became two U+FFFD, and every other byte of its ASCII text is a NUL.
 */
export function looksLikeUtf16(text: string): boolean {
  if (!text.startsWith('\uFFFD\uFFFD')) return false;
  const head = text.slice(2, 202);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  return head.length >= 8 && nuls * 3 >= head.length;
}

/** Nothing of such a file is read, but its type line shows through the NULs: minutes should hear why. */
function utf16Doc(path: string, text: string): ParsedDoc {
  const declared = declaredType(text.slice(0, 4000).replace(/[\0\uFFFD]/g, ''));
  const kind: FileKind = declared === 'core-group-minutes' ? 'minutes' : declared === 'cp-plan' ? 'plan' : 'other';
  return { path, text, lines: new LineIndex(text), kind: 'other', headings: [], tables: [], blocks: [], encoding: { name: 'UTF-16', kind } };
}

/**
 * The text micromark reads: the guards of ./limits.ts applied; `notReadFrom` is where the structure
 * budget stopped it; `starts` where it is cut into pieces (./pieces.ts), settled by the same pass.
 */
function guarded(text: string): { source: string; notReadFrom?: number; starts: number[] } {
  const source = guardDeepNesting(guardHugeTables(text));
  const { cutAt, starts } = structureOf(source);
  // Leaving out what follows the cut changes nothing before it: the pieces that start there still do.
  return cutAt === undefined ? { source, starts } : { source: source.slice(0, cutAt), notReadFrom: cutAt, starts };
}

export function parseDocument(path: string, text: string): ParsedDoc {
  if (looksLikeUtf16(text)) return utf16Doc(path, text);
  // A byte order mark is not part of the Markdown; parse after it and shift offsets back.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { source, notReadFrom, starts } = guarded(text);
  let top: TopLevel | undefined;
  try {
    top = readInPieces(base ? source.slice(1) : source, micromarkExtensions, base, { starts: base ? starts.map((s) => s - base) : starts, fallback: pieceWithTree(text) });
  } catch {
    top = undefined; // the full parse below reports it
  }
  if (!top) return parseDocumentWithTree(path, text);
  const doc: ParsedDoc = { path, text, lines: new LineIndex(text), kind: 'other', headings: top.headings, tables: top.tables, blocks: top.blocks };
  if (notReadFrom !== undefined) doc.notReadFrom = notReadFrom;
  if (top.yaml) doc.frontMatter = frontMatterAt(top.yaml.start, top.yaml.end, top.yaml.value, text);
  else cutFrontMatter(doc, base);
  doc.kind = kindOf(doc.frontMatter);
  return doc;
}

/**
 * Reading stopped inside the front matter (thousands of lines of it), so micromark saw no closing
 * fence: the front matter is still there, too long to read. Without this the file would silently
 * stop being minutes, and nobody would hear why.
 */
function cutFrontMatter(doc: ParsedDoc, base: number): void {
  const end = frontMatterEnd(doc.text);
  if (doc.notReadFrom === undefined || end === undefined || end <= doc.notReadFrom) return;
  const rawStart = nextLineStart(doc.text, base);
  doc.frontMatter = { start: base, end: doc.notReadFrom, raw: doc.text.slice(rawStart, doc.notReadFrom), rawStart, data: null, error: tooLongFrontMatter(rawStart, doc.text) };
}

/** The same through the mdast tree: for what the fast path leaves (./events.ts), and to test one against the other. */
export function parseDocumentWithTree(path: string, text: string): ParsedDoc {
  const lines = new LineIndex(text);
  const doc: ParsedDoc = { path, text, lines, kind: 'other', headings: [], tables: [], blocks: [] };
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let root: Root;
  try {
    const { source, notReadFrom } = guarded(text);
    if (notReadFrom !== undefined) doc.notReadFrom = notReadFrom;
    root = parseMarkdown(base ? source.slice(1) : source);
  } catch (e) {
    // Only the kind of failure: an engine's message may quote the text.
    doc.parseError = e instanceof Error ? e.name : 'error';
    doc.kind = declaredType(text.slice(0, 2000)) === 'core-group-minutes' ? 'minutes' : 'other';
    return doc;
  }
  for (const node of root.children) collect(node, doc, base);
  if (!doc.frontMatter) cutFrontMatter(doc, base);
  doc.kind = kindOf(doc.frontMatter);
  return doc;
}

/**
 * Reads one piece of `text` through the mdast tree, for what the events reader leaves (a character
 * reference in a heading, a NUL): only that piece's tree is built, not the whole text's.
 */
export function pieceWithTree(text: string): (piece: string, base: number) => TopLevel | undefined {
  return (piece, base) => {
    let root: Root;
    try {
      root = parseMarkdown(piece);
    } catch {
      return undefined; // the whole text's parse reports it
    }
    const sink: Sink = { text, headings: [], tables: [], blocks: [] };
    let yaml: TopLevel['yaml'];
    for (const node of root.children) {
      if (node.type !== 'yaml') collect(node, sink, base);
      else if (!yaml && node.position?.start.offset === 0) yaml = { start: base, end: endOf(node, base), value: node.value };
    }
    // As readTopLevel's check: a fence, an HTML block, a list or a quote that runs to the piece's very end.
    const last = root.children[root.children.length - 1];
    const open = !!last && ['code', 'html', 'list', 'blockquote'].includes(last.type) && last.position?.end.offset === piece.length;
    return { yaml, headings: sink.headings, tables: sink.tables, blocks: sink.blocks, open };
  };
}

/** What collect fills: a parsed document's headings, tables, blocks and front matter, and the text its offsets are in. */
type Sink = Pick<ParsedDoc, 'text' | 'headings' | 'tables' | 'blocks' | 'frontMatter'>;

function startOf(node: RootContent, base: number): number {
  return (node.position?.start.offset ?? 0) + base;
}

function endOf(node: RootContent, base: number): number {
  return (node.position?.end.offset ?? 0) + base;
}

function collect(node: RootContent, doc: Sink, base: number): void {
  switch (node.type) {
    case 'yaml':
      if (!doc.frontMatter && startOf(node, base) === base) doc.frontMatter = frontMatter(node, doc.text, base);
      break;
    case 'heading':
      doc.headings.push(heading(node, base));
      break;
    case 'table':
      doc.tables.push(table(node, base));
      break;
    case 'paragraph':
      doc.blocks.push({ type: 'paragraph', start: startOf(node, base), end: endOf(node, base) });
      break;
    case 'list':
      doc.blocks.push({
        type: 'list',
        ordered: node.ordered === true,
        start: startOf(node, base),
        end: endOf(node, base),
        items: node.children.map((item) => itemSpan(doc.text, (item.position?.start.offset ?? 0) + base, (item.position?.end.offset ?? 0) + base)),
      });
      break;
    default:
      break;
  }
}

/** A list item's span without white space at its end (an HTML block's node keeps a line's trailing spaces), as ./events.ts gives it. */
function itemSpan(text: string, start: number, end: number): { start: number; end: number } {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return { start, end: e };
}

function heading(node: Heading, base: number): HeadingInfo {
  return { depth: node.depth, text: toString(node).trim(), start: startOf(node, base), end: endOf(node, base) };
}

function table(node: Table, base: number): TableInfo {
  const rows = node.children.map((row) => ({
    start: (row.position?.start.offset ?? 0) + base,
    end: (row.position?.end.offset ?? 0) + base,
    cells: row.children.map(
      (cell): CellInfo => ({
        text: toString(cell).trim(),
        start: (cell.position?.start.offset ?? 0) + base,
        end: (cell.position?.end.offset ?? 0) + base,
      }),
    ),
  }));
  const [header, ...body] = rows;
  return { start: startOf(node, base), end: endOf(node, base), header: header?.cells ?? [], rows: body };
}

function frontMatter(node: Yaml, text: string, base: number): FrontMatterInfo {
  return frontMatterAt(startOf(node, base), endOf(node, base), node.value, text);
}

function frontMatterAt(start: number, end: number, raw: string, text: string): FrontMatterInfo {
  // The YAML starts on the line after the opening fence.
  const rawStart = nextLineStart(text, start);
  const info: FrontMatterInfo = { start, end, raw, rawStart, data: null };
  const read = readFrontMatterYaml(raw, rawStart, text);
  if (read.error) info.error = { message: read.error.message, span: read.error.span ?? { start, end } };
  else info.data = read.data;
  return info;
}

function kindOf(fm: FrontMatterInfo | undefined): FileKind {
  if (!fm) return 'other';
  const type = fm.data ? fm.data['type'] : declaredType(fm.raw);
  if (type === 'core-group-minutes') return 'minutes';
  if (type === 'cp-plan') return 'plan';
  return 'other';
}
