/** Whether a node Sätteri hands a visitor sits inside a node of one of `types` (a link, a heading, code). */
import type { MdastNode, MdastVisitorContext } from 'satteri';

export function isInside(node: MdastNode, types: Set<string>, ctx: MdastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) if (types.has(parent.type)) return true;
  return false;
}
