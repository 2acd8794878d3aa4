/**
 * Text from documents and paths, made safe to print to a terminal: control characters, line breaks
 * and the invisible marks that reorder text on screen become visible escapes (`\n`, `\x1b`,
 * `\u202e`), so a file name or a `previous:` value can neither forge an extra line of output
 * ("x.md:1:1  CG999  error ...") nor send escape sequences to the terminal.
 */

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw (it escapes only U+0000 to U+001F). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0);
    if (n === 0x0a) return '\\n';
    if (n === 0x0d) return '\\r';
    if (n === 0x09) return '\\t';
    return n < 0x100 ? `\\x${hex(n, 2)}` : `\\u${hex(n, 4)}`;
  });
}

/** JSON text (from JSON.stringify) with the rest escaped too; still the same JSON value. */
export function escapeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c.charCodeAt(0), 4)}`);
}
