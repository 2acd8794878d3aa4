/**
 * The briefing's Word file as this tool's own output: its core properties name core-group as the
 * creator and the briefing as the description (set by ./briefing-docx.ts), and `--out` replaces a
 * .docx only when they do. Apart from ./own-output.ts so the editor's bundle carries no zip reader.
 */
import { strFromU8, unzipSync } from 'fflate';

export const BRIEFING_CREATOR = 'core-group';
export const BRIEFING_DESCRIPTION = 'core-group 7-minute briefing';

/**
 * Whether a file's bytes are a briefing this tool wrote as Word: a zip whose docProps/core.xml names
 * core-group as its creator and the briefing as its description (read with fflate, the zip library
 * the `docx` writer itself uses). Anything else, a damaged file included, is not ours.
 */
export function isBriefingDocx(bytes: Uint8Array): boolean {
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' });
    const core = files['docProps/core.xml'];
    if (!core) return false;
    const xml = strFromU8(core);
    return xml.includes(`<dc:creator>${BRIEFING_CREATOR}</dc:creator>`) && xml.includes(`<dc:description>${BRIEFING_DESCRIPTION}</dc:description>`);
  } catch {
    return false;
  }
}
