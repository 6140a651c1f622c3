/** Reports a fork could hand to the from-report job. */

/** A report whose every port and finding sits at one position of one file. */
export function onePositionReport(count: number): string {
  const ports = [];
  const findings = [];
  for (let i = 0; i < count; i++) {
    const port = 1024 + (i % 60000);
    ports.push({
      file: 'compose.yaml',
      line: 1,
      column: 1,
      port,
      endPort: port,
      protocol: 'tcp',
      role: 'host',
      kind: 'compose',
      context: {},
      assignment: null,
    });
    findings.push({
      ruleId: 'duplicate-port',
      severity: 'error',
      file: 'compose.yaml',
      line: 1,
      column: 1,
      port,
      protocol: 'tcp',
      message: 'm',
    });
  }
  return JSON.stringify({
    schema: 1,
    tool: 'portlint',
    version: '1.0.0',
    registry: { updated: '2025-01-01' },
    files: [{ path: 'compose.yaml', kind: 'compose' }],
    ports,
    findings,
  });
}
