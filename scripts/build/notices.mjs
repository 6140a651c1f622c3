/** What a bundle contains and what its notices name, for the build's check that they agree. */

const PACKAGE_IN_PATH = /node_modules\/((?:@[^/]+\/)?[^/]+)/g;

/** Package names whose files webpack put in a bundle, from ncc's `--stats-out` JSON. */
export function bundledPackages(stats) {
  const names = new Set();
  const visit = (modules) => {
    for (const module of modules ?? []) {
      for (const match of `${module.name ?? ''}`.matchAll(PACKAGE_IN_PATH)) names.add(match[1]);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  return [...names].sort();
}

/**
 * Package names ncc's licenses.txt lists: each entry starts with the name alone on a line, after a
 * blank line (or at the top), followed by the license's name and text.
 */
export function noticedPackages(licenses) {
  const names = new Set();
  const lines = licenses.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const startsEntry = (i === 0 || lines[i - 1].trim() === '') && (lines[i + 1] ?? '').trim() !== '';
    if (startsEntry && /^(?:@[\w.-]+\/)?[\w.-]+$/.test(line)) names.add(line);
  }
  return names;
}
