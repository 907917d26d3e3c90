/**
 * The keys written in a bibliography file's text, read as loosely as a
 * person would ("@book{smith2020" names smith2020 even with its comma
 * missing), without parsing the entries: for the content check, which must
 * know a key whose entry could not be read, and for `npm run new`, which
 * needs an example key without loading citation-js.
 */
export function writtenKeys(text: string): string[] {
  return [...text.matchAll(/^\s*@\w+\s*[{(]\s*([^,\s]+)|"id":\s*"([^"]+)"/gm)].map(([, bibtex, json]) => (bibtex ?? json)!);
}
