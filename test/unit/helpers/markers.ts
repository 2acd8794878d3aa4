/**
 * Inline expectations in the golden fixtures (test/fixtures/checks/README.md describes the form).
 * A marker is a line of its own below the line it is about, so it is never part of a heading, a cell
 * or a value:
 *
 *   <!-- ^ expect CG001 contingency -->                  the finding starts on the nearest line above that is not a marker
 *   <!-- ^ expect CG030 Beth Lane on "| Beth Lane |" -->  ... on the nearest line above holding that text (table rows: a
 *                                                         comment cannot sit between rows, so markers go below the table)
 *   <!-- expect CG003 config on line 1 -->               ... on line 1 (findings about the file, or its front matter, as a whole)
 *   # ^ expect CG033 icpc                                inside the front matter: a YAML comment, the same forms
 */
import type { ExpectedFinding } from './fixtures';

export interface Marker extends ExpectedFinding {
  line: number;
  /** 1-based line of the marker itself. */
  at: number;
  /** The quoted text of an `on "..."` marker. */
  anchor?: string;
}

export interface MarkerReading {
  markers: Marker[];
  /** Lines that look like markers but do not parse, or point at nothing: each fails the golden test. */
  problems: string[];
}

const HTML = /^\s*<!--\s*((?:\^\s*)?expect\b.*?)\s*-->\s*$/;
const YAML = /^\s*#\s*((?:\^\s*)?expect\b.*?)\s*$/;
/** Anything that tries to be a marker, for catching typos such as "<!-- expected ... -->". */
const LOOKS_LIKE = /^\s*(<!--\s*|#\s*)(\^\s*)?expect/i;
const BODY = /^(\^\s*)?expect\s+(CG\d{3})\s+(.+?)(?:\s+on\s+(?:"([^"]+)"|line\s+(\d+)))?$/;

/** Lines as Markdown reads them (a lone CR ends a line too), without a byte order mark. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** 0-based index of the front matter's closing fence, or -1 when the file has no front matter. */
export function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0]?.trimEnd() !== '---') return -1;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i])) return i;
  return -1;
}

/** The marker text of line `i` (0-based), or undefined when it is not a marker line. */
export function markerBody(lines: readonly string[], i: number, fmEnd = frontMatterEnd(lines)): string | undefined {
  const inFrontMatter = i > 0 && i < fmEnd;
  return (inFrontMatter ? YAML : HTML).exec(lines[i])?.[1];
}

export function readMarkers(text: string): MarkerReading {
  const lines = splitLines(text);
  const fmEnd = frontMatterEnd(lines);
  const markers: Marker[] = [];
  const problems: string[] = [];
  const isMarker = (j: number) => markerBody(lines, j, fmEnd) !== undefined;
  for (let i = 0; i < lines.length; i++) {
    const body = markerBody(lines, i, fmEnd);
    if (body === undefined) {
      const inFrontMatter = i > 0 && i < fmEnd;
      if (LOOKS_LIKE.test(lines[i]) && (inFrontMatter || lines[i].trimStart().startsWith('<!--'))) {
        problems.push(`line ${i + 1}: not a marker: ${lines[i].trim()}`);
      }
      continue;
    }
    const m = BODY.exec(body);
    if (!m) {
      problems.push(`line ${i + 1}: cannot read the marker "${body}" (expected: ^ expect CGnnn subject [on "text"], or expect CGnnn subject on line 1)`);
      continue;
    }
    const [, up, code, subject, anchor, lineNo] = m;
    let target = -1;
    if (!up && lineNo === undefined) {
      problems.push(`line ${i + 1}: a marker names the line above it: write "^ ${body}"`);
      continue;
    }
    if (lineNo !== undefined) {
      if (lineNo !== '1') {
        problems.push(`line ${i + 1}: only line 1 is named by number; point at other lines from beside them`);
        continue;
      }
      target = 0;
    } else {
      for (let j = i - 1; j >= 0 && target < 0; j--) {
        if (!isMarker(j) && (anchor === undefined || lines[j].includes(anchor))) target = j;
      }
    }
    if (target < 0) {
      problems.push(`line ${i + 1}: "${body}" points at no line${anchor === undefined ? '' : ` holding "${anchor}"`} above it`);
    } else if (lines[target].trim() === '') {
      problems.push(`line ${i + 1}: "${body}" points at a blank line (${target + 1})`);
    } else {
      markers.push({ code, subject, line: target + 1, at: i + 1, ...(anchor === undefined ? {} : { anchor }) });
    }
  }
  return { markers, problems };
}

/** The text without its marker lines: what a fixture says once its expectations are taken out. */
export function withoutMarkers(text: string): string {
  const lines = text.split('\n');
  const plain = splitLines(text);
  const fmEnd = frontMatterEnd(plain);
  // Only LF files carry markers (every fixture is LF); for others the text is returned as it is.
  if (plain.length !== lines.length) return text;
  return lines.filter((_, i) => markerBody(plain, i, fmEnd) === undefined).join('\n');
}
