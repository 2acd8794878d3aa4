/**
 * What CG003 says about the front matter and the file as a whole: no front matter, YAML that cannot be
 * read (in our words for each of the YAML library's error codes: its own messages are never shown),
 * a date that is not a date, a file saved as UTF-16, minutes with more structure than is read.
 */
export const frontMatterText = {
  none: 'These minutes have no front matter (the block between --- lines at the top), so the meeting date, the child and the earlier minutes are unknown.',
  yaml: (detail: string) => `The front matter cannot be read: ${detail} Until it is fixed, the meeting date, number and earlier minutes are unknown.`,
  noDate: 'The front matter has no meeting date (date: YYYY-MM-DD). Without it, overdue actions and timescales cannot be checked.',
  badDate: (raw: string) => `"${raw}" is not a date this tool can read. Write the meeting date as YYYY-MM-DD (for example 2026-11-20) so timescales can be checked.`,
  config: (file: string, problem: string) => `The settings file ${file} cannot be used, so the standard settings apply: ${problem}`,
  parse: 'This file could not be read as Markdown, so it was not checked.',
  dateNotText: 'The meeting date is written as a list or a set of keys, not a date. Write it as YYYY-MM-DD (for example 2026-11-20) so timescales can be checked.',
  utf16: 'This file is saved as UTF-16 (which Windows may call "Unicode"), so this tool cannot read it and nothing in it was checked. Save it as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding") and check it again.',
  tooLarge: (line: number) =>
    `These minutes hold more structure than this tool reads in one go (thousands of tables, list items, link definitions or very short lines), so nothing from line ${line} on was read or checked. Remove what was pasted in by mistake, or split the minutes.`,
  /** The YAML library's errors, by code, in our words (its own messages are never shown). */
  yamlFaults: {
    fault: (what: string, line: number) => `${what} (line ${line}).`,
    duplicateKey: (key: string, line: number) => `"${key}" is given twice (again on line ${line}), so it is not clear which is meant.`,
    notKeyValues: 'The front matter is not a list of "key: value" lines.',
    tooLong: (lines: number) => `it is longer than ${lines.toLocaleString('en-GB')} lines, which no minutes need, so it was not read`,
    codes: {
      ALIAS_PROPS: 'an alias (*name) has a tag or an anchor of its own',
      BAD_ALIAS: 'an alias (*name) refers to nothing defined before it',
      BAD_DIRECTIVE: 'a line starting with % is not understood',
      BAD_DQ_ESCAPE: 'a backslash inside double quotes is not followed by something YAML knows',
      BAD_INDENT: 'a line is indented wrongly',
      BAD_PROP_ORDER: 'an anchor (&) or tag (!) is in the wrong place',
      BAD_SCALAR_START: 'a value starts with a character YAML keeps for itself (such as @, ` or %); put the value in quotes',
      BLOCK_AS_IMPLICIT_KEY: 'a nested block is used as a key',
      BLOCK_IN_FLOW: 'a nested block is inside [ ] or { }',
      IMPOSSIBLE: 'it is not valid YAML',
      KEY_OVER_1024_CHARS: 'a key is longer than 1,024 characters',
      MISSING_CHAR: 'a closing quote or bracket is missing',
      MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line (is a ":" or a quote missing?)',
      MULTIPLE_ANCHORS: 'a value has two anchors (&)',
      MULTIPLE_DOCS: 'it holds more than one YAML document',
      MULTIPLE_TAGS: 'a value has two tags (!)',
      NON_STRING_KEY: 'a key is not text',
      RESOURCE_EXHAUSTION: 'its aliases (*name) repeat each other so often that reading them would take too long',
      TOO_DEEP: 'lists or brackets are nested inside one another hundreds of times, more deeply than this tool reads',
      TAB_AS_INDENT: 'a line is indented with a tab, and YAML needs spaces',
      TAG_RESOLVE_FAILED: 'a value with a tag (!!) cannot be read as that tag says',
      UNEXPECTED_TOKEN: 'there is something YAML does not expect there, such as a stray ":", quote or bracket',
      BAD_COLLECTION_TYPE: 'a tag (!!) does not fit its value',
      other: 'it is not valid YAML',
    } as Record<string, string>,
  },
};
