import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runScan } from '../../src/pipeline/run.js';

/**
 * `scope: changed` (the action) and `--changed-since` (the CLI) keep a finding when the file its
 * value is read from changed, even if the declaring file did not: a pull request that changes only
 * `.env` to `WEB=968` must not pass where the whole scan fails.
 */
let repo: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
}

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-value-sources-'));
  write('app/compose.yaml', 'services:\n  web:\n    image: example/web\n    ports:\n      - "${WEB}:80"\n');
  write('app/.env', 'WEB=968\n');
  write(
    'plain/compose.yaml',
    'services:\n  legacy:\n    image: example/legacy\n    ports:\n      - "970:970"\n',
  );
  write('plain/.env', 'UNUSED=1\n');
  write(
    'infra/main.tf',
    'resource "aws_security_group_rule" "legacy" {\n  type      = "ingress"\n  from_port = var.legacy_port\n  to_port   = var.legacy_port\n  protocol  = "tcp"\n}\n',
  );
  write('infra/variables.tf', 'variable "legacy_port" {\n  default = 971\n}\n');
  write(
    'k8s/service.yaml',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: legacy\nspec:\n  selector:\n    app: legacy\n  ports:\n    - port: 5050\n      targetPort: legacy\n',
  );
  write(
    'k8s/deployment.yaml',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: legacy\nspec:\n  template:\n    metadata:\n      labels:\n        app: legacy\n    spec:\n      containers:\n        - name: legacy\n          image: example/legacy\n          ports:\n            - name: legacy\n              containerPort: 972\n',
  );
  write('shop/Dockerfile', 'FROM example/base\nEXPOSE 9000\n');
  write('shop/compose.yaml', 'services:\n  shop:\n    build: .\n    ports:\n      - "9100:9001"\n');
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

async function findingsWhenChanged(changedFiles: string[]): Promise<string[]> {
  const { result } = await runScan({ cwd: repo, paths: [], changedFiles, today: '2026-12-07' });
  return result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.port}`);
}

describe('changed-only scopes follow a value to the file it is read from', () => {
  it('the whole scan reports every finding below', async () => {
    const { result } = await runScan({ cwd: repo, paths: [], today: '2026-12-07' });
    const all = result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.port}`);
    expect(all).toEqual(
      expect.arrayContaining([
        'app/compose.yaml:5:10 unassigned-well-known 968',
        'plain/compose.yaml:5:10 unassigned-well-known 970',
        'infra/main.tf:3:15 unassigned-well-known 971',
        // The Service's named targetPort is the same port: one finding, at the containerPort.
        'k8s/deployment.yaml:16:30 unassigned-well-known 972',
        'shop/compose.yaml:5:15 expose-mismatch 9001',
      ]),
    );
  });

  it('a changed .env keeps the Compose port that interpolates it, and only that one', async () => {
    expect(await findingsWhenChanged(['app/.env'])).toEqual([
      'app/compose.yaml:5:10 unassigned-well-known 968',
    ]);
    // The plain project's .env changed too, but its port is written as a number.
    expect(await findingsWhenChanged(['plain/.env'])).toEqual([]);
  });

  it("a changed variables.tf keeps the rule that takes the variable's default", async () => {
    expect(await findingsWhenChanged(['infra/variables.tf'])).toEqual([
      'infra/main.tf:3:15 unassigned-well-known 971',
    ]);
  });

  it("a changed Deployment keeps the Service whose named targetPort resolves to the Deployment's port", async () => {
    // One logical port, reported at the containerPort, with the Service's targetPort as related location.
    expect(await findingsWhenChanged(['k8s/deployment.yaml'])).toEqual([
      'k8s/deployment.yaml:16:30 unassigned-well-known 972',
    ]);
    expect(await findingsWhenChanged(['k8s/service.yaml'])).toEqual([
      'k8s/deployment.yaml:16:30 unassigned-well-known 972',
      'k8s/service.yaml:9:13 registered-conflict 5050',
    ]);
  });

  it('a changed Dockerfile keeps the findings on the container port of the service built from it', async () => {
    // expose-mismatch reads the Dockerfile; the image's port and the container port are one port.
    expect(await findingsWhenChanged(['shop/Dockerfile'])).toEqual([
      'shop/Dockerfile:2:8 registered-conflict 9000',
      'shop/compose.yaml:5:15 expose-mismatch 9001',
      // The known unauthorized use of 9001 is a sentence of the conflict finding.
      'shop/compose.yaml:5:15 registered-conflict 9001',
    ]);
  });

  it('a variable that makes the spec invalid is kept as changed too', async () => {
    write('bad/compose.yaml', 'services:\n  web:\n    image: example/web\n    ports:\n      - "${WEB}:80"\n');
    write('bad/.env', 'WEB=99999\n');
    try {
      const kept = await findingsWhenChanged(['bad/.env']);
      expect(kept).toHaveLength(1);
      expect(kept[0]).toMatch(/^bad\/compose\.yaml:5:10 invalid-port /);
    } finally {
      fs.rmSync(path.join(repo, 'bad'), { recursive: true, force: true });
    }
  });
});
