import type { ClassifiedPort, Finding, PortContext, ScanResult, ScanSummary } from '../types.js';

/** Bumped only when a field changes meaning or disappears; new fields may be added within a version. */
export const JSON_SCHEMA_VERSION = 1;

export interface JsonPort {
  file: string;
  line: number;
  column: number;
  port: number | null;
  endPort: number | null;
  protocol: string;
  role: string;
  kind: string;
  context: PortContext;
  assignment: { range: string; status: string; services: string[] } | null;
  ref?: string;
  protocolUnresolved?: string;
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  port: number | null;
  protocol: string | null;
  message: string;
  suggestion?: number;
  /** The other places of the same logical port, or the other half of a clash. */
  related?: Array<{ file: string; line: number; column: number }>;
}

export interface JsonReport {
  schema: number;
  tool: string;
  version: string;
  registry: { updated: string };
  files: Array<{ path: string; kind: string }>;
  ports: JsonPort[];
  findings: JsonFinding[];
  summary: ScanSummary;
}

/** The CLI's `--format json` and the action's `report` output: a stable, versioned contract. */
export function toJsonReport(result: ScanResult, version: string): JsonReport {
  return {
    schema: JSON_SCHEMA_VERSION,
    tool: 'portlint',
    version,
    registry: { updated: result.registryUpdated },
    files: result.files.map((f) => ({ path: f.path, kind: f.kind })),
    ports: result.ports.map(jsonPort),
    findings: result.findings.map(jsonFinding),
    summary: result.summary,
  };
}

function jsonPort(p: ClassifiedPort): JsonPort {
  const port: JsonPort = {
    file: p.file,
    line: p.line,
    column: p.column,
    port: p.port,
    endPort: p.endPort,
    protocol: p.protocol,
    role: p.role,
    kind: p.kind,
    context: p.context,
    assignment: p.info
      ? { range: p.info.range, status: p.info.status, services: p.info.services.map((s) => s.name) }
      : null,
  };
  if (p.portRef !== undefined) port.ref = p.portRef;
  if (p.protocolUnresolved !== undefined) port.protocolUnresolved = p.protocolUnresolved;
  return port;
}

function jsonFinding(f: Finding): JsonFinding {
  const finding: JsonFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    port: f.port,
    protocol: f.protocol,
    message: f.message,
  };
  if (f.suggestion !== undefined) finding.suggestion = f.suggestion;
  if (f.relatedLocations?.length)
    finding.related = f.relatedLocations.map(({ file, line, column }) => ({ file, line, column }));
  return finding;
}

export function formatJson(result: ScanResult, version: string): string {
  return `${JSON.stringify(toJsonReport(result, version), null, 2)}\n`;
}
