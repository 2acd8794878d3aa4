/**
 * Structural bombs: complete, quiet fictional minutes followed by thousands of copies of one small
 * structure (tiny tables, link definitions, headings, list items...). Each costs the parser far more
 * per character than prose does. Used by the memory-limited bomb test and `npm run bench:bombs`.
 */
import { goodMinutes } from './minutes';

export interface Bomb {
  name: string;
  /** What is repeated, in words. */
  what: string;
  /** The minutes followed by the structure, about `chars` characters in all. */
  make(chars: number): string;
}

/** The sample minutes every bomb starts from. */
export const BOMB_BASE = goodMinutes();

/** `unit(i)` repeated after the minutes until the text is about `chars` long. */
function repeated(unit: (i: number) => string): (chars: number) => string {
  return (chars) => {
    const parts = [BOMB_BASE, '\n'];
    let size = BOMB_BASE.length + 1;
    for (let i = 0; size < chars; i++) {
      const u = unit(i);
      parts.push(u);
      size += u.length;
    }
    return parts.join('');
  };
}

/** One line of `n` copies of `unit`, after a prefix, filling about `chars`. */
function oneLine(prefix: string, unit: string, suffix: string): (chars: number) => string {
  return (chars) => {
    const n = Math.max(1, Math.floor((chars - BOMB_BASE.length - prefix.length - suffix.length) / unit.length));
    return `${BOMB_BASE}\n${prefix}${unit.repeat(n)}${suffix}`;
  };
}

export const BOMBS: readonly Bomb[] = [
  { name: 'tiny-tables', what: 'two-line tables, each after a blank line', make: repeated(() => '| a | b |\n|---|---|\n\n') },
  { name: 'link-definitions', what: 'link reference definitions', make: repeated((i) => `[l${i}]: https://example.org/${i}\n`) },
  { name: 'headings', what: 'empty headings ("#")', make: repeated(() => '#\n') },
  { name: 'heading-sections', what: 'short sections: a heading and a line', make: repeated(() => '## A heading\ntext\n\n') },
  { name: 'heading-references', what: 'headings holding a character reference ("&amp;")', make: repeated(() => '# a &amp; b\n\n') },
  { name: 'heading-markup', what: 'headings holding emphasis, code and a link', make: repeated(() => '# *a* **b** `c` [d](e)\n\n') },
  { name: 'setext-sections', what: 'underlined headings of two lines, each after a blank line', make: repeated(() => 'a\nb\n===\n\n') },
  { name: 'blank-lines', what: 'blank lines', make: repeated(() => '\n') },
  { name: 'list-items', what: 'empty list items ("-")', make: repeated(() => '-\n') },
  { name: 'ordered-items', what: 'empty numbered items ("1.")', make: repeated(() => '1.\n') },
  { name: 'quote-lines', what: 'empty quote lines (">")', make: repeated(() => '>\n') },
  { name: 'breaks', what: 'thematic breaks ("***")', make: repeated(() => '***\n\n') },
  { name: 'fences', what: 'empty fenced code blocks', make: repeated(() => '```\n```\n') },
  { name: 'html-blocks', what: 'HTML block openers', make: repeated(() => '<div>\n\n') },
  { name: 'setext-headings', what: 'one-letter underlined headings', make: repeated(() => 'a\n=\n') },
  { name: 'table-rows', what: 'rows of four cells in tables of 4,000 rows', make: repeated((i) => (i % 4000 === 0 ? '\n| a | b | c | d |\n|---|---|---|---|\n' : '| a | b | c | d |\n')) },
  { name: 'wide-row', what: 'cells in one two-row table', make: (chars) => {
    const n = Math.max(1, Math.floor((chars - BOMB_BASE.length) / 4));
    return `${BOMB_BASE}\n${'|a'.repeat(n)}|\n${'|-'.repeat(n)}|\n`;
  } },
  { name: 'heading-emphasis', what: 'emphasis in one heading', make: oneLine('# ', '*a* ', '\n') },
  { name: 'cell-markup', what: 'inline markup in table cells', make: repeated((i) => (i === 0 ? '| a | b |\n|---|---|\n' : '| *a* `b` | [c] _d_ |\n')) },
  { name: 'deep-lists', what: 'ever-deeper list lines', make: repeated((i) => ' '.repeat(2 * (i % 1500)) + '- x\n') },
];

export function bombNamed(name: string): Bomb {
  const b = BOMBS.find((x) => x.name === name);
  if (!b) throw new Error(`no bomb named ${name}`);
  return b;
}
