/**
 * Whether a file is an export this tool wrote, so that writing an export over it loses nothing
 * ("nothing we write ever overwrites a file that is not our own output"). HTML: the generator meta
 * in its head. Word: the marker in the document's keywords (docProps/core.xml), read with fflate
 * (the zip library docx itself uses), looking at that one entry only and only when it is small.
 */
import { unzipSync } from 'fflate';
import { DOCX_MARKER, HTML_GENERATOR } from './markers';
import type { ExportFormat } from './model';

const CORE_XML = 'docProps/core.xml';

export function isOwnExport(bytes: Uint8Array, format: ExportFormat): boolean {
  if (format === 'html') {
    const head = new TextDecoder().decode(bytes.subarray(0, 4096));
    return head.startsWith('<!doctype html>') && head.includes(`<meta name="generator" content="${HTML_GENERATOR} `);
  }
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === CORE_XML && f.originalSize < 100_000 });
    const core = files[CORE_XML];
    return core !== undefined && new TextDecoder().decode(core).includes(`<cp:keywords>${DOCX_MARKER} `);
  } catch {
    return false; // not a zip at all: certainly not ours
  }
}
