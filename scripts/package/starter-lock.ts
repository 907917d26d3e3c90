/**
 * The package-lock.json a new site starts with (src/create/): the
 * generator, its dependencies and the Node the site runs on, at exactly the
 * versions this repository installed and tested, copied from its own
 * package-lock.json. With it, `npm install` in a new site needs no package
 * metadata from the registry (only tarballs, which npm's cache already holds
 * wherever this repository was installed), and every site gets the tree the
 * generator was tested with.
 */

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
}

export interface Lock {
  name?: string;
  version?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

export interface StarterLockOptions {
  /** This repository's package-lock.json. */
  lock: Lock;
  /** The generator's package name, and its dependencies and peers as its package.json lists them. */
  generator: { name: string; version: string; dependencies: Record<string, string>; peerDependencies: Record<string, string>; bin: Record<string, string> };
  /** Packages the site itself lists as development dependencies (the pinned Node). */
  devDependencies: Record<string, string>;
}

/** Where npm finds `name` for the package installed at `from`: its own node_modules, then each enclosing one. */
function resolveFrom(packages: Lock['packages'], from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dir.replace(/\/?node_modules\/(?:@[^/]+\/)?[^/]+$/, '')) {
    const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[path]) return path;
    if (!dir) return undefined;
  }
}

/** What the package at `path` needs installed: its dependencies, optional ones and required peers. */
function needs(entry: LockEntry): string[] {
  const peers = Object.keys(entry.peerDependencies ?? {}).filter((name) => !entry.peerDependenciesMeta?.[name]?.optional);
  return [...Object.keys(entry.dependencies ?? {}), ...Object.keys(entry.optionalDependencies ?? {}), ...peers];
}

/** Every lock path reachable from these top-level packages, through what each needs. */
function closure(packages: Lock['packages'], roots: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = roots.map((name) => `node_modules/${name}`);
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path) || !packages[path]) continue;
    seen.add(path);
    for (const name of needs(packages[path])) {
      const found = resolveFrom(packages, path, name);
      if (found) queue.push(found);
    }
  }
  return seen;
}

/**
 * The lock, with `@generator` standing for where the generator comes from
 * (a registry version or a packed file), which create-evidence-site fills in.
 */
export function starterLock({ lock, generator, devDependencies }: StarterLockOptions): Lock {
  const packages = lock.packages;
  const missing = [...Object.keys(generator.dependencies), ...Object.keys(generator.peerDependencies), ...Object.keys(devDependencies)].filter((name) => !packages[`node_modules/${name}`]);
  if (missing.length > 0) throw new Error(`package-lock.json has no ${missing.join(', ')}: run npm install first.`);
  const forSite = closure(packages, [...Object.keys(generator.dependencies), ...Object.keys(generator.peerDependencies)]);
  const forDevelopment = closure(packages, Object.keys(devDependencies));
  const entries: Record<string, LockEntry> = {
    '': { name: '@site', dependencies: { [generator.name]: '@generator' }, devDependencies },
    [`node_modules/${generator.name}`]: {
      version: generator.version,
      resolved: '@generator',
      dependencies: generator.dependencies,
      peerDependencies: generator.peerDependencies,
      bin: generator.bin,
    },
  };
  for (const path of [...new Set([...forSite, ...forDevelopment])].sort()) {
    // The repository's flags say what it needs for its own development; a site's are worked out afresh.
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = packages[path]!;
    entries[path] = forSite.has(path) ? entry : { ...entry, dev: true };
  }
  return { name: '@site', lockfileVersion: 3, requires: true, packages: entries };
}
