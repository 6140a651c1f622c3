import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applySuppressions, type FileSuppressions } from '../../src/policy/suppressions.js';
import { scanWithPolicy } from '../helpers/scan.js';
import type { Finding, ManifestKind } from '../../src/types.js';
import { kindOfFile, suppressionsOf } from '../helpers/kinds.js';

type Row = [line: number, column: number, scope: string, target: number | 'file' | null, rules: string];

/** Each suppression as [line, column, scope, target, rules]: compact enough to read a whole file's worth. */
function rows(found: FileSuppressions | undefined): Row[] {
  return (found?.suppressions ?? []).map((s) => [
    s.line,
    s.column,
    s.scope,
    s.target,
    s.rules === 'all' ? '*' : s.rules.join(' '),
  ]);
}

function problems(found: FileSuppressions | undefined): Array<[number, number, string]> {
  return (found?.problems ?? []).map((p) => [p.line, p.column, p.message]);
}

/** The suppressions of `lines` read by the parser of `kind`, which discovery must pick for `file`. */
function find(kind: ManifestKind, file: string, lines: string[]): FileSuppressions | undefined {
  const text = lines.join('\n');
  expect(kindOfFile(file, text)).toBe(kind);
  return suppressionsOf(file, text);
}

const KUBERNETES_HEAD = 'apiVersion: v1\nkind: Service\n';
const NGINX_HEAD = 'server {\n  listen 80;\n}\n';

describe('the kind whose parser hands over the comments', () => {
  it.each<[ManifestKind, string, string]>([
    ['compose', 'compose.yaml', ''],
    ['kubernetes', 'k8s/deploy.yaml', KUBERNETES_HEAD],
    ['helm-values', 'chart/values.yaml', ''],
    ['workflow', '.github/workflows/ci.yml', ''],
    ['spring', 'src/main/resources/application.yml', ''],
    ['spring', 'src/main/resources/application-prod.properties', ''],
    ['dockerfile', 'Dockerfile', ''],
    ['devcontainer', '.devcontainer/devcontainer.json', ''],
    ['nginx', 'nginx/default.conf', NGINX_HEAD],
    ['systemd-socket', 'deploy/app.socket', ''],
    ['dotenv', '.env', ''],
    ['procfile', 'Procfile', ''],
    ['fly', 'fly.toml', ''],
    ['terraform', 'infra/main.tf', ''],
  ])('%s %s', (kind, file, head) => {
    expect(kindOfFile(file, head)).toBe(kind);
  });
});

describe('findSuppressions: YAML (Compose, Kubernetes, Helm values, workflows, Spring)', () => {
  it('costs nothing and finds nothing without the marker', () => {
    expect(suppressionsOf('compose.yaml', 'services:\n  web:\n    ports: ["80:80"] # ok\n')).toBe(undefined);
  });

  it('reads -line, -next-line and -file, with and without rule ids', () => {
    const found = find('compose', 'compose.yaml', [
      '# portlint-disable-file dynamic-range', // 1
      'services:', // 2
      '  legacy:', // 3
      '    ports:', // 4
      '      - "968:8000" # portlint-disable-line', // 5
      '      # portlint-disable-next-line registered-conflict, unassigned-well-known', // 6
      '', // 7
      '      # an ordinary comment between the two', // 8
      '      - "3000:3000"', // 9
      '      - "22:22"  #portlint-disable-line well-known-conflict   reserved-port', // 10
    ]);
    expect(rows(found)).toEqual([
      [1, 3, 'file', 'file', 'dynamic-range'],
      [5, 22, 'line', 5, '*'],
      [6, 9, 'next-line', 9, 'registered-conflict unassigned-well-known'],
      [10, 19, 'line', 10, 'well-known-conflict reserved-port'],
    ]);
    expect(problems(found)).toEqual([]);
  });

  it('reads the reason and the expiry date after "--"', () => {
    const found = find('compose', 'compose.yaml', [
      'services:',
      '  kafka:',
      '    ports:',
      '      # portlint-disable-next-line registered-conflict, dynamic-range -- Kafka by convention; expires 2027-03-01',
      '      - "9092:9092"',
      '      - "968:968" # portlint-disable-line -- legacy reports daemon',
      '      - "969:969" # portlint-disable-line -- expires: 2026-01-01',
    ]);
    expect(found?.suppressions.map((s) => [s.line, s.reason, s.expires, s.usable])).toEqual([
      [4, 'Kafka by convention', '2027-03-01', true],
      [6, 'legacy reports daemon', undefined, true],
      [7, undefined, '2026-01-01', true],
    ]);
  });

  it('ignores the marker in strings, block scalars and plain scalars, and in prose', () => {
    const found = find('compose', 'compose.yaml', [
      'services:',
      '  web:',
      '    labels:',
      '      note: "# portlint-disable-line"',
      "      other: '# portlint-disable-file'",
      '      plain: a#portlint-disable-line',
      '    command: |',
      '      echo ok # portlint-disable-file',
      '    # see portlint-disable-line in the README',
      '    ports: ["80:80"]',
    ]);
    expect(rows(found)).toEqual([]);
    expect(problems(found)).toEqual([]);
  });

  it('reads every document of a Kubernetes stream, CRLF line breaks included', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: { name: legacy }',
      'spec:',
      '  ports:',
      '    - port: 968 # portlint-disable-line unassigned-well-known',
      '---',
      '# portlint-disable-file -- generated by the vendor chart',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          ports:',
      '            # portlint-disable-next-line',
      '            - containerPort: 3000',
    ].join('\r\n');
    const found = suppressionsOf('k8s/legacy.yaml', text);
    expect(rows(found)).toEqual([
      [6, 19, 'line', 6, 'unassigned-well-known'],
      [8, 3, 'file', 'file', '*'],
      [17, 15, 'next-line', 18, '*'],
    ]);
    expect(found?.suppressions[1]?.reason).toBe('generated by the vendor chart');
  });

  it.each<[ManifestKind, string]>([
    ['helm-values', 'chart/values.yaml'],
    ['workflow', '.github/workflows/ci.yml'],
    ['spring', 'src/main/resources/application.yaml'],
  ])('reads %s the same way', (kind, file) => {
    const found = find(kind, file, [
      '# portlint-disable-next-line reserved-port',
      'port: 1024 # portlint-disable-line',
    ]);
    expect(rows(found)).toEqual([
      [1, 3, 'next-line', 2, 'reserved-port'],
      [2, 14, 'line', 2, '*'],
    ]);
  });

  it('makes a next-line comment with no line after it cover nothing', () => {
    expect(
      rows(find('compose', 'compose.yaml', ['services: {}', '# portlint-disable-next-line', ''])),
    ).toEqual([[2, 3, 'next-line', null, '*']]);
  });
});

describe('findSuppressions: Dockerfile', () => {
  it('reads whole-line comments only: Docker reads a later # as an argument', () => {
    const found = find('dockerfile', 'Dockerfile', [
      '# portlint-disable-file dynamic-range -- worker pool', // 1
      'FROM alpine', // 2
      '# portlint-disable-next-line unassigned-well-known', // 3
      '# another comment', // 4
      'EXPOSE 968', // 5
      'EXPOSE 22 # portlint-disable-line', // 6
      'EXPOSE 80 \\', // 7
      '  # portlint-disable-next-line', // 8
      '  1024', // 9
      '  # portlint-disable-line', // 10
    ]);
    expect(rows(found)).toEqual([
      [1, 3, 'file', 'file', 'dynamic-range'],
      [3, 3, 'next-line', 5, 'unassigned-well-known'],
      [8, 5, 'next-line', 9, '*'],
      [10, 5, 'line', 10, '*'],
    ]);
  });
});

describe('findSuppressions: nginx', () => {
  it('reads # at a token start, after blanks, ";" or "{", never inside quotes', () => {
    const found = find('nginx', 'nginx/default.conf', [
      'server { # portlint-disable-next-line', // 1
      '  listen 968; # portlint-disable-line unassigned-well-known', // 2
      '  listen 1024;#portlint-disable-line', // 3
      '  return 200 "# portlint-disable-file";', // 4
      "  add_header X-Note '# portlint-disable-line';", // 5
      '  location /a#portlint-disable-line { }', // 6
      '}', // 7
    ]);
    expect(rows(found)).toEqual([
      [1, 12, 'next-line', 2, '*'],
      [2, 17, 'line', 2, 'unassigned-well-known'],
      [3, 16, 'line', 3, '*'],
    ]);
  });
});

describe('findSuppressions: systemd socket', () => {
  it('reads whole lines starting with # or ;, and not a # after a value', () => {
    const found = find('systemd-socket', 'deploy/app.socket', [
      '[Socket]', // 1
      '; portlint-disable-next-line unassigned-well-known -- legacy; expires 2027-01-31', // 2
      'ListenStream=968', // 3
      'ListenStream=969 # portlint-disable-line', // 4
      '# portlint-disable-file', // 5
    ]);
    expect(rows(found)).toEqual([
      [2, 3, 'next-line', 3, 'unassigned-well-known'],
      [5, 3, 'file', 'file', '*'],
    ]);
    expect(found?.suppressions[0]?.expires).toBe('2027-01-31');
    expect(found?.suppressions[0]?.reason).toBe('legacy');
  });
});

describe('findSuppressions: .env', () => {
  it('reads # at the line start or after a blank, not inside a value or quotes', () => {
    const found = find('dotenv', '.env', [
      '# portlint-disable-file dynamic-range', // 1
      'PORT=968 # portlint-disable-line', // 2
      'SECRET=abc#portlint-disable-line', // 3
      'GREETING="hi # portlint-disable-line"', // 4
      "QUOTED='# portlint-disable-file'", // 5
      '# portlint-disable-next-line reserved-port -- old admin UI; expires 2025-12-31', // 6
      'ADMIN_PORT=1024', // 7
    ]);
    expect(rows(found)).toEqual([
      [1, 3, 'file', 'file', 'dynamic-range'],
      [2, 12, 'line', 2, '*'],
      [6, 3, 'next-line', 7, 'reserved-port'],
    ]);
  });
});

describe('findSuppressions: line breaks', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('counts %s breaks as editors do', (_name, lineBreak) => {
    const text = [
      '# portlint-disable-next-line',
      '',
      'PORT=968',
      'ADMIN_PORT=1024 # portlint-disable-line reserved-port',
    ].join(lineBreak);
    expect(rows(suppressionsOf('.env', text))).toEqual([
      [1, 3, 'next-line', 3, '*'],
      [4, 19, 'line', 4, 'reserved-port'],
    ]);
    expect(rows(suppressionsOf('Dockerfile', text.replace('ADMIN', '# ADMIN')))).toEqual([
      [1, 3, 'next-line', 3, '*'],
    ]);
  });
});

describe('findSuppressions: Procfile', () => {
  it('reads shell comments; an apostrophe inside a word opens no string', () => {
    const found = find('procfile', 'Procfile', [
      "web: bin/server --name=it's --port 968 # portlint-disable-line unassigned-well-known", // 1
      "worker: bin/worker --motto '# portlint-disable-line'", // 2
      '# portlint-disable-next-line', // 3
      'admin: bin/admin -p 1024', // 4
    ]);
    expect(rows(found)).toEqual([
      [1, 42, 'line', 1, 'unassigned-well-known'],
      [3, 3, 'next-line', 4, '*'],
    ]);
  });
});

describe('findSuppressions: Spring .properties', () => {
  it('reads whole-line # and ! comments, not a # in a value or a continued line', () => {
    const found = find('spring', 'src/main/resources/application.properties', [
      '! portlint-disable-next-line reserved-port', // 1
      'server.port=1024', // 2
      'management.server.port=968 # portlint-disable-line', // 3
      'app.banner=first \\', // 4
      '  # portlint-disable-file', // 5 (part of the value above)
      '# portlint-disable-file dynamic-range', // 6
    ]);
    expect(rows(found)).toEqual([
      [1, 3, 'next-line', 2, 'reserved-port'],
      [6, 3, 'file', 'file', 'dynamic-range'],
    ]);
  });
});

describe('findSuppressions: fly.toml', () => {
  it('reads # outside strings, multi-line strings included', () => {
    const found = find('fly', 'fly.toml', [
      'app = "legacy#portlint-disable-line"', // 1
      '[http_service]', // 2
      '  internal_port = 968 # portlint-disable-line unassigned-well-known', // 3
      'motd = """', // 4
      '# portlint-disable-file', // 5
      '"""', // 6
      "  # portlint-disable-next-line -- single 'quoted'", // 7
      '  [[services.ports]]', // 8
    ]);
    expect(rows(found)).toEqual([
      [3, 25, 'line', 3, 'unassigned-well-known'],
      [7, 5, 'next-line', 8, '*'],
    ]);
  });
});

describe('findSuppressions: Terraform HCL', () => {
  it('reads #, // and /* */ comments, not strings or heredocs', () => {
    const found = find('terraform', 'infra/main.tf', [
      'resource "aws_security_group_rule" "legacy" {', // 1
      '  from_port = 968 # portlint-disable-line', // 2
      '  to_port   = 968 // portlint-disable-line unassigned-well-known', // 3
      '  description = "// portlint-disable-file"', // 4
      '  /* portlint-disable-next-line reserved-port', // 5
      '     -- admin range */', // 6
      '  cidr = "10.0.0.0/8"', // 7
      '  user_data = <<-EOF', // 8
      '    # portlint-disable-file', // 9
      '  EOF', // 10
      '}', // 11
    ]);
    expect(rows(found)).toEqual([
      [2, 21, 'line', 2, '*'],
      [3, 22, 'line', 3, 'unassigned-well-known'],
      [5, 6, 'next-line', 7, 'reserved-port'],
    ]);
    expect(found?.suppressions[2]?.reason).toBe('admin range');
  });
});

describe('findSuppressions: devcontainer JSONC', () => {
  it('reads // and /* */ comments, never a string', () => {
    const found = find('devcontainer', '.devcontainer/devcontainer.json', [
      '{', // 1
      '  "name": "// portlint-disable-file",', // 2
      '  "forwardPorts": [', // 3
      '    // portlint-disable-next-line unassigned-well-known -- legacy; expires 2027-03-01', // 4
      '    968,', // 5
      '    1024 /* portlint-disable-line reserved-port */,', // 6
      '    3000 // portlint-disable-line', // 7
      '  ]', // 8
      '}', // 9
    ]);
    expect(rows(found)).toEqual([
      [4, 8, 'next-line', 5, 'unassigned-well-known'],
      [6, 13, 'line', 6, 'reserved-port'],
      [7, 13, 'line', 7, '*'],
    ]);
  });
});

describe('findSuppressions: mistakes', () => {
  const yaml = (comment: string) => suppressionsOf('compose.yaml', `ports: ["968:968"] ${comment}\n`)!;

  it('reports an unknown rule at its column, suggests the nearest, and keeps the valid ids', () => {
    const found = yaml('# portlint-disable-line registred-conflict,reserved-port');
    expect(rows(found)).toEqual([[1, 22, 'line', 1, 'reserved-port']]);
    expect(problems(found)).toEqual([
      [
        1,
        44,
        'unknown rule "registred-conflict" in portlint-disable-line; did you mean "registered-conflict"?',
      ],
    ]);
  });

  it('reports an unknown rule with no near match, and a rule that cannot be suppressed', () => {
    const found = yaml('# portlint-disable-line no-such-thing parse-error');
    expect(rows(found)).toEqual([[1, 22, 'line', 1, '']]);
    expect(problems(found)).toEqual([
      [1, 44, 'unknown rule "no-such-thing" in portlint-disable-line'],
      [1, 58, 'parse-error findings cannot be suppressed inline'],
    ]);
  });

  it('reports a malformed, impossible or missing expiry date and makes the suppression unusable', () => {
    for (const [comment, column, message] of [
      ['-- x; expires 2027-3-1', 72, 'expiry date "2027-3-1" is not a valid YYYY-MM-DD date'],
      ['-- x; expires 2027-02-30', 72, 'expiry date "2027-02-30" is not a valid YYYY-MM-DD date'],
      ['-- expires', 61, '"expires" needs a date (YYYY-MM-DD)'],
    ] as const) {
      const found = yaml(`# portlint-disable-line reserved-port ${comment}`);
      expect(found.suppressions.map((s) => s.usable)).toEqual([false]);
      expect(problems(found)).toEqual([[1, column, expect.stringContaining(message)]]);
    }
  });

  it('reports an expiry written before "--"', () => {
    const found = yaml('# portlint-disable-line reserved-port expires 2027-01-01');
    expect(found.suppressions.map((s) => [s.usable, s.rules])).toEqual([[false, ['reserved-port']]]);
    expect(problems(found)).toEqual([
      [
        1,
        58,
        expect.stringContaining(
          'write the expiry after "--" (portlint-disable-line rule-id -- reason; expires YYYY-MM-DD)',
        ),
      ],
    ]);
  });

  it('reports an unknown directive', () => {
    expect(problems(yaml('# portlint-disable-lines'))).toEqual([
      [
        1,
        22,
        'unknown directive "portlint-disable-lines"; did you mean "portlint-disable-line"? (portlint knows portlint-disable-line, portlint-disable-next-line, portlint-disable-file)',
      ],
    ]);
    expect(problems(yaml('# portlint-disable reserved-port'))[0]?.[2]).toMatch(
      /^unknown directive "portlint-disable"/,
    );
    expect(rows(yaml('# portlint-disable reserved-port'))).toEqual([]);
  });

  it('never throws, whatever the text and comment syntax', () => {
    // One file of each comment syntax: YAML, Docker, systemd, Java properties, nginx, .env, Procfile, TOML, HCL, JSONC.
    const files = [
      'compose.yaml',
      'Dockerfile',
      'app.socket',
      'application.properties',
      'nginx.conf',
      '.env',
      'Procfile',
      'fly.toml',
      'main.tf',
      '.devcontainer.json',
    ];
    const piece = fc.constantFrom(
      'portlint-disable-line',
      'portlint-disable-next-line',
      'portlint-disable-file',
      ' reserved-port',
      ',',
      ' -- ',
      '; expires 2027-01-01',
      '#',
      ';',
      '!',
      '//',
      '/*',
      '*/',
      '"',
      "'",
      '"""',
      '<<EOF\n',
      'EOF',
      '\\',
      '\n',
      '\r\n',
      '\r',
      ' ',
      'x: ',
      '- ',
      '|\n',
    );
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(piece, { maxLength: 40 }), (file, parts) => {
        const found = suppressionsOf(file, parts.join(''));
        for (const s of found?.suppressions ?? []) {
          expect(s.line).toBeGreaterThanOrEqual(1);
          expect(s.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** A finding with defaults: an error of `rule` in compose.yaml. */
function finding(ruleId: string, line: number, file = 'compose.yaml', column = 10): Finding {
  return {
    ruleId,
    severity: 'error',
    file,
    line,
    column,
    port: 968,
    protocol: 'tcp',
    message: `${ruleId} here`,
  };
}

function compact(findings: Finding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}]`);
}

describe('applySuppressions', () => {
  const TODAY = '2026-11-26';
  const apply = (findings: Finding[], lines: string[], options = {}) =>
    compact(
      applySuppressions(findings, [suppressionsOf('compose.yaml', lines.join('\n'))!], {
        today: TODAY,
        ...options,
      }),
    );

  it('returns the findings untouched when no file has suppressions', () => {
    const findings = [finding('reserved-port', 3)];
    expect(applySuppressions(findings, [])).toEqual(findings);
  });

  it('suppresses every rule on its line, only in its own file', () => {
    expect(
      apply(
        [
          finding('reserved-port', 2),
          finding('registered-conflict', 2),
          finding('reserved-port', 2, 'other.yaml'),
        ],
        ['ports:', '  - "1024:1024" # portlint-disable-line'],
      ),
    ).toEqual(['other.yaml:2:10 error reserved-port here [reserved-port]']);
  });

  it('suppresses only the rules it names, on the next code line', () => {
    expect(
      apply(
        [finding('reserved-port', 4), finding('registered-conflict', 4), finding('reserved-port', 5)],
        ['ports:', '  # portlint-disable-next-line reserved-port', '', '  - "1024:1024"', '  - "1024:80"'],
      ),
    ).toEqual([
      'compose.yaml:4:10 error registered-conflict here [registered-conflict]',
      'compose.yaml:5:10 error reserved-port here [reserved-port]',
    ]);
  });

  it('suppresses the whole file, but never parse-error or skipped-file', () => {
    expect(
      apply(
        [
          finding('parse-error', 1, 'compose.yaml', 1),
          finding('skipped-file', 1),
          finding('dynamic-range', 9),
        ],
        ['# portlint-disable-file'],
      ),
    ).toEqual([
      'compose.yaml:1:1 error parse-error here [parse-error]',
      'compose.yaml:1:10 error skipped-file here [skipped-file]',
    ]);
  });

  it('reports a suppression that suppresses nothing at the marker, naming its rules', () => {
    expect(
      apply(
        [finding('reserved-port', 2)],
        [
          'ports:',
          '  - "1024:1024" # portlint-disable-line reserved-port, unassigned-well-known',
          '  - "8080:8080" # portlint-disable-line',
          '# portlint-disable-file dynamic-range',
        ],
      ),
    ).toEqual([
      'compose.yaml:2:19 notice portlint-disable-line unassigned-well-known suppresses nothing [unused-suppression]',
      'compose.yaml:3:19 notice portlint-disable-line suppresses nothing [unused-suppression]',
      'compose.yaml:4:3 notice portlint-disable-file dynamic-range suppresses nothing [unused-suppression]',
    ]);
  });

  it('stops suppressing after the expiry date and reports it; the day itself still counts', () => {
    expect(
      apply(
        [finding('unassigned-well-known', 2), finding('reserved-port', 3), finding('reserved-port', 4)],
        [
          'ports:',
          '  - "968:968" # portlint-disable-line -- legacy reports daemon; expires 2026-01-01',
          `  - "1024:1024" # portlint-disable-line -- expires ${TODAY}`,
          '  - "1024:80" # portlint-disable-line reserved-port -- until the move; expires 2027-03-01',
        ],
      ),
    ).toEqual([
      'compose.yaml:2:10 error unassigned-well-known here [unassigned-well-known]',
      'compose.yaml:2:17 warning suppression expired on 2026-01-01: legacy reports daemon [expired-suppression]',
    ]);
  });

  it('uses the current date when none is given', () => {
    const found = [
      suppressionsOf(
        'compose.yaml',
        'a: 1 # portlint-disable-line -- expires 2000-01-01\nb: 2 # portlint-disable-line -- expires 2999-12-31\n',
      )!,
    ];
    expect(
      compact(applySuppressions([finding('reserved-port', 1), finding('reserved-port', 2)], found)),
    ).toEqual([
      'compose.yaml:1:8 warning suppression expired on 2000-01-01 [expired-suppression]',
      'compose.yaml:1:10 error reserved-port here [reserved-port]',
    ]);
  });

  it('does not suppress with an unreadable date or only invalid rule ids, and reports why', () => {
    expect(
      apply(
        [finding('reserved-port', 1), finding('reserved-port', 2)],
        [
          'a: 1024 # portlint-disable-line -- expires 2026-13-01',
          'b: 1024 # portlint-disable-line reserved-prot',
        ],
      ),
    ).toEqual([
      'compose.yaml:1:10 error reserved-port here [reserved-port]',
      'compose.yaml:1:44 warning expiry date "2026-13-01" is not a valid YYYY-MM-DD date; the suppression is ignored until it is fixed [invalid-suppression]',
      'compose.yaml:2:10 error reserved-port here [reserved-port]',
      'compose.yaml:2:33 warning unknown rule "reserved-prot" in portlint-disable-line; did you mean "reserved-port"? [invalid-suppression]',
    ]);
  });

  it('applies the configured severities of its own rules', () => {
    expect(
      apply([], ['a: 1 # portlint-disable-line', 'b: 2 # portlint-disable-line -- expires 2020-02-02'], {
        severities: { 'unused-suppression': 'off', 'expired-suppression': 'error' },
      }),
    ).toEqual(['compose.yaml:2:8 error suppression expired on 2020-02-02 [expired-suppression]']);
  });

  it('does not call suppressions unused in a file that could not be parsed', () => {
    expect(apply([finding('parse-error', 3, 'compose.yaml', 1)], ['a: 1 # portlint-disable-line'])).toEqual([
      'compose.yaml:3:1 error parse-error here [parse-error]',
    ]);
  });
});

describe('scan with suppressions', () => {
  it('applies them to Kubernetes findings and recounts the summary', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-suppressions-'));
    try {
      fs.writeFileSync(
        path.join(root, 'service.yaml'),
        [
          'apiVersion: v1',
          'kind: Service',
          'metadata:',
          '  name: legacy',
          'spec:',
          '  selector: { app: legacy }',
          '  ports:',
          '    - port: 968 # portlint-disable-line unassigned-well-known -- reports daemon; expires 2027-03-01',
          '      targetPort: 5050',
          '    # portlint-disable-next-line',
          '    - port: 1024',
          '      targetPort: 8081 # portlint-disable-line reserved-port',
          '    - port: 9000 # portlint-disable-line -- expires 2026-01-01',
          '',
        ].join('\n'),
      );
      const result = scanWithPolicy({ cwd: root, paths: ['.'], today: '2026-11-26' });
      // Without the comments: 968 unassigned-well-known (8), 1024 reserved-port (11) and four registered-conflicts.
      expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.port ?? ''}`)).toEqual([
        '9:19 registered-conflict 5050',
        '12:19 registered-conflict 8081',
        '12:26 unused-suppression ',
        '13:13 registered-conflict 9000',
        '13:20 expired-suppression ',
      ]);
      expect(result.findings.filter((f) => f.port === null).map((f) => [f.severity, f.message])).toEqual([
        ['notice', 'portlint-disable-line reserved-port suppresses nothing'],
        ['warning', 'suppression expired on 2026-01-01'],
      ]);
      expect(result.summary).toMatchObject({ errors: 0, warnings: 4, notices: 1 });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
