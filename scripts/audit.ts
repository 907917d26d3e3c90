/**
 * `npm run audit`: npm's security audit of the packages a site installs with
 * the generator, failing on any high or critical advisory.
 *
 * Those are the generator's `dependencies` (Astro comes as its peer), since
 * the package is what an organisation installs and builds with; the published
 * site is static HTML and CSS plus our own small scripts and the search
 * engine Pagefind generates. Test and development tools are devDependencies,
 * so `--omit=dev` audits exactly what a site takes on.
 *
 * npm's advisory service is a POST request; a sandbox that allows only
 * registry downloads refuses it. With --offline-ok (used by .ci/run) that is
 * reported and the audit is skipped; without it (the GitHub workflow) it fails.
 */
import { spawnSync } from 'node:child_process';

interface AuditReport {
  message?: string;
  error?: unknown;
  metadata?: { vulnerabilities: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number>; dependencies: { prod: number } };
}

const offlineOk = process.argv.includes('--offline-ok');
const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: AuditReport;
try {
  report = JSON.parse(audit.stdout) as AuditReport;
} catch {
  report = { message: audit.stderr.trim() || `npm audit exited with ${audit.status}`, error: true };
}

if (report.error || !report.metadata) {
  console.error(`npm's advisory service could not be reached, so the audit did not run: ${report.message ?? 'no report'}.`);
  process.exit(offlineOk ? 0 : 1);
}

const { vulnerabilities: found, dependencies } = report.metadata;
console.log(
  `npm audit of the ${dependencies.prod} packages a site installs with the generator: ${found.total} advisories (${found.critical} critical, ${found.high} high, ${found.moderate} moderate, ${found.low} low).`,
);
if (found.high + found.critical > 0) {
  spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], { stdio: 'inherit' });
  console.error('Update the packages above (npm update <name>, or npm audit fix) before publishing.');
  process.exit(1);
}
