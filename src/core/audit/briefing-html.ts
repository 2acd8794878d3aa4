/**
 * The 7-minute briefing as one print-ready HTML page: A4 portrait, the seven parts in boxes over
 * two columns and the figures in a table with their definitions, sized to print on one page. Inline
 * CSS only: no script, no external resource. Every text is escaped.
 */
import type { Briefing, BriefingPart } from './briefing';
import { escapeHtml as h } from './format';

export const BRIEFING_GENERATOR = 'core-group briefing';

const CSS = `
@page { size: A4 portrait; margin: 10mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 8.6pt/1.32 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 15pt; margin: 0 0 1mm; } p.sub { margin: 0 0 3mm; color: #444; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 2.5mm; }
section { border: 0.4mm solid #1d4f91; border-radius: 2mm; padding: 1.6mm 2.4mm; break-inside: avoid; }
section h2 { font-size: 10pt; margin: 0 0 1mm; color: #1d4f91; }
section h2 span.n { display: inline-block; width: 5mm; height: 5mm; border-radius: 50%; background: #1d4f91; color: #fff; text-align: center; line-height: 5mm; font-size: 8pt; margin-right: 1.5mm; }
section p { margin: 0 0 1mm; } section ul { margin: 0; padding-left: 4mm; } section li { margin: 0 0 .6mm; }
section.figures { grid-column: 1 / -1; }
table { border-collapse: collapse; width: 100%; font-size: 7.6pt; }
th, td { border: 0.2mm solid #bbb; padding: .5mm 1.2mm; text-align: left; vertical-align: top; }
th { background: #eef2f8; } td.r { white-space: nowrap; font-variant-numeric: tabular-nums; }
footer { margin-top: 2mm; font-size: 7pt; color: #555; }
`;

function partHtml(p: BriefingPart, i: number, b: Briefing): string {
  const paras = p.paragraphs.map((x) => `<p>${h(x)}</p>`).join('');
  const list = p.bullets.length ? `<ul>${p.bullets.map((x) => `<li>${h(x)}</li>`).join('')}</ul>` : '';
  const table = p.id === 'figures'
    ? `<table><thead><tr><th>Measure</th><th>Result</th><th>How it is counted</th></tr></thead><tbody>${b.figures
      .map((f) => `<tr><td>${h(f.label)}</td><td class="r">${h(f.result)}</td><td>${h(f.definition)}</td></tr>`).join('')}</tbody></table>`
    : '';
  return `<section class="${p.id}"><h2><span class="n">${i + 1}</span>${h(p.heading)}</h2>${paras}${list}${table}</section>`;
}

export function renderBriefingHtml(b: Briefing, version: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="core-group ${h(version)}">
<title>${h(b.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${h(b.title)}</h1>
<p class="sub">${h(b.subtitle)}</p>
<div class="grid">
${b.parts.map((p, i) => partHtml(p, i, b)).join('\n')}
</div>
<footer>${h(b.footer)}</footer>
</body>
</html>
`;
}
