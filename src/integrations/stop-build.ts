/**
 * Stops the build with the lines a maintainer needs and nothing else. A
 * thrown error would reach Astro's own handler, which wraps it in "An
 * unhandled error occurred while running the hook", the error's class name
 * and a stack trace into src/, burying the lines that say what to fix.
 */
export function stopBuild(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  // Exit handlers still run: the content gate's removes a half-written dist/.
  process.exit(1);
}
