/**
 * The one Markdown parse of a text: unified + remark-parse + remark-gfm (tables) + remark-frontmatter.
 * Only the top level of the tree is read afterwards, so nested lists and quotes cost nothing more.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
