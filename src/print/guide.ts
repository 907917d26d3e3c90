/** The guide as it is printed (src/routes/print/index.astro): its topics with their guidance pages, in order, in parts (parts.ts). */
import { siteConfig } from '../config/site-config.ts';
import { getGuidance, getTopics } from '../lib/content.ts';
import { guideTopics, printedParts } from './parts.ts';

export async function printedGuide() {
  const [topics, guidance] = await Promise.all([getTopics(), getGuidance()]);
  return printedParts(
    guideTopics(topics, guidance, (entry, topic) => entry.data.topic === topic.id),
    siteConfig().printedPartPages,
  );
}
