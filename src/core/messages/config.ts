/** Why a `.coregroup.json` cannot be used (CG003 `config` says so, and the defaults apply). */
export const configProblems = {
  notObject: 'it must be a JSON object ({ ... }).',
  unknownKey: (key: string) => `"${key}" is not a setting this tool knows.`,
  wrongType: (key: string, what: string) => `"${key}" must be ${what}.`,
  unknownCode: (code: string) => `"${code}" is not a check code (they look like CG010).`,
  badSeverity: (code: string) => `the level for ${code} must be one of off, hint, information, warning, error.`,
  badHoliday: (value: string) => `"${value}" in extraHolidays is not a date (use YYYY-MM-DD).`,
  badSection: (n: number) => `section ${n} in "sections" needs an "id" (lower case letters and hyphens) and a "title".`,
  duplicateSection: (id: string) => `the section id "${id}" is listed twice.`,
  badJson: (code: string, offset: number) => `it is not valid JSON (${code} at character ${offset + 1}).`,
  badProcedure: (value: string, known: readonly string[]) => `"${value}" is not a procedure pack this tool knows (use ${known.map((k) => `"${k}"`).join(', ')}).`,
  unknownSection: (id: string) => `"aliases.sections" names the section "${id}", which the template does not have.`,
};
