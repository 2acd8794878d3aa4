/**
 * Matching by meaning: a text (a heading, a column header, a label) is matched to the phrases of a
 * vocabulary after both are folded into word stems (./normalise.ts). A phrase matches when every one
 * of its stems is in the text, in any order; a one-word phrase only when the text is that word
 * alone (so "Present" is the attendance, "Presenting issues" is not).
 *
 * Ambiguity is resolved predictably (docs/reading.md): a phrase from the team's own configuration
 * first; then the phrase with more words; then the one covering more of the text; then the earlier
 * entry (the template's order).
 */
import { fold, Folded, FoldMode, WordFolding } from './normalise';

export interface PhraseEntry<T> {
  phrase: string;
  target: T;
  /** Configured aliases outrank the built-in vocabulary. */
  priority?: number;
}

export interface PhraseMatch<T> {
  target: T;
  phrase: string;
  /** How many stems of the text the phrase accounts for. */
  size: number;
  /** size / distinct stems of the text. */
  coverage: number;
  priority: number;
}

interface Compiled<T> {
  entry: PhraseEntry<T>;
  stems: string[];
  order: number;
}

export class PhraseIndex<T> {
  private readonly compiled: Compiled<T>[] = [];
  private readonly byStem = new Map<string, Compiled<T>[]>();
  private readonly memo = new Map<string, PhraseMatch<T>[]>();
  /** Foldings already done (headers and headings repeat across a file and its series). */
  private readonly folds = new Map<string, Folded>();
  private readonly known: ReadonlySet<T>;

  private readonly mode: FoldMode;

  constructor(
    entries: readonly PhraseEntry<T>[],
    private readonly folding: WordFolding,
    mode: FoldMode,
  ) {
    // The vocabulary's own stems, so that "Professional's" is read as a word, not as the child's name.
    const known = new Set<string>();
    for (const e of entries) for (const st of fold(e.phrase, folding, {}).stems) known.add(st);
    this.mode = { ...mode, known };
    const seen = new Set<string>();
    entries.forEach((entry, order) => {
      const stems = [...fold(entry.phrase, folding, this.mode).set].sort();
      const key = stems.join(' ') + '\u0000' + JSON.stringify(entry.target);
      if (stems.length === 0 || seen.has(key)) return;
      seen.add(key);
      const c: Compiled<T> = { entry, stems, order };
      this.compiled.push(c);
      // Indexed by the phrase's first stem: only phrases whose first stem is in the text are tried.
      const list = this.byStem.get(stems[0]) ?? [];
      list.push(c);
      this.byStem.set(stems[0], list);
    });
    this.known = new Set(this.compiled.map((c) => c.entry.target));
  }

  /** The targets this index knows (its columns, or its sections). */
  targets(): ReadonlySet<T> {
    return this.known;
  }

  /** Every matching phrase, best first. */
  matchAll(folded: Folded): PhraseMatch<T>[] {
    const key = [...folded.set].sort().join(' ');
    const hit = this.memo.get(key);
    if (hit) return hit;
    const distinct = folded.set.size;
    const found: (PhraseMatch<T> & { order: number })[] = [];
    for (const s of folded.set) {
      for (const c of this.byStem.get(s) ?? []) {
        if (c.stems.length === 1 && distinct !== 1) continue;
        if (!c.stems.every((x) => folded.set.has(x))) continue;
        found.push({ target: c.entry.target, phrase: c.entry.phrase, size: c.stems.length, coverage: c.stems.length / Math.max(1, distinct), priority: c.entry.priority ?? 0, order: c.order });
      }
    }
    found.sort((a, b) => b.priority - a.priority || b.size - a.size || b.coverage - a.coverage || a.order - b.order);
    const out = found.map(({ order: _order, ...m }) => m);
    if (this.memo.size > 5000) this.memo.clear();
    this.memo.set(key, out);
    return out;
  }

  match(text: string, initials: readonly string[] = []): PhraseMatch<T>[] {
    return this.matchAll(this.fold(text, initials));
  }

  /** The folding of a text as this index folds it. */
  fold(text: string, initials: readonly string[] = []): Folded {
    const key = initials.length ? `${text}\u0000${initials.join('\u0000')}` : text;
    let f = this.folds.get(key);
    if (!f) {
      if (this.folds.size > 5000) this.folds.clear();
      f = fold(text, this.folding, { ...this.mode, initials });
      this.folds.set(key, f);
    }
    return f;
  }
}
