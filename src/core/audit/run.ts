/**
 * Summarising files through an Analyser: the loop shared by the command line's workers, its
 * in-process path, and any host (the VS Code command) that audits with its own reader.
 */
import type { Analyser } from '../analyse';
import type { FileSummary } from './model';
import { failedSummary, summarise, unreadableSummary } from './summary';

/** One file: unreadable and failing files become summaries that say so; this never throws. */
export async function summariseFile(analyser: Analyser, path: string, root: string): Promise<FileSummary> {
  const text = await analyser.reader.readText(path);
  if (text === undefined) return unreadableSummary(path, root);
  try {
    return summarise(await analyser.analyse({ path, text, root }), root);
  } catch {
    // A bug must not stop a service-wide audit; the file is listed as not checked.
    return failedSummary(path, root);
  }
}

/**
 * Many files, one after another (the analyser's caches make a child's earlier minutes cheap to
 * reuse, so keep a child's files together). `onFile` sees each summary as it is made.
 */
export async function summariseFiles(
  analyser: Analyser,
  paths: readonly string[],
  root: string,
  onFile?: (summary: FileSummary, index: number) => void,
): Promise<FileSummary[]> {
  const out: FileSummary[] = [];
  for (let i = 0; i < paths.length; i++) {
    const s = await summariseFile(analyser, paths[i], root);
    out.push(s);
    onFile?.(s, i);
  }
  return out;
}
