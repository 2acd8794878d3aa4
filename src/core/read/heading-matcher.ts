/**
 * Which section (or sections) a heading names, by meaning (real-minutes.md, principles 1 and 2).
 *
 * In order, the first that gives an answer wins:
 * 1. a phrase naming two sections at once ("Engagement of the parents and the child");
 * 2. the part before a dash or colon, when it names a section on its own ("Steps needed – what,
 *    when and who by" is the revised plan; "Analysis – what is stopping outcomes being met" is the
 *    analysis, not the escalation);
 * 3. the whole heading;
 * 4. a heading that joins two names with "and", "&", "/" or a comma ("The child's voice and the
 *    parents' views") serves each section its parts name;
 * 5. failing all of those, a word that points to one section on its own (the pack's `keywords`:
 *    "Outcomes achieved and evidence of impact" is the progress against the plan).
 * Within one step the phrase index decides (./phrase-index.ts): configured aliases first, then more
 * words, then more of the heading covered, then the template's order. Results are memoised.
 */
import type { Folded, WordFolding } from './normalise';
import { fold, plainHeading } from './normalise';
import type { DualPhrase } from './pack';
import { PhraseEntry, PhraseIndex, PhraseMatch } from './phrase-index';

export type HeadingRule = 'alias' | 'dual' | 'head' | 'whole' | 'parts' | 'keyword';

export interface HeadingMatch {
  ids: string[];
  rule: HeadingRule;
  /** The vocabulary phrase (or phrases) that matched. */
  phrases: string[];
  /** The share of the heading's words the phrase accounts for (1: the heading is that phrase). */
  coverage: number;
  /** Another section the heading could name equally well, when there is one (the template's order decided). */
  alsoFits?: string;
}

export interface SectionPhrases {
  id: string;
  phrases: readonly string[];
  /** The team's own titles and aliases (`.coregroup.json`), which outrank the built-in vocabulary. */
  aliases?: readonly string[];
}

/** Marks a phrase of a built-in section the template leaves out. */
const OUTSIDE = '!';

const HEAD_SPLIT = /\s+[–—-]\s+|:\s+|\s+\/\s+/;
const PART_SPLIT = /\s+(?:and|&|\+)\s+|\s*\/\s*|,\s+/i;

export class HeadingMatcher {
  private readonly index: PhraseIndex<string>;
  private readonly dual: { stems: ReadonlySet<string>; ids: string[]; phrase: string }[];
  private readonly memo = new Map<string, HeadingMatch | null>();
  private readonly keywords = new Map<string, string>();

  constructor(
    sections: readonly SectionPhrases[],
    dualPhrases: readonly DualPhrase[],
    private readonly folding: WordFolding,
    keywords: Readonly<Record<string, readonly string[]>> = {},
    /** Built-in sections the template leaves out: a heading naming one of them names no section here (not even by a keyword). */
    outside: readonly SectionPhrases[] = [],
  ) {
    for (const [id, words] of Object.entries(keywords)) {
      if (!sections.some((s) => s.id === id)) continue;
      for (const w of words) for (const st of fold(w, folding).stems) if (!this.keywords.has(st)) this.keywords.set(st, id);
    }
    const known = new Set(sections.map((s) => s.id));
    const entries: PhraseEntry<string>[] = [];
    for (const s of sections) for (const a of s.aliases ?? []) entries.push({ phrase: a, target: s.id, priority: 2 });
    for (const s of sections) for (const p of s.phrases) entries.push({ phrase: p, target: s.id });
    for (const s of outside) if (!known.has(s.id)) for (const p of s.phrases) entries.push({ phrase: p, target: OUTSIDE + s.id });
    this.index = new PhraseIndex(entries, folding, { heading: true });
    this.dual = dualPhrases
      .filter((d) => d.sections.every((id) => known.has(id)))
      .map((d) => ({ stems: fold(d.phrase, folding, { heading: true }).set, ids: [...d.sections], phrase: d.phrase }));
  }

  match(text: string, initials: readonly string[] = []): HeadingMatch | undefined {
    const key = text + '\u0000' + initials.join('');
    if (this.memo.has(key)) return this.memo.get(key) ?? undefined;
    const m = this.compute(text, initials);
    if (this.memo.size > 5000) this.memo.clear();
    this.memo.set(key, m ?? null);
    return m;
  }

  /** Whether section `id` fits the heading as well as any other does (a tie with the best match, or the best itself). */
  fitsAsWell(text: string, id: string, initials: readonly string[] = []): boolean {
    const all = this.index.match(plainHeading(text), initials);
    const mine = all.find((m) => m.target === id);
    const best = all[0];
    return mine !== undefined && mine.priority === best.priority && mine.size === best.size && mine.coverage === best.coverage;
  }

  /** The heading's stems, as the matcher reads them (for `explain` and near-miss suggestions). */
  folded(text: string, initials: readonly string[] = []): Folded {
    return fold(text, this.folding, { heading: true, initials });
  }

  private best(text: string, initials: readonly string[]): { m: PhraseMatch<string>; alsoFits?: string } | undefined {
    const all = this.index.match(text, initials);
    if (all.length === 0) return undefined;
    const [m, ...rest] = all;
    const rival = rest.find((r) => r.target !== m.target && r.priority === m.priority && r.size === m.size && r.coverage === m.coverage);
    return { m, alsoFits: rival?.target };
  }

  private compute(text: string, initials: readonly string[]): HeadingMatch | undefined {
    const plain = plainHeading(text);
    const whole = this.folded(plain, initials);
    if (whole.set.size === 0) return undefined;
    const dual = this.dual.find((d) => d.stems.size === whole.set.size && [...d.stems].every((s) => whole.set.has(s)));
    if (dual) return { ids: dual.ids, rule: 'dual', phrases: [dual.phrase], coverage: 1 };
    const asMatch = (b: { m: PhraseMatch<string>; alsoFits?: string }, rule: HeadingRule): HeadingMatch => ({
      ids: [b.m.target], rule: b.m.priority > 0 ? 'alias' : rule, phrases: [b.m.phrase], coverage: b.m.coverage, ...(b.alsoFits ? { alsoFits: b.alsoFits } : {}),
    });
    const head = plain.split(HEAD_SPLIT)[0];
    if (head !== plain) {
      const h = this.best(head, initials);
      if (h) return h.m.target.startsWith(OUTSIDE) ? undefined : asMatch(h, 'head');
    }
    const w = this.best(plain, initials);
    // A section the template does not have ("Review of previous actions" in a template without one).
    if (w?.m.target.startsWith(OUTSIDE)) return undefined;
    // Asides in brackets ("(alone and with family)") qualify the heading; they name no section of their own.
    const parts = plain.replace(/\([^)]*\)/g, ' ').split(PART_SPLIT).filter((p) => p.trim() !== '');
    if (parts.length > 1 && (!w || w.m.coverage < 1)) {
      const found = parts.map((p) => this.best(p, initials)).filter((x): x is { m: PhraseMatch<string> } => x !== undefined && !x.m.target.startsWith(OUTSIDE));
      const ids = [...new Set(found.map((f) => f.m.target))];
      if (ids.length > 1 || (!w && ids.length === 1 && found.length === parts.length)) {
        return { ids, rule: 'parts', phrases: found.map((f) => f.m.phrase), coverage: 1 };
      }
    }
    if (w) return asMatch(w, 'whole');
    // No phrase names it: a word that points to one section on its own, the first such word deciding.
    for (const st of whole.stems) {
      const id = this.keywords.get(st);
      if (id) return { ids: [id], rule: 'keyword', phrases: [st], coverage: 1 / whole.set.size };
    }
    return undefined;
  }
}
