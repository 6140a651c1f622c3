import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runScan } from '../src/pipeline/run.js';

/**
 * One real file per manifest kind from ../shared/corpus (CI has it; a fresh clone does not, and
 * then these tests are skipped). Expected tuples were read off the files by hand.
 */
const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
const whenCorpus = fs.existsSync(CORPUS) ? describe : describe.skip;

const CASES: Array<{
  file: string;
  kind: string;
  ports: Array<[number, number, number | null, string, string]>;
}> = [
  {
    file: 'docker__awesome-compose/react-express-mysql/compose.yaml',
    kind: 'compose',
    ports: [
      [16, 9, 80, 'host', 'tcp'],
      [16, 12, 80, 'container', 'tcp'],
      [17, 9, 9229, 'host', 'tcp'],
      [17, 14, 9229, 'container', 'tcp'],
      [18, 9, 9230, 'host', 'tcp'],
      [18, 14, 9230, 'container', 'tcp'],
      [52, 9, 3000, 'host', 'tcp'],
      [52, 14, 3000, 'container', 'tcp'],
    ],
  },
  {
    file: 'actions__example-services/.github/workflows/postgres-service.yml',
    kind: 'workflow',
    ports: [
      [28, 11, 5432, 'host', 'tcp'],
      [28, 16, 5432, 'container', 'tcp'],
      [58, 11, 5432, 'container', 'tcp'],
    ],
  },
  {
    file: 'GoogleCloudPlatform__microservices-demo/src/frontend/Dockerfile',
    kind: 'dockerfile',
    ports: [[43, 8, 8080, 'expose', 'tcp']],
  },
  {
    file: 'dockersamples__example-voting-app/k8s-specifications/vote-deployment.yaml',
    kind: 'kubernetes',
    ports: [[21, 26, 80, 'container', 'tcp']],
  },
  {
    file: 'stefanprodan__podinfo/charts/podinfo/values.yaml',
    kind: 'helm-values',
    ports: [
      [37, 16, 9797, 'service', 'tcp'],
      [38, 13, 9898, 'service', 'tcp'],
      [39, 17, 9898, 'service', 'tcp'],
      [40, 13, 9999, 'service', 'tcp'],
      [42, 13, 31198, 'node', 'tcp'],
      [81, 9, 9899, 'service', 'tcp'],
    ],
  },
  {
    file: 'devcontainers__templates/src/php-mariadb/.devcontainer/devcontainer.json',
    kind: 'devcontainer',
    ports: [
      [13, 19, 8080, 'forward', 'tcp'],
      [13, 25, 3306, 'forward', 'tcp'],
    ],
  },
  {
    file: 'h5bp__server-configs-nginx/conf.d/no-ssl.default.conf',
    kind: 'nginx',
    ports: [
      [19, 15, 80, 'listen', 'tcp'],
      [20, 10, 80, 'listen', 'tcp'],
    ],
  },
  {
    file: 'prometheus__node_exporter/examples/systemd/node_exporter.socket',
    kind: 'systemd-socket',
    ports: [[5, 14, 9100, 'listen', 'tcp']],
  },
  {
    file: 'superfly__flyctl/test/preflight/fixtures/example/fly.toml',
    kind: 'fly',
    ports: [
      [12, 17, 8080, 'container', 'tcp'],
      [31, 15, 443, 'service', 'tcp'],
      [35, 15, 80, 'service', 'tcp'],
    ],
  },
  {
    file: 'heroku__java-getting-started/src/main/resources/application.properties',
    kind: 'spring',
    ports: [[1, 13, 5000, 'listen', 'tcp']],
  },
];

whenCorpus('real corpus files, one per kind', () => {
  for (const { file, kind, ports } of CASES) {
    it(`${kind}: ${file}`, async () => {
      const { result } = await runScan({ cwd: CORPUS, paths: [file] });
      expect(result.files).toEqual([{ path: file, kind }]);
      expect(result.ports.map((p) => [p.line, p.column, p.port, p.role, p.protocol])).toEqual(ports);
      const lines = fs.readFileSync(path.join(CORPUS, file), 'utf8').split(/\r\n|\n|\r/);
      for (const p of result.ports) {
        const at = lines[p.line - 1]!.slice(p.column - 1);
        expect(at.startsWith(String(p.port)) || at.startsWith('$')).toBe(true);
      }
    });
  }

  it('scans the whole corpus without a crash', async () => {
    const { result } = await runScan({ cwd: CORPUS, paths: ['.'], failOn: 'never' });
    expect(result.summary.files).toBeGreaterThan(2000);
    expect(result.findings.filter((f) => f.message.startsWith('portlint could not read'))).toEqual([]);
  });
});
