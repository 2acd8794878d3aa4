/**
 * The front matter parser's words for what the YAML library found wrong (src/core/parse/front-matter.ts),
 * in our words for each of its error codes: its own messages are never shown. CG003 puts them in its
 * finding; CG003's own sentences are in src/core/checks/cg003-front-matter.ts.
 */
export const frontMatterText = {
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
