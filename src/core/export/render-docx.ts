/**
 * An export as a Word document (.docx), built with `docx` (docs/export.md says why): Word's own
 * heading styles (so a reader's navigation pane and mammoth see the structure), the meeting details
 * as a two-column table at the top, tables as Word tables with a repeated header row, ratings as
 * their word in bold on a coloured background (never colour alone), explanations of ours in
 * italics, A4 pages with the confidentiality line and "Page n of N" in the footer. Packed to bytes
 * with `Packer.toArrayBuffer`, which works in Node and in a browser alike.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { exportText } from '../messages/export';
import { DOCX_MARKER } from './markers';
import { Block, ExportDocument, ExportSection, Inline, textOf } from './model';

const RATING: Record<string, { fill: string; color: string }> = {
  red: { fill: 'B71C1C', color: 'FFFFFF' },
  amber: { fill: 'FFB300', color: '000000' },
  green: { fill: '2E7D32', color: 'FFFFFF' },
};

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const heading = (n: number) => HEADINGS[Math.max(0, Math.min(5, n - 1))];
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'A0A0A0' };
const BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };

/** Word cannot hold C0 control characters in its XML; they carry no text. */
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '');

function runs(content: readonly Inline[], base: { bold?: boolean } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const i of content) {
    switch (i.kind) {
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'rating': {
        const c = RATING[i.rating];
        out.push(new TextRun({ text: ` ${i.text} `, bold: true, color: c.color, shading: { type: ShadingType.CLEAR, fill: c.fill, color: 'auto' } }));
        break;
      }
      case 'explain':
        out.push(new TextRun({ text: clean(i.text), italics: true, color: '555555' }));
        break;
      case 'text':
        out.push(new TextRun({ text: clean(i.text), bold: i.strong || base.bold, italics: i.em, strike: i.strike, font: i.code ? 'Consolas' : undefined }));
        break;
    }
  }
  return out;
}

interface Ctx {
  /** A new instance of the ordered numbering for each ordered list, so each starts at 1. */
  lists: number;
}

function cell(content: readonly Inline[], header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(content, { bold: header }) })],
    shading: header ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

/** The text width of an A4 page between our margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1020;

/** About one character of 11-point Arial, and a cell's margins, in twentieths of a point. */
const CHAR = 120;
const PADDING = 220;

/**
 * Column widths by what each column holds: first each column's longest word (so no word is broken),
 * then the rest of the page shared by how much more each column would like (an ID column stays
 * narrow, an update column takes the room).
 */
function widths(header: readonly Inline[][], rows: readonly Inline[][][]): number[] {
  const cols = header.map((h, i) => [textOf(h), ...rows.map((r) => textOf(r[i] ?? []))]);
  const min = cols.map((texts) => Math.max(2, ...texts.flatMap((t) => t.split(/\s+/).map((w) => w.length))) * CHAR + PADDING);
  const want = cols.map((texts, i) => Math.max(min[i], Math.min(45, Math.max(...texts.map((t) => t.length))) * CHAR + PADDING));
  const least = min.reduce((a, b) => a + b, 0);
  if (least >= TEXT_WIDTH) return min.map((m) => Math.floor((TEXT_WIDTH * m) / least));
  const more = want.map((w, i) => w - min[i]);
  const wanted = more.reduce((a, b) => a + b, 0);
  return min.map((m, i) => Math.floor(m + (TEXT_WIDTH - least) * (wanted === 0 ? 1 / min.length : more[i] / wanted)));
}

function table(header: readonly Inline[][], rows: readonly Inline[][][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths(header, rows),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
    ],
  });
}

interface ListAt {
  ordered: boolean;
  level: number;
  instance: number;
  /** A list item's second paragraph onwards: indented, without a bullet or number of its own. */
  continued?: boolean;
}

function listProps(list: ListAt | undefined): object {
  if (!list) return {};
  if (list.continued) return { indent: { left: 720 * (list.level + 1) } };
  return list.ordered ? { numbering: { reference: 'ordered', level: list.level, instance: list.instance } } : { bullet: { level: list.level } };
}

function blocks(bs: readonly Block[], depth: number, ctx: Ctx, list?: ListAt): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of bs) {
    switch (b.kind) {
      case 'paragraph':
        out.push(new Paragraph({ children: runs(b.content), spacing: { after: 120 }, ...listProps(list) }));
        break;
      case 'heading':
        out.push(new Paragraph({ heading: heading(depth + b.level), children: runs(b.content) }));
        break;
      case 'list': {
        const level = list ? Math.min(8, list.level + 1) : 0;
        const instance = b.ordered ? ++ctx.lists : 0;
        for (const item of b.items) {
          const at = { ordered: b.ordered, level, instance };
          out.push(...blocks(item.slice(0, 1), depth, ctx, at), ...blocks(item.slice(1), depth, ctx, { ...at, continued: true }));
        }
        break;
      }
      case 'table':
        out.push(table(b.header, b.rows), new Paragraph({ children: [] }));
        break;
      case 'quote':
        out.push(...blocks(b.blocks, depth, ctx, list ?? { ordered: false, level: 0, instance: 0, continued: true }));
        break;
      case 'note':
        out.push(new Paragraph({ children: [new TextRun({ text: clean(b.text), italics: true, color: '555555' })] }));
        break;
    }
  }
  return out;
}

function section(s: ExportSection, depth: number, ctx: Ctx): (Paragraph | Table)[] {
  return [
    new Paragraph({ heading: heading(depth), children: [new TextRun(clean(s.title))] }),
    ...blocks(s.blocks, depth, ctx),
    ...(s.children ?? []).flatMap((c) => section(c, depth + 1, ctx)),
  ];
}

function footer(doc: ExportDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({ children: [new TextRun({ text: doc.footer, bold: true, size: 16 })] }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [`${exportText.page} `, PageNumber.CURRENT, ` ${exportText.of} `, PageNumber.TOTAL_PAGES], size: 16 })],
      }),
    ],
  });
}

export async function renderExportDocx(doc: ExportDocument, version: string): Promise<Uint8Array> {
  const ctx: Ctx = { lists: 0 };
  const details = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: doc.details.map((d) => new TableRow({ children: [cell([{ kind: 'text', text: d.label }], true), cell([{ kind: 'text', text: d.value }], false)] })),
  });
  const intro = doc.intro.flatMap((part) => [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(part.heading)] }),
    ...part.paragraphs.map((p) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: p, italics: true })] })),
  ]);
  const about = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(exportText.notesHeading)] }),
    ...doc.notes.map((n) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: n, italics: true })] })),
    ...(doc.glossary.length === 0 ? [] : [
      new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(exportText.glossaryHeading)] }),
      ...doc.glossary.map((g) => new Paragraph({ children: [new TextRun({ text: `${g.term}: `, bold: true }), new TextRun({ text: g.meaning, italics: true })] })),
    ]),
    new Paragraph({ children: [new TextRun({ text: exportText.version(doc.stamp), italics: true, color: '555555' })] }),
  ];
  const file = new Document({
    creator: 'core-group',
    title: doc.title,
    keywords: `${DOCX_MARKER} ${doc.stamp}`,
    description: `${exportText.footer}. core-group ${version}`,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22 } },
        heading1: { run: { size: 36, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 120, after: 160 } } },
        heading2: { run: { size: 30, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { run: { size: 26, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading4: { run: { size: 23, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    numbering: {
      config: [{ reference: 'ordered', levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })) }],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1134, left: 1020, right: 1020 } } },
        footers: { default: footer(doc) },
        children: [
          new Paragraph({ children: [new TextRun({ text: doc.footer.toUpperCase(), bold: true, size: 18 })] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.title)] }),
          details,
          new Paragraph({ children: [] }),
          ...intro,
          ...doc.sections.flatMap((s) => section(s, 2, ctx)),
          ...about,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
