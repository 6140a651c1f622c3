import type { DeclaredPort, ServiceAssignment } from '../types.js';
import { COMPANION_PARTS, IGNORED_TOKENS, SERVICE_ALIASES } from './aliases.js';
import { evidenceOf, isGenericName, type IdentitySource } from './identity.js';

export { imageName, imageRepository, type IdentitySource } from './identity.js';

/** Who declares the port: how messages name it, and the tokens matched against software names. */
export interface Identity {
  /** The software when identified, else the best name the manifest has (a generic service name, the file). */
  label: string;
  /** The software the evidence names; absent when nothing in the manifest says what uses the port. */
  software?: string;
  /** Where `software` came from. */
  source?: IdentitySource;
  /** Lower-case names and their parts (for software-default and protocol tables); not all are IANA's. */
  tokens: string[];
}

export interface ServiceMatcher {
  identify(port: DeclaredPort): Identity;
  /** Whether the declaring service plausibly is one of the assigned IANA services. */
  matches(port: DeclaredPort, services: readonly ServiceAssignment[]): boolean;
  /** IANA names the declaration stands for: its whole names and the aliases of the known software in them. */
  serviceNames(port: DeclaredPort): string[];
}

/** Shortest known name matched as the start (`mysqldb`) or the end (`appredis`) of a longer word. */
const MIN_PREFIX = 4;
const MIN_SUFFIX = 5;

/**
 * Matching is data-driven: the names of the declaration (image, service, container, port name, ...)
 * are compared with IANA names whole; their parts only count where they are software that
 * SERVICE_ALIASES or the repository's `services` config knows (`redis-master`, `mysqldb`), so a
 * generic word never becomes an IANA service by accident (`hello-app` is not IANA's `hello`).
 */
export function createMatcher(
  extraAliases: Readonly<Record<string, readonly string[]>> = {},
): ServiceMatcher {
  const aliases = new Map<string, Set<string>>();
  for (const table of [SERVICE_ALIASES, extraAliases]) {
    for (const [token, names] of Object.entries(table)) {
      const set = aliases.get(token.toLowerCase()) ?? new Set<string>();
      for (const name of names) set.add(name.toLowerCase());
      aliases.set(token.toLowerCase(), set);
    }
  }
  const known = [...aliases.keys()];
  // The same words come back in port after port: each is compared with every known name once.
  const knownWords = new Map<string, string[]>();
  const knownInWord = (word: string): string[] => {
    let found = knownWords.get(word);
    if (!found) knownWords.set(word, (found = knownIn(word, aliases, known)));
    return found;
  };
  const cache = new WeakMap<DeclaredPort, { identity: Identity; names: Set<string> }>();
  const resolve = (port: DeclaredPort): { identity: Identity; names: Set<string> } => {
    let entry = cache.get(port);
    if (!entry) {
      entry = analyse(port, aliases, knownInWord);
      cache.set(port, entry);
    }
    return entry;
  };
  return {
    identify: (port) => resolve(port).identity,
    matches(port, services) {
      const names = resolve(port).names;
      return services.some((s) => names.has(s.name.toLowerCase()));
    },
    serviceNames: (port) => [...resolve(port).names],
  };
}

function analyse(
  port: DeclaredPort,
  aliases: ReadonlyMap<string, ReadonlySet<string>>,
  knownInWord: (word: string) => string[],
): { identity: Identity; names: Set<string> } {
  const evidence = evidenceOf(port);
  const c = port.context;
  // Whole names: the software's names and the port's own name (a protocol: `http`, `epmd`).
  const wholes = [...evidence.map((e) => e.name), c.portName];
  // Keys and variables name what they configure only through the software in them (`smtpPort`).
  const keys = [...(c.keyPath?.split(/[.[\]]+/) ?? []), c.job, port.kind === 'dotenv' ? c.name : undefined];
  if (port.kind === 'spring') keys.push(c.name);
  const names = new Set<string>();
  const tokens = new Set<string>();
  const addKnown = (key: string): void => {
    names.add(key);
    for (const alias of aliases.get(key) ?? []) names.add(alias);
  };
  for (const [list, whole] of [
    [wholes, true],
    [keys, false],
  ] as const) {
    for (const written of list) {
      if (!written) continue;
      const lower = written.toLowerCase();
      if (whole) for (const name of [lower, withoutDigits(lower)]) addKnown(name);
      const parts = partsOf(written);
      for (const part of [lower, ...parts]) tokens.add(part);
      // A product name split by a hyphen (`docker-pi-hole`): two adjacent parts that join into known software.
      const head = headParts(parts);
      for (let i = 0; i + 1 < head.length; i++) {
        const joined = head[i]! + head[i + 1]!;
        if (aliases.has(joined)) {
          addKnown(joined);
          tokens.add(joined);
        }
      }
      for (const part of head) {
        // A generic word inside a longer name hides no software: `dockerfile` is not the Docker daemon.
        if (part !== lower && isGenericName(part)) continue;
        for (const key of knownInWord(withoutDigits(part))) {
          addKnown(key);
          tokens.add(key);
        }
      }
    }
  }
  const best = evidence[0];
  const identity: Identity = {
    label: best?.name ?? fallbackLabel(port),
    tokens: [...tokens].filter((t) => !IGNORED_TOKENS.has(t)),
  };
  if (best) {
    identity.software = best.name;
    identity.source = best.source;
  }
  return { identity, names };
}

/** `redisMaster_2` -> `redis`, `master`, `2`: words split at punctuation and camelCase. */
function partsOf(name: string): string[] {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.split(/[^a-z0-9]+/).filter((part) => part.length > 0);
}

/**
 * The parts that name what a compound is: those after its last companion word. `redis-exporter` is
 * an exporter, not Redis; `spark-ui-proxy` is a proxy.
 */
function headParts(parts: readonly string[]): readonly string[] {
  let last = -1;
  parts.forEach((part, i) => {
    if (COMPANION_PARTS.has(part)) last = i;
  });
  return parts.slice(last + 1);
}

function withoutDigits(word: string): string {
  const stripped = word.replace(/\d+$/, '');
  return stripped.length > 1 ? stripped : word;
}

/** Known software in one word: the word itself, or a known name it starts (`rsyslogd`) or ends with. */
function knownIn(
  word: string,
  aliases: ReadonlyMap<string, ReadonlySet<string>>,
  known: readonly string[],
): string[] {
  if (aliases.has(word)) return [word];
  return known.filter(
    (key) =>
      key.length < word.length &&
      ((key.length >= MIN_PREFIX && word.startsWith(key)) ||
        (key.length >= MIN_SUFFIX && word.endsWith(key))),
  );
}

/** What the manifest calls the declaration when no name in it identifies software. */
function fallbackLabel(port: DeclaredPort): string {
  const c = port.context;
  return c.service ?? c.container ?? port.file.split('/').pop() ?? port.kind;
}
