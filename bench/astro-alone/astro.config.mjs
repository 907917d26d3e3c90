// @ts-check
// Astro with MDX and nothing else: the floor our build and Starlight's are measured against.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
});
