/**
 * The text of a `.coregroup.json` -> plain data, safely: comments and trailing commas allowed (jsonc-parser),
 * a UTF-8 byte order mark skipped, nesting bounded before anything recurses, objects built without a
 * prototype, and `__proto__`, `constructor` and `prototype` refused as names anywhere. Problems come
 * back as our own sentences (never the parser's words), for a CG003 `config` finding.
 */
import { createScanner, printParseErrorCode, visit } from 'jsonc-parser';
import { configProblems } from './messages/config';

/** The settings nest four levels deep at most (sections -> a section -> aliases); a file beyond this is not settings. */
export const MAX_CONFIG_DEPTH = 32;

/** Names that could reach an object's prototype if any code ever copied the data naively. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { value: unknown; problem?: undefined } | { value?: undefined; problem: string };

type Container = Record<string, unknown> | unknown[];

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** The offset of the first bracket past MAX_CONFIG_DEPTH, found with the scanner alone (no recursion). */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  // Each scan consumes at least one character until the end, so this ends.
  for (let steps = 0; steps <= text.length; steps++) {
    scanner.scan();
    const offset = scanner.getTokenOffset();
    if (scanner.getTokenLength() === 0 && offset >= text.length) return undefined;
    if (scanner.getTokenLength() !== 1) continue;
    const c = text[offset];
    if (c === '{' || c === '[') {
      if (++depth > MAX_CONFIG_DEPTH) return offset;
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

export function readConfigJson(raw: string): JsonResult {
  // A byte order mark is how some editors start UTF-8 files; it is not part of the JSON.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const deep = tooDeepAt(text);
  if (deep !== undefined) return { problem: configProblems.tooDeep(MAX_CONFIG_DEPTH, lineOf(text, deep)) };

  const stack: Container[] = [];
  let root: unknown;
  let key = '';
  let problem: string | undefined;
  const add = (value: unknown) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) root = value;
    else if (Array.isArray(parent)) parent.push(value);
    else parent[key] = value;
  };
  visit(
    text,
    {
      onObjectBegin() {
        const o: Record<string, unknown> = Object.create(null);
        add(o);
        stack.push(o);
      },
      onObjectProperty(name, offset) {
        const parent = stack[stack.length - 1] as Record<string, unknown>;
        if (RESERVED.has(name)) problem ??= configProblems.reservedName(name, lineOf(text, offset));
        else if (Object.prototype.hasOwnProperty.call(parent, name)) problem ??= configProblems.duplicateName(name, lineOf(text, offset));
        key = name;
      },
      onObjectEnd: () => void stack.pop(),
      onArrayBegin() {
        const a: unknown[] = [];
        add(a);
        stack.push(a);
      },
      onArrayEnd: () => void stack.pop(),
      onLiteralValue: (value: unknown) => add(value),
      onError(error, offset) {
        problem ??= configProblems.badJson(configProblems.jsonFaults[printParseErrorCode(error)] ?? configProblems.jsonFaults.other, lineOf(text, offset));
      },
    },
    { allowTrailingComma: true, disallowComments: false },
  );
  if (problem !== undefined) return { problem };
  if (root === undefined) return { problem: configProblems.badJson(configProblems.jsonFaults.ValueExpected, 1) };
  return { value: root };
}
