import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The pages npm run bench writes for Starlight, read from the same place in this project.
export const collections = {
  docs: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './src/content/docs' }) }),
};
