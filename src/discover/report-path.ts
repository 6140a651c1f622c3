import path from 'node:path';

/**
 * Path relative to cwd with forward slashes (`../x` outside it; absolute only across drives): how
 * every report and every link names a file. Its own module, without discovery's dependencies, so
 * that the action's git scope can use it without loading the walker at start-up.
 */
export function toReportPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  return (path.isAbsolute(relative) ? absolute : relative).split(path.sep).join('/');
}
