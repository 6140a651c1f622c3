import path from 'node:path';
import type { ComposeLoads, DeclaredPort, ScannedFile } from '../types.js';
import type { ScanOptions } from './scan-options.js';
import { discover } from '../discover/discover.js';
import { KINDS } from '../parsers/index.js';
import { parseDiscovered } from './scan-parallel.js';
import { notScanned, type FileDiagnostic } from './parse-file.js';
import { loadRegistry } from '../registry/registry.js';
import { withOrganisationRegistry } from '../registry/organisation.js';
import { classifyPorts } from '../classify/classify.js';
import { createMatcher } from '../classify/match.js';
import { runRules } from '../rules/engine.js';
import { linkPorts } from '../link/link.js';
import { linkLogicalPorts } from '../link/logical-ports.js';
import type { FileSuppressions } from '../policy/suppressions.js';
import type { RawScan } from '../policy/apply.js';
import { realFolder } from '../discover/safe-read.js';
import type { Unreported } from '../policy/per-file-cap.js';

/**
 * The pipeline: discover manifests -> parse each by kind -> link across files -> classify against
 * IANA -> apply the rules. Never throws for a bad manifest: that is a finding. Policy (suppressions,
 * allowlist, scope, the gate) is applied to what it returns by applyPolicy (src/policy/apply.ts).
 */
export function scan(options: ScanOptions): RawScan {
  const registry = withOrganisationRegistry(loadRegistry(), options.organisationRegistry ?? []);
  const { files, ports, diagnostics, suppressions, unreported, reads, composeLoads } = parseAll(options);
  linkPorts(ports, composeLoads);
  const classified = classifyPorts(ports, registry);
  // On the classified copies, which the rules and the findings hold.
  linkLogicalPorts(classified);
  const findings = runRules({
    ports: classified,
    diagnostics,
    registry,
    matcher: createMatcher(options.serviceAliases),
    severities: options.ruleSeverities,
    options: options.ruleOptions,
    allowedPorts: options.allowedPorts,
  });
  // Counted by applyPolicy, once the findings to report are known.
  const uncounted = { files: files.length, ports: classified.length, errors: 0, warnings: 0, notices: 0 };
  return {
    result: { files, ports: classified, findings, summary: uncounted, registryUpdated: registry.updated },
    suppressions,
    unreported,
    reads,
  };
}

function parseAll(options: ScanOptions): {
  files: ScannedFile[];
  ports: DeclaredPort[];
  diagnostics: FileDiagnostic[];
  suppressions: FileSuppressions[];
  unreported: Map<string, Unreported[]>;
  reads: Map<string, string[]>;
  composeLoads: Map<string, ComposeLoads>;
} {
  const { cwd } = options;
  const roots = (options.paths.length ? options.paths : ['.']).map((p) => realFolder(path.resolve(cwd, p)));
  const files: ScannedFile[] = [];
  const ports: DeclaredPort[] = [];
  const diagnostics: FileDiagnostic[] = [];
  const suppressions: FileSuppressions[] = [];
  const unreported = new Map<string, Unreported[]>();
  const reads = new Map<string, string[]>();
  const composeLoads = new Map<string, ComposeLoads>();
  // A folder the walk could not or would not enter is reported like a file it could not read.
  const onSkipped = (file: string, reason: string) => diagnostics.push(notScanned(file, reason));
  const found = discover(options.paths, {
    cwd,
    kinds: KINDS,
    include: options.include,
    exclude: options.exclude,
    roots,
    onSkipped,
  });
  // Per-file work (read, kind, suppressions, parse) is in parse-file.ts; it may run on worker threads.
  for (const outcome of parseDiscovered(found, { cwd, roots })) {
    if (outcome.file) files.push(outcome.file);
    if (outcome.suppressions) suppressions.push(outcome.suppressions);
    for (const port of outcome.ports) ports.push(port);
    for (const diagnostic of outcome.diagnostics) diagnostics.push(diagnostic);
    if (outcome.unreported && outcome.file) unreported.set(outcome.file.path, outcome.unreported);
    if (outcome.reads && outcome.file) reads.set(outcome.file.path, outcome.reads);
    if (outcome.composeLoads && outcome.file) composeLoads.set(outcome.file.path, outcome.composeLoads);
  }
  return { files, ports, diagnostics, suppressions, unreported, reads, composeLoads };
}
