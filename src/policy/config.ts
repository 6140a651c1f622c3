import fs from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigError } from '../errors.js';
import { readRegularFile, realFolder } from '../discover/safe-read.js';
import { describeRefusal } from '../discover/read-file.js';
import { PROTOCOLS, type Protocol, type SeverityOrOff } from '../types.js';
import { ALL_RULES, ruleById } from '../rules/index.js';
import { closest, didYouMean, isOneOf } from './closest.js';
import type { OrganisationAssignment } from '../registry/organisation.js';
import { dictionary, ownFields } from '../dictionary.js';
import { GlobError, validateGlob } from '../discover/glob.js';
import { FAIL_ON_VALUES, type FailOn } from './gate.js';

/** One allowlist entry: findings on these ports (in these paths / services) are accepted, for a reason. */
export interface AllowEntry {
  port: number;
  endPort: number;
  protocol?: Protocol;
  paths?: string[];
  services?: string[];
  rules?: string[];
  reason: string;
}

export type OrgAssignment = OrganisationAssignment;

export interface PortlintConfig {
  /** The file it came from, relative to cwd; undefined for the built-in defaults. */
  file?: string;
  failOn?: FailOn;
  include: string[];
  exclude: string[];
  ruleSeverities: Record<string, SeverityOrOff>;
  ruleOptions: Record<string, Record<string, unknown>>;
  allow: AllowEntry[];
  services: Record<string, string[]>;
  registry: OrgAssignment[];
}

export const CONFIG_FILE_NAMES = ['.portlint.yml', '.portlint.yaml'];
const TOP_LEVEL_KEYS = ['fail-on', 'include', 'exclude', 'rules', 'allow', 'services', 'registry'];
const SEVERITIES = ['error', 'warning', 'notice', 'off'];

/**
 * Bounds on what a config may hold: it comes with the pull request, so from anyone. A larger file
 * is refused unread: a hand-written one is a few KiB.
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_CONFIG_ENTRIES = 10_000;
/** Each glob is tried on every path of the repository. */
const MAX_GLOBS = 256;

/** Prototype-less throughout: the action's settings are never read through an inherited property. */
export function emptyConfig(): PortlintConfig {
  return ownFields({
    include: [],
    exclude: [],
    ruleSeverities: dictionary<SeverityOrOff>(),
    ruleOptions: dictionary<Record<string, unknown>>(),
    allow: [],
    services: dictionary<string[]>(),
    registry: [],
  });
}

/**
 * The config to use: `explicitPath` when given (it must exist), else `.portlint.yml` or
 * `.portlint.yaml` in cwd, else the defaults. Throws ConfigError naming file, line and column.
 * Only a regular file is read; one found in cwd must resolve inside cwd (a link out is refused).
 */
export function loadConfig(cwd: string, explicitPath?: string): PortlintConfig {
  // lstat: a dangling link or a loop named .portlint.yml is an error to report, not "no config".
  const present = (name: string) => {
    try {
      return fs.lstatSync(path.join(cwd, name), { throwIfNoEntry: false }) !== undefined;
    } catch {
      return false;
    }
  };
  const file = explicitPath ?? CONFIG_FILE_NAMES.find(present);
  if (!file) return emptyConfig();
  const absolute = path.resolve(cwd, file);
  // A file named by the person (or checked by the action against the workspace) may be anywhere.
  const root = realFolder(explicitPath === undefined ? cwd : absolute);
  const read = readRegularFile(absolute, [root], MAX_CONFIG_BYTES);
  if ('refused' in read) {
    const { refused } = read;
    const why =
      refused.why === 'unreadable'
        ? refused.code
        : refused.why === 'folder'
          ? 'EISDIR'
          : refused.why === 'outside-root'
            ? 'it resolves outside the folder it was found in; not read'
            : describeRefusal(refused, 'a config file');
    throw new ConfigError(`${file}: cannot read the config file (${why})`);
  }
  const text = read.bytes.toString('utf8');
  return parseConfig(text, path.relative(cwd, absolute).split(path.sep).join('/') || file);
}

/** Parse and validate config text; `file` only names it in errors, all of which come in one ConfigError. */
export function parseConfig(text: string, file: string): PortlintConfig {
  // Length in UTF-16 units bounds the bytes from below, and is free: parse nothing oversized.
  if (text.length > MAX_CONFIG_BYTES || Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES)
    throw new ConfigError(`${file}: the config file is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems = new ConfigProblems(file, lineCounter);
  // A broken file's structure is a guess: say what is broken, not what the guess lacks.
  for (const error of doc.errors) problems.noteAt(error.pos[0], error.message.split('\n')[0]!);
  problems.throwIfAny();
  const config: PortlintConfig = ownFields({ ...emptyConfig(), file });
  attempt(() => readTopLevel(doc.contents, config, problems));
  problems.throwIfAny();
  return config;
}

function readTopLevel(root: Node | null, config: PortlintConfig, p: ConfigProblems): void {
  if (root === null || (isScalar(root) && root.value === null)) return;
  if (!isMap(root)) return p.fail(root, 'the config must be a mapping of keys such as "rules" and "allow"');
  for (const pair of root.items) {
    attempt(() => {
      const key = keyOf(pair.key as Node, p);
      const value = pair.value as Node | null;
      switch (key) {
        case 'fail-on':
          config.failOn = oneOf(value, FAIL_ON_VALUES, 'fail-on', p);
          break;
        case 'include':
        case 'exclude':
          config[key] = globList(value, key, p);
          break;
        case 'rules':
          readRules(value, config, p);
          break;
        case 'allow':
          config.allow = readAllow(value, p);
          break;
        case 'services':
          config.services = readServices(value, p);
          break;
        case 'registry':
          config.registry = readOrgRegistry(value, p);
          break;
        default:
          p.note(pair.key as Node, unknownKey(key, TOP_LEVEL_KEYS, 'key'));
      }
    });
  }
}

/** At most this many errors are listed; the rest are counted. */
export const MAX_LISTED_CONFIG_ERRORS = 50;
/** Errors kept to sort into file order; the count goes on past it (a hostile file may hold many). */
const MAX_KEPT_CONFIG_ERRORS = 1000;

/** Thrown by ConfigProblems.fail to abandon the entry being read; `attempt` catches it. */
class AbandonEntry extends Error {}

/** The errors of one config file, collected so that all of them are reported at once. */
class ConfigProblems {
  private readonly kept: Array<{ offset: number; message: string }> = [];
  private count = 0;

  /** How many errors were found so far: an entry compares it before and after reading itself. */
  get found(): number {
    return this.count;
  }

  constructor(
    private readonly file: string,
    private readonly lineCounter: LineCounter,
  ) {}

  /** Records an error at a character offset of the file. */
  noteAt(offset: number, message: string): void {
    this.count++;
    if (this.kept.length < MAX_KEPT_CONFIG_ERRORS) this.kept.push({ offset, message });
  }

  /** Records an error at `node` (at the start of the file without one) and goes on reading. */
  note(node: Node | null | undefined, message: string): void {
    this.noteAt(node?.range?.[0] ?? 0, message);
  }

  /** Records an error at `node` and abandons the entry it is in: what follows depends on it. */
  fail(node: Node | null | undefined, message: string): never {
    this.note(node, message);
    throw new AbandonEntry();
  }

  /** One ConfigError listing every error in file order, `file:line:col: message` a line. */
  throwIfAny(): void {
    if (this.count === 0) return;
    // Array.prototype.sort is stable: errors at one place keep the order they were found in.
    const lines = [...this.kept]
      .sort((a, b) => a.offset - b.offset)
      .slice(0, MAX_LISTED_CONFIG_ERRORS)
      .map(({ offset, message }) => {
        const at = this.lineCounter.linePos(offset);
        return `${this.file}:${at.line}:${at.col}: ${message}`;
      });
    if (this.count > lines.length) lines.push(`... and ${this.count - lines.length} more`);
    throw new ConfigError(lines);
  }
}

/** Runs `read`; an entry it abandons (its error recorded) lets the caller go on to the next one. */
function attempt(read: () => void): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof AbandonEntry)) throw error;
  }
}

function unknownKey(key: string, valid: readonly string[], what: string): string {
  return `unknown ${what} "${key}"${didYouMean(key, valid)} (valid: ${valid.join(', ')})`;
}

function keyOf(node: Node, p: ConfigProblems): string {
  if (!isScalar(node) || typeof node.value !== 'string') return p.fail(node, 'keys must be plain strings');
  return node.value;
}

function oneOf<T extends string>(node: Node | null, valid: readonly T[], key: string, p: ConfigProblems): T {
  const value = isScalar(node) ? String(node.value) : undefined;
  if (value !== undefined && isOneOf(value, valid)) return value;
  const suggestion = value ? didYouMean(value, valid) : '';
  return p.fail(node, `"${key}" must be one of ${valid.join(', ')}${suggestion}`);
}

/** A string or a list of strings; each entry that is not one is an error of its own. */
function stringList(node: Node | null, key: string, p: ConfigProblems): string[] {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) return p.fail(node, `"${key}" must be a list of strings`);
  const strings: string[] = [];
  let wrong = false;
  for (const item of boundedItems(node, key, p)) {
    if (isScalar(item) && typeof item.value === 'string') strings.push(item.value);
    else {
      p.note(item as Node, `"${key}" entries must be strings`);
      wrong = true;
    }
  }
  if (wrong) throw new AbandonEntry();
  return strings;
}

/** Path globs: a list of strings that globMatcher accepts, at most MAX_GLOBS. */
function globList(node: Node | null, key: string, p: ConfigProblems): string[] {
  if (isSeq(node) && node.items.length > MAX_GLOBS)
    p.fail(node.items[MAX_GLOBS] as Node, `"${key}" has more than ${MAX_GLOBS} globs`);
  const globs = stringList(node, key, p);
  globs.forEach((glob, i) => {
    try {
      validateGlob(glob);
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      const shown = JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}...` : glob);
      p.note(isSeq(node) ? (node.items[i] as Node) : node, `"${key}" glob ${shown} ${error.message}`);
    }
  });
  return globs;
}

function readRules(node: Node | null, config: PortlintConfig, p: ConfigProblems): void {
  if (!isMap(node))
    return p.fail(node, '"rules" must map rule ids to a severity or to { severity, ...options }');
  for (const pair of boundedItems(node, 'rules', p)) attempt(() => readRule(pair, config, p));
}

function readRule(pair: { key: unknown; value: unknown }, config: PortlintConfig, p: ConfigProblems): void {
  const id = keyOf(pair.key as Node, p);
  const rule = ruleById(id);
  if (!rule)
    return p.fail(
      pair.key as Node,
      unknownKey(
        id,
        ALL_RULES.map((r) => r.id),
        'rule',
      ),
    );
  const value = pair.value as Node | null;
  if (isScalar(value)) {
    config.ruleSeverities[id] = oneOf(value, SEVERITIES, `rules.${id}`, p) as SeverityOrOff;
    return;
  }
  if (!isMap(value)) return p.fail(value, `"rules.${id}" must be a severity or a mapping`);
  const schemas = new Map(Object.entries(rule.options ?? {}));
  const allowed = ['severity', ...schemas.keys()];
  const options = dictionary<unknown>();
  for (const optionPair of value.items) {
    attempt(() => {
      const option = keyOf(optionPair.key as Node, p);
      const optionValue = optionPair.value as Node | null;
      if (!allowed.includes(option))
        p.fail(optionPair.key as Node, unknownKey(option, allowed, `option of rule ${id}`));
      if (option === 'severity') {
        config.ruleSeverities[id] = oneOf(
          optionValue,
          SEVERITIES,
          `rules.${id}.severity`,
          p,
        ) as SeverityOrOff;
      } else {
        options[option] = readRangeOption(
          optionValue,
          `rules.${id}.${option}`,
          schemas.get(option)!.kind === 'port-ranges',
          p,
        );
      }
    });
  }
  if (Object.keys(options).length) config.ruleOptions[id] = options;
}

/** `[start, end]`, or with `many` a list of them; ports 1-65535, start <= end. */
function readRangeOption(node: Node | null, key: string, many: boolean, p: ConfigProblems): unknown {
  const pairOf = (n: Node | null): [number, number] => {
    if (!isSeq(n) || n.items.length !== 2) return p.fail(n, `"${key}" must be [start, end]`);
    const [a, b] = n.items.map((i) => (isScalar(i) ? Number(i.value) : NaN));
    if (!isPort(a!) || !isPort(b!) || a! > b!)
      return p.fail(n, `"${key}" must be [start, end] with 1 <= start <= end <= 65535`);
    return [a!, b!];
  };
  if (!many) return pairOf(node);
  if (!isSeq(node)) return p.fail(node, `"${key}" must be a list of [start, end] pairs`);
  return boundedItems(node, key, p).map((item) => pairOf(item as Node));
}

function isPort(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** `3000`, `"3000-3005"`. */
function readPortOrRange(node: Node | null, key: string, p: ConfigProblems): [number, number] {
  const text = isScalar(node) ? String(node.value) : '';
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  const start = Number(match?.[1]);
  const end = match?.[2] !== undefined ? Number(match[2]) : start;
  if (!match || !isPort(start) || !isPort(end) || end < start) {
    return p.fail(node, `"${key}" must be a port (1-65535) or a range "start-end"`);
  }
  return [start, end];
}

const ALLOW_KEYS = ['port', 'protocol', 'paths', 'services', 'rules', 'reason'];

function readAllow(node: Node | null, p: ConfigProblems): AllowEntry[] {
  return readEntryList(node, 'allow', '{ port, reason, ... }', readAllowEntry, p);
}

/** A list of `{ ... }` entries, each read by `readEntry`; an entry with errors is left out after them. */
function readEntryList<T>(
  node: Node | null,
  key: string,
  shape: string,
  readEntry: (entryNode: Node, p: ConfigProblems) => T,
  p: ConfigProblems,
): T[] {
  if (!isSeq(node)) return p.fail(node, `"${key}" must be a list of ${shape} entries`);
  const entries: T[] = [];
  for (const item of boundedItems(node, key, p)) attempt(() => entries.push(readEntry(item as Node, p)));
  return entries;
}

/** One allow entry; every field is checked, so an entry with three mistakes shows three errors. */
function readAllowEntry(entryNode: Node, p: ConfigProblems): AllowEntry {
  if (!isMap(entryNode))
    return p.fail(entryNode, 'each "allow" entry must be a mapping with "port" and "reason"');
  const errorsBefore = p.found;
  const { fields, toldMissing } = entryFields(entryNode, ALLOW_KEYS, 'allow key', p);
  if (!fields.has('port') && !toldMissing('port')) p.note(entryNode, 'an "allow" entry needs "port"');
  const reason = fields.get('reason');
  const reasonText = isScalar(reason) && typeof reason.value === 'string' ? reason.value : '';
  if (reasonText.trim() === '' && !toldMissing('reason'))
    p.note(reason ?? entryNode, 'an "allow" entry needs a "reason" that says why the port is accepted');
  const entry: AllowEntry = ownFields({ port: 0, endPort: 0, reason: reasonText });
  const field = (name: string, read: (value: Node | null) => void) => {
    if (fields.has(name)) attempt(() => read(fields.get(name)!));
  };
  field('port', (value) => ([entry.port, entry.endPort] = readPortOrRange(value, 'allow.port', p)));
  field('protocol', (value) => (entry.protocol = oneOf(value, PROTOCOLS, 'allow.protocol', p)));
  field('paths', (value) => (entry.paths = globList(value, 'allow.paths', p)));
  field('services', (value) => (entry.services = stringList(value, 'allow.services', p)));
  field('rules', (value) => {
    const ids = ALL_RULES.map((r) => r.id);
    entry.rules = stringList(value, 'allow.rules', p);
    for (const id of entry.rules) if (!ids.includes(id)) p.note(value, unknownKey(id, ids, 'rule'));
  });
  if (p.found > errorsBefore) throw new AbandonEntry();
  return entry;
}

interface EntryFields {
  fields: Map<string, Node | null>;
  /** Whether `key` is missing because it was misspelt ("reson"): its error already says so. */
  toldMissing(key: string): boolean;
}

/** The fields of a `{ key: value }` entry; an unknown key is an error, and the others are still read. */
function entryFields(
  entryNode: { items: Array<{ key: unknown; value: unknown }> },
  valid: readonly string[],
  what: string,
  p: ConfigProblems,
): EntryFields {
  const fields = new Map<string, Node | null>();
  const misspelt = new Set<string>();
  for (const pair of entryNode.items) {
    attempt(() => {
      const key = keyOf(pair.key as Node, p);
      if (valid.includes(key)) fields.set(key, pair.value as Node | null);
      else {
        p.note(pair.key as Node, unknownKey(key, valid, what));
        const meant = closest(key, valid);
        if (meant !== undefined) misspelt.add(meant);
      }
    });
  }
  return { fields, toldMissing: (key) => !fields.has(key) && misspelt.has(key) };
}

function readServices(node: Node | null, p: ConfigProblems): Record<string, string[]> {
  if (!isMap(node)) return p.fail(node, '"services" must map your service names to IANA service names');
  const services = dictionary<string[]>();
  for (const pair of boundedItems(node, 'services', p)) {
    attempt(() => {
      const name = keyOf(pair.key as Node, p);
      const names = stringList(pair.value as Node | null, `services.${name}`, p);
      services[name.toLowerCase()] = names.map((s) => s.toLowerCase());
    });
  }
  return services;
}

const REGISTRY_KEYS = ['port', 'protocol', 'service', 'description'];

function readOrgRegistry(node: Node | null, p: ConfigProblems): OrgAssignment[] {
  return readEntryList(node, 'registry', '{ port, protocol, service }', readRegistryEntry, p);
}

function readRegistryEntry(entryNode: Node, p: ConfigProblems): OrgAssignment {
  if (!isMap(entryNode))
    return p.fail(entryNode, 'each "registry" entry must be a mapping { port, protocol, service }');
  const errorsBefore = p.found;
  const { fields, toldMissing } = entryFields(entryNode, REGISTRY_KEYS, 'registry key', p);
  const portNode = fields.get('port');
  const port = isScalar(portNode) ? Number(portNode.value) : NaN;
  if (!isPort(port) && !toldMissing('port'))
    p.note(portNode ?? entryNode, '"registry.port" must be a port number 1-65535');
  const service = fields.get('service');
  const serviceName = isScalar(service) && typeof service.value === 'string' ? service.value : '';
  if (!serviceName && !toldMissing('service'))
    p.note(service ?? entryNode, 'a "registry" entry needs "service"');
  let protocol: Protocol = 'tcp';
  if (fields.has('protocol'))
    attempt(() => (protocol = oneOf(fields.get('protocol')!, PROTOCOLS, 'registry.protocol', p)));
  if (p.found > errorsBefore) throw new AbandonEntry();
  const entry: OrgAssignment = ownFields({ port, protocol, service: serviceName });
  const description = fields.get('description');
  if (isScalar(description) && typeof description.value === 'string') entry.description = description.value;
  return entry;
}

/** The items of a list or mapping, refused beyond MAX_CONFIG_ENTRIES at the first one too many. */
function boundedItems<T>(node: { items: T[] }, key: string, p: ConfigProblems): T[] {
  if (node.items.length <= MAX_CONFIG_ENTRIES) return node.items;
  const extra = node.items[MAX_CONFIG_ENTRIES] as unknown;
  const at = isPair(extra) ? (extra.key as Node) : (extra as Node);
  return p.fail(at, `"${key}" has more than ${MAX_CONFIG_ENTRIES} entries`);
}
