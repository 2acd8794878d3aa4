/**
 * The family version: the professionals' export (./build.ts) set out in the order a parent reads it
 * (./family.json: what is going well, what we are worried about, what needs to happen, who does what
 * by when, then what people said and the meeting itself), with a short explanation of what a core
 * group is and what the plan is for, short forms written out in brackets the first time (from
 * ./acronyms.json), and the professionals' reference codes left out: the ID column of action
 * tables, "O1" before an outcome's title (an outcome cell holding only "O2" shows that outcome's
 * title), and check codes (CG013). Whole blocks move between groups; no word is added to the
 * practitioner's (explanations are marked as ours), reworded or dropped, but for those codes.
 */
import { exportText } from '../messages/export';
import { plainWords } from '../read/lexicon';
import type { ExportSource } from './build';
import { notesOf } from './build';
import ACRONYMS from './acronyms.json';
import FAMILY from './family.json';
import { Block, ExportDocument, ExportSection, Inline, textOf } from './model';

type GroupId = string;
const TITLES: Record<string, string | undefined> = FAMILY.sectionTitles;
const COLUMNS: Record<string, string | undefined> = FAMILY.columns;
const OUTCOME_PREFIX = /^\s*O(\d{1,3})\b[\s.:)–—-]*/;
const OUTCOME_LIST = /^\s*O\d{1,3}(?:\s*(?:[,;&/+]|and)\s*O\d{1,3})*\s*$/i;
/** A reference in brackets, "(CG031)", "(see CG031)", "(A6)", "(action A6)": left out whole. */
const CODE_IN_BRACKETS = (ids: string) => new RegExp(`\\s*\\((?:see\\s+|action\\s+|check\\s+)*(?:CG\\d{3}${ids})(?:\\s*[,;]\\s*(?:CG\\d{3}${ids}))*\\)`, 'gi');
const CHECK_CODE = /\s*\bCG\d{3}\b/g;

/** The group a part of the analysis of safety belongs to, by the words it starts with (a heading, or a "Label:"). */
function safetyGroupOf(b: Block): GroupId | undefined {
  let lead = '';
  if (b.kind === 'heading') lead = textOf(b.content);
  else if (b.kind === 'paragraph') {
    const first = textOf(b.content).split('\n')[0];
    const m = /^([^:]{2,80}):/.exec(first);
    if (!m) return undefined;
    lead = m[1];
  } else return undefined;
  const words = ` ${plainWords(lead).join(' ')} `;
  for (const [group, phrases] of Object.entries(FAMILY.safety.phrases)) {
    if (phrases.some((p) => words.includes(` ${plainWords(p).join(' ')} `))) return group;
  }
  return lead ? FAMILY.safety.default : undefined;
}

/** The analysis of safety, block by block, sent to its groups: a block that names its group starts it, the rest follow. */
function splitSafety(blocks: readonly Block[]): Map<GroupId, Block[]> {
  const out = new Map<GroupId, Block[]>();
  let current: GroupId = FAMILY.safety.default;
  for (const b of blocks) {
    current = safetyGroupOf(b) ?? current;
    out.set(current, [...(out.get(current) ?? []), b]);
  }
  return out;
}

/** Check codes anywhere, and action IDs of this series in brackets, left out of the family's copy. */
class Codes {
  private readonly inBrackets: RegExp;

  constructor(actionIds: readonly string[]) {
    const ids = actionIds.filter((id) => /^[A-Za-z]{1,3}\d{1,4}$/.test(id)).map((id) => `|${id}`).join('');
    this.inBrackets = CODE_IN_BRACKETS(ids);
  }

  without(content: readonly Inline[]): Inline[] {
    return content.map((i) => (i.kind === 'text' ? { ...i, text: i.text.replace(this.inBrackets, '').replace(CHECK_CODE, '') } : i));
  }
}

function outcomeHeading(content: readonly Inline[]): Inline[] {
  const [first, ...rest] = content;
  if (first?.kind !== 'text' || !OUTCOME_PREFIX.test(first.text)) return [...content];
  const text = first.text.replace(OUTCOME_PREFIX, '');
  return text === '' ? rest : [{ ...first, text }, ...rest];
}

/** One block as the family reads it: codes left out, tables with plain column names and without the ID column. */
function familyBlock(b: Block, outcomes: Map<string, string>, codes: Codes): Block {
  switch (b.kind) {
    case 'paragraph':
      return { ...b, content: codes.without(b.content) };
    case 'heading':
      return { ...b, content: codes.without(outcomeHeading(b.content)) };
    case 'list':
      return { ...b, items: b.items.map((item) => item.map((x) => familyBlock(x, outcomes, codes))) };
    case 'quote':
      return { ...b, blocks: b.blocks.map((x) => familyBlock(x, outcomes, codes)) };
    case 'table': {
      const keep = b.columns.map((_, i) => i).filter((i) => !FAMILY.leaveOutColumns.includes(b.columns[i] ?? ''));
      const cell = (c: Inline[], i: number): Inline[] => {
        if (b.columns[i] !== 'outcome') return codes.without(c);
        // Only outcome numbers ("O2", "O1, O3"): the outcomes' titles; an unknown number is left out.
        const plain = textOf(c);
        if (!OUTCOME_LIST.test(plain)) return codes.without(outcomeHeading(c));
        const titles = [...plain.matchAll(/O(\d{1,3})/gi)].map((m) => outcomes.get('O' + +m[1])).filter((t): t is string => !!t);
        return titles.length > 0 ? [{ kind: 'text', text: titles.join('; ') }] : [];
      };
      return {
        kind: 'table',
        columns: keep.map((i) => b.columns[i]),
        header: keep.map((i) => (COLUMNS[b.columns[i] ?? ''] ? [{ kind: 'text', text: COLUMNS[b.columns[i]!]! }] : b.header[i])),
        rows: b.rows.map((r) => keep.map((i) => cell(r[i] ?? [], i))),
      };
    }
    case 'note':
      return b;
  }
}

interface Acronym {
  term: string;
  meaning: string;
  re: RegExp;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Words after which the short form is another term ("DNA test"), in lower case and capitalised. */
const notBefore = (words: readonly string[] = []) =>
  words.length === 0 ? '' : `(?!\\s+(?:${words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).map(escapeRe).join('|')})(?![\\p{L}\\p{N}]))`;

const ACRONYM_LIST: Acronym[] = ACRONYMS.acronyms.map((a) => ({
  term: a.term,
  meaning: a.meaning,
  re: new RegExp(`(?<![\\p{L}\\p{N}&.])(?:${a.forms.map(escapeRe).join('|')})(?![\\p{L}\\p{N}&])${notBefore('notBefore' in a ? a.notBefore : undefined)}`, 'u'),
}));

/** Writes out short forms: the first time each appears (outside headings), its meaning follows in brackets, as an explanation. */
class ShortForms {
  readonly found = new Map<string, string>();
  private readonly explained = new Set<string>();

  inline(content: readonly Inline[], explain: boolean): Inline[] {
    const out: Inline[] = [];
    for (const i of content) {
      if (i.kind !== 'text' || i.code) {
        out.push(i);
        continue;
      }
      let rest = i.text;
      for (;;) {
        const hit = this.first(rest);
        if (!hit) break;
        this.found.set(hit.a.term, hit.a.meaning);
        if (!explain || this.explained.has(hit.a.term)) {
          out.push({ ...i, text: rest.slice(0, hit.end) });
        } else {
          this.explained.add(hit.a.term);
          out.push({ ...i, text: rest.slice(0, hit.end) }, { kind: 'explain', text: ` (${hit.a.meaning})` });
        }
        rest = rest.slice(hit.end);
      }
      if (rest) out.push({ ...i, text: rest });
    }
    return out;
  }

  private first(text: string): { a: Acronym; end: number } | undefined {
    let best: { a: Acronym; end: number; at: number } | undefined;
    for (const a of ACRONYM_LIST) {
      const m = a.re.exec(text);
      if (m && (!best || m.index < best.at)) best = { a, at: m.index, end: m.index + m[0].length };
    }
    return best;
  }

  block(b: Block): Block {
    switch (b.kind) {
      case 'paragraph':
        return { ...b, content: this.inline(b.content, true) };
      case 'heading':
        return { ...b, content: this.inline(b.content, false) };
      case 'list':
        return { ...b, items: b.items.map((item) => item.map((x) => this.block(x))) };
      case 'quote':
        return { ...b, blocks: b.blocks.map((x) => this.block(x)) };
      case 'table':
        return { ...b, header: b.header.map((c) => this.inline(c, false)), rows: b.rows.map((r) => r.map((c) => this.inline(c, true))) };
      case 'note':
        return b;
    }
  }
}

function outcomeTitles(src: ExportSource): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of [...src.series.outcomes, ...src.minutes.outcomes]) if (o.title && !out.has(o.id)) out.set(o.id, o.title);
  return out;
}

/** The family version of a professionals' export of the same minutes. */
export function familyExport(pro: ExportDocument, src: ExportSource): ExportDocument {
  const outcomes = outcomeTitles(src);
  const m = src.minutes;
  const codes = new Codes([...m.actions, ...m.reviews, ...src.series.previous.flatMap((p) => p.actions)].map((a) => a.id ?? '').filter(Boolean));
  const byId = new Map(pro.sections.map((s) => [s.id, s]));
  const safety = splitSafety(byId.get('safety')?.blocks ?? []);
  const placed = new Set<string>();
  const child = (id: string, blocks: readonly Block[]): ExportSection => ({
    id, title: TITLES[id] ?? byId.get(id)?.title ?? id, state: 'written', blocks: blocks.map((b) => familyBlock(b, outcomes, codes)),
  });
  const groups: ExportSection[] = [];
  for (const g of FAMILY.groups) {
    const children: ExportSection[] = [];
    for (const id of g.sections) {
      const s = byId.get(id);
      if (!s || s.state !== 'written') continue;
      placed.add(id);
      const blocks = id === 'safety' ? (safety.get(g.id) ?? []) : s.blocks;
      if (blocks.length > 0) children.push(child(id, blocks));
    }
    if (children.length > 0) groups.push({ id: g.id, title: g.title, state: 'written', blocks: [], children });
  }
  // A team's own sections, and what the minutes hold under headings the template does not name.
  const rest = pro.sections.filter((s) => !placed.has(s.id) && s.state === 'written');
  const other = rest.find((s) => s.id === 'other');
  const own = rest.filter((s) => s !== other);
  if (rest.length > 0) {
    groups.push({ id: 'other', title: TITLES.other ?? exportText.otherSection.family, state: 'written', blocks: other ? child('other', other.blocks).blocks : [], children: own.map((s) => child(s.id, s.blocks)) });
  }
  const forms = new ShortForms();
  const sections = groups.map((g) => ({ ...g, blocks: g.blocks.map((b) => forms.block(b)), children: g.children?.map((c) => ({ ...c, blocks: c.blocks.map((b) => forms.block(b)) })) }));
  const familyTitle = (id: string) => sections.flatMap((g) => [g, ...(g.children ?? [])]).find((s) => s.id === id)?.title;
  const notes = [exportText.notes.familyOrder, exportText.notes.familyIds, exportText.notes.familyExplain, ...notesOf(pro.left, pro.sections, familyTitle).slice(1)];
  return {
    ...pro,
    audience: 'family',
    title: exportText.title.family,
    intro: exportText.familyIntro,
    sections,
    notes,
    glossary: [...forms.found].map(([term, meaning]) => ({ term, meaning })).sort((a, b) => a.term.localeCompare(b.term)),
  };
}
