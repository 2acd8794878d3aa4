import { basename, relative } from '../paths';
import { accessMessages } from '../messages/access';
import type { RawFinding } from '../types';
import type { Check } from './check';
import { insertAt } from '../edits';

const messages = {
  none: 'These minutes have no front matter (the block between --- lines at the top), so the meeting date, the child and the earlier minutes are unknown.',
  yaml: (detail: string) => `The front matter cannot be read: ${detail} Until it is fixed, the meeting date, number and earlier minutes are unknown.`,
  noDate: 'The front matter has no meeting date (date: YYYY-MM-DD). Without it, overdue actions and timescales cannot be checked.',
  badDate: (raw: string) => `"${raw}" is not a date this tool can read. Write the meeting date as YYYY-MM-DD (for example 2026-11-20) so timescales can be checked.`,
  config: (file: string, problem: string) => `The settings file ${file} cannot be used, so the standard settings apply: ${problem}`,
  parse: 'This file could not be read as Markdown, so it was not checked.',
  dateNotText: 'The meeting date is written as a list or a set of keys, not a date. Write it as YYYY-MM-DD (for example 2026-11-20) so timescales can be checked.',
  utf16: 'This file is saved as UTF-16 (which Windows may call "Unicode"), so this tool cannot read it and nothing in it was checked. Save it as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding") and check it again.',
  tooLarge: (line: number) =>
    `These minutes hold more structure than this tool reads in one go (thousands of tables, list items, link definitions or very short lines), so nothing from line ${line} on was read or checked. Remove what was pasted in by mistake, or split the minutes.`,
  addFrontMatter: 'Add front matter (child, date, meeting, chair)',
};

const SKELETON = ['---', 'type: core-group-minutes', 'child: ', 'date: ', 'meeting: ', 'chair: ', 'chair-role: ', '---', '', ''];

/** CG003: front matter, series links and the settings file that governs the minutes. */
export const frontMatter: Check = {
  code: 'CG003',
  name: 'front-matter',
  description: 'The front matter, a previous/plan link, or the .coregroup.json settings file has a problem.',
  severity: 'error',
  dimension: 'Q',
  fixable: true,
  fixNote: 'when there is no front matter',
  run(ctx) {
    const out: RawFinding[] = [];
    const fm = ctx.doc.frontMatter;
    if (ctx.doc.encoding) {
      // Nothing of the file was read: only this, and the settings, are said about it.
      out.push({ subject: 'encoding', message: messages.utf16, range: ctx.lineRange(0) });
    } else if (ctx.doc.parseError) {
      out.push({ subject: 'front-matter', message: messages.parse, range: ctx.lineRange(0) });
    } else if (!fm) {
      out.push({
        subject: 'front-matter',
        message: messages.none,
        range: ctx.lineRange(0),
        // After a byte order mark, which must stay first: front matter is only read at the start of the text.
        fixes: [{ title: messages.addFrontMatter, edits: [insertAt(ctx, ctx.doc.text.charCodeAt(0) === 0xfeff ? 1 : 0, SKELETON.join(ctx.eol))], isPreferred: true }],
      });
    } else if (fm.error || !fm.data) {
      // Invalid YAML: only this is reported for the front matter; nothing is salvaged from it.
      const span = fm.error?.span ?? fm;
      out.push({ subject: 'yaml', message: messages.yaml(fm.error?.message.replace(/\.?$/, '.') ?? ''), range: ctx.range(span) });
    } else {
      const raw = fm.data.date;
      if (raw === undefined || raw === null || raw === '') {
        out.push({ subject: 'date', message: messages.noDate, range: ctx.keyRange('date') });
      } else if (ctx.date === undefined) {
        const message = typeof raw === 'object' ? messages.dateNotText : messages.badDate(String(raw));
        out.push({ subject: 'date', message, range: ctx.keyRange('date') });
      }
      // One finding per subject: two problems of one kind (previous and plan both outside) share it, both said.
      for (const p of ctx.series.problems) {
        const same = out.find((f) => f.subject === p.subject);
        if (same) same.message += ' ' + p.message;
        else out.push({ subject: p.subject, message: p.message, range: ctx.keyRange(p.key) });
      }
    }
    if (ctx.doc.notReadFrom !== undefined) {
      const line = ctx.doc.lines.position(ctx.doc.notReadFrom).line + 1;
      out.push({ subject: 'too-large', message: messages.tooLarge(line), range: ctx.lineRange(ctx.doc.notReadFrom) });
    }
    const cfg = ctx.loadedConfig;
    if (cfg.problem && cfg.path) {
      const rel = relative(ctx.root, cfg.path);
      const name = rel.startsWith('..') ? basename(cfg.path) : rel;
      const linked = out.find((f) => f.subject === 'outside');
      if (cfg.outside && linked) linked.message += ' ' + accessMessages.configOutside(name);
      else if (cfg.outside) out.push({ subject: 'outside', message: accessMessages.configOutside(name), range: ctx.lineRange(0) });
      else out.push({ subject: 'config', message: messages.config(name, cfg.problem), range: ctx.lineRange(0) });
    }
    return out;
  },
};
