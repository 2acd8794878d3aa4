/**
 * The markdown-it plugin VS Code's built-in Markdown preview loads from this extension
 * (`markdown.markdownItPlugins`, `extendMarkdownIt`). Only core group minutes change: their front
 * matter (VS Code's `front_matter` token, hidden by default) becomes a table of meeting details,
 * ratings become labelled badges, distribution lines keep their line breaks, prompt comments are
 * dropped. What to show is decided in the core (src/core/preview.ts); this file only moves tokens.
 * Everything taken from the document is escaped (markdown-it's escapeHtml), so `<script>` stays text.
 */
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { L10n } from '../core/l10n';
import { previewWords } from '../core/messages/preview';
import { isDistributionLine, isOnlyComments, meetingDetails, ratingIn, ratingLabel, type DetailRow } from '../core/preview';

const DETAILS = 'core_group_meeting_details';
const RATING = 'core_group_rating';
const HIDDEN = 'core_group_hidden';

function badges(state: StateCore, inline: Token): void {
  const children = inline.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const t = children[i];
    if (t.type !== 'text') continue;
    const found = ratingIn(t.content);
    if (!found || !inline.content.split('\n').some((l) => ratingIn(l))) continue;
    const before = new state.Token('text', '', 0);
    before.content = t.content.slice(0, found.start);
    const badge = new state.Token(RATING, 'span', 0);
    badge.meta = found.rating;
    const after = new state.Token('text', '', 0);
    after.content = t.content.slice(found.end);
    children.splice(i, 1, before, badge, after);
    return; // one badge per line
  }
}

const minutesRule = (l10n: L10n | undefined) => (state: StateCore): void => {
  const tokens = state.tokens;
  const fm = tokens.findIndex((t) => t.type === 'front_matter');
  if (fm < 0 || typeof tokens[fm].meta !== 'string') return;
  const details = meetingDetails(tokens[fm].meta as string, l10n);
  if (!details) return; // not core group minutes: left exactly as it was
  const table = new state.Token(DETAILS, 'table', 0);
  table.meta = details;
  table.map = tokens[fm].map;
  table.block = true;
  tokens.splice(fm + 1, 0, table);
  for (const t of tokens) {
    if (t.type === 'html_block' && isOnlyComments(t.content)) t.type = HIDDEN;
    if (t.type !== 'inline' || !t.children) continue;
    t.children = t.children.filter((c) => !(c.type === 'html_inline' && isOnlyComments(c.content)));
    const lines = t.content.split('\n');
    if (lines.length > 1 && lines.some(isDistributionLine)) for (const c of t.children) if (c.type === 'softbreak') c.type = 'hardbreak';
    badges(state, t);
  }
};

/** `l10n`: the language of the words added (the extension passes vscode.l10n; English when none). */
export function coreGroupPreview(md: MarkdownIt, l10n?: L10n): MarkdownIt {
  const esc = md.utils.escapeHtml;
  const T = previewWords(l10n);
  md.core.ruler.push('core_group_minutes', minutesRule(l10n));
  md.renderer.rules[DETAILS] = (tokens, idx) => {
    const t = tokens[idx];
    const rows = (t.meta as DetailRow[]).map((r) => `<tr><th scope="row">${esc(r.label)}</th><td>${esc(r.value)}</td></tr>`).join('\n');
    const line = t.map ? ` data-line="${t.map[0]}"` : '';
    return `<table class="core-group-meeting-details code-line"${line}>\n<caption>${esc(T.caption)}</caption>\n<tbody>\n${rows}\n</tbody>\n</table>\n`;
  };
  md.renderer.rules[RATING] = (tokens, idx) => {
    const r = tokens[idx].meta as 'red' | 'amber' | 'green';
    const { text, aria } = ratingLabel(r, l10n);
    return `<span class="core-group-rating core-group-rating-${r}" title="${esc(aria)}">${esc(text)}</span>`;
  };
  md.renderer.rules[HIDDEN] = () => '';
  return md;
}
