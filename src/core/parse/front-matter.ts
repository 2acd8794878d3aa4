/**
 * The front matter's YAML -> its keys, with the `yaml` library kept quiet and its words kept out: it
 * is asked never to log (its warnings quote the document, and would reach stderr or, through
 * process.emitWarning, the extension host's log), and each error becomes a sentence of ours with its
 * line. Keys must be unique: a key given twice is an error, not a silent choice of one of them.
 */
import { parseDocument } from 'yaml';
import { frontMatterText } from '../messages/front-matter';
import type { Span } from './model';

export type YamlRead = { data: Record<string, unknown>; error?: undefined } | { data?: undefined; error: { message: string; span?: Span } };

/** 1-based line of `offset` in `text`: the front matter is at the start, so this is short. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The key that starts at `at` ("date" of `date: ...`, quotes removed), at most 60 characters. */
function keyAt(src: string, at: number): string {
  const key = /^[^:\n]*/.exec(src.slice(at, at + 200))![0].trim().replace(/^(["'])(.*)\1$/, '$2');
  return key.length > 60 ? key.slice(0, 57) + '...' : key;
}

/**
 * Front matter already read: while minutes are written, their front matter rarely changes, so each
 * keystroke's analysis need not parse it again. Keyed by the file's text up to the end of the YAML
 * (the lines of any error depend on no more); bounded; the data is frozen, as nothing changes it.
 */
const READ = new Map<string, YamlRead>();

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/** `raw` is the YAML between the fences, starting at `rawStart` in the file's `text`. */
export function readFrontMatterYaml(raw: string, rawStart: number, text: string): YamlRead {
  const key = text.slice(0, rawStart + raw.length);
  let read = READ.get(key);
  if (!read) {
    if (READ.size >= 500) READ.clear();
    read = deepFreeze(readYaml(raw, rawStart, text));
    READ.set(key, read);
  }
  return read;
}

/**
 * Front matter holds a dozen lines. Past this many it is not parsed: the yaml library's time grows
 * faster than the number of keys (20,000 keys took about 4 s), and no minutes need so many.
 */
export const MAX_FRONT_MATTER_LINES = 1000;

/** The finding's text for front matter that is too long to read, and where it is said (its first line). */
export function tooLongFrontMatter(rawStart: number, text: string): { message: string; span: Span } {
  const y = frontMatterText.yamlFaults;
  return { message: y.fault(y.tooLong(MAX_FRONT_MATTER_LINES), lineAt(text, rawStart)), span: { start: rawStart, end: rawStart + 1 } };
}

function tooManyLines(src: string): boolean {
  let lines = 0;
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) if (++lines > MAX_FRONT_MATTER_LINES) return true;
  return false;
}

function readYaml(raw: string, rawStart: number, text: string): YamlRead {
  const y = frontMatterText.yamlFaults;
  // The YAML parser does not take a lone CR as a line break; an LF in its place keeps every offset.
  const src = raw.replace(/\r(?!\n)/g, '\n');
  if (tooManyLines(src)) return { error: tooLongFrontMatter(rawStart, text) };
  // logLevel 'error': nothing is ever printed (warnings are dropped; errors are read below).
  const options = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' as const };
  let value: unknown;
  try {
    const doc = parseDocument(src, options);
    const e = doc.errors[0];
    if (e) {
      const at = rawStart + e.pos[0];
      const line = lineAt(text, at);
      // The library reports its own stack running out (collections nested hundreds deep) as RESOURCE_EXHAUSTION, which aliases also raise below.
      const code = e.code === 'RESOURCE_EXHAUSTION' ? 'TOO_DEEP' : e.code;
      const message = e.code === 'DUPLICATE_KEY' ? y.duplicateKey(keyAt(src, e.pos[0]), line) : y.fault(y.codes[code] ?? y.codes.other, line);
      return { error: { message, span: { start: at, end: rawStart + Math.max(e.pos[1], e.pos[0] + 1) } } };
    }
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // toJS refuses an alias to nothing, and aliases that expand too far (a "billion laughs").
    if (!(e instanceof ReferenceError)) return { error: { message: y.fault(y.codes.other, lineAt(text, rawStart)) } };
    const exhausted = /alias count/i.test(e.message);
    const alias = exhausted ? -1 : src.search(/\*[^\s,\]}]/);
    return { error: { message: y.fault(y.codes[exhausted ? 'RESOURCE_EXHAUSTION' : 'BAD_ALIAS'], lineAt(text, rawStart + Math.max(alias, 0))) } };
  }
  if (value === null || value === undefined) return { data: {} };
  if (typeof value === 'object' && !Array.isArray(value)) return { data: value as Record<string, unknown> };
  return { error: { message: y.notKeyValues } };
}
