import fs from 'node:fs';
import path from 'node:path';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Document } from 'yaml';
import { ConfigError } from '../errors.js';
import { readRegularFile, realFolder } from '../discover/safe-read.js';
import { describeRefusal } from '../discover/read-file.js';
import { PROTOCOLS, type Protocol, type SeverityOrOff } from '../types.js';
import { ALL_RULES, ruleById } from '../rules/index.js';
import { didYouMean, isOneOf } from './closest.js';
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

/** Parse and validate config text; `file` only names it in errors. */
export function parseConfig(text: string, file: string): PortlintConfig {
  // Length in UTF-16 units bounds the bytes from below, and is free: parse nothing oversized.
  if (text.length > MAX_CONFIG_BYTES || Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES)
    throw new ConfigError(`${file}: the config file is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const fail = (node: Node | null | undefined, message: string): never => {
    const at = lineCounter.linePos(node?.range?.[0] ?? 0);
    throw new ConfigError(`${file}:${at.line}:${at.col}: ${message}`);
  };
  if (doc.errors[0]) {
    const at = lineCounter.linePos(doc.errors[0].pos[0]);
    throw new ConfigError(`${file}:${at.line}:${at.col}: ${doc.errors[0].message.split('\n')[0]}`);
  }
  const config: PortlintConfig = ownFields({ ...emptyConfig(), file });
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;
  if (!isMap(root)) return fail(root, 'the config must be a mapping of keys such as "rules" and "allow"');
  for (const pair of root.items) {
    const key = keyOf(pair.key as Node, fail);
    const value = pair.value as Node | null;
    switch (key) {
      case 'fail-on':
        config.failOn = oneOf(value, FAIL_ON_VALUES, 'fail-on', fail);
        break;
      case 'include':
      case 'exclude':
        config[key] = globList(value, key, fail);
        break;
      case 'rules':
        readRules(doc, value, config, fail);
        break;
      case 'allow':
        config.allow = readAllow(value, fail);
        break;
      case 'services':
        config.services = readServices(value, fail);
        break;
      case 'registry':
        config.registry = readOrgRegistry(value, fail);
        break;
      default:
        fail(pair.key as Node, unknownKey(key, TOP_LEVEL_KEYS, 'key'));
    }
  }
  return config;
}

type Fail = (node: Node | null | undefined, message: string) => never;

function unknownKey(key: string, valid: readonly string[], what: string): string {
  return `unknown ${what} "${key}"${didYouMean(key, valid)} (valid: ${valid.join(', ')})`;
}

function keyOf(node: Node, fail: Fail): string {
  if (!isScalar(node) || typeof node.value !== 'string') return fail(node, 'keys must be plain strings');
  return node.value;
}

function oneOf<T extends string>(node: Node | null, valid: readonly T[], key: string, fail: Fail): T {
  const value = isScalar(node) ? String(node.value) : undefined;
  if (value !== undefined && isOneOf(value, valid)) return value;
  const suggestion = value ? didYouMean(value, valid) : '';
  return fail(node, `"${key}" must be one of ${valid.join(', ')}${suggestion}`);
}

function stringList(node: Node | null, key: string, fail: Fail): string[] {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) return fail(node, `"${key}" must be a list of strings`);
  return boundedItems(node, key, fail).map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string')
      return fail(item as Node, `"${key}" entries must be strings`);
    return item.value;
  });
}

/** Path globs: a list of strings that globMatcher accepts, at most MAX_GLOBS. */
function globList(node: Node | null, key: string, fail: Fail): string[] {
  if (isSeq(node) && node.items.length > MAX_GLOBS)
    fail(node.items[MAX_GLOBS] as Node, `"${key}" has more than ${MAX_GLOBS} globs`);
  const globs = stringList(node, key, fail);
  globs.forEach((glob, i) => {
    try {
      validateGlob(glob);
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      const shown = JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}...` : glob);
      fail(isSeq(node) ? (node.items[i] as Node) : node, `"${key}" glob ${shown} ${error.message}`);
    }
  });
  return globs;
}

function readRules(doc: Document, node: Node | null, config: PortlintConfig, fail: Fail): void {
  if (!isMap(node))
    return fail(node, '"rules" must map rule ids to a severity or to { severity, ...options }');
  const ids = ALL_RULES.map((r) => r.id);
  for (const pair of boundedItems(node, 'rules', fail)) {
    const id = keyOf(pair.key as Node, fail);
    const rule = ruleById(id);
    if (!rule) return fail(pair.key as Node, unknownKey(id, ids, 'rule'));
    const value = pair.value as Node | null;
    if (isScalar(value)) {
      config.ruleSeverities[id] = oneOf(value, SEVERITIES, `rules.${id}`, fail) as SeverityOrOff;
      continue;
    }
    if (!isMap(value)) fail(value, `"rules.${id}" must be a severity or a mapping`);
    const schemas = new Map(Object.entries(rule.options ?? {}));
    const allowed = ['severity', ...schemas.keys()];
    const options = dictionary<unknown>();
    for (const optionPair of (value as unknown as { items: Array<{ key: Node; value: Node | null }> })
      .items) {
      const option = keyOf(optionPair.key, fail);
      if (!allowed.includes(option))
        fail(optionPair.key, unknownKey(option, allowed, `option of rule ${id}`));
      if (option === 'severity') {
        config.ruleSeverities[id] = oneOf(
          optionPair.value,
          SEVERITIES,
          `rules.${id}.severity`,
          fail,
        ) as SeverityOrOff;
      } else {
        options[option] = readRangeOption(
          optionPair.value,
          `rules.${id}.${option}`,
          schemas.get(option)!.kind === 'port-ranges',
          fail,
        );
      }
    }
    if (Object.keys(options).length) config.ruleOptions[id] = options;
  }
  void doc;
}

/** `[start, end]`, or with `many` a list of them; ports 1-65535, start <= end. */
function readRangeOption(node: Node | null, key: string, many: boolean, fail: Fail): unknown {
  const pairOf = (n: Node | null): [number, number] => {
    if (!isSeq(n) || n.items.length !== 2) return fail(n, `"${key}" must be [start, end]`);
    const [a, b] = n.items.map((i) => (isScalar(i) ? Number(i.value) : NaN));
    if (!isPort(a!) || !isPort(b!) || a! > b!)
      return fail(n, `"${key}" must be [start, end] with 1 <= start <= end <= 65535`);
    return [a!, b!];
  };
  if (!many) return pairOf(node);
  if (!isSeq(node)) return fail(node, `"${key}" must be a list of [start, end] pairs`);
  return boundedItems(node, key, fail).map((item) => pairOf(item as Node));
}

function isPort(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 65535;
}

/** `3000`, `"3000-3005"`. */
function readPortOrRange(node: Node | null, key: string, fail: Fail): [number, number] {
  const text = isScalar(node) ? String(node.value) : '';
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  const start = Number(match?.[1]);
  const end = match?.[2] !== undefined ? Number(match[2]) : start;
  if (!match || !isPort(start) || !isPort(end) || end < start) {
    return fail(node, `"${key}" must be a port (1-65535) or a range "start-end"`);
  }
  return [start, end];
}

const ALLOW_KEYS = ['port', 'protocol', 'paths', 'services', 'rules', 'reason'];

function readAllow(node: Node | null, fail: Fail): AllowEntry[] {
  if (!isSeq(node)) return fail(node, '"allow" must be a list of { port, reason, ... } entries');
  const ids = ALL_RULES.map((r) => r.id);
  return boundedItems(node, 'allow', fail).map((item) => {
    const entryNode = item as Node;
    if (!isMap(entryNode))
      return fail(entryNode, 'each "allow" entry must be a mapping with "port" and "reason"');
    const fields = new Map<string, Node | null>();
    for (const pair of entryNode.items) {
      const key = keyOf(pair.key as Node, fail);
      if (!ALLOW_KEYS.includes(key)) fail(pair.key as Node, unknownKey(key, ALLOW_KEYS, 'allow key'));
      fields.set(key, pair.value as Node | null);
    }
    if (!fields.has('port')) fail(entryNode, 'an "allow" entry needs "port"');
    const reason = fields.get('reason');
    if (!isScalar(reason) || typeof reason.value !== 'string' || reason.value.trim() === '') {
      return fail(
        reason ?? entryNode,
        'an "allow" entry needs a "reason" that says why the port is accepted',
      );
    }
    const [port, endPort] = readPortOrRange(fields.get('port')!, 'allow.port', fail);
    const entry: AllowEntry = ownFields({ port, endPort, reason: reason.value });
    if (fields.has('protocol'))
      entry.protocol = oneOf(fields.get('protocol')!, PROTOCOLS, 'allow.protocol', fail);
    if (fields.has('paths')) entry.paths = globList(fields.get('paths')!, 'allow.paths', fail);
    if (fields.has('services')) entry.services = stringList(fields.get('services')!, 'allow.services', fail);
    if (fields.has('rules')) {
      entry.rules = stringList(fields.get('rules')!, 'allow.rules', fail);
      for (const id of entry.rules)
        if (!ids.includes(id)) fail(fields.get('rules'), unknownKey(id, ids, 'rule'));
    }
    return entry;
  });
}

function readServices(node: Node | null, fail: Fail): Record<string, string[]> {
  if (!isMap(node)) return fail(node, '"services" must map your service names to IANA service names');
  const services = dictionary<string[]>();
  for (const pair of boundedItems(node, 'services', fail)) {
    const name = keyOf(pair.key as Node, fail);
    services[name.toLowerCase()] = stringList(pair.value as Node | null, `services.${name}`, fail).map((s) =>
      s.toLowerCase(),
    );
  }
  return services;
}

const REGISTRY_KEYS = ['port', 'protocol', 'service', 'description'];

function readOrgRegistry(node: Node | null, fail: Fail): OrgAssignment[] {
  if (!isSeq(node)) return fail(node, '"registry" must be a list of { port, protocol, service } entries');
  return boundedItems(node, 'registry', fail).map((item) => {
    const entryNode = item as Node;
    if (!isMap(entryNode))
      return fail(entryNode, 'each "registry" entry must be a mapping { port, protocol, service }');
    const fields = new Map<string, Node | null>();
    for (const pair of entryNode.items) {
      const key = keyOf(pair.key as Node, fail);
      if (!REGISTRY_KEYS.includes(key))
        fail(pair.key as Node, unknownKey(key, REGISTRY_KEYS, 'registry key'));
      fields.set(key, pair.value as Node | null);
    }
    const portNode = fields.get('port');
    const port = isScalar(portNode) ? Number(portNode.value) : NaN;
    if (!isPort(port)) fail(portNode ?? entryNode, '"registry.port" must be a port number 1-65535');
    const service = fields.get('service');
    if (!isScalar(service) || typeof service.value !== 'string' || !service.value) {
      return fail(service ?? entryNode, 'a "registry" entry needs "service"');
    }
    const protocol = fields.has('protocol')
      ? oneOf(fields.get('protocol')!, PROTOCOLS, 'registry.protocol', fail)
      : 'tcp';
    const entry: OrgAssignment = ownFields({ port, protocol, service: service.value });
    const description = fields.get('description');
    if (isScalar(description) && typeof description.value === 'string') entry.description = description.value;
    return entry;
  });
}

/** The items of a list or mapping, refused beyond MAX_CONFIG_ENTRIES at the first one too many. */
function boundedItems<T>(node: { items: T[] }, key: string, fail: Fail): T[] {
  if (node.items.length <= MAX_CONFIG_ENTRIES) return node.items;
  const extra = node.items[MAX_CONFIG_ENTRIES] as unknown;
  const at = isPair(extra) ? (extra.key as Node) : (extra as Node);
  return fail(at, `"${key}" has more than ${MAX_CONFIG_ENTRIES} entries`);
}
