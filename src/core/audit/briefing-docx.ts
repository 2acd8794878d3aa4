/**
 * The 7-minute briefing as a Word document, through the `docx` library (a well-kept, declarative
 * writer of Office Open XML that runs in Node and in browsers; the minutes' export uses the same
 * library). One A4 portrait page by design: narrow margins, 9 pt text, parts 1 to 5 as numbered
 * headings in two columns, then the figures as a table and where to find more across the page.
 * Its core properties mark it as this tool's output (`creator` "core-group", `description`
 * BRIEFING_DESCRIPTION), so `--out` may replace it and nothing else.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageOrientation, Paragraph, SectionType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Briefing, BriefingPart } from './briefing';
import { BRIEFING_CREATOR, BRIEFING_DESCRIPTION } from './own-docx';


const MM = 56.7; // twentieths of a point per millimetre
const SIZE = 18; // half-points: 9 pt
const BLUE = '1D4F91';

const text = (t: string, opts: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text: t, size: opts.size ?? SIZE, bold: opts.bold, color: opts.color });

function cell(t: string, bold = false, width?: number): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [text(t, { bold, size: 15 })] })],
    ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
  });
}

function figuresTable(b: Briefing): Table {
  const border = { style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('Measure', true, 30), cell('Result', true, 22), cell('How it is counted', true, 48)] }),
      ...b.figures.map((f) => new TableRow({ children: [cell(f.label), cell(f.result), cell(f.definition)] })),
    ],
  });
}

function partBlocks(p: BriefingPart, i: number, b: Briefing): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 80, after: 20 }, children: [text(`${i + 1}. ${p.heading}`, { bold: true, size: 21, color: BLUE })] }),
    ...p.paragraphs.map((x) => new Paragraph({ spacing: { after: 30 }, children: [text(x)] })),
    ...p.bullets.map((x) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 10 }, children: [text(x)] })),
  ];
  if (p.id === 'figures') out.push(figuresTable(b));
  return out;
}

/** The briefing's .docx bytes. */
export async function renderBriefingDocx(b: Briefing): Promise<Uint8Array> {
  const page = {
    size: { width: 210 * MM, height: 297 * MM, orientation: PageOrientation.PORTRAIT },
    margin: { top: 10 * MM, bottom: 10 * MM, left: 12 * MM, right: 12 * MM },
  };
  const across = (p: BriefingPart) => p.id === 'figures' || p.id === 'more';
  const blocks = (pick: (p: BriefingPart) => boolean) => b.parts.flatMap((p, i) => (pick(p) ? partBlocks(p, i, b) : []));
  const doc = new Document({
    creator: BRIEFING_CREATOR,
    description: BRIEFING_DESCRIPTION,
    title: b.title,
    styles: { default: { document: { run: { font: 'Arial', size: SIZE } } } },
    // As the HTML: the title and parts 1 to 5 in two columns, then the figures and where to find more across the page.
    sections: [
      {
        properties: { page, column: { count: 2, space: 4 * MM } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(b.title, { bold: true, size: 30 })] }),
          new Paragraph({ spacing: { after: 60 }, children: [text(b.subtitle, { color: '444444' })] }),
          ...blocks((p) => !across(p)),
        ],
      },
      {
        properties: { page, type: SectionType.CONTINUOUS, column: { count: 1 } },
        children: [
          ...blocks(across),
          new Paragraph({ alignment: AlignmentType.LEFT, spacing: { before: 80 }, children: [text(b.footer, { size: 14, color: '555555' })] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
