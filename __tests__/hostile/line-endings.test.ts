/**
 * Line endings, byte order marks and empty files, for every manifest kind through the whole scan:
 * a file written with CRLF, with lone CRs (classic Mac) or with a UTF-8 BOM reports its ports at the
 * very lines and columns of its LF twin; an empty file reports nothing and stops nothing.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import type { ManifestKind } from '../../src/types.js';
import {
  expectGoodFileScanned,
  hostileRepo,
  portsOf,
  problemsOf,
  removeHostileRepos,
  scanRepo,
} from './support.js';

afterAll(removeHostileRepos);

type Tuple = [number, number, number | null, number | null, string, string];

interface Sample {
  kind: ManifestKind;
  file: string;
  /** Written with LF; the variants replace each `\n`. */
  text: string;
  ports: Tuple[];
}

/** One sample a kind, each with a port on its first line where the syntax allows one there. */
const SAMPLES: Sample[] = [
  {
    kind: 'compose',
    file: 'compose.yaml',
    text: 'services: {api: {ports: ["3000:3000"]}}\nx-db: &db\n  ports:\n    - 5432\n',
    ports: [
      [1, 27, 3000, 3000, 'tcp', 'host'],
      [1, 32, 3000, 3000, 'tcp', 'container'],
    ],
  },
  {
    kind: 'workflow',
    file: '.github/workflows/ci.yml',
    text: 'jobs: {t: {services: {r: {image: redis, ports: ["6379:6379"]}}}}\non: push\n',
    ports: [
      [1, 50, 6379, 6379, 'tcp', 'host'],
      [1, 55, 6379, 6379, 'tcp', 'container'],
    ],
  },
  {
    kind: 'dockerfile',
    file: 'Dockerfile',
    text: 'FROM nginx\nEXPOSE 80 \\\n  443/udp\n# EXPOSE 1\n',
    ports: [
      [2, 8, 80, 80, 'tcp', 'expose'],
      [3, 3, 443, 443, 'udp', 'expose'],
    ],
  },
  {
    kind: 'kubernetes',
    file: 'k8s/svc.yaml',
    text: 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports:\n    - port: 80\n      targetPort: 8080\n',
    ports: [
      [6, 13, 80, 80, 'tcp', 'service'],
      [7, 19, 8080, 8080, 'tcp', 'target'],
    ],
  },
  {
    kind: 'helm-values',
    file: 'charts/web/values.yaml',
    text: 'port: 8080\nservice:\n  nodePort: 30080\n',
    ports: [
      [1, 7, 8080, 8080, 'tcp', 'service'],
      [3, 13, 30080, 30080, 'tcp', 'node'],
    ],
  },
  {
    kind: 'nginx',
    file: 'nginx/nginx.conf',
    text: 'listen 8443 ssl;\nhttp {\n  server {\n    listen [::]:80;\n  }\n}\n',
    ports: [
      [1, 8, 8443, 8443, 'tcp', 'listen'],
      [4, 17, 80, 80, 'tcp', 'listen'],
    ],
  },
  {
    kind: 'systemd-socket',
    file: 'app.socket',
    text: '[Socket]\nListenStream=8080\nListenDatagram=\\\n  0.0.0.0:53\n',
    ports: [
      [2, 14, 8080, 8080, 'tcp', 'listen'],
      [4, 11, 53, 53, 'udp', 'listen'],
    ],
  },
  {
    kind: 'devcontainer',
    file: '.devcontainer/devcontainer.json',
    text: '{"forwardPorts": [3000, "db:5432"],\n // comment\n "appPort": 8080}\n',
    ports: [
      [1, 19, 3000, 3000, 'tcp', 'forward'],
      [1, 29, 5432, 5432, 'tcp', 'forward'],
      [3, 13, 8080, 8080, 'tcp', 'forward'],
    ],
  },
  {
    kind: 'dotenv',
    file: '.env',
    text: 'PORT=8080\nAPI_PORT="9090"\n',
    ports: [
      [1, 6, 8080, 8080, 'tcp', 'listen'],
      [2, 11, 9090, 9090, 'tcp', 'listen'],
    ],
  },
  {
    kind: 'procfile',
    file: 'Procfile',
    text: 'web: node server.js --port 5000\nworker: celery\napi: gunicorn -b :${PORT:-8000} app\n',
    ports: [
      [1, 28, 5000, 5000, 'tcp', 'listen'],
      [3, 19, 8000, 8000, 'tcp', 'listen'],
    ],
  },
  {
    kind: 'spring',
    file: 'application.properties',
    text: 'server.port=8081\nmanagement.server.port=\\\n    9091\n',
    ports: [
      [1, 13, 8081, 8081, 'tcp', 'listen'],
      [3, 5, 9091, 9091, 'tcp', 'listen'],
    ],
  },
  {
    kind: 'fly',
    file: 'fly.toml',
    text: 'internal_port = 1\napp = "a"\n[http_service]\n  internal_port = 8080\n',
    ports: [[4, 19, 8080, 8080, 'tcp', 'container']],
  },
  {
    kind: 'terraform',
    file: 'main.tf',
    text: 'resource "aws_security_group_rule" "r" {\n  type      = "ingress"\n  from_port = 443\n  to_port   = 443\n  protocol  = "tcp"\n}\n',
    ports: [[3, 15, 443, 443, 'tcp', 'ingress']],
  },
];

const VARIANTS: Array<[string, (text: string) => string]> = [
  ['LF', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['lone CR', (t) => t.replace(/\n/g, '\r')],
  ['UTF-8 BOM and LF', (t) => `\ufeff${t}`],
  ['UTF-8 BOM and CRLF', (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`],
];

describe('line endings and byte order marks keep every position exact', () => {
  for (const [variant, convert] of VARIANTS) {
    it(variant, () => {
      const files = Object.fromEntries(SAMPLES.map((s) => [s.file, convert(s.text)]));
      const root = hostileRepo({
        ...files,
        'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      });
      const result = scanRepo(root);
      for (const sample of SAMPLES) {
        expect({ file: sample.file, kind: result.files.find((f) => f.path === sample.file)?.kind }).toEqual({
          file: sample.file,
          kind: sample.kind,
        });
        expect({ file: sample.file, ports: portsOf(result, sample.file) }).toEqual({
          file: sample.file,
          ports: sample.ports,
        });
        // TOML allows LF and CRLF only: fly refuses a lone CR, reported where the first one is.
        const expected =
          sample.kind === 'fly' && variant === 'lone CR'
            ? [['parse-error', 1, 18, 'TOML: each key-value declaration must be followed by an end-of-line']]
            : [];
        expect({ file: sample.file, problems: problemsOf(result, sample.file) }).toEqual({
          file: sample.file,
          problems: expected,
        });
      }
      expectGoodFileScanned(result);
    });
  }
});

describe('empty files', () => {
  // [what, content, where an empty JSON document ends: the dev container CLI refuses it too]
  const CONTENTS: Array<[string, string, [number, number]]> = [
    ['empty', '', [1, 1]],
    ['blank lines', '\n\r\n\n', [4, 1]],
    ['a BOM alone', '\ufeff', [1, 1]],
  ];
  for (const [what, content, [line, column]] of CONTENTS) {
    it(`${what}: every kind is scanned, reports nothing, and the scan goes on`, () => {
      const files = Object.fromEntries(SAMPLES.map((s) => [s.file, content]));
      const root = hostileRepo({
        ...files,
        'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      });
      const result = scanRepo(root);
      for (const sample of SAMPLES) {
        // A Kubernetes file is known by its content: an empty YAML file is no manifest at all.
        const listed = result.files.some((f) => f.path === sample.file);
        expect({ file: sample.file, listed }).toEqual({
          file: sample.file,
          listed: sample.kind !== 'kubernetes',
        });
        expect(portsOf(result, sample.file)).toEqual([]);
        // Other formats read an empty file as an empty configuration, which declares no port.
        const expected =
          sample.kind === 'devcontainer'
            ? [['parse-error', line, column, 'JSON with comments: Value expected']]
            : [];
        expect({ file: sample.file, problems: problemsOf(result, sample.file) }).toEqual({
          file: sample.file,
          problems: expected,
        });
        expect(result.findings.filter((f) => f.file === sample.file && f.ruleId !== 'parse-error')).toEqual(
          [],
        );
      }
      expectGoodFileScanned(result);
    });
  }
});
