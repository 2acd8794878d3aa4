/**
 * Applying many fixes at once ("Add all missing sections", fix-all on save): each fix is applied and
 * the text analysed again, so later fixes see earlier ones; the result is returned as inserts into
 * the ORIGINAL text, so the host can make one undoable, insert-only edit.
 */
import type { Analyser, AnalyseRequest } from './analyse';
import type { Finding, Fix } from './types';

/** Accumulates inserts made into a changing text, remembered by their offset in the original text. */
export class InsertAccumulator {
  private readonly inserts = new Map<number, string>();

  /** Records an insert at `offset` of the current text (the original with every insert so far). */
  add(offset: number, text: string): void {
    let shift = 0;
    for (const at of [...this.inserts.keys()].sort((a, b) => a - b)) {
      const s = this.inserts.get(at)!;
      const start = at + shift;
      if (offset < start) break;
      if (offset <= start + s.length) {
        this.inserts.set(at, s.slice(0, offset - start) + text + s.slice(offset - start));
        return;
      }
      shift += s.length;
    }
    this.inserts.set(offset - shift, text);
  }

  /** The inserts, by offset in the original text, in ascending order. */
  edits(): { offset: number; text: string }[] {
    return [...this.inserts.entries()].sort((a, b) => a[0] - b[0]).map(([offset, text]) => ({ offset, text }));
  }

  static applyTo(text: string, edits: { offset: number; text: string }[]): string {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.text + out.slice(e.offset);
    return out;
  }
}

export function applyFix(text: string, fix: Fix): string {
  return InsertAccumulator.applyTo(text, fix.edits);
}

export interface FixAllResult {
  edits: { offset: number; text: string }[];
  applied: { code: string; subject: string }[];
}

/**
 * Applies the preferred fix of every finding that `accept` lets through, one at a time, until none
 * is left. Only preferred fixes: a choice (a RAG rating, the date minutes were shared) is never made
 * for the practitioner. Bounded: each finding is tried once.
 */
export async function fixAll(analyser: Analyser, req: AnalyseRequest & { text: string }, accept: (f: Finding) => boolean): Promise<FixAllResult> {
  const acc = new InsertAccumulator();
  const tried = new Set<string>();
  const applied: FixAllResult['applied'] = [];
  let text = req.text;
  for (let round = 0; round < 500; round++) {
    const analysis = await analyser.analyse({ ...req, text });
    const next = analysis.findings.find((f) => accept(f) && !tried.has(`${f.code}/${f.subject}`) && f.fixes.some((x) => x.isPreferred));
    if (!next) break;
    tried.add(`${next.code}/${next.subject}`);
    const fix = next.fixes.find((x) => x.isPreferred)!;
    for (const e of [...fix.edits].sort((a, b) => b.offset - a.offset)) acc.add(e.offset, e.text);
    text = applyFix(text, fix);
    applied.push({ code: next.code, subject: next.subject });
  }
  // Leave the analyser's cache holding the real text again.
  await analyser.analyse({ ...req });
  return { edits: acc.edits(), applied };
}
