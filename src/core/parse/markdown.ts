/**
 * The one Markdown parse of a text: unified + remark-parse + GFM tables + remark-frontmatter.
 * Only GFM's table extension is loaded (micromark-extension-gfm-table with mdast-util-gfm-table, the
 * pieces remark-gfm is made of): minutes need tables, and the rest of GFM (autolink literals above
 * all) would triple the parse time for nothing the checks read. Only the top level of the tree is
 * read afterwards, so nested lists and quotes cost nothing more.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import type { Extension } from 'micromark-util-types';

/** A remark plugin adding GFM tables, registered the way remark-gfm registers its extensions. */
function remarkGfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(remarkGfmTables).use(remarkFrontmatter, ['yaml']).freeze();

/** The micromark extensions of that parse (tables, front matter), for reading its events directly. */
export const micromarkExtensions: Extension[] = processor.data('micromarkExtensions') ?? [];

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
