import { describe, expect, it } from '@jest/globals';
import { ALL_RULES } from '../../src/rules/index.js';
import { suggesterRanges } from '../../src/rules/options.js';
import { formatMessage, hitsFrom } from '../../src/rules/format.js';
import { parseConfig } from '../../src/policy/config.js';
import { addFacts, factsOf, type DeclaredPort } from '../../src/types.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

function declared(facts?: DeclaredPort['facts']): DeclaredPort {
  return {
    file: 'compose.yaml',
    line: 3,
    column: 9,
    port: 8080,
    endPort: 8080,
    protocol: 'tcp',
    role: 'host',
    kind: 'compose',
    context: { service: 'web' },
    raw: '8080',
    ...(facts && { facts }),
  };
}

describe('a rule carries its options, messages and flags', () => {
  it('every rule with a check words its findings from a messages table', () => {
    for (const rule of ALL_RULES.filter((r) => r.check)) {
      expect([rule.id, Object.keys(rule.messages ?? {}).length > 0]).toEqual([rule.id, true]);
      for (const template of Object.values(rule.messages!))
        expect(template.replace(PLACEHOLDER, '')).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('hitsFrom fills the template of the message id at the declaration', () => {
    const hit = hitsFrom({ taken: 'host port {{port}} of {{who}}' });
    expect(hit(declared(), 'taken', { port: '8080/tcp', who: 'service "web"' })).toMatchObject({
      file: 'compose.yaml',
      line: 3,
      column: 9,
      port: 8080,
      message: 'host port 8080/tcp of service "web"',
    });
    expect(formatMessage('{{a}} and {{b}}', { a: '$&{{b}}' })).toBe('$&{{b}} and {{b}}');
  });

  it('the config accepts exactly the options a rule declares, validated by their kind', () => {
    for (const rule of ALL_RULES) {
      for (const [name, schema] of Object.entries(rule.options ?? {})) {
        const value = schema.kind === 'port-range' ? '[2000, 3000]' : '[[2000, 3000]]';
        const config = parseConfig(`rules:\n  ${rule.id}:\n    ${name}: ${value}\n`, '.portlint.yml');
        expect(config.ruleOptions[rule.id]?.[name]).toEqual(
          schema.kind === 'port-range' ? [2000, 3000] : [[2000, 3000]],
        );
      }
    }
    expect(() => parseConfig('rules:\n  reserved-port:\n    range: [1, 2]\n', 'c.yml')).toThrow(
      'unknown option of rule reserved-port "range"',
    );
  });

  it("gives the suggester its ranges from the rules' option defaults, configured ranges added", () => {
    expect(suggesterRanges(ALL_RULES)).toEqual({
      avoid: [
        [49152, 65535],
        [32768, 60999],
      ],
      nodePortRange: [30000, 32767],
    });
    const configured = { 'dynamic-range': { ranges: [[20000, 21000]] }, 'nodeport-range': { range: [1, 2] } };
    expect(suggesterRanges(ALL_RULES, configured)).toEqual({
      avoid: [
        [49152, 65535],
        [32768, 60999],
        [20000, 21000],
      ],
      nodePortRange: [1, 2],
    });
  });

  it('marks the rules no inline comment may suppress (policy/suppressions.ts reads the flag)', () => {
    const unsuppressible = ALL_RULES.filter((r) => r.suppressible === false).map((r) => r.id);
    expect(unsuppressible).toEqual([
      'parse-error',
      'skipped-file',
      'unused-suppression',
      'expired-suppression',
      'invalid-suppression',
    ]);
  });
});

describe('kind-specific facts', () => {
  it('factsOf narrows by the tag, and says nothing for another kind', () => {
    const port = declared({ kind: 'compose', buildDockerfile: 'app/Dockerfile' });
    expect(factsOf(port, 'compose')?.buildDockerfile).toBe('app/Dockerfile');
    expect(factsOf(port, 'dockerfile')).toBeUndefined();
    expect(factsOf(declared(), 'compose')).toBeUndefined();
  });

  it('addFacts keeps what the port has, copies rather than mutates, and refuses another kind', () => {
    const shared = { kind: 'compose' as const, buildContext: 'app' };
    const a = declared(shared);
    const b = declared(shared);
    addFacts(a, 'compose', { siblingImage: 'nginx' });
    expect(a.facts).toEqual({ kind: 'compose', buildContext: 'app', siblingImage: 'nginx' });
    expect(b.facts).toEqual({ kind: 'compose', buildContext: 'app' });
    expect(() => addFacts(a, 'dockerfile', { inFinalImage: true })).toThrow('compose facts');
  });
});
