/**
 * A citation's prefix and suffix as citeproc takes them, and back. Markup in
 * them ([*see* @key, p. 3 and *passim*]) is part of the page's Markdown, so
 * each inline node is rendered to HTML here and stands in citeproc's text as
 * a tag of its own around its plain text: citeproc's spacing rules read
 * through tags (a prefix ending in a word gets a space), it escapes tags it
 * does not know, and the escaped tag is swapped for the node's HTML after.
 * Links lose their address (a citation is already a link, and links do not nest).
 */
import type { PhrasingContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { toHtml } from 'hast-util-to-html';
import { childAt, type InlineRun } from './collect.ts';
import { inlinePlaceholder } from './locator.ts';
import type { Affix } from './parse.ts';

const tag = '\uE004';

function nodeHtml(node: PhrasingContent): string {
  if (node.type === 'link' || node.type === 'linkReference') return node.children.map(nodeHtml).join('');
  const hast = toHast(node);
  return hast ? toHtml(hast) : '';
}

/** One citation's affixes: text for citeproc, and the HTML each tag in it stands for. */
export class AffixText {
  readonly fragments: string[] = [];
  private readonly run: InlineRun;

  constructor(run: InlineRun) {
    this.run = run;
  }

  toCiteproc(affix: Affix): string {
    let text = affix.lead;
    for (let index = 0; index < affix.text.length; index += 1) {
      const char = affix.text[index]!;
      if (char !== inlinePlaceholder) {
        text += char;
        continue;
      }
      const node = this.run.children[childAt(this.run, affix.at + index).index]!;
      const number = this.fragments.push(nodeHtml(node)) - 1;
      text += `<${tag}${number}>${toString(node)}</${tag}${number}>`;
    }
    return text;
  }

  /** citeproc's HTML with each escaped tag replaced by its node's HTML. */
  restore(html: string): string {
    if (this.fragments.length === 0) return html;
    return html.replace(new RegExp(`&#60;${tag}(\\d+)&#62;[\\s\\S]*?&#60;/${tag}\\1&#62;`, 'g'), (_, number: string) => this.fragments[Number(number)] ?? '');
  }
}
