/**
 * The order of KINDS settles the names two kinds claim: the first kind that matches takes the file,
 * and a kind that needs the text leaves it to the next kinds when the text says no.
 */
import { describe, expect, it } from '@jest/globals';
import { KIND_FROM_TEXT, kindOf } from '../../src/discover/kinds.js';
import { KINDS } from '../../src/parsers/index.js';
import { kindOfFile } from '../helpers/kinds.js';

const KUBERNETES = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n';
const NO_CHARTS = { chartFolders: new Set<string>() };

describe('KINDS order', () => {
  it('lists every kind once', () => {
    const kinds = KINDS.map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it('keeps a compose.yaml with apiVersion and kind a Compose file: the name decides first', () => {
    expect(kindOf(KINDS, 'deploy/compose.yaml', NO_CHARTS)).toBe('compose');
    expect(kindOfFile('deploy/compose.yaml', KUBERNETES)).toBe('compose');
  });

  it('reads an application.yaml that looks like Kubernetes as Kubernetes, any other as Spring', () => {
    expect(kindOf(KINDS, 'config/application.yaml', NO_CHARTS)).toBe(KIND_FROM_TEXT);
    expect(kindOfFile('config/application.yaml', KUBERNETES)).toBe('kubernetes');
    expect(kindOfFile('config/application.yaml', 'server:\n  port: 8080\n')).toBe('spring');
  });

  it('gives a .conf without nginx directives no kind, and one with them nginx', () => {
    expect(kindOf(KINDS, 'dovecot/conf.d/10-master.conf', NO_CHARTS)).toBe(KIND_FROM_TEXT);
    expect(kindOfFile('dovecot/conf.d/10-master.conf', 'service imap {\n  port = 143\n}\n')).toBeUndefined();
    expect(kindOfFile('conf/site.conf', 'server {\n  listen 8080;\n}\n')).toBe('nginx');
  });

  it('leaves a chart template to no kind, whatever its text', () => {
    const charts = new Set(['chart']);
    expect(kindOf(KINDS, 'chart/templates/deployment.yaml', { chartFolders: charts })).toBeUndefined();
    expect(kindOfFile('chart/values.yaml', KUBERNETES, charts)).toBe('helm-values');
    expect(kindOfFile('other/values.yaml', KUBERNETES, charts)).toBe('kubernetes');
  });
});
