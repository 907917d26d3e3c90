import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../src/security/headers.ts';

const project = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, project), 'utf8');

/** Each shipped header file, with how it writes one header (name and value in the first two groups). */
const snippets = [
  { file: 'public/_headers', header: /^ {2}([\w-]+): (.*)$/gm },
  { file: 'docs/security-headers/nginx.conf', header: /^add_header ([\w-]+) "([^"]*)" always;$/gm },
  { file: 'docs/security-headers/apache.htaccess', header: /^ {2}Header always set ([\w-]+) "([^"]*)"$/gm },
  { file: 'docs/security-headers/web.config', header: /<add name="([\w-]+)" value="([^"]*)" \/>/g },
];

describe('the security headers', () => {
  it.each(snippets)('$file sets exactly the headers in src/security/headers.ts', ({ file, header }) => {
    const set = [...read(file).matchAll(header)].map(([, name, value]) => [name, value]);
    expect(set).toEqual(Object.entries(securityHeaders));
  });

  it('allow no inline script or style, and nothing from another origin', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    expect(contentSecurityPolicy.split('; ').map((directive) => directive.split(' ')[0])).toEqual([
      'default-src',
      'script-src',
      'style-src',
      'img-src',
      'connect-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]);
  });

  it('let no page change where its links go, embed a plugin, post a form elsewhere or be framed', () => {
    const directives = contentSecurityPolicy.split('; ');
    for (const directive of ["base-uri 'none'", "object-src 'none'", "form-action 'self'", "frame-ancestors 'none'"]) expect(directives).toContain(directive);
  });
});
