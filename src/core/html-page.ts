/**
 * What every HTML file this tool writes starts with (the audit report, the 7-minute briefing, an
 * exported copy of the minutes), and the escaping of text put into HTML. The generator meta is how a
 * later run knows the file as its own output (src/core/audit/own-output.ts, src/core/export/own.ts).
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The five characters HTML gives a meaning to, as entities: safe as text and inside a quoted attribute value. */
export function htmlEntities(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export interface HtmlPageStart {
  /** Each value below is HTML already: the caller escapes it with its own rule for control characters. */
  title: string;
  /** The generator meta's content, e.g. "core-group 0.1.0". */
  generator: string;
  /** Further `<meta name content>` pairs, after the generator's. */
  meta?: readonly (readonly [string, string])[];
  css: string;
  styleNonce?: string;
}

/** The content security policy of every HTML file we write: inline styles only (inline SVG needs nothing more). */
export const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** From `<!doctype html>` to `<body>`, one element a line. */
export function htmlPageStart(p: HtmlPageStart): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    // A file opened in a browser loads and runs nothing, whatever it holds. In a webview (a style
    // nonce) the webview's own policy applies: a second one here would block its scripts.
    ...(p.styleNonce ? [] : [`<meta http-equiv="Content-Security-Policy" content="${FILE_POLICY}">`]),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${p.generator}">`,
    ...(p.meta ?? []).map(([name, content]) => `<meta name="${name}" content="${content}">`),
    `<title>${p.title}</title>`,
    `<style${p.styleNonce ? ` nonce="${p.styleNonce}"` : ''}>${p.css}</style>`,
    '</head>',
    '<body>',
  ].join('\n');
}
