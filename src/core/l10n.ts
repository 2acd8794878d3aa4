/**
 * Translating the words the core writes for the editor to show (the plan panel, the status bar,
 * the audit report, the preview's labels). The core never chooses a language: each request that
 * produces such words is handed an `L10n`, as it is handed settings. The editor hands it
 * `vscode.l10n`, so those words are translated by VS Code's own convention (a bundle file
 * `l10n/bundle.l10n.<language>.json`, keyed by the English); the command line hands it `english`.
 *
 * Every message is a literal `l10n.t('...', args)` call in src/core/messages/, so `npm run generate`
 * collects them into l10n/bundle.l10n.json with @vscode/l10n-dev, the tool VS Code extensions use.
 */

/** The part of `vscode.l10n` (and of the `@vscode/l10n` package) that the core uses. */
export interface L10n {
  /** `message` is the English, with `{0}`, `{1}`... standing for `args`. */
  t(message: string, ...args: Array<string | number | boolean>): string;
}

/** Fills `{0}`, `{1}`... as vscode.l10n.t does; a brace that names no argument is left as written. */
export function fill(message: string, args: ReadonlyArray<string | number | boolean>): string {
  return message.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const value = args[Number(i)];
    return value === undefined ? whole : String(value);
  });
}

/** The words as written in the source: English. */
export const english: L10n = { t: (message, ...args) => fill(message, args) };

/**
 * A module's words, built once per translator: `wordsOf((l10n) => ({ title: l10n.t('...') }))` gives
 * a function returning those words in the language of the `L10n` it is given (English when none).
 */
export function wordsOf<W>(build: (l10n: L10n) => W): (l10n?: L10n) => W {
  const built = new WeakMap<L10n, W>();
  return (l10n = english) => {
    let words = built.get(l10n);
    if (words === undefined) {
      words = build(l10n);
      built.set(l10n, words);
    }
    return words;
  };
}
