// @ts-check
// Starlight with its defaults: the peer our build is compared with.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [starlight({ title: 'Benchmark corpus' })],
});
