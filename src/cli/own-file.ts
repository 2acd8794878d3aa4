/**
 * The command line's writes (`--out`, `--cache`): nothing that is not recognisably this tool's own
 * output is ever overwritten (a missing or empty file may be written), and every write is atomic
 * (write-file-atomic: a temporary file in the same folder, flushed, then renamed over the target),
 * so an interrupted run never leaves half a report or half a cache.
 */
import { readFileSync, statSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { cliMessages } from '../core/messages/cli';
import { CliError } from './usage';

const W = cliMessages.write;

/**
 * The file's current text ('' for an empty file, undefined when there is none), after making sure
 * it may be replaced: throws a CliError for a folder or for a file that `isOurs` does not recognise.
 */
export function replaceableText(file: string, shownAs: string, option: '--out' | '--cache', isOurs: (text: string) => boolean): string | undefined {
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

/** Like replaceableText, for a binary output (the briefing's .docx): throws unless the file is missing, empty or `isOurs`. */
export function assertReplaceableBytes(file: string, shownAs: string, isOurs: (bytes: Uint8Array) => boolean): void {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isDirectory()) throw new CliError(W.isFolder(shownAs, '--out'));
  if (!st.isFile()) throw new CliError(W.notOurReport(shownAs));
  if (st.size === 0) return;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CliError(W.notOurReport(shownAs));
  }
  if (!isOurs(bytes)) throw new CliError(W.notOurReport(shownAs));
}

export async function writeAtomically(file: string, shownAs: string, text: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, typeof text === 'string' ? text : Buffer.from(text));
  } catch {
    throw new CliError(W.failed(shownAs));
  }
}
