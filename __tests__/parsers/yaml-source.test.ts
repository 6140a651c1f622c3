import { describe, expect, it } from '@jest/globals';
import { readYaml } from '../../src/parsers/yaml-source.js';
import { kindModule } from '../../src/parsers/index.js';

/** Each comment as [start, end, its text]. */
function comments(text: string): Array<[number, number, string]> | undefined {
  return readYaml(text, true).comments?.map((c) => [c.start, c.end, text.slice(c.bodyStart, c.bodyEnd)]);
}

describe('readYaml comments', () => {
  it('are collected only when asked for', () => {
    expect(readYaml('a: 1 # one\n').comments).toBeUndefined();
    expect(comments('a: 1\n')).toEqual([]);
  });

  it('starts a comment after a value at its #, ending before trailing blanks', () => {
    const text = 'ports:\n  - "80:80" # web  \n# last\n';
    const web = text.indexOf('# web');
    const last = text.indexOf('# last');
    expect(comments(text)).toEqual([
      [web, web + '# web'.length, ' web'],
      [last, last + '# last'.length, ' last'],
    ]);
  });

  it('finds none inside a block scalar or a quoted string', () => {
    expect(comments('run: |\n  echo # not a comment\nname: "a # b"\n')).toEqual([]);
  });

  it('finds one inside a flow map, in text order with the others', () => {
    const text = '# top\nweb: { port: 80, # inner\n  host: x }\n';
    const inner = text.indexOf('# inner');
    expect(comments(text)).toEqual([
      [0, '# top'.length, ' top'],
      [inner, inner + '# inner'.length, ' inner'],
    ]);
  });

  it('keeps offsets of the text as written when it has lone CR line breaks', () => {
    expect(comments('a: 1 # one\rb: 2\r')).toEqual([[5, 10, ' one']]);
  });
});

describe('the YAML kinds hand over the comments readYaml collects', () => {
  const text = 'apiVersion: v1 # api\nkind: Service\nmetadata: {{ .Values.meta }} # templated\n';
  it.each([
    ['compose', 'compose.yaml'],
    ['workflow', '.github/workflows/ci.yml'],
    ['helm-values', 'values.yaml'],
    ['spring', 'application.yaml'],
    ['kubernetes', 'service.yaml'],
  ] as const)('%s, a Kubernetes Go template included', (kind, path) => {
    const input = { path, text, readSibling: () => undefined };
    const result = kindModule(kind).parse({ ...input, wantComments: true });
    expect(result.comments).toEqual(readYaml(text, true).comments);
    expect(result.comments).toHaveLength(2);
    expect(kindModule(kind).parse(input).comments).toBeUndefined();
  });
});
