/**
 * A declared range (`"3000-3002:3000-3002"`, `EXPOSE 7000-7010`) puts a service on every port it
 * covers, so the registry is asked about all of them, through its interval index (one pass over the
 * records that overlap the range, however wide) and a bounded number of lookups. Each range yields
 * at most one finding per rule, naming a few of the ports.
 */
import type { ClassifiedPort, PortRange, ServiceAssignment } from '../types.js';
import { DYNAMIC_PORTS_START, SYSTEM_PORTS_END, type RecordSpan } from '../registry/registry.js';
import { findDeFactoPort } from '../classify/de-facto-ports.js';
import type { RuleContext, RuleHit } from './types.js';
import { hitsFrom, portLabel, SERVICE_ROLES } from './format.js';

/** Wording of rangeConflicts, part of the conflict rules' messages. */
export const RANGE_CONFLICT_MESSAGES = {
  rangeRegisteredToOthers:
    '{{port}} covers ports registered to other services than "{{software}}": {{ports}}',
};
const hit = hitsFrom(RANGE_CONFLICT_MESSAGES);

/** Entries (a port, or neighbouring ports of one service) named in a message; the rest are counted. */
const NAMED_PORTS = 5;
/** Assigned ports looked up (and matched against the declaring software) per range. */
const LOOKUPS_PER_RANGE = 64;

const BOUNDS: Record<'system' | 'user', [number, number]> = {
  system: [0, SYSTEM_PORTS_END],
  user: [SYSTEM_PORTS_END + 1, DYNAMIC_PORTS_START - 1],
};

/** A range of several ports declared by a service (not a firewall opening). */
export function isServiceRange(p: ClassifiedPort): boolean {
  return p.port !== null && p.endPort !== null && p.endPort > p.port && SERVICE_ROLES.has(p.role);
}

/** The part of the declared range inside one IANA range, or undefined when they do not meet. */
function clip(p: ClassifiedPort, range: 'system' | 'user'): [number, number] | undefined {
  const [low, high] = BOUNDS[range];
  const start = Math.max(p.port!, low);
  const end = Math.min(p.endPort!, high);
  return start <= end ? [start, end] : undefined;
}

/**
 * Declared ranges covering ports IANA assigns to other services, one hit per range naming the
 * first few: `3000-3002/tcp covers ports registered to other services than "web": 3000 hbci, ...`.
 * Ports the declaring software is assigned or uses by convention are left out.
 */
export function rangeConflicts({ ports, registry, matcher }: RuleContext, range: PortRange): RuleHit[] {
  if (range === 'dynamic') return [];
  const hits: RuleHit[] = [];
  for (const p of ports) {
    const bounds = isServiceRange(p) ? clip(p, range) : undefined;
    if (!bounds) continue;
    const { tokens, label } = matcher.identify(p);
    const assigned = merge(
      registry.spansIn(bounds[0], bounds[1], p.protocol).filter((s) => s.status === 'assigned'),
    );
    const total = assigned.reduce((sum, [start, end]) => sum + end - start + 1, 0);
    // Neighbouring ports of one service are one entry: `6005-6015 x11`.
    const named: Array<{ start: number; end: number; names: string }> = [];
    let shownPorts = 0;
    let others = 0;
    let lookups = 0;
    for (const port of firstPorts(assigned, LOOKUPS_PER_RANGE)) {
      lookups++;
      const services = registry.lookup(port, p.protocol).services;
      if (matcher.matches(p, services) || findDeFactoPort(port, p.protocol, tokens)) continue;
      others++;
      const names = serviceNames(services);
      const last = named.at(-1);
      if (last && last.end === port - 1 && last.names === names) last.end = port;
      else if (named.length < NAMED_PORTS) named.push({ start: port, end: port, names });
      else continue;
      shownPorts++;
    }
    if (named.length === 0) continue;
    // Ports past the lookup budget are counted as other services', unchecked.
    const more = others - shownPorts + (total - lookups);
    const list = named.map((n) => `${n.start === n.end ? n.start : `${n.start}-${n.end}`} ${n.names}`);
    const tail = more > 0 ? ` and ${more} more` : '';
    const data = { port: portLabel(p), software: label, ports: `${list.join(', ')}${tail}` };
    hits.push(hit(p, 'rangeRegisteredToOthers', data));
  }
  return hits;
}

/**
 * The well-known ports of a declared range that IANA leaves unassigned, in runs: `980-988` of
 * `980-990/tcp`, the first few, then `and N more`. Undefined when there are none.
 */
export function unassignedCoverage(
  { registry }: Pick<RuleContext, 'registry'>,
  p: ClassifiedPort,
): string | undefined {
  const end = Math.min(p.endPort!, SYSTEM_PORTS_END);
  if (p.port! > end) return undefined;
  // Assigned beats reserved beats unassigned, as in a lookup; a port with no record is unassigned.
  const taken = merge(registry.spansIn(p.port!, end, p.protocol).filter((s) => s.status !== 'unassigned'));
  const runs: Array<[number, number]> = [];
  let next = p.port!;
  for (const [start, stop] of taken) {
    if (start > next) runs.push([next, start - 1]);
    next = Math.max(next, stop + 1);
  }
  if (next <= end) runs.push([next, end]);
  if (runs.length === 0) return undefined;
  const shown = runs
    .slice(0, NAMED_PORTS)
    .map(([start, stop]) => (start === stop ? `${start}` : `${start}-${stop}`));
  const hidden = runs.length - shown.length;
  const tail = hidden > 0 ? ` and ${hidden} more` : '';
  return `${shown.join(', ')}${tail}`;
}

/** Sorted, merged `[start, end]` intervals of the spans. */
function merge(spans: readonly RecordSpan[]): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last[1] + 1) last[1] = Math.max(last[1], s.end);
    else out.push([s.start, s.end]);
  }
  return out;
}

/** The first `limit` ports of sorted, merged intervals. */
function firstPorts(intervals: ReadonlyArray<[number, number]>, limit: number): number[] {
  const ports: number[] = [];
  for (const [start, end] of intervals) {
    for (let port = start; port <= end && ports.length < limit; port++) ports.push(port);
    if (ports.length >= limit) break;
  }
  return ports;
}

/** `hbci`, or `a/b` for a port with two services; an unnamed assignment by its description. */
function serviceNames(services: readonly ServiceAssignment[]): string {
  const names = services.slice(0, 2).map((s) => (s.name === '' ? `"${s.description}"` : s.name));
  return services.length > 2 ? `${names.join('/')}/...` : names.join('/');
}
