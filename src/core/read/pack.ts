/**
 * Procedure packs (src/core/packs/*.json): a pack sets the template (sections, their order and when
 * each is required, the phrases that name them), timescales, manager roles and which checks apply.
 * `england` is the default; `signs-of-safety` and `wales` extend or replace parts of it. A pack is
 * data: adding one is a JSON file and a line in PACK_FILES.
 */
import ENGLAND from '../packs/england.json';
import SIGNS_OF_SAFETY from '../packs/signs-of-safety.json';
import WALES from '../packs/wales.json';
import type { SeverityOrOff } from '../types';

export type Requirement = 'always' | 'optional' | 'when-previous';

export interface PackSection {
  id: string;
  title: string;
  required: Requirement;
  /** Phrases that name the section, matched by meaning (../read/phrase-index.ts). */
  phrases: readonly string[];
}

export interface DualPhrase {
  phrase: string;
  sections: readonly string[];
}

export interface Pack {
  id: string;
  title: string;
  sections: readonly PackSection[];
  dualPhrases: readonly DualPhrase[];
  /** Words that on their own point to a section, used only when no phrase names the heading ("Outcomes achieved and evidence of impact"). */
  keywords: Readonly<Record<string, readonly string[]>>;
  timescales: { firstMeetingWorkingDays: number; maxDaysBetweenMeetings: number };
  managerRoles: readonly string[];
  checks: Readonly<Record<string, SeverityOrOff>>;
  /** Signs of Safety: an absent parent is considered wherever the minutes discuss them, not only in "Parents and carers". */
  parentsConsideredAnywhere: boolean;
  sources: readonly string[];
}

interface PackFile {
  id: string;
  title: string;
  extends?: string;
  sections?: { id: string; title?: string; required?: string; phrases?: string[] }[];
  required?: Record<string, string>;
  phrases?: Record<string, string[]>;
  dualPhrases?: DualPhrase[];
  keywords?: Record<string, string[]>;
  timescales?: Pack['timescales'];
  managerRoles?: string[];
  checks?: Record<string, string>;
  parentsConsideredAnywhere?: boolean;
  sources?: string[];
}

const PACK_FILES: readonly PackFile[] = [ENGLAND, SIGNS_OF_SAFETY, WALES];

export const DEFAULT_PACK_ID = 'england';
export const PACK_IDS: readonly string[] = PACK_FILES.map((p) => p.id);

function asRequirement(r: string | undefined, fallback: Requirement): Requirement {
  return r === 'always' || r === 'optional' || r === 'when-previous' ? r : fallback;
}

function build(file: PackFile, base: Pack | undefined): Pack {
  const baseSections = new Map((base?.sections ?? []).map((s) => [s.id, s]));
  const listed = file.sections ?? base?.sections ?? [];
  const sections: PackSection[] = listed.map((s) => {
    const inherited = baseSections.get(s.id);
    const own = 'phrases' in s && Array.isArray(s.phrases) ? s.phrases : [];
    const title = ('title' in s && typeof s.title === 'string' ? s.title : undefined) ?? inherited?.title ?? s.id;
    const required = asRequirement(file.required?.[s.id] ?? ('required' in s ? (s.required as string | undefined) : undefined), inherited?.required ?? 'always');
    const phrases = [title, ...own, ...(file.phrases?.[s.id] ?? []), ...(inherited?.phrases ?? [])];
    return { id: s.id, title, required, phrases: [...new Set(phrases)] };
  });
  return Object.freeze({
    id: file.id,
    title: file.title,
    sections: Object.freeze(sections),
    dualPhrases: Object.freeze([...(file.dualPhrases ?? []), ...(base?.dualPhrases ?? [])]),
    keywords: Object.freeze({ ...(base?.keywords ?? {}), ...(file.keywords ?? {}) }),
    timescales: Object.freeze({ ...(base?.timescales ?? { firstMeetingWorkingDays: 10, maxDaysBetweenMeetings: 42 }), ...(file.timescales ?? {}) }),
    managerRoles: Object.freeze(file.managerRoles ?? base?.managerRoles ?? []),
    checks: Object.freeze({ ...(base?.checks ?? {}), ...((file.checks ?? {}) as Record<string, SeverityOrOff>) }),
    parentsConsideredAnywhere: file.parentsConsideredAnywhere ?? base?.parentsConsideredAnywhere ?? false,
    sources: Object.freeze(file.sources ?? []),
  });
}

const PACKS = new Map<string, Pack>();
for (const file of PACK_FILES) PACKS.set(file.id, build(file, file.extends ? PACKS.get(file.extends) : undefined));

export function packById(id: string): Pack | undefined {
  return PACKS.get(id);
}

export const DEFAULT_PACK: Pack = PACKS.get(DEFAULT_PACK_ID)!;
