/**
 * An export as one print-ready HTML file, by the audit report's rules: inline CSS with A4 print
 * rules, no script, no external resource (it opens offline and prints cleanly). Every piece of
 * text is escaped; ratings are their word on a coloured badge (never colour alone); explanations
 * of ours are in italics; printed pages carry the confidentiality line and "Page n of N".
 */
import { htmlEntities, htmlPageStart } from '../html-page';
import { exportText } from '../messages/export';
import { HTML_GENERATOR } from './markers';
import type { Block, ExportDocument, ExportSection, Inline } from './model';

const CSS = `
:root { --ink: #1b1b1b; --muted: #555; --line: #bdbdbd; --red: #b71c1c; --amber: #ffb300; --green: #2e7d32; }
* { box-sizing: border-box; }
body { font: 15px/1.5 Arial, "Segoe UI", system-ui, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: .2rem 0 .8rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 .6rem; border-bottom: 2px solid var(--ink); padding-bottom: .15rem; }
h3 { font-size: 1.08rem; margin: 1.2rem 0 .4rem; } h4, h5, h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
p { margin: .35rem 0 .6rem; }
.confidential { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; font-size: .8rem; border: 2px solid var(--ink); display: inline-block; padding: .15rem .5rem; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .93rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #eeeeee; font-weight: 700; }
table.details th { width: 40%; background: #f5f5f5; }
.rating { display: inline-block; font-weight: 700; padding: 0 .45rem; border-radius: .25rem; border: 1px solid #000; }
.rating-red { background: var(--red); color: #fff; } .rating-amber { background: var(--amber); color: #000; } .rating-green { background: var(--green); color: #fff; }
.explain, .note { font-style: italic; color: var(--muted); }
blockquote { margin: .4rem 0 .8rem; padding-left: .8rem; border-left: 3px solid var(--line); }
code { font-family: ui-monospace, Consolas, monospace; font-size: .92em; white-space: pre-wrap; }
section.intro { background: #f4f7fb; border: 1px solid #d5dfeb; padding: .2rem 1rem .6rem; margin: 1rem 0; }
section.intro h2 { border: 0; margin-top: .8rem; font-size: 1.1rem; }
footer { margin-top: 2rem; border-top: 1px solid var(--line); padding-top: .4rem; color: var(--muted); font-size: .85rem; }
@page {
  size: A4; margin: 18mm 16mm 20mm;
  @bottom-left { content: "${exportText.footer}"; font: 8pt Arial, sans-serif; color: #444; }
  @bottom-right { content: "${exportText.page} " counter(page) " ${exportText.of} " counter(pages); font: 8pt Arial, sans-serif; color: #444; }
}
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3, h4 { break-after: avoid; } tr, li, blockquote { break-inside: avoid; } thead { display: table-header-group; }
}
`;

/** The practitioner's text as HTML: control characters (never meant in minutes) dropped, not shown as escapes. */
function h(text: string): string {
  return htmlEntities(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''));
}

function inline(content: readonly Inline[]): string {
  return content
    .map((i) => {
      switch (i.kind) {
        case 'break':
          return '<br>';
        case 'rating':
          return `<span class="rating rating-${i.rating}">${h(i.text)}</span>`;
        case 'explain':
          return `<span class="explain">${h(i.text)}</span>`;
        case 'text': {
          let t = h(i.text);
          if (i.code) t = `<code>${t}</code>`;
          if (i.strike) t = `<s>${t}</s>`;
          if (i.em) t = `<em>${t}</em>`;
          if (i.strong) t = `<strong>${t}</strong>`;
          return t;
        }
      }
    })
    .join('');
}

function block(b: Block, depth: number): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${inline(b.content)}</p>`;
    case 'heading': {
      const n = Math.min(6, depth + b.level);
      return `<h${n}>${inline(b.content)}</h${n}>`;
    }
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${item.map((x) => block(x, depth)).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const head = b.header.map((c) => `<th>${inline(c)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n');
      return `<table><thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
    }
    case 'quote':
      return `<blockquote>${b.blocks.map((x) => block(x, depth)).join('\n')}</blockquote>`;
    case 'note':
      return `<p class="note">${h(b.text)}</p>`;
  }
}

function section(s: ExportSection, depth: number): string {
  const n = Math.min(6, depth);
  const body = s.blocks.map((b) => block(b, depth)).join('\n');
  const children = (s.children ?? []).map((c) => section(c, depth + 1)).join('\n');
  return `<section>\n<h${n}>${h(s.title)}</h${n}>\n${body}${children ? '\n' + children : ''}\n</section>`;
}

export function renderExportHtml(doc: ExportDocument, version: string): string {
  const details = doc.details.map((d) => `<tr><th scope="row">${h(d.label)}</th><td>${h(d.value)}</td></tr>`).join('\n');
  const intro = doc.intro.map((part) => `<h2>${h(part.heading)}</h2>\n${part.paragraphs.map((p) => `<p class="explain">${h(p)}</p>`).join('\n')}`).join('\n');
  const glossary = doc.glossary.length === 0 ? '' : `<h3>${h(exportText.glossaryHeading)}</h3>\n<dl>${doc.glossary.map((g) => `<dt>${h(g.term)}</dt><dd class="explain">${h(g.meaning)}</dd>`).join('')}</dl>`;
  const child = doc.details.find((d) => d.label === exportText.details.child)?.value;
  const date = doc.details.find((d) => d.label === exportText.details.date)?.value;
  const title = [doc.title, child, date].filter(Boolean).join(', ');
  return `${htmlPageStart({ title: h(title), generator: `${HTML_GENERATOR} ${h(version)}`, meta: [['core-group-version-stamp', h(doc.stamp)]], css: CSS })}
<header>
<p class="confidential">${h(doc.footer)}</p>
<h1>${h(doc.title)}</h1>
<table class="details"><tbody>
${details}
</tbody></table>
</header>
<main>
${intro ? `<section class="intro">\n${intro}\n</section>\n` : ''}${doc.sections.map((s) => section(s, 2)).join('\n')}
<section>
<h2>${h(exportText.notesHeading)}</h2>
<ul>${doc.notes.map((n) => `<li class="note">${h(n)}</li>`).join('')}</ul>
${glossary}
</section>
</main>
<footer>${h(doc.footer)}. ${h(exportText.version(doc.stamp))}</footer>
</body>
</html>
`;
}
