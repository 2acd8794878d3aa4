/**
 * The command line's writes (`--out`, `--cache`, an export): nothing that is not recognisably this tool's own
 * output is ever overwritten (a missing or empty file may be written), and every write is atomic
 * (write-file-atomic: a temporary file in the same folder, flushed, then renamed over the target),
 * so an interrupted run never leaves half a report or half a cache.
 *
 * Nothing is written through a symbolic link: write-file-atomic writes to where a link leads, so a
 * link placed where an output goes (beside the minutes, say, leading to an empty file or an earlier
 * report outside the workspace) would be followed out of it. A link there, even a broken one, is
 * refused like a file that is not ours.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { cliMessages } from '../core/messages/cli';
import { CliError } from './usage';

const W = cliMessages.write;

/** Throws a CliError when `file` is itself a symbolic link (whatever, if anything, it leads to). */
function refuseLink(file: string, shownAs: string, option: '--out' | '--cache'): void {
  if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) throw new CliError(W.isLink(shownAs, option));
}

/**
 * The file's current text ('' for an empty file, undefined when there is none), after making sure
 * it may be replaced: throws a CliError for a folder, a symbolic link, or a file that `isOurs` does not recognise.
 */
export function replaceableText(file: string, shownAs: string, option: '--out' | '--cache', isOurs: (text: string) => boolean): string | undefined {
  refuseLink(file, shownAs, option);
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.isDirectory()) throw new CliError(W.isFolder(shownAs, option));
  const refuse = () => new CliError(option === '--out' ? W.notOurReport(shownAs) : W.notOurCache(shownAs));
  if (!st.isFile()) throw refuse();
  if (st.size === 0) return '';
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw refuse();
  }
  if (!isOurs(text)) throw refuse();
  return text;
}

/** A binary output that may be replaced: undefined when there is no such file, else its bytes (empty for an empty file); throws `refuse` otherwise. */
function replaceableBytes(file: string, shownAs: string, isOurs: (bytes: Uint8Array) => boolean, refuse: string): Uint8Array | undefined {
  refuseLink(file, shownAs, '--out');
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.isDirectory()) throw new CliError(W.isFolder(shownAs, '--out'));
  if (!st.isFile()) throw new CliError(refuse);
  if (st.size === 0) return new Uint8Array();
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliError(refuse);
  }
  if (!isOurs(bytes)) throw new CliError(refuse);
  return bytes;
}

/**
 * The same for an exported copy of minutes (`core-group export --out`), read as bytes (a Word
 * document is a zip): undefined when there is no such file, else after making sure it may be replaced.
 */
export function replaceableExport(file: string, shownAs: string, isOurs: (bytes: Uint8Array) => boolean): Uint8Array | undefined {
  return replaceableBytes(file, shownAs, isOurs, W.notOurExport(shownAs));
}

/** Like replaceableText, for a binary output (the briefing's .docx): throws unless the file is missing, empty or `isOurs`. */
export function assertReplaceableBytes(file: string, shownAs: string, isOurs: (bytes: Uint8Array) => boolean): void {
  replaceableBytes(file, shownAs, isOurs, W.notOurReport(shownAs));
}

export async function writeAtomically(file: string, shownAs: string, text: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, typeof text === 'string' ? text : Buffer.from(text));
  } catch {
    throw new CliError(W.failed(shownAs));
  }
}
