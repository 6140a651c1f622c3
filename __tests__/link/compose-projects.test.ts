import { describe, expect, it } from '@jest/globals';
import { parseCompose } from '../../src/parsers/compose.js';
import { linkComposeProjects } from '../../src/link/compose-projects.js';
import { hostPortDuplicates } from '../../src/rules/duplicate-port.js';
import { factsOf, type ComposeLoads, type DeclaredPort } from '../../src/types.js';

/** Parses `files` (path -> text) as one scan would, `.env`s included, and links them. */
function scan(files: Record<string, string>): { ports: DeclaredPort[]; loads: Map<string, ComposeLoads> } {
  const ports: DeclaredPort[] = [];
  const loads = new Map<string, ComposeLoads>();
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith('.env')) continue;
    const result = parseCompose({ path, text, readSibling: (p) => files[p] });
    ports.push(...result.ports);
    if (result.composeLoads) loads.set(path, result.composeLoads);
  }
  linkComposeProjects(ports, loads);
  return { ports, loads };
}

const service = (name: string, port: number): string =>
  `services:\n  ${name}:\n    image: example/${name}\n    ports:\n      - "${port}:${port}"\n`;

/** [file, projects] of the host ports */
const projectsOf = (ports: DeclaredPort[]): unknown[][] =>
  ports
    .filter((p) => p.role === 'host')
    .map((p) => [p.file, factsOf(p, 'compose')?.composeProjects?.map((m) => m.project)]);

describe('linkComposeProjects', () => {
  it('reads COMPOSE_FILE with COMPOSE_PATH_SEPARATOR, or with `;`', () => {
    const custom = scan({
      'app/.env': 'COMPOSE_PATH_SEPARATOR=,\nCOMPOSE_FILE=base.yml,./extra/dev.yml\n',
      'app/base.yml': service('a', 8098),
      'app/extra/dev.yml': service('b', 8098),
    });
    expect(custom.loads.get('app/base.yml')?.composeFile).toEqual(['app/base.yml', 'app/extra/dev.yml']);
    expect(projectsOf(custom.ports)).toEqual([
      ['app/base.yml', ['compose:app']],
      ['app/extra/dev.yml', ['compose:app']],
    ]);
    const windows = scan({ '.env': 'COMPOSE_FILE=a.yml;b.yml\n', 'a.yml': service('a', 1), 'b.yml': '' });
    expect(windows.loads.get('a.yml')?.composeFile).toEqual(['a.yml', 'b.yml']);
  });

  it('puts a file loaded by two projects in both, and reports its clash once', () => {
    const { ports } = scan({
      'compose.yaml': `include: [shared/compose.db.yaml]\n${service('web', 8098)}`,
      'compose.admin.yaml': `include:\n  - path: ./shared/../shared/compose.db.yaml\n${service('admin', 8098)}`,
      'shared/compose.db.yaml': service('db', 8098),
    });
    expect(projectsOf(ports)).toEqual([
      ['compose.yaml', ['compose:.']],
      ['compose.admin.yaml', ['compose:compose.admin.yaml']],
      ['shared/compose.db.yaml', ['compose:.', 'compose:compose.admin.yaml']],
    ]);
    // db clashes in both projects (with web, with admin): one finding, citing the earliest port.
    expect(hostPortDuplicates(ports).map((h) => [h.file, h.line, h.message])).toEqual([
      [
        'shared/compose.db.yaml',
        5,
        'host port 8098/tcp of service "db" is already published by service "web" at compose.yaml:6:10',
      ],
    ]);
  });

  it('never links a remote or absolute path, and still runs files that only load one another', () => {
    const { ports, loads } = scan({
      'a/compose.x.yaml': `include: [/etc/compose.yaml, "git@github.com:o/r.git", ../b/compose.y.yaml]\n${service('a', 1)}`,
      'b/compose.y.yaml': `include: [../a/compose.x.yaml]\n${service('b', 2)}`,
    });
    expect(loads.get('a/compose.x.yaml')?.include).toEqual(['b/compose.y.yaml']);
    expect(projectsOf(ports)).toEqual([
      ['a/compose.x.yaml', ['compose:a/compose.x.yaml']],
      ['b/compose.y.yaml', ['compose:a/compose.x.yaml']],
    ]);
  });
});
