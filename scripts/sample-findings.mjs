#!/usr/bin/env node
/**
 * A reproducible sample of the findings in a portlint JSON report, for judging them by hand
 * (docs/architecture.md, "Judging findings by hand"). Keeps the findings whose rule id matches
 * RULES (a regular expression) and whose severity is SEVERITY (`any` for all), orders them by
 * sha256 of `file:line:column:ruleId:port` (so the sample does not follow file order and stays
 * the same between runs) and prints the first N, each with the port the report declares there.
 * Reads the given report and nothing else.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

const USAGE = `Usage: npm run sample -- <report.json> [N] [RULES] [SEVERITY]

  <report.json>  a report written by \`portlint --format json\`
  N              how many findings to print (default 60)
  RULES          regular expression the rule id must match (default ^(registered|well-known)-conflict$)
  SEVERITY       error, warning, notice or any (default warning)`;

/** A report larger than this is not one portlint wrote for a repository. */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;
const SEVERITIES = new Set(['error', 'warning', 'notice', 'any']);

/** The sort key: a hash, so that the sample is spread over the report and stable. */
const sampleKey = (f) =>
  createHash('sha256').update(`${f.file}:${f.line}:${f.column}:${f.ruleId}:${f.port}`).digest('hex');

/** The first `count` findings of `report` in sample order, each with its port record if the report has one. */
function sampleFindings(report, count, rules, severity) {
  const portsAt = new Map();
  for (const port of report.ports ?? []) {
    const at = `${port.file}\0${port.line}\0${port.column}`;
    if (!portsAt.has(at)) portsAt.set(at, port);
  }
  return report.findings
    .filter((f) => rules.test(f.ruleId) && (severity === 'any' || f.severity === severity))
    .map((finding) => ({ finding, key: sampleKey(finding) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, count)
    .map(({ finding }) => ({
      finding,
      port: portsAt.get(`${finding.file}\0${finding.line}\0${finding.column}`),
    }));
}

/** The sample as text: a numbered line per finding, its message, and its port's role, kind and context. */
function renderSample(sample) {
  const lines = [];
  for (const [i, { finding: f, port: p }] of sample.entries()) {
    lines.push(`${i + 1}. ${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.port}/${f.protocol}`);
    lines.push(`   ${f.message}`);
    if (p) lines.push(`   role=${p.role} kind=${p.kind} context=${JSON.stringify(p.context)}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

function fail(message) {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function main(argv) {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(argv.length === 0 ? 2 : 0);
  }
  const [file, n = '60', rules = '^(registered|well-known)-conflict$', severity = 'warning', ...rest] = argv;
  if (rest.length > 0) fail(`too many arguments: ${rest.join(' ')}`);
  if (!/^[1-9]\d{0,6}$/.test(n)) fail(`N must be a whole number from 1 to 9999999, not "${n}"`);
  if (!SEVERITIES.has(severity)) fail(`SEVERITY must be error, warning, notice or any, not "${severity}"`);
  let pattern;
  try {
    pattern = new RegExp(rules);
  } catch (error) {
    fail(`RULES is not a regular expression: ${error.message}`);
  }
  let stats;
  try {
    stats = statSync(file);
  } catch {
    fail(`report not found: ${file}`);
  }
  if (!stats.isFile()) fail(`not a file: ${file}`);
  if (stats.size > MAX_REPORT_BYTES) fail(`${file} is larger than ${MAX_REPORT_BYTES} bytes`);
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${file} is not JSON: ${error.message}`);
  }
  if (!Array.isArray(report?.findings)) fail(`${file} is not a portlint JSON report (no "findings" list)`);
  process.stdout.write(renderSample(sampleFindings(report, Number(n), pattern, severity)));
}

main(process.argv.slice(2));
