// `node scripts/briefing-pages.mjs`: writes the 7-minute briefing of a generated twelve-month corpus
// (a quarter compared with an earlier one) as Word and as HTML, and prints how many pages each
// prints to: the .docx through LibreOffice (`soffice --convert-to pdf`, when it is installed; it is
// not a dependency of the project) and the HTML through headless Chromium. A measurement, not a
// test: the one-page HTML is a test (test/e2e/audit-report.spec.ts); Word's layout needs a word
// processor, which CI does not have.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const work = mkdtempSync(join(tmpdir(), 'core-group-briefing-pages-'));
const cli = (...args) => execFileSync(process.execPath, [resolve('dist/cli.js'), 'audit', ...args], { cwd: work, stdio: 'pipe' });
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
try {
  execFileSync(process.execPath, [resolve('scripts/corpus.mjs'), '--children', '120', '--meetings', '4', '--seed', '3', '--months', '12', '--improving', '--out', join(work, 'minutes')], { stdio: 'pipe' });
  cli('minutes', '--quarter', '2026-Q1', '--out', 'q1.json');
  cli('minutes', '--quarter', '2026-Q4', '--compare', 'q1.json', '--briefing', '--out', 'briefing.docx');
  cli('minutes', '--quarter', '2026-Q4', '--compare', 'q1.json', '--briefing', '--out', 'briefing.html');
  const soffice = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, join(work, 'briefing.docx')], { env: { ...process.env, HOME: work }, stdio: 'pipe', timeout: 180000 });
  const docxPdf = join(work, 'briefing.pdf');
  console.log(`Word (.docx), laid out by LibreOffice: ${soffice.status === 0 && existsSync(docxPdf) ? `${pages(readFileSync(docxPdf))} page(s)` : 'LibreOffice (soffice) is not installed here'}`);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  await page.goto('file://' + join(work, 'briefing.html'));
  await page.emulateMedia({ media: 'print' });
  console.log(`HTML, printed by Chromium: ${pages(await page.pdf({ preferCSSPageSize: true, printBackground: true }))} page(s)`);
  await browser.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
