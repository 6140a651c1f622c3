/** Hand-built scan results for reporter and action tests (no scanner involved). */
import type { ClassifiedPort, Finding, PortInfo, ScanResult, Severity } from '../../src/types.js';

/** A service name written to break every output it reaches. */
export const HOSTILE_NAME =
  'web|x <img src=x onerror=alert(1)> <details> @org/team #1 `id` \u001b[31mred\u001b[0m\n::add-mask::s3cr3t %0A::stop-commands::t [x](1)';

export function portInfo(port: number, status: PortInfo['status'], services: string[] = []): PortInfo {
  return {
    port,
    protocol: 'tcp',
    range: port < 1024 ? 'system' : port < 49152 ? 'user' : 'dynamic',
    status,
    services: services.map((name) => ({ name, description: `${name} service` })),
    notes: [],
  };
}

export function declaredPort(overrides: Partial<ClassifiedPort> = {}): ClassifiedPort {
  return {
    file: 'compose.yaml',
    line: 5,
    column: 9,
    port: 968,
    endPort: 968,
    protocol: 'tcp',
    role: 'host',
    kind: 'compose',
    context: { service: 'legacy', image: 'example/legacy:1.0' },
    raw: '968',
    info: portInfo(968, 'unassigned'),
    ...overrides,
  };
}

/** Service "web" publishing 8080 (IANA's http-alt) on line 9. */
export function webPort(overrides: Partial<ClassifiedPort> = {}): ClassifiedPort {
  return declaredPort({
    line: 9,
    port: 8080,
    endPort: 8080,
    context: { service: 'web' },
    info: portInfo(8080, 'assigned', ['http-alt']),
    ...overrides,
  });
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  const declared = overrides.declared ?? declaredPort();
  return {
    ruleId: 'unassigned-well-known',
    severity: 'error',
    file: declared.file,
    line: declared.line,
    column: declared.column,
    port: declared.port,
    protocol: declared.protocol,
    message: `port ${declared.port}/tcp is unassigned`,
    declared,
    ...overrides,
  };
}

/** `count` findings of one severity on consecutive lines of one file. */
export function manyFindings(count: number, severity: Severity, file = 'k8s/deploy.yaml'): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({
      severity,
      ruleId:
        severity === 'error'
          ? 'duplicate-port'
          : severity === 'warning'
            ? 'registered-conflict'
            : 'unresolved-port',
      declared: declaredPort({
        file,
        line: i + 1,
        column: 3,
        port: 8000 + i,
        endPort: 8000 + i,
        info: portInfo(8000 + i, 'unassigned'),
      }),
      message: `${severity} number ${i + 1}`,
    }),
  );
}

export function scanResult(findings: Finding[], overrides: Partial<ScanResult> = {}): ScanResult {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const ports = findings.flatMap((f) => (f.declared ? [f.declared] : []));
  const files = [...new Set([...ports.map((p) => p.file), ...findings.map((f) => f.file)])];
  return {
    files: files.map((path) => ({ path, kind: 'compose' as const })),
    ports,
    findings,
    summary: {
      files: files.length,
      ports: ports.length,
      errors: count('error'),
      warnings: count('warning'),
      notices: count('notice'),
    },
    registryUpdated: '2025-01-15',
    ...overrides,
  };
}
