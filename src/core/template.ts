/**
 * The template of core group minutes: section ids, titles, when each is required, and the phrases
 * that name each one. The default is the `england` procedure pack (src/core/packs/england.json);
 * a `.coregroup.json` may name another pack or list its own sections.
 */
import { DEFAULT_PACK, Pack, Requirement } from './read/pack';

export type { Requirement };

export interface SectionSpec {
  id: string;
  title: string;
  /** The team's own titles and aliases (`.coregroup.json`): they outrank the built-in vocabulary. */
  aliases: readonly string[];
  required: Requirement;
  /** The procedure pack's phrases for this section, matched by meaning. */
  phrases: readonly string[];
}

export function sectionsOfPack(pack: Pack): SectionSpec[] {
  return pack.sections.map((s) => ({ id: s.id, title: s.title, aliases: [], required: s.required, phrases: s.phrases }));
}

export const DEFAULT_SECTIONS: readonly SectionSpec[] = Object.freeze(sectionsOfPack(DEFAULT_PACK));

export const BUILT_IN_SECTION_IDS = new Set(DEFAULT_PACK.sections.map((s) => s.id));

/**
 * The dimension of a finding about a whole section (CG001 missing, CG002 empty): safeguarding (S) for
 * the child's voice and the analysis of safety, quality of the record (Q) for every other section.
 */
export function sectionDimension(id: string): 'S' | 'Q' {
  return id === 'child-voice' || id === 'safety' ? 'S' : 'Q';
}

/** That rule in words, for the checks' `dimensionNote` (the README's and the docs' tables). */
export const SECTION_DIMENSION_NOTE = "S for the child's voice and the analysis of safety";
