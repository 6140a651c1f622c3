import { describe, expect, it } from '@jest/globals';
import { parseWorkflow } from '../../src/parsers/workflow.js';
import { parseText, tuples } from '../helpers/parse.js';

const workflow = (body: string) => parseText(parseWorkflow, '.github/workflows/ci.yml', body);

describe('workflow service and job container ports', () => {
  const text = [
    'name: ci',
    'on: [push]',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    container:',
    '      image: node:22',
    '      ports:',
    '        - 3000',
    '    services:',
    '      postgres:',
    '        image: postgres:16',
    '        env:',
    '          POSTGRES_PASSWORD: postgres   # not a port',
    '        ports:',
    '          - 5432:5432',
    '          - 6379/tcp',
    '        options: --health-cmd pg_isready',
    '      dns:',
    '        image: coredns/coredns',
    '        ports: ["127.0.0.1:5353:53/udp"]',
    '    steps:',
    '      - run: curl http://localhost:8080   # not a port',
    '  lint:',
    '    runs-on: ubuntu-latest',
    '    services:',
    '      redis:',
    '        image: redis',
    '        ports:',
    '          - ${{ matrix.redis-port }}:6379',
  ].join('\n');

  it('reads Docker port syntax with exact positions, job and service context', () => {
    const { ports, diagnostics } = workflow(text);
    expect(diagnostics).toEqual([]);
    expect(tuples(ports)).toEqual([
      [9, 11, 3000, 3000, 'tcp', 'container'],
      [16, 13, 5432, 5432, 'tcp', 'host'],
      [16, 18, 5432, 5432, 'tcp', 'container'],
      [17, 13, 6379, 6379, 'tcp', 'container'],
      [21, 28, 5353, 5353, 'udp', 'host'],
      [21, 33, 53, 53, 'udp', 'container'],
      [30, 13, null, null, 'tcp', 'host'],
      [30, 38, 6379, 6379, 'tcp', 'container'],
    ]);
    expect(ports[0]!.context).toEqual({ job: 'test', service: 'container', image: 'node:22' });
    expect(ports[1]!.context).toEqual({ job: 'test', service: 'postgres', image: 'postgres:16' });
    expect(ports[4]!.context).toEqual({
      job: 'test',
      service: 'dns',
      image: 'coredns/coredns',
      hostIp: '127.0.0.1',
    });
    expect(ports[6]!.unresolvedVariable).toBe('${{ matrix.redis-port }}');
    expect(ports.map((p) => p.scope)).toEqual([
      ...Array(6).fill('workflow:.github/workflows/ci.yml#test'),
      'workflow:.github/workflows/ci.yml#lint',
      'workflow:.github/workflows/ci.yml#lint',
    ]);
  });

  it('reports a YAML error and keeps the ports of the other documents', () => {
    const { ports, diagnostics } = workflow(
      'jobs:\n  a:\n    services:\n      db:\n        ports: ["5432:5432"\n---\njobs:\n  b:\n    services:\n      c:\n        ports: [8080]\n',
    );
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column])).toEqual([['parse-error', 6, 1]]);
    expect(tuples(ports)).toEqual([[11, 17, 8080, 8080, 'tcp', 'container']]);
  });
});
