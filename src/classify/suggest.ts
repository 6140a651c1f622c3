/**
 * A compliant port to use instead of a declared one: the nearest number that IANA assigns to a
 * service the declaration matches, or else the nearest number that is unassigned in the
 * registered range, outside the ephemeral ranges, unused in the repository and not allowlisted.
 * Pure: everything it knows comes in through its arguments.
 */
import type { DeclaredPort, Protocol, ServiceAssignment } from '../types.js';
import { PROTOCOLS } from '../types.js';
import { SYSTEM_PORTS_END, type Registry } from '../registry/registry.js';
import { imageRepository, type ServiceMatcher } from './match.js';
import { isDeFactoPort } from './de-facto-ports.js';
import { sameServiceInAnotherFile } from '../link/compose-projects.js';

/** An inclusive `[start, end]` range of port numbers. */
export type PortSpan = readonly [number, number];

/** Where a fallback port is searched: registered ports below the ephemeral ranges. */
export const FALLBACK_RANGE: PortSpan = [1024, 32767];

/** A range wider than this (a firewall opening such as 0-65535) does not "use" its ports. */
const MAX_USED_RANGE_SPAN = 1000;

/** Every port number the repository declares, with the declarations that use it. */
export type PortUsage = ReadonlyMap<number, readonly DeclaredPort[]>;

/** Index the repository's declarations by every number they use (ranges included, up to a span). */
export function indexPortUsage(ports: readonly DeclaredPort[]): PortUsage {
  const usage = new Map<number, DeclaredPort[]>();
  for (const p of ports) {
    if (p.port === null || !isPortNumber(p.port)) continue;
    const end = p.endPort !== null && isPortNumber(p.endPort) && p.endPort >= p.port ? p.endPort : p.port;
    if (end - p.port > MAX_USED_RANGE_SPAN) continue;
    for (let n = p.port; n <= end; n++) {
      const list = usage.get(n);
      if (list) list.push(p);
      else usage.set(n, [p]);
    }
  }
  return usage;
}

export interface SuggestOptions {
  registry: Registry;
  matcher: ServiceMatcher;
  /** The repository's declarations by number (indexPortUsage). */
  usedPorts: PortUsage;
  /** The config's allowlist ranges: a suggestion never lands there. */
  allowed?: readonly PortSpan[];
  /** Ranges to stay out of: the ephemeral ranges, by default and as configured (the rules' options). */
  avoid: readonly PortSpan[];
  /** The NodePort range, where ports of role `node` are suggested (the rules' options). */
  nodePortRange: PortSpan;
  /** Numbers already promised to other declarations (see createPortSuggester). */
  isTaken?: (port: number, declared: DeclaredPort) => boolean;
  /** Candidate numbers a whole scan may still examine; shared by its suggestions, so a hostile file stays linear. */
  budget?: { remaining: number };
}

export interface Suggestion {
  port: number;
  protocol: Protocol;
  /** `service`: IANA assigns the port to a service the declaration matches; `unassigned`: a free number. */
  reason: 'service' | 'unassigned';
  /** The matching IANA services on the port (empty for `unassigned`). */
  services: ServiceAssignment[];
}

/** The suggested port number for a single-port declaration, or undefined when there is none. */
export function suggestPort(declared: DeclaredPort, options: SuggestOptions): number | undefined {
  return suggestFor(declared, options)?.port;
}

/**
 * The suggestion with its reason. Ranges and unresolved or invalid numbers get none: a range
 * needs a block of free numbers, which is the author's call.
 */
export function suggestFor(declared: DeclaredPort, options: SuggestOptions): Suggestion | undefined {
  if (declared.port === null || !isPortNumber(declared.port)) return undefined;
  if (declared.endPort !== null && declared.endPort !== declared.port) return undefined;
  return (
    (declared.role === 'node' ? undefined : serviceSuggestion(declared, declared.port, options)) ??
    fallbackSuggestion(declared, declared.port, options)
  );
}

/**
 * Ports that IANA assigns (on the declaration's protocol) to a service the declaration names
 * (suggestionNames); sorted by number.
 */
export function matchingServicePorts(
  declared: DeclaredPort,
  registry: Registry,
  matcher: ServiceMatcher,
  names: Iterable<string> = suggestionNames(declared, matcher),
): number[] {
  const ports = new Set<number>();
  for (const name of names) {
    if (!registry.hasService(name)) continue;
    for (const entry of registry.portsOf(name))
      if (entry.protocol === declared.protocol) ports.add(entry.port);
  }
  return [...ports].sort((a, b) => a - b);
}

/**
 * HTTP's conventional ports, best first: an HTTP service goes to 8080 (or 80 from the well-known
 * range) before FileMaker's 591 or another HTTP-family number that merely lies closer.
 */
const CONVENTIONAL_HTTP_PORTS: readonly number[] = [80, 8080, 8008];

function conventionRank(port: number): number {
  const index = CONVENTIONAL_HTTP_PORTS.indexOf(port);
  return index < 0 ? CONVENTIONAL_HTTP_PORTS.length : index;
}

/**
 * The IANA names a suggestion may follow: those the alias data maps the declaration's names to, and
 * a whole name of the software (its image, service, container, port name), never a word inside a
 * longer name (`hello-app` is not IANA's `hello`) nor a build stage or key path (`base`, `runtime`).
 */
function suggestionNames(declared: DeclaredPort, matcher: ServiceMatcher): Set<string> {
  const c = declared.context;
  const whole = new Set(
    [c.service, c.container, c.name, c.portName, c.image && imageRepository(c.image).split('/').pop()]
      .filter((name): name is string => typeof name === 'string' && name !== '')
      .map((name) => name.toLowerCase()),
  );
  const tokens = new Set(matcher.identify(declared).tokens);
  return new Set(matcher.serviceNames(declared).filter((name) => !tokens.has(name) || whole.has(name)));
}

function serviceSuggestion(
  declared: DeclaredPort,
  near: number,
  options: SuggestOptions,
): Suggestion | undefined {
  const { registry, matcher } = options;
  // Never from the registered range down into the well-known one: binding there needs privileges,
  // and a port such as 2222 for sshd or 5354 for DNS exists to stay off the host's own 22 or 53.
  const floor = near > SYSTEM_PORTS_END ? SYSTEM_PORTS_END + 1 : 0;
  const names = suggestionNames(declared, matcher);
  const candidates = matchingServicePorts(declared, registry, matcher, names)
    .filter((port) => port >= floor)
    .sort(
      (a, b) => conventionRank(a) - conventionRank(b) || Math.abs(a - near) - Math.abs(b - near) || a - b,
    );
  for (const port of candidates) {
    if (!isFreeFor(declared, port, options)) continue;
    const info = registry.lookup(port, declared.protocol);
    if (info.range === 'dynamic' || info.unauthorizedUse?.length) continue;
    // IANA must assign it to nothing but what the declaration is. `names` is a subset of the names
    // the conflict rules match on, so such a port is never flagged by them.
    if (info.status !== 'assigned' || info.services.length === 0) continue;
    if (!info.services.every((service) => names.has(service.name.toLowerCase()))) continue;
    return { port, protocol: declared.protocol, reason: 'service', services: info.services };
  }
  return undefined;
}

function fallbackSuggestion(
  declared: DeclaredPort,
  near: number,
  options: SuggestOptions,
): Suggestion | undefined {
  const [low, high] = declared.role === 'node' ? options.nodePortRange : FALLBACK_RANGE;
  const start = Math.min(Math.max(near, low), high);
  for (let distance = 0; distance <= high - low; distance++) {
    for (const port of distance === 0 ? [start] : [start - distance, start + distance]) {
      if (port < low || port > high) continue;
      if (options.budget && options.budget.remaining-- <= 0) return undefined;
      if (
        isUnassignedEverywhere(port, declared.protocol, options.registry) &&
        isFreeFor(declared, port, options)
      ) {
        return { port, protocol: declared.protocol, reason: 'unassigned', services: [] };
      }
    }
  }
  return undefined;
}

/**
 * Unassigned on the protocol and on TCP and UDP (IANA registers most services on both), with no
 * note (a de-registered number may still be in use), and no software's conventional port.
 */
function isUnassignedEverywhere(port: number, protocol: Protocol, registry: Registry): boolean {
  // A suggestion's search asks about hundreds of numbers, and every search asks about the same ones.
  let known = unassignedEverywhere.get(registry);
  if (known === undefined) unassignedEverywhere.set(registry, (known = new Map()));
  const key = port * PROTOCOLS.length + PROTOCOLS.indexOf(protocol);
  let answer = known.get(key);
  if (answer === undefined) known.set(key, (answer = checkUnassignedEverywhere(port, protocol, registry)));
  return answer;
}

/** isUnassignedEverywhere's answers per registry (the organisation's overlay makes a new one per scan). */
const unassignedEverywhere = new WeakMap<Registry, Map<number, boolean>>();

function checkUnassignedEverywhere(port: number, protocol: Protocol, registry: Registry): boolean {
  const protocols = new Set<Protocol>([protocol, 'tcp', 'udp']);
  for (const p of protocols) {
    if (!registry.isPlainlyUnassigned(port, p)) return false;
    if (isDeFactoPort(port, p)) return false;
  }
  return true;
}

/** Outside the avoided and allowlisted ranges, and unused elsewhere in the repository. */
function isFreeFor(declared: DeclaredPort, port: number, options: SuggestOptions): boolean {
  if (inAny(port, options.avoid) || inAny(port, options.allowed ?? [])) return false;
  if (options.isTaken?.(port, declared)) return false;
  return !(options.usedPorts.get(port) ?? []).some((other) => !sameMapping(other, declared));
}

/**
 * The declaration itself, or the other side of its mapping: `5433:5432` is one line with a host
 * and a container port. Two host ports on one line (`ports: ["80:80", "80:81"]`) are not.
 */
function sameMapping(other: DeclaredPort, declared: DeclaredPort): boolean {
  return (
    other === declared ||
    (other.file === declared.file && other.line === declared.line && other.role !== declared.role)
  );
}

function inAny(port: number, ranges: readonly PortSpan[]): boolean {
  return ranges.some(([start, end]) => port >= start && port <= end);
}

function isPortNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 65535;
}

/** What the engine knows when it attaches suggestions to findings. */
export interface SuggesterInput {
  ports: readonly DeclaredPort[];
  registry: Registry;
  matcher: ServiceMatcher;
  allowedPorts?: ReadonlyArray<readonly [number, number]>;
  /** Ranges to stay out of (SuggestOptions.avoid). */
  avoid: readonly PortSpan[];
  /** Where `node` ports are suggested (SuggestOptions.nodePortRange). */
  nodePortRange: PortSpan;
}

/**
 * A memoized `declared -> suggested port` for one scan; the repository's port usage is indexed
 * on the first call, so a scan without findings pays nothing. A number suggested for a published
 * host port is promised to it within its scope (Compose project, workflow job): three services
 * on host port 8080 are not all sent to 8079. Elsewhere suggestions stay independent, so that
 * one finding's suggestion does not change when an unrelated finding appears or is suppressed.
 */
/**
 * Distinct numbers matter for a handful of clashing services; past this many per scope every
 * further search would walk past all the promised numbers first (quadratic on a hostile file).
 */
const MAX_PROMISES_PER_SCOPE = 128;

/** Candidate numbers all the suggestions of one scan may examine (a few ms of work in real repositories). */
const MAX_CANDIDATES_PER_SCAN = 2_000_000;

export function createPortSuggester(input: SuggesterInput): (declared: DeclaredPort) => number | undefined {
  let options: SuggestOptions | undefined;
  const promised = new Map<string, Map<number, DeclaredPort>>();
  const cache = new Map<DeclaredPort, number | undefined>();
  const promiseKey = (p: DeclaredPort) =>
    p.role === 'host' && p.scope !== undefined ? `${p.protocol}\0${p.scope}` : undefined;
  return (declared) => {
    if (cache.has(declared)) return cache.get(declared);
    options ??= {
      registry: input.registry,
      matcher: input.matcher,
      usedPorts: indexPortUsage(input.ports),
      allowed: input.allowedPorts ?? [],
      avoid: input.avoid,
      nodePortRange: input.nodePortRange,
      budget: { remaining: MAX_CANDIDATES_PER_SCAN },
      isTaken: (port, asking) => {
        const key = promiseKey(asking);
        const holder = key === undefined ? undefined : promised.get(key)?.get(port);
        return holder !== undefined && holder !== asking && !sameServiceInAnotherFile(holder, asking);
      },
    };
    const port = suggestPort(declared, options);
    cache.set(declared, port);
    const key = promiseKey(declared);
    if (port !== undefined && key !== undefined) {
      const scope = promised.get(key) ?? new Map<number, DeclaredPort>();
      if (!scope.has(port) && scope.size < MAX_PROMISES_PER_SCOPE) scope.set(port, declared);
      promised.set(key, scope);
    }
    return port;
  };
}
