/**
 * The words an exported copy of the minutes adds of its own: the meeting details' labels, the notes
 * on what the copy leaves out, the family version's explanations and the footer. Everything else in
 * an export is the practitioner's own text.
 */
const list = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join(', ');
/** A count at the start of a note's sentence: "One prompt ...", "3 prompts ...". */
const times = (n: number) => (n === 1 ? 'One' : String(n));

export const exportText = {
  title: { professionals: 'Core group minutes', family: 'Core group meeting: notes for the family' },
  details: {
    child: 'Child',
    date: 'Date of the meeting',
    meeting: 'Core group meeting number',
    chair: 'Chaired by',
    icpc: 'Initial child protection conference',
    area: 'Area',
    team: 'Team',
  },
  chair: (name: string, role?: string) => (role ? `${name}, ${role}` : name),
  footer: 'Confidential: contains personal information about a child',
  version: (stamp: string) => `Version ${stamp} of these minutes (the distribution section records which version was shared)`,
  page: 'Page',
  of: 'of',
  notesHeading: 'About this copy',
  otherSection: { professionals: 'Also in these minutes', family: 'Other things written down' },
  glossaryHeading: 'Short forms used in these notes',
  nothingRecorded: 'Nothing was recorded here.',
  notInMinutes: 'These minutes have no section for this.',
  recordedWith: (title: string) => `Recorded with “${title}” above.`,
  partlyWith: (title: string) => `Part of this is recorded with “${title}” above.`,
  notes: {
    asWritten: 'Everything below the meeting details is as the minutes record it, in the order of the minutes template; nothing has been reworded.',
    prompts: (n: number) => `${times(n)} ${n === 1 ? 'prompt' : 'prompts'} for the writer of the minutes (notes in the template that are not part of the record) ${n === 1 ? 'is' : 'are'} left out.`,
    placeholders: (n: number, where: readonly string[] = []) =>
      `${times(n)} unfilled ${n === 1 ? 'gap' : 'gaps'} of the template (such as “TBC”, “?” or “[Name]”) ${n === 1 ? 'is' : 'are'} left out${where.length > 0 ? `, under ${list(where)}` : ''}.`,
    images: (n: number) => `${times(n)} ${n === 1 ? 'picture is' : 'pictures are'} not included.`,
    empty: (titles: string[]) => `Nothing was recorded under ${list(titles)}.`,
    missing: (titles: string[]) => `These minutes have no ${titles.length === 1 ? 'section' : 'sections'} for ${list(titles)}.`,
    familyOrder: 'This copy is the same record as the minutes, set out in the order a family reads it: what is going well, what the professionals are worried about, what needs to happen, and who does what by when.',
    familyIds: 'Action numbers, outcome numbers and other reference codes the professionals use are left out; the words are as written.',
    familyExplain: 'Words in italics are explanations added to help you read this copy; they are not part of the minutes. Short forms are written out in brackets the first time they appear.',
  },
  /** The family version's opening explanation: general words about core groups, never about this child. */
  familyIntro: [
    {
      heading: 'What a core group is',
      paragraphs: [
        'A core group is a small group of people who work together while a child has a child protection plan: the child’s social worker, the parents or carers, and professionals who know the child, such as their school, nursery, health visitor or doctor. It meets regularly, usually every few weeks, to check how the plan is going and to agree what happens next.',
      ],
    },
    {
      heading: 'What the plan is for',
      paragraphs: [
        'The child protection plan says what needs to change so that the child is safe and well, who will do what to help, and by when. At each meeting the core group looks at each part of the plan and says how it is going. Green means it is going well; Amber means there is some progress but more is needed; Red means there is little progress or serious worries remain.',
        'These are the notes (the minutes) of one meeting. If anything is unclear, or you think something is wrong, talk to your social worker.',
      ],
    },
  ],
  ratingWord: { red: 'Red', amber: 'Amber', green: 'Green' } as Record<'red' | 'amber' | 'green', string>,
};
