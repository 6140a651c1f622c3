/**
 * The JSON report as the action writes it (the CLI's `--format json` contract plus a `github`
 * block), and reading it back in `from-report` mode. A report read back may come from a fork's
 * pull request, so it is validated field by field and nothing in it is trusted beyond its data.
 */
import { dictionary } from '../dictionary.js';
import path from 'node:path';
import { PortlintError } from '../errors.js';
import { readRegularFile, realFolder } from '../discover/safe-read.js';
import { describeRefusal } from '../discover/read-file.js';
import { JSON_SCHEMA_VERSION, toJsonReport, type JsonReport } from '../report/json.js';
import { isCommitSha, isObject } from './guards.js';
import { MAX_RELATED_LOCATIONS } from '../rules/logical-merge.js';
import {
  PROTOCOLS,
  type ClassifiedPort,
  type Finding,
  type ManifestKind,
  type PortContext,
  type PortInfo,
  type PortRange,
  type PortStatus,
  type Protocol,
  type RelatedLocation,
  type Role,
  type ScanResult,
  type ScannedFile,
  type Severity,
} from '../types.js';

/** What the pull_request run knew, so that a workflow_run can comment on the right pull request. */
export interface ReportGitHubBlock {
  repository?: string;
  pullRequest?: number;
  headSha?: string;
}

export type ActionJsonReport = JsonReport & { github?: ReportGitHubBlock };

export interface LoadedReport {
  result: ScanResult;
  version: string;
  github: ReportGitHubBlock;
}

/** Reports larger than this are refused (a report of 100,000 findings is ~30 MB). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** The report the action writes: the CLI's JSON plus where it ran. */
export function actionJsonReport(
  result: ScanResult,
  version: string,
  github: ReportGitHubBlock,
): ActionJsonReport {
  const report: ActionJsonReport = toJsonReport(result, version);
  if (Object.keys(github).length > 0) report.github = github;
  return report;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];
const RANGES: readonly PortRange[] = ['system', 'user', 'dynamic'];
const STATUSES: readonly PortStatus[] = ['assigned', 'unassigned', 'reserved', 'dynamic'];

class ReportError extends PortlintError {
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(`${file}: not a portlint JSON report: ${message}`, 2, options);
    this.name = 'ReportError';
  }
}

type Json = Record<string, unknown>;

function isPosition(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isPortOrNull(value: unknown): value is number | null {
  return value === null || Number.isSafeInteger(value);
}

function isProtocol(value: unknown): value is Protocol {
  return typeof value === 'string' && (PROTOCOLS as readonly string[]).includes(value);
}

function stringRecord(value: unknown): PortContext | undefined {
  if (!isObject(value)) return undefined;
  // Keys come from the report.
  const out = dictionary<string>();
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string') return undefined;
    out[key] = v;
  }
  return out as PortContext;
}

function readFinding(value: unknown): Finding | string {
  if (!isObject(value)) return 'a finding is not an object';
  const { ruleId, severity, file, line, column, port, protocol, message } = value;
  if (typeof ruleId !== 'string' || ruleId === '') return 'finding.ruleId';
  if (!SEVERITIES.includes(severity as Severity)) return `finding.severity ${JSON.stringify(severity)}`;
  if (typeof file !== 'string') return 'finding.file';
  if (!isPosition(line) || !isPosition(column)) return 'finding.line/column';
  if (!isPortOrNull(port)) return 'finding.port';
  if (protocol !== null && !isProtocol(protocol)) return 'finding.protocol';
  if (typeof message !== 'string') return 'finding.message';
  const finding: Finding = {
    ruleId,
    severity: severity as Severity,
    file,
    line,
    column,
    port,
    protocol,
    message,
  };
  if (Number.isSafeInteger(value['suggestion'])) finding.suggestion = value['suggestion'] as number;
  const related = readRelated(value['related']);
  if (related.length) finding.relatedLocations = related;
  return finding;
}

/** A finding's `related` places; malformed entries are dropped, and at most MAX_RELATED_LOCATIONS kept. */
function readRelated(value: unknown): RelatedLocation[] {
  if (!Array.isArray(value)) return [];
  const related: RelatedLocation[] = [];
  for (const entry of value.slice(0, MAX_RELATED_LOCATIONS)) {
    if (!isObject(entry)) continue;
    const { file, line, column } = entry;
    if (typeof file !== 'string' || !isPosition(line) || !isPosition(column)) continue;
    related.push({ file, line, column, message: '' });
  }
  return related;
}

function readPort(value: unknown): ClassifiedPort | string {
  if (!isObject(value)) return 'a port is not an object';
  const { file, line, column, port, endPort, protocol, role, kind, assignment } = value;
  const context = stringRecord(value['context']);
  if (typeof file !== 'string' || !isPosition(line) || !isPosition(column)) return 'port.file/line/column';
  if (!isPortOrNull(port) || !isPortOrNull(endPort)) return 'port.port/endPort';
  if (!isProtocol(protocol) || typeof role !== 'string' || typeof kind !== 'string')
    return 'port.protocol/role/kind';
  if (!context) return 'port.context';
  const declared: ClassifiedPort = {
    file,
    line,
    column,
    port,
    endPort,
    protocol,
    role: role as Role,
    kind: kind as ManifestKind,
    context,
    raw: typeof value['ref'] === 'string' ? value['ref'] : port === null ? '' : String(port),
  };
  if (typeof value['ref'] === 'string') declared.portRef = value['ref'];
  if (assignment !== null && assignment !== undefined) {
    if (!isObject(assignment)) return 'port.assignment';
    const { range, status, services } = assignment;
    if (!RANGES.includes(range as PortRange) || !STATUSES.includes(status as PortStatus))
      return 'port.assignment';
    if (!Array.isArray(services) || !services.every((s) => typeof s === 'string'))
      return 'port.assignment.services';
    if (port !== null) {
      const info: PortInfo = {
        port,
        protocol,
        range: range as PortRange,
        status: status as PortStatus,
        services: (services as string[]).map((name) => ({ name, description: '' })),
        notes: [],
      };
      declared.info = info;
    }
  }
  return declared;
}

function readList<T>(file: string, report: Json, key: string, read: (value: unknown) => T | string): T[] {
  const list = report[key];
  if (!Array.isArray(list)) throw new ReportError(file, `"${key}" is not a list`);
  return list.map((item, index) => {
    const parsed = read(item);
    if (typeof parsed === 'string') throw new ReportError(file, `${key}[${index}]: invalid ${parsed}`);
    return parsed;
  });
}

function readGitHubBlock(value: unknown): ReportGitHubBlock {
  const block: ReportGitHubBlock = {};
  if (!isObject(value)) return block;
  if (typeof value['repository'] === 'string') block.repository = value['repository'];
  const pr = value['pullRequest'];
  if (Number.isSafeInteger(pr) && (pr as number) > 0) block.pullRequest = pr as number;
  const sha = value['headSha'];
  if (isCommitSha(sha)) block.headSha = sha.toLowerCase();
  return block;
}

/** Findings point at the declaration they are about by position; link them up again for the table. */
function attachDeclarations(findings: Finding[], ports: ClassifiedPort[]): void {
  // Indexed by position and by position and port, so a report with every port at one position
  // stays linear: the first declaration of each key wins, as a search in list order would.
  const atPosition = new Map<string, ClassifiedPort>();
  const atPositionAndPort = new Map<string, ClassifiedPort>();
  for (const port of ports) {
    const position = `${port.file}\0${port.line}\0${port.column}`;
    if (!atPosition.has(position)) atPosition.set(position, port);
    const key = `${position}\0${port.port}`;
    if (!atPositionAndPort.has(key)) atPositionAndPort.set(key, port);
  }
  for (const finding of findings) {
    const position = `${finding.file}\0${finding.line}\0${finding.column}`;
    const declared = atPositionAndPort.get(`${position}\0${finding.port}`) ?? atPosition.get(position);
    if (declared) finding.declared = declared;
  }
}

/** Parses and validates report text. Throws PortlintError (exit code 2) naming what is wrong. */
export function parseReport(text: string, file: string): LoadedReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ReportError(file, `invalid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!isObject(parsed)) throw new ReportError(file, 'not a JSON object');
  if (parsed['schema'] !== JSON_SCHEMA_VERSION) {
    throw new ReportError(
      file,
      `schema ${JSON.stringify(parsed['schema'])}, expected ${JSON_SCHEMA_VERSION}`,
    );
  }
  if (parsed['tool'] !== 'portlint') throw new ReportError(file, `tool ${JSON.stringify(parsed['tool'])}`);
  const version = typeof parsed['version'] === 'string' ? parsed['version'] : 'unknown';
  const registry = parsed['registry'];
  const registryUpdated =
    isObject(registry) && typeof registry['updated'] === 'string' ? registry['updated'] : 'unknown';

  const files = readList<ScannedFile>(file, parsed, 'files', (value) =>
    isObject(value) && typeof value['path'] === 'string' && typeof value['kind'] === 'string'
      ? { path: value['path'], kind: value['kind'] as ManifestKind }
      : 'file entry',
  );
  const ports = readList(file, parsed, 'ports', readPort);
  const findings = readList(file, parsed, 'findings', readFinding);
  attachDeclarations(findings, ports);
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  // Counts are recomputed from the lists so the comment cannot disagree with its own table.
  const result: ScanResult = {
    files,
    ports,
    findings,
    summary: {
      files: files.length,
      ports: ports.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
    },
    registryUpdated,
  };
  return { result, version, github: readGitHubBlock(parsed['github']) };
}

function cannotRead(displayPath: string, reason: string): PortlintError {
  return new PortlintError(`from-report: cannot read ${displayPath}: ${reason}`, 2);
}

/**
 * The report's text, read only from a regular file inside one of `roots` and only up to the size
 * limit: the file may come from a fork, as a symlink to /dev/zero or a FIFO that never ends.
 */
function readReportText(absolutePath: string, displayPath: string, roots?: readonly string[]): string {
  // Without roots every real path is inside the filesystem's root.
  const allowed = roots?.map(realFolder) ?? [path.parse(absolutePath).root];
  const read = readRegularFile(absolutePath, allowed, MAX_REPORT_BYTES);
  if ('bytes' in read) return read.bytes.toString('utf8');
  const { refused } = read;
  switch (refused.why) {
    case 'outside-root':
      throw cannotRead(displayPath, 'it is outside the workspace and RUNNER_TEMP');
    case 'folder':
    case 'not-regular':
      throw cannotRead(displayPath, 'not a regular file');
    case 'too-large':
      throw new ReportError(displayPath, `${refused.size} bytes, more than the ${MAX_REPORT_BYTES} accepted`);
    default:
      throw cannotRead(displayPath, describeRefusal(refused, 'a report'));
  }
}

/**
 * Reads a report file and validates it. With `roots` (the workspace, and RUNNER_TEMP where the
 * documented workflow downloads the artifact), a file whose real path is outside all of them is
 * refused.
 */
export function readReportFile(
  absolutePath: string,
  displayPath: string,
  roots?: readonly string[],
): LoadedReport {
  return parseReport(readReportText(absolutePath, displayPath, roots), displayPath);
}
