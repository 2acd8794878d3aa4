/** Markdown text -> ParsedDoc: headings, tables and front matter with exact offsets. */
import type { Heading, Root, RootContent, Table, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { LineIndex, nextLineStart } from '../text';
import { readTopLevel, TopLevel } from './events';
import { micromarkExtensions, parseMarkdown } from './markdown';
import type { CellInfo, FileKind, FrontMatterInfo, HeadingInfo, ParsedDoc, TableInfo } from './model';
import { guardDeepNesting, guardHugeTables } from './limits';

const TYPE_LINE = /^type:\s*["']?([\w-]+)["']?\s*(?:#.*)?$/m;

export function parseDocument(path: string, text: string): ParsedDoc {
  // A byte order mark is not part of the Markdown; parse after it and shift offsets back.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = guardDeepNesting(guardHugeTables(text));
  let top: TopLevel | undefined;
  try {
    top = readTopLevel(base ? source.slice(1) : source, micromarkExtensions, base);
  } catch {
    top = undefined; // the full parse below reports it
  }
  if (!top) return parseDocumentWithTree(path, text);
  const doc: ParsedDoc = { path, text, lines: new LineIndex(text), kind: 'other', headings: top.headings, tables: top.tables, blocks: top.blocks };
  if (top.yaml) doc.frontMatter = frontMatterAt(top.yaml.start, top.yaml.end, top.yaml.value, text);
  doc.kind = kindOf(doc.frontMatter);
  return doc;
}

/** The same through the mdast tree: for what the fast path leaves (./events.ts), and to test one against the other. */
export function parseDocumentWithTree(path: string, text: string): ParsedDoc {
  const lines = new LineIndex(text);
  const doc: ParsedDoc = { path, text, lines, kind: 'other', headings: [], tables: [], blocks: [] };
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let root: Root;
  try {
    const source = guardDeepNesting(guardHugeTables(text));
    root = parseMarkdown(base ? source.slice(1) : source);
  } catch (e) {
    doc.parseError = e instanceof Error ? e.message : String(e);
    doc.kind = TYPE_LINE.exec(text.slice(0, 2000))?.[1] === 'core-group-minutes' ? 'minutes' : 'other';
    return doc;
  }
  for (const node of root.children) collect(node, doc, base);
  doc.kind = kindOf(doc.frontMatter);
  return doc;
}

function startOf(node: RootContent, base: number): number {
  return (node.position?.start.offset ?? 0) + base;
}

function endOf(node: RootContent, base: number): number {
  return (node.position?.end.offset ?? 0) + base;
}

function collect(node: RootContent, doc: ParsedDoc, base: number): void {
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
        items: node.children.map((item) => ({ start: (item.position?.start.offset ?? 0) + base, end: (item.position?.end.offset ?? 0) + base })),
      });
      break;
    default:
      break;
  }
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
  try {
    // The YAML parser does not take a lone CR as a line break; an LF in its place keeps every offset.
    const value: unknown = parseYaml(raw.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: false });
    if (value === null || value === undefined) info.data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) info.data = value as Record<string, unknown>;
    else info.error = { message: 'The front matter is not a list of "key: value" lines.', span: { start, end } };
  } catch (e) {
    const pos = e instanceof YAMLParseError ? e.pos : [0, raw.length];
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    info.error = { message, span: { start: rawStart + pos[0], end: rawStart + Math.max(pos[1], pos[0] + 1) } };
  }
  return info;
}

function kindOf(fm: FrontMatterInfo | undefined): FileKind {
  if (!fm) return 'other';
  const type = fm.data ? fm.data['type'] : TYPE_LINE.exec(fm.raw)?.[1];
  if (type === 'core-group-minutes') return 'minutes';
  if (type === 'cp-plan') return 'plan';
  return 'other';
}
