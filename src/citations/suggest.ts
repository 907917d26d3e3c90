/** "Did you mean" for citation keys: the known keys closest to a typo. */

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Up to `limit` known keys within a few edits of `key`, closest first. */
export function closestKeys(key: string, known: Iterable<string>, limit = 3): string[] {
  const lower = key.toLowerCase();
  const threshold = Math.max(2, Math.floor(key.length / 3));
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(lower, candidate.toLowerCase()) }))
    .filter(({ candidate, distance }) => distance <= threshold || candidate.toLowerCase().startsWith(lower) || lower.startsWith(candidate.toLowerCase()))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** A key as the site's scheme reads it: its first word, lowercased, and its year. */
const schemeParts = (key: string) => ({ word: /^[A-Za-z][a-z]*/.exec(key)?.[0].toLowerCase() ?? '', year: /\d{4}/.exec(key)?.[0] ?? '' });

/**
 * closestKeys for citation keys, led by the entries whose key would be this
 * one in the site's scheme, or would begin with it. A reference manager's key holds the first
 * author's surname and the year (Zotero's gillard_developing_2015, Better
 * BibTeX's gillardDeveloping2015, JabRef's Gillard2015), and an entry is
 * easily pasted without renaming it while its pages cite @gillard2015.
 */
export function closestCitationKeys(key: string, known: Iterable<string>, limit = 3): string[] {
  const candidates = [...known];
  const lower = key.toLowerCase();
  const cited = schemeParts(key);
  // The same year, and a first word that is the cited one or starts with it (compassion2023 for compassionindying2023).
  const unrenamed = candidates.filter((candidate) => {
    const { word, year } = schemeParts(candidate);
    return candidate.toLowerCase() !== lower && cited.year !== '' && year === cited.year && cited.word !== '' && word.startsWith(cited.word);
  });
  return [...new Set([...unrenamed, ...closestKeys(key, candidates, limit)])].slice(0, limit);
}
