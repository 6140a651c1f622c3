import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildRegistry } from '../../src/registry/registry.js';
import type { RegistryData } from '../../src/registry/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, 'scripts/generate-registry.mjs');
const FIXTURES = path.join(ROOT, '__tests__/fixtures/registry');
const work = mkdtempSync(path.join(tmpdir(), 'portlint-registry-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

function generate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the generator on a fixture into `name` and returns the written text. */
function generateInto(name: string, fixture: string, ...options: string[]): string {
  const out = path.join(work, name);
  const result = generate(path.join(FIXTURES, fixture), '--out', out, ...options);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return readFileSync(out, 'utf8');
}

// The fixture's records as the generator must write them (tab-separated, registry order).
const EXPECTED_LINES = [
  '0\ttu\tr\t\tReserved',
  '2\tt\tr\t\tReserved\tDe-assigned on 2025-02-13, previously oldsvc by [Jane_Doe]',
  '7\ttu\ta\techo\tEcho',
  '8-19\t*\tu\t\tUnassigned',
  '24\tt\ta\t\tany private mail system',
  '63\tt\ta\twhoispp\twhois++ IANA assigned this well-formed service name as a replacement for "whois++".',
  '585\t*\tu\t\tDe-registered\tUse of 585 is not recommended, use 993 instead',
  '2905\tt\ta\ttcp-and-sctp\tShips over TCP and SCTP & not UDP',
  '2905\tu\tr\t\tReserved',
  '2905\ts\ta\ttcp-and-sctp\tShips over TCP and SCTP & not UDP',
  '3000\tt\ta\talpha\tAlpha Service',
  '3000\tt\ta\tbeta\tBeta `tick` and ${dollar} and back\\slash\tThis entry records an unassigned but widespread use',
  '6000-6003\tt\ta\tfake-x\tFake Window System\t\tKnown Unauthorized Use on port 6002',
  '7000-7010\t*\tu\t\tUnassigned',
  '7005\tt\ta\tinside-block\tAssigned inside an unassigned block',
  '49151\t*\tr\t\tReserved',
];

describe('generate-registry on the XML and CSV fixtures', () => {
  let fromXml = '';
  let fromCsv = '';
  let xmlData: RegistryData = { updated: '', records: '' };

  beforeAll(() => {
    fromXml = generateInto('xml.json', 'sample.xml');
    fromCsv = generateInto('csv.json', 'sample.csv', '--updated', '2030-01-02');
    xmlData = JSON.parse(fromXml) as RegistryData;
  });

  it('writes the records in registry order, tcp/udp pairs merged, records without a number dropped', () => {
    expect(xmlData.updated).toBe('2030-01-02');
    expect(xmlData.records.split('\n')).toEqual(EXPECTED_LINES);
    expect(fromXml).not.toContain('dns-sd-only');
  });

  it('gives identical data from the XML and the CSV form of the same records', () => {
    expect(fromCsv).toBe(fromXml);
  });

  it('dates the CSV by its newest registration or modification date when --updated is absent', () => {
    const data = JSON.parse(generateInto('csv-dated.json', 'sample.csv')) as RegistryData;
    expect(data.updated).toBe('2029-12-31');
    expect(data.records).toBe(xmlData.records);
  });

  it('is deterministic', () => {
    expect(generateInto('xml-again.json', 'sample.xml')).toBe(fromXml);
  });

  it('writes a TypeScript module whose template literal holds the same records', () => {
    const module = generateInto('iana-ports.ts', 'sample.xml');
    expect(module).toContain("import type { RegistryData } from '../types.js';");
    expect(module).toContain("export const IANA_PORTS: RegistryData = {\n  updated: '2030-01-02',");
    const literal = /records: (`[\s\S]*`),\n\};\n$/.exec(module)?.[1];
    expect(literal).toBeDefined();
    // Evaluating the literal checks the escaping of backticks, `${` and backslashes.
    const records = new Function(`return ${literal};`)() as string;
    expect(records).toBe(`\n${xmlData.records}\n`);
  });

  describe('the generated data through buildRegistry', () => {
    it('classifies the fixture ports', () => {
      const registry = buildRegistry(xmlData);
      expect(registry.updated).toBe('2030-01-02');
      expect(registry.lookup(7, 'udp').services).toEqual([{ name: 'echo', description: 'Echo' }]);
      expect(registry.lookup(2, 'tcp')).toMatchObject({
        status: 'reserved',
        notes: ['De-assigned on 2025-02-13, previously oldsvc by [Jane_Doe]'],
      });
      expect(registry.lookup(2, 'udp')).toMatchObject({ status: 'unassigned', notes: [] });
      expect(registry.lookup(12, 'dccp')).toMatchObject({
        status: 'unassigned',
        block: { start: 8, end: 19 },
      });
      expect(registry.lookup(2905, 'udp')).toMatchObject({ status: 'reserved', services: [] });
      expect(registry.lookup(2905, 'sctp').services.map((s) => s.name)).toEqual(['tcp-and-sctp']);
      expect(registry.lookup(3000, 'tcp').services.map((s) => s.name)).toEqual(['alpha', 'beta']);
      expect(registry.lookup(6002, 'tcp')).toMatchObject({
        status: 'assigned',
        block: { start: 6000, end: 6003 },
        unauthorizedUse: ['Known Unauthorized Use on port 6002'],
      });
      expect(registry.lookup(7005, 'tcp')).toEqual({
        port: 7005,
        protocol: 'tcp',
        range: 'user',
        status: 'assigned',
        services: [{ name: 'inside-block', description: 'Assigned inside an unassigned block' }],
        notes: [],
      });
      expect(registry.lookup(7006, 'tcp')).toMatchObject({
        status: 'unassigned',
        block: { start: 7000, end: 7010 },
      });
      expect(registry.hasService('dns-sd-only')).toBe(false);
      expect(registry.portsOf('FAKE-X').map((p) => p.port)).toEqual([6000, 6001, 6002, 6003]);
    });
  });
});

describe('generate-registry errors', () => {
  /** One line on stderr, exit code 2, nothing written. */
  function expectInputError(args: string[], message: string | RegExp): void {
    const out = path.join(work, `error-${Math.random().toString(36).slice(2)}.ts`);
    const result = generate(...args, '--out', out);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  }

  it('reports a missing file', () => {
    const missing = path.join(work, 'no-such-file.xml');
    expectInputError([missing], `generate-registry: registry file not found: ${missing}\n`);
  });

  it('reports files that are not the registry', () => {
    expectInputError(
      [path.join(FIXTURES, 'not-a-registry.csv')],
      /^generate-registry: .*not-a-registry\.csv is not IANA's service-names-port-numbers registry: neither its XML nor its CSV form/,
    );
    expectInputError(
      [path.join(FIXTURES, 'not-a-registry.xml')],
      /not-a-registry\.xml is not IANA's service-names-port-numbers registry: its XML has no <registry> root/,
    );
    expectInputError([FIXTURES], /^generate-registry: not a file: /);
  });

  it('rejects a bad --updated and unknown options', () => {
    expectInputError(
      [path.join(FIXTURES, 'sample.csv'), '--updated', '2030-1-2'],
      /--updated must be YYYY-MM-DD/,
    );
    expectInputError(['--bogus'], /unknown option --bogus/);
  });

  it('documents --updated in its usage text', () => {
    const result = generate('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--updated YYYY-MM-DD');
    expect(result.stdout).toContain('newest Registration/Modification Date');
  });
});
