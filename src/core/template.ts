/** The default template of core group minutes: section ids, titles, aliases, and when each is required. */

export type Requirement = 'always' | 'optional' | 'when-previous';

export interface SectionSpec {
  id: string;
  title: string;
  aliases: string[];
  required: Requirement;
}

export const DEFAULT_SECTIONS: readonly SectionSpec[] = Object.freeze([
  { id: 'attendance', title: 'Attendance and apologies', aliases: ['Attendance', 'Present', 'Attendees', 'Apologies'], required: 'always' },
  { id: 'previous-actions', title: 'Review of previous actions', aliases: ['Previous minutes and actions', 'Actions from last meeting', 'Review of actions'], required: 'when-previous' },
  { id: 'child-voice', title: "The child's voice and lived experience", aliases: ['Voice of the child', "Child's views", 'Lived experience', "The child's voice"], required: 'always' },
  { id: 'parents', title: 'Parents and carers', aliases: ['Parental engagement', 'Family views', 'Absent parent'], required: 'always' },
  { id: 'updates', title: 'Updates from the network', aliases: ['Agency updates', 'Professional updates'], required: 'always' },
  { id: 'plan-progress', title: 'Progress against the plan', aliases: ['CP plan review', 'Review of the child protection plan'], required: 'always' },
  { id: 'safety', title: 'Analysis of safety', aliases: ['Risk and safety analysis', 'Signs of Safety analysis'], required: 'always' },
  { id: 'actions', title: 'Revised plan and actions', aliases: ['Agreed actions', 'SMART actions', 'Updated CP plan'], required: 'always' },
  { id: 'escalation', title: 'Drift, delay and escalation', aliases: ['Escalation'], required: 'optional' },
  { id: 'contingency', title: 'Contingency plan', aliases: ['Contingency'], required: 'always' },
  { id: 'next-meeting', title: 'Next meeting', aliases: ['Date of next core group'], required: 'always' },
  { id: 'distribution', title: 'Minutes distribution', aliases: ['Circulation', 'Minutes shared'], required: 'always' },
] satisfies SectionSpec[]);

export const BUILT_IN_SECTION_IDS = new Set(DEFAULT_SECTIONS.map((s) => s.id));

/** A heading as compared: case, punctuation, numbering ("3." / "3)") and a trailing colon ignored. */
export function normaliseHeading(text: string): string {
  return text
    .replace(/^\s*(?:\d+|[ivxlc]+|[a-z])[.)]\s+/i, '')
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Finds which section a level-2 heading opens, given the template in force. */
export class SectionMatcher {
  private readonly byName = new Map<string, string>();

  constructor(readonly specs: readonly SectionSpec[]) {
    for (const spec of specs) {
      for (const name of [spec.title, ...spec.aliases]) {
        const key = normaliseHeading(name);
        if (!this.byName.has(key)) this.byName.set(key, spec.id);
      }
    }
  }

  match(headingText: string): string | undefined {
    return this.byName.get(normaliseHeading(headingText));
  }

  spec(id: string): SectionSpec | undefined {
    return this.specs.find((s) => s.id === id);
  }
}
