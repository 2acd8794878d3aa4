// The README's pictures of the exported Word documents, from real runs: the built command line
// exports a sample's minutes (for professionals and for the family), LibreOffice lays out each
// .docx as Word would and prints it to PDF (footer, page numbers and colours included), pdftoppm
// turns its first two pages into PNGs, and headless Chromium puts them side by side.
// Needs `npm run build`, and Debian's libreoffice-writer-nogui, poppler-utils and chromium
// (`apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils chromium`).
// Child processes are fine here: this is a script of the project, not the extension or the CLI.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const OUT = join(ROOT, 'docs', 'images');
const MINUTES = 'child-h-b/2026-11-18-core-group.md';

for (const [file, hint] of [[CLI, 'npm run build'], ['/usr/bin/soffice', 'apt-get install libreoffice-writer-nogui'], ['/usr/bin/pdftoppm', 'apt-get install poppler-utils'], ['/usr/bin/chromium', 'apt-get install chromium']]) {
  if (!existsSync(file)) {
    console.error(`missing ${file}: ${hint}`);
    process.exit(2);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'cg-export-shots-'));
try {
  const ws = join(tmp, 'samples');
  cpSync(join(ROOT, 'samples'), ws, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  for (const [audience, name] of [['professionals', 'export-word'], ['family', 'export-family']]) {
    const docx = join(tmp, `${name}.docx`);
    console.log(execFileSync('node', [CLI, 'export', MINUTES, '--audience', audience, '--out', docx], { cwd: ws, encoding: 'utf8' }).split('\n')[0]);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(tmp, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', join(tmp, `${name}.pdf`), join(tmp, name)]);
    const pages = [1, 2].map((n) => join(tmp, `${name}-${n}.png`)).filter(existsSync);
    const page = join(tmp, `${name}.html`);
    writeFileSync(page, `<!doctype html><html><body style="margin:0;background:#8a8a8a;display:flex;gap:16px;padding:16px">${pages.map((p) => `<img src="file://${p}" style="width:661px;box-shadow:0 2px 8px #0006">`).join('')}</body></html>`);
    const png = join(OUT, `${name}.png`);
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${png}`, '--window-size=1370,967', `file://${page}`], { stdio: 'ignore' });
    console.log(`wrote ${png}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
