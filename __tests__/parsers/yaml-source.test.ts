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

describe('readYaml with mayDeclarePorts', () => {
  /** [range, value] of each document: a kept document must equal its part of a whole parse. */
  const shape = (docs: ReturnType<typeof readYaml>['documents']) =>
    docs.map((doc) => [doc.range, doc.toJS()]);
  const stream = [
    '# header comment',
    'keep: 1',
    '--- # a comment on the marker',
    'skip: 2',
    '--- |',
    '  keep as a block scalar',
    '...',
    '---\r',
    'keep: [3,',
    '  4]',
    '---',
    'skip: {five: 5}',
    '---',
    'keep: "six"',
  ].join('\n');
  const wantKeep = (document: string) => document.includes('keep');

  it('parses only the documents it accepts, each at its offset in the stream', () => {
    const whole = readYaml(stream);
    const kept = readYaml(stream, false, wantKeep);
    expect(shape(kept.documents)).toEqual(
      shape(whole.documents.filter((doc) => JSON.stringify(doc.toJS()).includes('keep'))),
    );
    expect(kept.documents).toHaveLength(4);
    const skip = stream.indexOf('--- # a comment');
    const five = stream.indexOf('---\nskip: {five');
    expect(kept.unparsed).toEqual([
      [skip, stream.indexOf('--- |')],
      [five, stream.indexOf('---\nkeep: "six"')],
    ]);
  });

  it('reports the errors of the documents it parses, at their lines, and none of the others', () => {
    // An unclosed flow sequence is reported where its document ends, at the next marker.
    const text = 'keep: [1\n---\nskip: [2\n---\nkeep: ok\n';
    expect(readYaml(text, false, wantKeep).diagnostics.map((d) => d.line)).toEqual([2]);
    expect(readYaml(text).diagnostics.map((d) => d.line)).toEqual([2, 4]);
  });

  it('parses every document of a stream with directives, and when comments are wanted', () => {
    const directives = '%YAML 1.2\n---\nskip: 1\n';
    expect(readYaml(directives, false, wantKeep).documents).toHaveLength(1);
    expect(readYaml('skip: 1\n', true, wantKeep).documents).toHaveLength(1);
    expect(readYaml('skip: 1\n', false, wantKeep).documents).toHaveLength(0);
  });
});
