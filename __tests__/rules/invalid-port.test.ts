import { describe, expect, it } from '@jest/globals';
import { parseCompose } from '../../src/parsers/compose.js';
import { invalidPort } from '../../src/rules/invalid-port.js';
import type { RuleHit } from '../../src/rules/types.js';

const COMPOSE = [
  'services:',
  '  web:',
  '    ports:',
  '      - "70000:80"',
  '      - "3005-3000:3005-3000"',
  '      - "8080:80"',
  '',
].join('\n');

function check(): RuleHit[] {
  const { ports } = parseCompose({ path: 'compose.yaml', text: COMPOSE, readSibling: () => undefined });
  return invalidPort.check!({ ports, registry: {} as never, matcher: {} as never, options: {} });
}

describe('invalid-port (its own check)', () => {
  it('words an out-of-range port and a reversed range from its message table', () => {
    expect(check().map((h) => [h.line, h.column, h.port, h.message])).toEqual([
      [4, 10, 70000, '70000 is not a valid port (1-65535) in "70000"'],
      [5, 10, 3005, 'range "3005-3000" is reversed: 3005 > 3000'],
      [5, 20, 3005, 'range "3005-3000" is reversed: 3005 > 3000'],
    ]);
  });
});
