import { basename, relative } from '../paths';
import { messages } from '../messages';
import type { RawFinding } from '../types';
import type { Check } from './check';
import { insertAt } from './edits';

const SKELETON = ['---', 'type: core-group-minutes', 'child: ', 'date: ', 'meeting: ', 'chair: ', 'chair-role: ', '---', '', ''];

/** CG003: front matter, series links and the settings file that governs the minutes. */
export const frontMatter: Check = {
  code: 'CG003',
  name: 'front-matter',
  description: 'The front matter, a previous/plan link, or the .coregroup.json settings file has a problem.',
  severity: 'error',
  dimension: 'Q',
  fixable: true,
  run(ctx) {
    const out: RawFinding[] = [];
    const fm = ctx.doc.frontMatter;
    if (ctx.doc.encoding) {
      // Nothing of the file was read: only this, and the settings, are said about it.
      out.push({ subject: 'encoding', message: messages.frontMatter.utf16, range: ctx.lineRange(0) });
    } else if (ctx.doc.parseError) {
      out.push({ subject: 'front-matter', message: messages.frontMatter.parse, range: ctx.lineRange(0) });
    } else if (!fm) {
      out.push({
        subject: 'front-matter',
        message: messages.frontMatter.none,
        range: ctx.lineRange(0),
        // After a byte order mark, which must stay first: front matter is only read at the start of the text.
        fixes: [{ title: messages.fixes.frontMatter, edits: [insertAt(ctx, ctx.doc.text.charCodeAt(0) === 0xfeff ? 1 : 0, SKELETON.join(ctx.eol))], isPreferred: true }],
      });
    } else if (fm.error || !fm.data) {
      // Invalid YAML: only this is reported for the front matter; nothing is salvaged from it.
      const span = fm.error?.span ?? fm;
      out.push({ subject: 'yaml', message: messages.frontMatter.yaml(fm.error?.message.replace(/\.?$/, '.') ?? ''), range: ctx.range(span) });
    } else {
      const raw = fm.data.date;
      if (raw === undefined || raw === null || raw === '') {
        out.push({ subject: 'date', message: messages.frontMatter.noDate, range: ctx.keyRange('date') });
      } else if (ctx.date === undefined) {
        const message = typeof raw === 'object' ? messages.frontMatter.dateNotText : messages.frontMatter.badDate(String(raw));
        out.push({ subject: 'date', message, range: ctx.keyRange('date') });
      }
      for (const p of ctx.series.problems) {
        out.push({ subject: p.subject, instance: p.key, message: p.message, range: ctx.keyRange(p.key) });
      }
    }
    if (ctx.doc.notReadFrom !== undefined) {
      const line = ctx.doc.lines.position(ctx.doc.notReadFrom).line + 1;
      out.push({ subject: 'too-large', message: messages.frontMatter.tooLarge(line), range: ctx.lineRange(ctx.doc.notReadFrom) });
    }
    const cfg = ctx.loadedConfig;
    if (cfg.problem && cfg.path) {
      const name = relative(ctx.root, cfg.path);
      out.push({ subject: 'config', message: messages.frontMatter.config(name.startsWith('..') ? basename(cfg.path) : name, cfg.problem), range: ctx.lineRange(0) });
    }
    return out;
  },
};
