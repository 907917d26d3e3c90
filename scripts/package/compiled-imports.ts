/**
 * A component's imports of the generator's own TypeScript modules
 * ('../lib/dates.ts'), pointed at their compiled JavaScript
 * ('../lib/dates.js'), as tsc's rewriteRelativeImportExtensions does for
 * .ts files. Only relative specifiers change: a package's name or a path
 * that merely mentions .ts elsewhere is left alone.
 */
export function compiledImports(source: string): string {
  return source.replace(/(\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"\n]+)\.ts\2/g, '$1$2$3.js$2');
}
