/**
 * The 7-minute briefing as one print-ready HTML page: A4 portrait, the seven parts in boxes, the
 * figures in a table with their definitions, sized to print on one page. Inline
 * CSS only: no script, no external resource. Every text is escaped. Parts 1 to 5 flow over two
 * columns; the figures and where to find more run across the page below them.
 */
import type { Briefing, BriefingPart } from './briefing';
import { escapeHtml as h } from './format';
import { htmlPageStart } from '../html-page';

export const BRIEFING_GENERATOR = 'core-group briefing';

const CSS = `
@page { size: A4 portrait; margin: 9mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 8pt/1.28 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 192mm; }
h1 { font-size: 14pt; margin: 0 0 .6mm; } p.sub { margin: 0 0 2.4mm; color: #444; }
.cols { columns: 2; column-gap: 2.5mm; }
section { border: 0.35mm solid #1d4f91; border-radius: 1.8mm; padding: 1.3mm 2.2mm; break-inside: avoid; margin: 0 0 2.2mm; display: inline-block; width: 100%; }
section h2 { font-size: 9.5pt; margin: 0 0 .8mm; color: #1d4f91; }
section h2 span.n { display: inline-block; width: 4.6mm; height: 4.6mm; border-radius: 50%; background: #1d4f91; color: #fff; text-align: center; line-height: 4.6mm; font-size: 7.5pt; margin-right: 1.4mm; }
section p { margin: 0 0 .8mm; } section ul { margin: 0; padding-left: 3.6mm; } section li { margin: 0 0 .4mm; }
table { border-collapse: collapse; width: 100%; font-size: 7pt; line-height: 1.2; }
th, td { border: 0.2mm solid #bbb; padding: .35mm 1mm; text-align: left; vertical-align: top; }
th { background: #eef2f8; } td.r { white-space: nowrap; font-variant-numeric: tabular-nums; } td.d { font-size: 6.4pt; color: #333; }
footer { margin-top: 1mm; font-size: 6.5pt; color: #555; }
`;

function partHtml(p: BriefingPart, i: number, b: Briefing): string {
  const paras = p.paragraphs.map((x) => `<p>${h(x)}</p>`).join('');
  const list = p.bullets.length ? `<ul>${p.bullets.map((x) => `<li>${h(x)}</li>`).join('')}</ul>` : '';
  const table = p.id === 'figures'
    ? `<table><thead><tr><th>Measure</th><th>Result</th><th>How it is counted</th></tr></thead><tbody>${b.figures
      .map((f) => `<tr><td>${h(f.label)}</td><td class="r">${h(f.result).replace('; ', ';<br>')}</td><td class="d">${h(f.definition)}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<section class="${p.id}"><h2><span class="n">${i + 1}</span>${h(p.heading)}</h2>${paras}${list}${table}</section>`;
}

export function renderBriefingHtml(b: Briefing, version: string): string {
  return `${htmlPageStart({ title: h(b.title), generator: `core-group ${h(version)}`, css: CSS })}
<h1>${h(b.title)}</h1>
<p class="sub">${h(b.subtitle)}</p>
<div class="cols">
${b.parts.map((p, i) => (p.id === 'figures' || p.id === 'more' ? '' : partHtml(p, i, b))).join('\n')}
</div>
${b.parts.map((p, i) => (p.id === 'figures' || p.id === 'more' ? partHtml(p, i, b) : '')).join('\n')}
<footer>${h(b.footer)}</footer>
</body>
</html>
`;
}
