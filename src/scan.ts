import fs from 'node:fs';
import path from 'node:path';
import type { DeclaredPort, Diagnostic, ScanResult, ScannedFile } from './types.js';
import type { ScanOptions } from './scan-options.js';
import { discover } from './discover/discover.js';
import { refineKind } from './discover/kinds.js';
import { PARSERS } from './parsers/index.js';
import { readManifest } from './read-file.js';
import { loadRegistry } from './registry/registry.js';
import { withOrganisationRegistry } from './registry/organisation.js';
import { classifyPorts } from './classify/classify.js';
import { createMatcher } from './classify/match.js';
import { runRules } from './rules/engine.js';
import { linkPorts } from './link/link.js';
import { withFindings } from './with-findings.js';
import { applySuppressions, findSuppressions, type FileSuppressions } from './policy/suppressions.js';

type FileDiagnostic = Diagnostic & { file: string };

/**
 * The pipeline: discover manifests -> parse each by kind -> link across files -> classify against
 * IANA -> apply the rules. Never throws for a bad manifest: that is a finding.
 */
export function scan(options: ScanOptions): ScanResult {
  const registry = withOrganisationRegistry(loadRegistry(), options.organisationRegistry ?? []);
  const { files, ports, diagnostics, suppressions } = parseAll(options);
  linkPorts(ports);
  const classified = classifyPorts(ports, registry);
  const ruled = runRules({
    ports: classified,
    diagnostics,
    registry,
    matcher: createMatcher(options.serviceAliases),
    severities: options.ruleSeverities,
    options: options.ruleOptions,
    allowedPorts: options.allowedPorts,
  });
  const findings = applySuppressions(ruled, suppressions, {
    today: options.today,
    severities: options.ruleSeverities,
  });
  const empty = { files: files.length, ports: classified.length, errors: 0, warnings: 0, notices: 0 };
  return withFindings(
    { files, ports: classified, findings: [], summary: empty, registryUpdated: registry.updated },
    findings,
  );
}

function parseAll(options: ScanOptions): {
  files: ScannedFile[];
  ports: DeclaredPort[];
  diagnostics: FileDiagnostic[];
  suppressions: FileSuppressions[];
} {
  const { cwd } = options;
  const roots = (options.paths.length ? options.paths : ['.']).map((p) => realFolder(path.resolve(cwd, p)));
  const files: ScannedFile[] = [];
  const ports: DeclaredPort[] = [];
  const diagnostics: FileDiagnostic[] = [];
  const suppressions: FileSuppressions[] = [];
  const readSibling = (relative: string): string | undefined => {
    const read = readManifest(path.resolve(cwd, relative), roots);
    return 'text' in read ? read.text : undefined;
  };
  for (const found of discover(options.paths, { cwd, include: options.include, exclude: options.exclude })) {
    const read = readManifest(found.absolutePath, roots);
    if ('skipped' in read) {
      diagnostics.push({
        file: found.path,
        ruleId: 'skipped-file',
        line: 1,
        column: 1,
        message: `not scanned: ${read.skipped}`,
      });
      continue;
    }
    const kind = refineKind(found.kind, found.path, read.text);
    const parse = kind && PARSERS[kind];
    if (!kind || !parse) continue;
    files.push({ path: found.path, kind });
    const inline = findSuppressions(found.path, kind, read.text);
    if (inline) suppressions.push(inline);
    for (const notice of read.notices) diagnostics.push({ ...notice, file: found.path });
    try {
      const result = parse({ path: found.path, text: read.text, readSibling });
      ports.push(...result.ports);
      for (const d of result.diagnostics) diagnostics.push({ ...d, file: found.path });
    } catch (error) {
      // A parser bug must not hide the rest of the scan; it becomes a finding on this file.
      diagnostics.push({
        file: found.path,
        ruleId: 'parse-error',
        line: 1,
        column: 1,
        message: `portlint could not read this ${kind} file: ${(error as Error).message}`,
      });
    }
  }
  return { files, ports, diagnostics, suppressions };
}

function realFolder(absolute: string): string {
  try {
    const real = fs.realpathSync(absolute);
    return fs.statSync(real).isDirectory() ? real : path.dirname(real);
  } catch {
    return absolute;
  }
}
