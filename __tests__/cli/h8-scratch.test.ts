import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { it } from '@jest/globals';
import { cli } from '../helpers/cli.js';

it('scratch', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'h8-'));
  fs.writeFileSync(path.join(dir, 'compose.yaml'), 'services:\n  grafana:\n    image: grafana/grafana\n    ports: ["3000:3000"]\n  web:\n    image: example/web\n    ports:\n      - "8080:80"\n      - "7000-7010:7000-7010/udp"\n');
  for (const argv of [['explain', '968'], ['explain', '3000/tcp'], ['explain', '8080'], ['explain', '7005'], ['explain', '6003'], ['explain', '50000/udp'], ['explain', '3000/tcp', '--format', 'json'], ['explain', '70000'], ['explain', '80/tpc'], ['explain'], ['explain', '80', '--fromat', 'json'], ['suggest', '--near', '968'], ['suggest', '--service', 'postgres'], ['suggest', '--service', 'grafana'], ['suggest'], ['suggest', '--near', '3000', '--format', 'json'], ['suggest', '--nera', '5'], ['suggest', '--near', 'x'], ['suggest', 'postgres'], ['explain', '--help'], ['--help']]) {
    const r = await cli(argv, dir);
    process.stdout.write(`\n$ portlint ${argv.join(' ')}  -> ${r.code}\n${r.stdout}${r.stderr ? `[stderr] ${r.stderr}` : ''}`);
  }
});
