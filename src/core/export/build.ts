/**
 * A MinutesAnalysis -> the professionals' export: the meeting details, then every section of the
 * template in force in its order (`config.sections`), each read from all its parts, then whatever
 * the minutes hold under headings the template does not name ("Also in these minutes"), and notes
 * on what was left out. A required section the minutes lack is listed, with a note; an optional one
 * is not. Content that serves two sections (one heading naming both) is shown once, and the second
 * section says where. The family version (./family.ts) is built from this one.
 */
import type { Config } from '../config';
import { toIso, toLong } from '../dates';
import { exportText } from '../messages/export';
import type { Minutes, SectionPart } from '../minutes';
import type { Span } from '../parse/model';
import { isPlaceholder } from '../read/placeholders';
import { readerFor } from '../read/reader';
import { requiredSections } from '../record';
import type { Series } from '../series';
import { BlockContext, blocksOf } from './blocks';
import type { Block, Detail, ExportDocument, ExportSection, LeftOut } from './model';
import { stampOf } from './stamp';

/** What an export is computed from: the parts of a MinutesAnalysis it reads. */
export interface ExportSource {
  minutes: Minutes;
  series: Series;
  config: Config;
}

const T = exportText;

/** The text of [start, end) without the spans in `cut` (label lines that supply another section). */
function piecesOf(text: string, start: number, end: number, cut: readonly Span[]): string {
  let out = '';
  let at = start;
  for (const c of [...cut].sort((a, b) => a.start - b.start)) {
    if (c.end <= at || c.start >= end) continue;
    out += text.slice(at, Math.max(at, c.start)) + '\n\n';
    at = Math.max(at, c.end);
  }
  return out + text.slice(at, end);
}

/** Inner headings placed below the section's own title: level 1 is one below it. */
function shifted(blocks: Block[], base: number, extra: number): Block[] {
  return blocks.map((b) => (b.kind === 'heading' ? { ...b, level: Math.max(1, Math.min(3, b.level - base)) + extra } : b));
}

function cleanHeading(text: string): string {
  return text.replace(/^\s*(?:item\s+)?\d{1,2}[.)]?\s+/i, '').replace(/[\s:?]+$/, (m) => (m.includes('?') ? '?' : '')).trim();
}

interface Reading {
  src: ExportSource;
  ctx: BlockContext;
  text: string;
  labelParts: SectionPart[];
}

function partBlocks(r: Reading, part: SectionPart, base: number, extra: number, shownBefore: readonly Span[] = []): Block[] {
  const cut = [...r.labelParts.filter((p) => p !== part && p.start >= part.contentStart && p.start < part.end), ...shownBefore];
  return shifted(blocksOf(piecesOf(r.text, part.contentStart, part.end, cut), r.ctx), base, extra);
}

/** A part already shown under an earlier section, with that section's title. */
interface Shown extends Span {
  title: string;
  label: boolean;
}

/** Whether the spans together cover all of [start, end). */
function covers(spans: readonly Span[], start: number, end: number): boolean {
  let at = start;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start > at) break;
    at = Math.max(at, s.end);
  }
  return at >= end;
}

function section(r: Reading, id: string, title: string, shown: Shown[]): ExportSection | undefined {
  const s = r.src.minutes.byId.get(id);
  if (!s) return undefined;
  const blocks: Block[] = [];
  const several = s.parts.length > 1;
  for (const part of s.parts) {
    const label = part.rule === 'label';
    // A label line is cut from the part around it whatever the order (partBlocks); other parts may
    // overlap (consecutive headings of a section make one part): what an earlier section showed is not shown again.
    const before = shown.filter((x) => x.label === label && x.start < part.end && x.end > part.start);
    if (before.length > 0 && covers(before, part.start, part.end)) {
      blocks.push({ kind: 'note', text: T.recordedWith(before[0].title) });
      continue;
    }
    shown.push({ start: part.start, end: part.end, title, label });
    const base = part.candidate.kind === 'heading' ? part.candidate.depth : 1;
    const inner = partBlocks(r, part, base, several ? 1 : 0, before);
    if (before.length > 0) blocks.push({ kind: 'note', text: T.partlyWith(before[0].title) });
    if (inner.length === 0) continue;
    // The part's own heading, unless it was shown as an earlier section's.
    const ownHeading = !before.some((x) => x.start <= part.start && x.end > part.start);
    if (several && !label && ownHeading) blocks.push({ kind: 'heading', level: 1, content: [{ kind: 'text', text: cleanHeading(part.candidate.text) }] });
    blocks.push(...inner);
  }
  const written = blocks.length > 0;
  return { id, title, state: written ? 'written' : 'empty', blocks: written ? blocks : [{ kind: 'note', text: T.nothingRecorded }] };
}

/** What the minutes hold outside every section of the template: before the first heading, and under headings it does not name. */
function others(r: Reading): Block[] {
  const m = r.src.minutes;
  const out: Block[] = [];
  const candidates = m.outline.candidates;
  const first = candidates[0];
  const titled = first?.kind === 'heading' && first.depth === 1 && candidates.length > 1 && candidates[1].depth > 1;
  const from = m.doc.frontMatter?.end ?? 0;
  const preamble = { candidate: first, start: from, contentStart: from, end: first?.start ?? m.doc.text.length } as SectionPart;
  out.push(...partBlocks(r, preamble, 1, 0));
  for (const seg of m.outline.segments) {
    if (seg.ids.length > 0) continue;
    const isTitle = titled && seg.part.candidate === first;
    const inner = partBlocks(r, seg.part, 1, 1);
    if (inner.length === 0) continue;
    if (!isTitle) out.push({ kind: 'heading', level: Math.max(1, Math.min(3, seg.part.candidate.depth - 1)), content: [{ kind: 'text', text: cleanHeading(seg.part.candidate.text) }] });
    out.push(...inner);
  }
  return out;
}

function details(src: ExportSource, ctx: BlockContext): Detail[] {
  const meta = src.minutes.meta;
  const real = (v: string | undefined) => (v !== undefined && !isPlaceholder(v, ctx.lex, ctx.prompts) ? v : undefined);
  const rows: [string, string | undefined][] = [
    [T.details.child, real(meta.child)],
    [T.details.date, meta.date === undefined ? undefined : toLong(meta.date)],
    [T.details.meeting, meta.meeting === undefined ? undefined : String(meta.meeting)],
    [T.details.chair, real(meta.chair) ? T.chair(meta.chair!, real(meta.chairRole)) : undefined],
    [T.details.icpc, meta.icpc === undefined ? undefined : toLong(meta.icpc)],
    [T.details.area, real(meta.area)],
    [T.details.team, real(meta.team)],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined).map(([label, value]) => ({ label, value }));
}

/** The notes of a copy: what it leaves out. `titleOf` names a section as the copy does (the family's titles differ). */
export function notesOf(left: LeftOut, sections: readonly ExportSection[], titleOf?: (id: string) => string | undefined): string[] {
  const notes = [T.notes.asWritten];
  const title = (id: string) => titleOf?.(id) ?? sections.find((s) => s.id === id)?.title;
  if (left.prompts > 0) notes.push(T.notes.prompts(left.prompts));
  if (left.placeholders > 0) notes.push(T.notes.placeholders(left.placeholders, (left.placeholdersIn ?? []).map(title).filter((x): x is string => !!x)));
  if (left.images > 0) notes.push(T.notes.images(left.images));
  const empty = sections.filter((s) => s.state === 'empty').map((s) => s.title);
  const missing = sections.filter((s) => s.state === 'missing').map((s) => s.title);
  if (empty.length > 0) notes.push(T.notes.empty(empty));
  if (missing.length > 0) notes.push(T.notes.missing(missing));
  return notes;
}

/** The meta values the stamp covers: what the details show, as written (never our labels or date forms). */
export function stampedMeta(src: ExportSource): (string | number | undefined)[] {
  const m = src.minutes.meta;
  return [m.child, m.date === undefined ? undefined : toIso(m.date), m.meeting, m.chair, m.chairRole, m.icpc === undefined ? undefined : toIso(m.icpc), m.area, m.team];
}

/** The professionals' export of analysed minutes. */
export function buildExport(src: ExportSource): ExportDocument {
  const reader = readerFor(src.config);
  const left: LeftOut = { prompts: 0, placeholders: 0, images: 0 };
  const ctx: BlockContext = { lex: src.minutes.lexicon, prompts: reader.prompts, left };
  const m = src.minutes;
  const labelParts = [...m.byId.values()].flatMap((s) => s.parts.filter((p) => p.rule === 'label'));
  const r: Reading = { src, ctx, text: m.doc.text, labelParts };
  const required = new Set(requiredSections(src).map((s) => s.id));
  const shown: Shown[] = [];
  const sections: ExportSection[] = [];
  const placeholdersIn: string[] = [];
  const noting = <X>(id: string, read: () => X): X => {
    const before = left.placeholders;
    const x = read();
    if (left.placeholders > before) placeholdersIn.push(id);
    return x;
  };
  for (const spec of src.config.sections) {
    const s = noting(spec.id, () => section(r, spec.id, spec.title, shown));
    if (s) sections.push(s);
    else if (required.has(spec.id)) sections.push({ id: spec.id, title: spec.title, state: 'missing', blocks: [{ kind: 'note', text: T.notInMinutes }] });
  }
  const extra = noting('other', () => others(r));
  if (extra.length > 0) sections.push({ id: 'other', title: T.otherSection.professionals, state: 'written', blocks: extra });
  left.placeholdersIn = placeholdersIn;
  return {
    audience: 'professionals',
    title: T.title.professionals,
    details: details(src, ctx),
    intro: [],
    sections,
    notes: notesOf(left, sections),
    glossary: [],
    footer: T.footer,
    left,
    stamp: stampOf(stampedMeta(src), sections),
  };
}
