#!/usr/bin/env node
/**
 * Prints the body of one version's section of CHANGELOG.md (Keep a Changelog: `## [1.0.0] - 2026-12-07`),
 * without its heading, for the GitHub release notes. Fails when the section is missing or empty, so that a
 * release without notes stops before anything is published.
 *
 *   node scripts/changelog-section.mjs <version> [CHANGELOG.md]
 */
import { readFileSync, statSync } from 'node:fs';

const USAGE = 'Usage: node scripts/changelog-section.mjs <version> [CHANGELOG.md]';
/** A changelog larger than this is not one written by hand. */
const MAX_CHANGELOG_BYTES = 4 * 1024 * 1024;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const SECTION_HEADING = /^## \[([^\]]*)\]/;
/** `[1.0.0]: https://...` link definitions that Keep a Changelog puts after the last section. */
const LINK_DEFINITION = /^\[[^\]]+\]:\s+\S+\s*$/;

/** The lines of `version`'s section, trimmed of blank lines and trailing link definitions; undefined when absent. */
function changelogSection(text, version) {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => SECTION_HEADING.exec(line)?.[1] === version);
  if (start < 0) return undefined;
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end);
  while (body.length > 0 && (body.at(-1).trim() === '' || LINK_DEFINITION.test(body.at(-1)))) body.pop();
  while (body.length > 0 && body[0].trim() === '') body.shift();
  return body;
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const [version, file = 'CHANGELOG.md', ...extra] = process.argv.slice(2);
if (version === undefined || extra.length > 0) fail(USAGE);
// The version is printed back in messages: only a plain semantic version is accepted.
if (!VERSION.test(version)) fail(`not a version (expected 1.2.3 or 1.2.3-rc.1): ${JSON.stringify(version)}`);
let size;
try {
  size = statSync(file).size;
} catch {
  fail(`cannot read ${file}`);
}
if (size > MAX_CHANGELOG_BYTES) fail(`${file} is larger than ${MAX_CHANGELOG_BYTES} bytes`);
const body = changelogSection(readFileSync(file, 'utf8'), version);
if (body === undefined) fail(`${file} has no "## [${version}]" section`);
if (body.length === 0) fail(`${file}: the section of ${version} is empty`);
process.stdout.write(`${body.join('\n')}\n`);
