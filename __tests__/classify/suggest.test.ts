import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createMatcher } from '../../src/classify/match.js';
import { classifyPorts } from '../../src/classify/classify.js';
import {
  createPortSuggester,
  indexPortUsage,
  suggestFor,
  suggestPort,
  type SuggestOptions,
} from '../../src/classify/suggest.js';
import { loadRegistry } from '../../src/registry/registry.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { suggesterRanges } from '../../src/rules/options.js';
import type { DeclaredPort, Protocol, Role } from '../../src/types.js';

const registry = loadRegistry();
/** The ranges the rules' option defaults give the suggester: the ephemeral ranges and the NodePort range. */
const DEFAULT_RANGES = suggesterRanges(ALL_RULES);
const EPHEMERAL_RANGES = DEFAULT_RANGES.avoid;
const SUGGESTING_RULES = new Set(ALL_RULES.filter((rule) => rule.suggests).map((rule) => rule.id));

let nextLine = 1;
/** A Compose declaration on its own line unless `line` says otherwise. */
function port(number: number, service: string, extra: Partial<DeclaredPort> = {}): DeclaredPort {
  return {
    file: 'compose.yaml',
    line: nextLine++,
    column: 9,
    port: number,
    endPort: number,
    protocol: 'tcp',
    role: 'host',
    kind: 'compose',
    context: { service },
    raw: String(number),
    scope: '.',
    ...extra,
  };
}

function options(ports: readonly DeclaredPort[], more: Partial<SuggestOptions> = {}): SuggestOptions {
  return { registry, matcher: createMatcher(), usedPorts: indexPortUsage(ports), ...DEFAULT_RANGES, ...more };
}

describe('suggestPort: a port IANA assigns to a matching service', () => {
  it('moves postgres on host 5433 to 5432, which only its own mapping uses', () => {
    const host = port(5433, 'db', { context: { service: 'db', image: 'postgres:16' } });
    const container = { ...host, port: 5432, endPort: 5432, role: 'container' as Role, column: 14 };
    expect(suggestFor(host, options([host, container]))).toEqual({
      port: 5432,
      protocol: 'tcp',
      reason: 'service',
      services: [{ name: 'postgresql', description: 'PostgreSQL Database' }],
    });
  });

  it('falls back to a free number when another declaration uses the service port', () => {
    const host = port(5433, 'postgres');
    const other = port(5432, 'postgres', { file: 'other/compose.yaml', scope: 'other' });
    expect(suggestFor(host, options([host, other]))).toEqual({
      port: 5438,
      protocol: 'tcp',
      reason: 'unassigned',
      services: [],
    });
  });

  it('moves a well-known declaration to the service port: sshd on 922 gets 22', () => {
    const ssh = port(922, 'sshd');
    expect(suggestPort(ssh, options([ssh]))).toBe(22);
  });

  it('never moves a registered declaration down into the well-known range', () => {
    // sshd on 2222 stays off the host's own 22: 3092 is the nearest clean unassigned number.
    const ssh = port(2222, 'sshd');
    expect(suggestFor(ssh, options([ssh]))).toEqual({
      port: 3092,
      protocol: 'tcp',
      reason: 'unassigned',
      services: [],
    });
    // A web app on 3000 gets HTTP's conventional 8080, not FileMaker's 591 or a nearer number ...
    const web = port(3000, 'web');
    expect(suggestPort(web, options([web]))).toBe(8080);
    // ... and when the registered HTTP-family ports are all in use, a free number near 3000.
    const httpPorts = [
      8008, 8080, 8088, 8443, 8888, 4443, 1080, 1183, 1184, 1311, 2301, 2381, 3128, 4035, 5554, 8000,
    ];
    const used = [web, ...httpPorts.map((n) => port(n, 'other', { file: 'other.yaml' }))];
    expect(suggestFor(web, options(used))).toMatchObject({ reason: 'unassigned' });
    expect(suggestPort(web, options(used))!).toBeGreaterThan(1023);
  });

  it('uses the repository aliases from the config', () => {
    const billing = port(8081, 'billing');
    expect(suggestPort(billing, options([billing]))).toBe(8079);
    const aliased = { ...options([billing]), matcher: createMatcher({ billing: ['http-alt'] }) };
    expect(suggestPort(billing, aliased)).toBe(8080);
  });

  it('picks the protocol the declaration uses', () => {
    const dns = port(54, 'coredns', { protocol: 'udp' });
    expect(suggestFor(dns, options([dns]))).toMatchObject({ port: 53, protocol: 'udp', reason: 'service' });
    const db = port(5433, 'postgres', { protocol: 'udp' });
    expect(suggestFor(db, options([db]))).toMatchObject({ port: 5432, protocol: 'udp', reason: 'service' });
  });
});

describe('suggestPort: only from what the software is, never from a word that happens to be an IANA name', () => {
  it('does not send `hello-app` to IANA `hello` (1789), nor a stage `base` to IANA `base` (5429)', () => {
    const hello = port(1790, 'hello-app');
    expect(suggestFor(hello, options([hello]))).toEqual({
      port: 3092,
      protocol: 'tcp',
      reason: 'unassigned',
      services: [],
    });
    const stage = port(5430, 'ignored', {
      file: 'Dockerfile',
      kind: 'dockerfile',
      role: 'expose',
      context: { stage: 'base', image: 'golang:1.23' },
      scope: undefined,
    });
    expect(suggestFor(stage, options([stage]))).toMatchObject({ port: 5438, reason: 'unassigned' });
  });

  it('still follows a whole name of the software: service `redis` is IANA `redis`', () => {
    // (`hello` itself is a sample app's generic name, not IANA's hello protocol.)
    const redis = port(6380, 'redis');
    expect(suggestPort(redis, options([redis]))).toBe(6379);
  });

  it('never suggests a port IANA also assigns to something else', () => {
    // 3000 is hbci and remoteware-cl: an alias to hbci does not make it billing's port.
    const billing = port(3001, 'billing');
    const aliased = { ...options([billing]), matcher: createMatcher({ billing: ['hbci'] }) };
    expect(suggestFor(billing, aliased)).toMatchObject({ reason: 'unassigned' });
    expect(suggestPort(billing, aliased)).not.toBe(3000);
  });

  it("points an HTTP server at HTTP's conventional ports: 80, then 8080, before FileMaker's 591", () => {
    const nginx = port(968, 'proxy', { context: { service: 'proxy', image: 'nginx:1.27' } });
    expect(suggestPort(nginx, options([nginx]))).toBe(80);
    const busy = port(80, 'other', { file: 'other/compose.yaml', scope: 'other' });
    expect(suggestPort(nginx, options([nginx, busy]))).toBe(8080);
  });
});

describe('suggestPort: the nearest unassigned registered port', () => {
  it('searches outward from the number, above 1023: 968 gets 3092, the first clean unassigned port', () => {
    const p = port(968, 'legacy');
    expect(suggestPort(p, options([p]))).toBe(3092);
  });

  it('clamps to 32767 below the ephemeral ranges', () => {
    const p = port(50000, 'worker');
    expect(suggestPort(p, options([p]))).toBe(32766);
    const q = port(40000, 'worker');
    expect(suggestPort(q, options([q]))).toBe(32766);
  });

  it('skips ports used anywhere in the repository, the allowlist, and configured ranges', () => {
    const p = port(968, 'legacy');
    const taken = port(3092, 'other', { role: 'container', file: 'k8s.yaml' });
    // 3092 and 3126 are the only clean unassigned numbers between 3000 and 3400.
    expect(suggestPort(p, options([p, taken]))).toBe(3126);
    expect(suggestPort(p, options([p], { allowed: [[3090, 3095]] }))).toBe(3126);
    expect(suggestPort(p, options([p], { avoid: [...EPHEMERAL_RANGES, [3000, 3100]] }))).toBe(3126);
  });

  it('does not count a wide firewall range as a use of every port', () => {
    const p = port(968, 'legacy');
    const all = port(0, 'sg', { endPort: 65535, role: 'ingress', kind: 'terraform' });
    expect(suggestPort(p, options([p, all]))).toBe(3092);
  });

  it('never lands on a port some software uses by convention, even an unassigned one', () => {
    // 15672 (RabbitMQ management) is unassigned; the search from 15671 must pass it by.
    const p = port(15670, 'queue');
    const suggested = suggestPort(p, options([p]));
    expect(suggested).not.toBe(15672);
    expect(registry.lookup(suggested!, 'tcp').status).toBe('unassigned');
  });

  it('keeps a node port inside the NodePort range', () => {
    const p = port(80, 'edge', { role: 'node', kind: 'kubernetes', scope: undefined });
    const suggested = suggestPort(p, options([p]))!;
    expect(suggested).toBeGreaterThanOrEqual(30000);
    expect(suggested).toBeLessThanOrEqual(32767);
    expect(suggestPort(p, options([p], { nodePortRange: [20000, 20100] }))).toBe(20004); // 20000 is assigned to dnp
  });

  it('has nothing to say about ranges, unresolved and invalid numbers', () => {
    expect(suggestPort(port(7000, 'a', { endPort: 7010 }), options([]))).toBeUndefined();
    expect(suggestPort(port(0, 'a', { port: null, endPort: null }), options([]))).toBeUndefined();
    expect(suggestPort(port(70000, 'a'), options([]))).toBeUndefined();
  });

  it('treats two host ports on one line as two uses, not as one mapping', () => {
    const first = port(8080, 'a', { line: 100 });
    const second = port(8080, 'a', { line: 100, column: 20 });
    const suggested = suggestPort(second, options([first, second]));
    expect(suggested).not.toBe(8080);
  });
});

describe('the engine attaches suggestions', () => {
  it('to the five rules, using the allowlist it is given, one number per declaration', () => {
    const ports = [port(968, 'legacy'), port(5050, 'a'), port(5050, 'b'), port(50000, 'c'), port(1024, 'd')];
    const findings = runRules({
      ports: classifyPorts(ports, registry),
      diagnostics: [],
      registry,
      matcher: createMatcher(),
      allowedPorts: [[3092, 3092]],
    });
    expect(findings.map((f) => [f.line, f.ruleId, f.suggestion])).toEqual([
      [ports[0]!.line, 'unassigned-well-known', 3126],
      [ports[1]!.line, 'registered-conflict', 5041],
      // 5041 went to service "a": "b" gets the next free number, for both of its findings.
      [ports[2]!.line, 'duplicate-port', 5040],
      [ports[2]!.line, 'registered-conflict', 5040],
      [ports[3]!.line, 'dynamic-range', 32766],
      // 3092 is allowlisted and 3126 went to line 1: 3546 is the next clean unassigned number.
      [ports[4]!.line, 'reserved-port', 3546],
    ]);
  });

  it('memoizes per declaration and indexes the repository once', () => {
    const p = port(968, 'legacy');
    const suggest = createPortSuggester({
      ports: [p],
      registry,
      matcher: createMatcher(),
      ...DEFAULT_RANGES,
    });
    expect(suggest(p)).toBe(3092);
    expect(suggest(p)).toBe(3092);
  });
});

const SERVICES = ['web', 'postgres', 'db', 'kafka', 'grafana', 'sshd', 'a', 'api', 'redis', 'dns'];
// Host ports and tcp are weighted up: published ports in one project are the ones that can collide.
const ROLES: Role[] = ['host', 'host', 'host', 'container', 'listen', 'expose', 'service', 'node'];
const PROTOCOL_CHOICES: Protocol[] = ['tcp', 'tcp', 'tcp', 'udp'];
const interestingPort = fc.oneof(
  fc.integer({ min: 0, max: 1100 }),
  fc.integer({ min: 1024, max: 10000 }),
  fc.integer({ min: 30000, max: 65535 }),
  fc.constantFrom(22, 53, 80, 443, 968, 1024, 3000, 5432, 6379, 8080, 9092, 32768, 49151, 49152),
  // Numbers suggestions often land on, so that a suggestion can collide with another declaration.
  fc.constantFrom(3092, 3126, 8008, 8079, 32766, 32765, 30000, 30001),
);

describe('every suggestion passes the rules', () => {
  it('a declaration moved to its suggested port gets no finding of the suggesting rules (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            port: interestingPort,
            service: fc.constantFrom(...SERVICES),
            role: fc.constantFrom(...ROLES),
            protocol: fc.constantFrom(...PROTOCOL_CHOICES),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (specs) => {
          const ports = specs.map((s, i) =>
            port(s.port, s.service, {
              line: i + 1,
              role: s.role,
              protocol: s.protocol,
              kind: s.role === 'node' || s.role === 'service' ? 'kubernetes' : 'compose',
            }),
          );
          const run = (declared: DeclaredPort[]) =>
            runRules({
              ports: classifyPorts(declared, registry),
              diagnostics: [],
              registry,
              matcher: createMatcher(),
            });
          const before = run(ports);
          const key = (f: { line: number; ruleId: string }) => `${f.line} ${f.ruleId}`;
          const earlier = new Set(before.map(key));
          for (const finding of before) {
            if (!SUGGESTING_RULES.has(finding.ruleId) || finding.suggestion === undefined) continue;
            const moved = ports.map((p) =>
              p.line === finding.line ? { ...p, port: finding.suggestion!, endPort: finding.suggestion! } : p,
            );
            // None on the moved declaration, and no new one elsewhere (a duplicate lands on the later line).
            const again = run(moved).filter(
              (f) => SUGGESTING_RULES.has(f.ruleId) && (f.line === finding.line || !earlier.has(key(f))),
            );
            expect([finding.line, finding.suggestion, again.map((f) => f.message)]).toEqual([
              finding.line,
              finding.suggestion,
              [],
            ]);
            expect(
              EPHEMERAL_RANGES.some(([s, e]) => finding.suggestion! >= s && finding.suggestion! <= e),
            ).toBe(false);
          }
        },
      ),
      { numRuns: 300, seed: 20260817 },
    );
  });
});
