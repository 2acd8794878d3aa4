/** Expands the command line's files and folders into Markdown files to check. */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', '.git', '.vscode-test']);

export interface Expanded {
  files: { path: string; given: string; fromFolder: boolean }[];
  missing: string[];
}

async function isFolder(path: string): Promise<boolean> {
  return fs.stat(path).then((st) => st.isDirectory(), () => false);
}

async function walk(dir: string, shown: string, out: Expanded['files']): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP.has(e.name)) continue;
    const p = join(dir, e.name);
    const s = shown === '.' ? e.name : join(shown, e.name);
    if (e.isDirectory()) await walk(p, s, out);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) out.push({ path: p, given: s, fromFolder: true });
    else if (e.isSymbolicLink() && e.name.toLowerCase().endsWith('.md') && !(await isFolder(p))) {
      // A link to a file is read through; a dangling one is kept so the audit can say it is unreadable.
      out.push({ path: p, given: s, fromFolder: true });
    }
  }
}

export async function expandInputs(inputs: string[], cwd: string): Promise<Expanded> {
  const result: Expanded = { files: [], missing: [] };
  for (const given of inputs) {
    const abs = join(cwd, given).replace(/\/$/, '') || '/';
    const path = given.startsWith('/') ? given : abs;
    try {
      const st = await fs.stat(path);
      if (st.isDirectory()) await walk(path, given, result.files);
      else result.files.push({ path, given, fromFolder: false });
    } catch {
      result.missing.push(given);
    }
  }
  return result;
}
