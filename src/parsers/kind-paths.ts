import { posix } from 'node:path';

/** What the kind modules share to recognise their files by path (relative, forward slashes). */

/** The file's own name: `compose.yaml` of `deploy/compose.yaml`. */
export function baseName(relativePath: string): string {
  return posix.basename(relativePath);
}

/** The folder the file is in, `.` for the top. */
export function folderOf(relativePath: string): string {
  return posix.dirname(relativePath);
}

/** A `.yaml` or `.yml` name. */
export const YAML_NAME = /\.ya?ml$/i;

/**
 * A YAML file that is not a Helm chart template: everything under a chart's `templates` folder is a
 * Go template, whatever its text, so no YAML kind takes it. `chartFolders` hold a Chart.yaml.
 */
export function isYamlOutsideChartTemplates(
  relativePath: string,
  chartFolders: ReadonlySet<string>,
): boolean {
  if (!YAML_NAME.test(baseName(relativePath))) return false;
  const segments = relativePath.split('/');
  for (let i = segments.length - 2; i >= 1; i--) {
    if (segments[i] === 'templates' && chartFolders.has(segments.slice(0, i).join('/') || '.')) return false;
  }
  return true;
}
