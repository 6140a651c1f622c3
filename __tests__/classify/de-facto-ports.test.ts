import { describe, expect, it } from '@jest/globals';
import {
  DE_FACTO_PORTS,
  SOFTWARE_DEFAULTS,
  deFactoUsers,
  findDeFactoPort,
  isDeFactoPort,
  normalizedImage,
} from '../../src/classify/de-facto-ports.js';
import { IGNORED_TOKENS } from '../../src/classify/aliases.js';
import { createMatcher } from '../../src/classify/match.js';
import { classifyPorts } from '../../src/classify/classify.js';
import { loadRegistry } from '../../src/registry/registry.js';
import { parseCompose } from '../../src/parsers/compose.js';
import { runRules } from '../../src/rules/engine.js';
import { ruleById } from '../../src/rules/index.js';
import { PROTOCOLS } from '../../src/types.js';
import { parseText } from '../helpers/parse.js';

const registry = loadRegistry();

describe('the de-facto port table', () => {
  it('has well-formed entries: registered-range ports, lower-case tokens, https references', () => {
    expect(DE_FACTO_PORTS.length).toBeGreaterThanOrEqual(40);
    for (const entry of DE_FACTO_PORTS) {
      const where = `${entry.port}/${entry.protocol} ${entry.software}`;
      expect([where, Number.isInteger(entry.port) && entry.port >= 1 && entry.port <= 49151]).toEqual([
        where,
        true,
      ]);
      expect([where, PROTOCOLS.includes(entry.protocol)]).toEqual([where, true]);
      expect([where, entry.software.trim().length > 0]).toEqual([where, true]);
      expect([where, entry.tokens.length > 0]).toEqual([where, true]);
      for (const token of entry.tokens) expect([where, token]).toEqual([where, token.toLowerCase()]);
      for (const token of entry.tokens)
        expect([where, /^[a-z0-9][a-z0-9_-]*$/.test(token)]).toEqual([where, true]);
      expect([where, /^https:\/\/[^\s]+$/.test(entry.reference)]).toEqual([where, true]);
    }
  });

  it('names software by product names and image repositories, never by generic words', () => {
    const generic = new Set([
      ...IGNORED_TOKENS,
      ...['web', 'api', 'base', 'runtime', 'production', 'hello', 'docker', 'image', 'src', 'deploy', 'helm'],
      ...[
        'alpine',
        'debian',
        'ubuntu',
        'proxy',
        'exporter',
        'node',
        'worker',
        'backend',
        'frontend',
        'admin',
      ],
      ...['config', 'metrics', 'db', 'database', 'ui', 'http', 'grpc', 'agent', 'collector', 'gateway'],
    ]);
    for (const entry of SOFTWARE_DEFAULTS) {
      expect([entry.software, entry.ports.length > 0]).toEqual([entry.software, true]);
      expect([entry.software, entry.tokens.filter((t) => generic.has(t))]).toEqual([entry.software, []]);
      for (const image of entry.images ?? []) {
        // Written as a repository: lower-case, no registry, no tag; `namespace/*` for a whole namespace.
        const repository = image.endsWith('/*') ? `${image.slice(0, -1)}x` : image;
        expect([entry.software, normalizedImage(repository)]).toEqual([entry.software, repository]);
      }
    }
  });

  it('lists each software once per port and protocol', () => {
    const keys = DE_FACTO_PORTS.map((e) => `${e.port}/${e.protocol} ${e.software}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('says what IANA says: each port is unassigned, reserved, or assigned to something other than the software', () => {
    for (const entry of DE_FACTO_PORTS) {
      const info = registry.lookup(entry.port, entry.protocol);
      const where = `${entry.port}/${entry.protocol} ${entry.software}`;
      // Reserved too: coturn's alternative TLS port 5350/tcp is reserved (PCP is udp only).
      expect([where, info.status !== 'dynamic']).toEqual([where, true]);
      const names = info.services.map((s) => s.name.toLowerCase());
      const own = [...entry.tokens, entry.software.toLowerCase()].filter((t) => names.includes(t));
      expect([where, own]).toEqual([where, []]);
    }
  });

  it('has no entry that the alias table already matches (such an entry would never fire)', () => {
    const matcher = createMatcher();
    const shadowed = DE_FACTO_PORTS.filter((entry) => {
      const info = registry.lookup(entry.port, entry.protocol);
      return (
        info.status === 'assigned' &&
        entry.tokens.some((token) =>
          matcher.matches(
            { ...declaration(entry.port, entry.protocol), context: { service: token } },
            info.services,
          ),
        )
      );
    }).map((e) => `${e.port}/${e.protocol} ${e.software}`);
    // The alias table maps no software to an unrelated IANA name, so every entry can fire.
    expect(shadowed).toEqual([]);
  });

  it('finds every entry of a port and protocol', () => {
    expect(deFactoUsers(9000, 'tcp').map((e) => e.software)).toEqual([
      'ClickHouse native protocol',
      'MinIO',
      'Portainer (HTTP)',
      'SonarQube',
      'the Keycloak management interface',
    ]);
    expect(deFactoUsers(9000, 'udp')).toEqual([]);
    expect(isDeFactoPort(15672, 'tcp')).toBe(true);
    expect(isDeFactoPort(15672, 'udp')).toBe(false);
  });

  it('matches tokens, and a compound token by all of its parts', () => {
    expect(findDeFactoPort(9092, 'tcp', ['kafka'])?.software).toBe('Kafka');
    expect(findDeFactoPort(9092, 'tcp', ['bitnami/kafka', 'bitnami', 'kafka'])?.software).toBe('Kafka');
    expect(findDeFactoPort(9092, 'udp', ['kafka'])).toBeUndefined();
    expect(findDeFactoPort(9093, 'tcp', ['kafka'])).toBeUndefined();
    expect(findDeFactoPort(9100, 'tcp', ['prom/node-exporter', 'prom', 'node', 'exporter'])?.software).toBe(
      'Prometheus Node Exporter',
    );
    expect(findDeFactoPort(9100, 'tcp', ['node-exporter'])?.software).toBe('Prometheus Node Exporter');
    expect(findDeFactoPort(9100, 'tcp', ['node'])).toBeUndefined();
    expect(findDeFactoPort(9000, 'tcp', ['minio'])?.software).toBe('MinIO');
  });

  it('identifies the software by the repository of its image, registry and tag stripped', () => {
    expect(normalizedImage('docker.io/library/RabbitMQ:3-management')).toBe('rabbitmq');
    expect(normalizedImage('quay.io/prometheus/node-exporter:v1.8.1@sha256:abc')).toBe(
      'prometheus/node-exporter',
    );
    expect(findDeFactoPort(3000, 'tcp', ['dashboards'], 'docker.io/grafana/grafana:11.1.0')?.software).toBe(
      'Grafana',
    );
    expect(findDeFactoPort(9100, 'tcp', ['host'], 'quay.io/prometheus/node-exporter:v1.8.1')?.software).toBe(
      'Prometheus Node Exporter',
    );
    expect(findDeFactoPort(15672, 'tcp', ['queue'], 'rabbitmq:3-management')?.software).toBe(
      'RabbitMQ management',
    );
    expect(findDeFactoPort(8000, 'tcp', ['logs'], 'splunk/splunk:9.2')?.software).toBe('Splunk Web');
    expect(findDeFactoPort(3900, 'tcp', ['app'], 'dxflrs/garage:v1.0.0')?.software).toBe('the Garage S3 API');
    // A namespace that publishes only the software's images.
    expect(findDeFactoPort(5555, 'tcp', ['browsers'], 'selenium/node-chrome:4.23.0')?.software).toBe(
      'the Selenium Grid node',
    );
    expect(findDeFactoPort(4444, 'tcp', ['grid'], 'selenium/hub')?.software).toBe('Selenium Grid');
  });

  it('does not call a port chosen by the deployer a default', () => {
    // Grafana published on 3001 is the deployer's choice; 3001 is Uptime Kuma's default.
    expect(findDeFactoPort(3001, 'tcp', ['grafana'], 'grafana/grafana:11.1.0')).toBeUndefined();
    expect(findDeFactoPort(3001, 'tcp', ['status'], 'louislam/uptime-kuma:1')?.software).toBe('Uptime Kuma');
    expect(findDeFactoPort(5050, 'tcp', ['orders'], 'acme/orders:1.4')).toBeUndefined();
    expect(findDeFactoPort(5050, 'tcp', ['pgadmin'], 'dpage/pgadmin4:8')?.software).toBe('pgAdmin');
    // An image is matched as a whole repository, not by a prefix or a publisher alone.
    expect(findDeFactoPort(3000, 'tcp', ['app'], 'grafana/grafana-custom-build')).toBeUndefined();
    expect(findDeFactoPort(9100, 'tcp', ['app'], 'prom/prometheus')).toBeUndefined();
    expect(findDeFactoPort(5555, 'tcp', ['app'], 'seleniumbase/app')).toBeUndefined();
    // A generic token never names software.
    expect(findDeFactoPort(8081, 'tcp', ['server', 'config'])).toBeUndefined();
    expect(findDeFactoPort(8888, 'tcp', ['config-server'])?.software).toBe('Spring Cloud Config Server');
  });
});

function declaration(port: number, protocol: 'tcp' | 'udp' | 'sctp' | 'dccp') {
  return {
    file: 'compose.yaml',
    line: 1,
    column: 1,
    port,
    endPort: port,
    protocol,
    role: 'container' as const,
    kind: 'compose' as const,
    context: {},
    raw: String(port),
  };
}

const COMPOSE = [
  'services:',
  '  kafka:',
  '    image: bitnami/kafka:3.7',
  '    ports: ["9092:9092"]',
  '  api:',
  '    image: example/api',
  '    ports: ["9093:9092"]',
  '  metrics:',
  '    image: prom/prometheus:v2.53.0',
  '    expose: ["9090"]',
  '  exporter:',
  '    image: quay.io/prometheus/node-exporter',
  '    expose: ["9100"]',
  '  queue:',
  '    image: rabbitmq:3-management',
  '    expose: ["15672"]',
  '',
].join('\n');

function scanCompose(text: string): string[] {
  const { ports } = parseText(parseCompose, 'compose.yaml', text);
  const findings = runRules({
    ports: classifyPorts(ports, registry),
    diagnostics: [],
    registry,
    matcher: createMatcher(),
  });
  return findings.map(
    (f) =>
      `${f.line}:${f.column} ${f.severity} ${f.message}${f.suggestion !== undefined ? ` (suggested: ${f.suggestion})` : ''} [${f.ruleId}]`,
  );
}

describe('the de-facto-port rule', () => {
  it('has its metadata', () => {
    expect(ruleById('de-facto-port')).toMatchObject({ id: 'de-facto-port', defaultSeverity: 'notice' });
  });

  it('reports the software on its conventional port as a notice instead of a conflict', () => {
    expect(scanCompose(COMPOSE)).toEqual([
      '4:14 notice 9092/tcp is registered to XmlIpcRegSvc (Xml-Ipc Server Reg); Kafka uses it by convention [de-facto-port]',
      '7:14 warning 9093/tcp is registered to copycat (Copycat database replication service), not to "api" (suggested: 9096) [registered-conflict]',
      '7:19 warning 9092/tcp is registered to XmlIpcRegSvc (Xml-Ipc Server Reg), not to "api" (suggested: 9096) [registered-conflict]',
      '10:15 notice 9090/tcp is registered to websm (WebSM); Prometheus uses it by convention [de-facto-port]',
      '13:15 notice 9100/tcp is registered to hp-pdl-datastr (PDL Data Streaming Port) and pdl-datastream (Printer PDL Data Stream); Prometheus Node Exporter uses it by convention [de-facto-port]',
    ]);
  });

  it('stays quiet when the conflict rules are off, and leaves them quiet when it is off', () => {
    const { ports } = parseText(parseCompose, 'compose.yaml', COMPOSE);
    const ids = (severities: Record<string, 'off'>) =>
      runRules({
        ports: classifyPorts(ports, registry),
        diagnostics: [],
        registry,
        matcher: createMatcher(),
        severities,
      }).map((f) => `${f.line}:${f.column} ${f.ruleId}`);
    expect(ids({ 'de-facto-port': 'off' })).toEqual(['7:14 registered-conflict', '7:19 registered-conflict']);
    expect(ids({ 'registered-conflict': 'off' })).toEqual([
      '4:14 de-facto-port',
      '10:15 de-facto-port',
      '13:15 de-facto-port',
    ]);
  });
});
