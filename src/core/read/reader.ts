/**
 * Everything needed to read one team's minutes, built once per configuration: the template's
 * sections with their phrases (the procedure pack's, the team's `sections` and aliases), the heading
 * matcher, and the lexicon with the team's own words.
 */
import type { Config } from '../config';
import { templatePrompts } from '../messages/template';
import type { SectionSpec } from '../template';
import { HeadingMatcher } from './heading-matcher';
import { Lexicon, LexiconAliases, lexiconFor, plainWords } from './lexicon';
import { DEFAULT_PACK, DualPhrase } from './pack';

export interface ReaderOptions {
  sections: readonly SectionSpec[];
  dualPhrases: readonly DualPhrase[];
  keywords?: Readonly<Record<string, readonly string[]>>;
  aliases: LexiconAliases;
  /** Prompt texts of the template (inserted by fixes and new minutes): such text alone is not content. */
  prompts: readonly string[];
}

/** Single words that may name a section in a "Label: ..." line; other labels need two words ("Date" alone is the meeting's date). */
const ONE_WORD_LABELS: Record<string, string> = {
  present: 'attendance', apologies: 'attendance', attendees: 'attendance', absent: 'attendance', attendance: 'attendance',
  contingency: 'contingency', circulation: 'distribution', distribution: 'distribution', escalation: 'escalation',
};

export class Reader {
  readonly matcher: HeadingMatcher;
  readonly lexicon: Lexicon;
  readonly prompts: ReadonlySet<string>;
  private readonly labelMemo = new Map<string, string[]>();

  constructor(readonly options: ReaderOptions) {
    this.lexicon = lexiconFor(options.aliases);
    this.matcher = new HeadingMatcher(
      options.sections.map((s) => ({ id: s.id, phrases: [s.title, ...s.phrases], aliases: s.aliases })),
      options.dualPhrases,
      this.lexicon.folding,
      options.keywords,
      DEFAULT_PACK.sections,
    );
    this.prompts = new Set(options.prompts.map((p) => plainWords(p).join(' ')));
  }

  get sections(): readonly SectionSpec[] {
    return this.options.sections;
  }

  /** The sections a "Label: value" line supplies, if any ("Present:" -> attendance; "Date sent:" -> distribution). */
  labelSections(label: string): string[] {
    const hit = this.labelMemo.get(label);
    if (hit) return hit;
    const words = plainWords(label);
    let ids: string[] = [];
    if (this.lexicon.distribution.some(([w]) => w.join(' ') === words.join(' '))) ids = ['distribution'];
    else if (words.length === 1) ids = ONE_WORD_LABELS[words[0]] ? [ONE_WORD_LABELS[words[0]]] : [];
    else {
      // A label names a section only when it is that section's name, every word of it.
      const m = this.matcher.match(label);
      const f = this.matcher.folded(label);
      if (m && m.rule !== 'parts' && m.rule !== 'keyword' && m.coverage === 1 && f.set.size >= 2) ids = m.ids;
    }
    const known = new Set(this.options.sections.map((s) => s.id));
    ids = ids.filter((id) => known.has(id));
    this.labelMemo.set(label, ids);
    return ids;
  }
}

/**
 * The reader of a configuration's minutes. Built once per configuration object and then only read
 * (its memos hold pure results), so every analyser of the same settings shares it: compiling the
 * vocabulary costs more than reading a file.
 */
const readers = new WeakMap<Config, Reader>();

export function readerFor(config: Config): Reader {
  let r = readers.get(config);
  if (!r) {
    r = new Reader({ sections: config.sections, dualPhrases: config.dualPhrases, keywords: config.keywords, aliases: config.aliases, prompts: templatePrompts() });
    readers.set(config, r);
  }
  return r;
}
