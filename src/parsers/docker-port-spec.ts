import type { Protocol } from '../types.js';
import { expand, interpolate, splitOutsideBraces, type Segment } from './variables.js';
import { portRangeOf, protocolOf } from './port-values.js';

/** One number (or range) read from a Docker port spec, with its offset in the spec. */
export interface SpecPort {
  role: 'host' | 'container';
  port: number | null;
  endPort: number | null;
  raw: string;
  /** Offset inside the spec string where the number (or `$`) starts. */
  offset: number;
  unresolvedVariable?: string;
}

/** What is wrong with a written port: an `invalid-port` message id and its data. */
export interface PortProblem {
  messageId: string;
  data: Record<string, string>;
}

export interface ParsedPortSpec {
  ports: SpecPort[];
  protocol: Protocol;
  hostIp?: string;
  /** Problems with offsets inside the spec string (converted to positions by the caller). */
  problems: Array<PortProblem & { ruleId: string; offset: number }>;
}

/** How a spec's text becomes values: Compose's interpolation, or as written once already interpolated. */
type Resolve = (text: string) => { value: string; unresolved: string[] };

/**
 * Parse Docker's `[[host_ip:]host_port[-end]:]container_port[-end][/protocol]` (Compose short
 * syntax, `docker run -p`, workflow service ports). Variables resolve from `values` only. As Compose
 * does, the whole spec is interpolated before it is split (`${SQL_PORT:-127.0.0.1:13306}:3306`); a
 * number that came from a variable is placed at the `$` of its reference. A spec with a variable
 * nothing resolves is split as written, so the other numbers are still read.
 */
export function parsePortSpec(spec: string, values: ReadonlyMap<string, string>): ParsedPortSpec {
  const expanded = spec.includes('$') ? expand(spec, values) : undefined;
  if (!expanded || expanded.unresolved.length > 0)
    return parseSpec(spec, spec, (text) => interpolate(text, values));
  const parsed = parseSpec(expanded.value, spec, (text) => ({ value: text, unresolved: [] }));
  // Back to offsets in the spec as written, and raw text as written (`${SQL_PORT:-...}`).
  const startAt = (offset: number): number => expanded.starts[offset] ?? spec.length;
  for (const port of parsed.ports) {
    const last = port.offset + port.raw.length - 1;
    if (port.raw !== '') port.raw = spec.slice(startAt(port.offset), expanded.ends[last] ?? spec.length);
    port.offset = startAt(port.offset);
  }
  for (const problem of parsed.problems) problem.offset = startAt(problem.offset);
  return parsed;
}

/** `spec` is the text to split; `written` is quoted in messages. */
function parseSpec(spec: string, written: string, resolve: Resolve): ParsedPortSpec {
  const result: ParsedPortSpec = { ports: [], protocol: 'tcp', problems: [] };
  const slashParts = splitOutsideBraces(spec, '/');
  let body = slashParts[0]!;
  if (slashParts.length > 1) {
    const protocolSegment = slashParts[slashParts.length - 1]!;
    body = { text: spec.slice(0, protocolSegment.start - 1), start: 0 };
    const protocol = protocolOf(resolve(protocolSegment.text).value.trim());
    if (protocol) result.protocol = protocol;
    else
      result.problems.push({
        ruleId: 'invalid-port',
        messageId: 'unknownProtocolInSpec',
        data: { protocol: protocolSegment.text, spec: written },
        offset: protocolSegment.start,
      });
  }

  let rest = body;
  let hostIp: Segment | undefined;
  if (rest.text.startsWith('[')) {
    const close = rest.text.indexOf(']');
    if (close > 0 && rest.text[close + 1] === ':') {
      hostIp = { text: rest.text.slice(1, close), start: rest.start + 1 };
      rest = { text: rest.text.slice(close + 2), start: rest.start + close + 2 };
    }
  }
  const parts = splitOutsideBraces(rest.text, ':').map((s) => ({
    text: s.text,
    start: s.start + rest.start,
  }));
  let host: Segment | undefined;
  let container: Segment;
  if (hostIp) {
    if (parts.length === 1) {
      container = parts[0]!;
    } else {
      host = parts[parts.length - 2];
      container = parts[parts.length - 1]!;
    }
  } else if (parts.length === 1) {
    container = parts[0]!;
  } else if (parts.length === 2) {
    container = parts[1]!;
    if (looksLikeAddress(parts[0]!.text)) {
      // `127.0.0.1:3001`: Compose reads the address as the host port and refuses the file.
      result.problems.push({
        ruleId: 'invalid-port',
        messageId: 'addressAsHostPort',
        data: { spec: written, address: parts[0]!.text, port: parts[1]!.text },
        offset: parts[0]!.start,
      });
    } else host = parts[0];
  } else {
    // ip:host:container, where an unbracketed IPv6 address holds further colons.
    const ipParts = parts.slice(0, -2);
    hostIp = { text: ipParts.map((p) => p.text).join(':'), start: ipParts[0]!.start };
    host = parts[parts.length - 2];
    container = parts[parts.length - 1]!;
  }

  if (hostIp) {
    const ip = resolve(hostIp.text).value;
    if (ip !== '') result.hostIp = ip;
  }
  if (host && host.text !== '') readNumber(host, 'host', written, resolve, result);
  readNumber(container, 'container', written, resolve, result);
  return result;
}

function looksLikeAddress(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(text) || text === 'localhost';
}

function readNumber(
  segment: Segment,
  role: 'host' | 'container',
  spec: string,
  resolve: Resolve,
  result: ParsedPortSpec,
): void {
  const range = rangeOf(segment, resolve);
  if ('problem' in range) {
    result.problems.push({
      ruleId: 'invalid-port',
      ...problemIn(range.problem, spec),
      offset: segment.start,
    });
    return;
  }
  result.ports.push({ role, ...range, raw: segment.text, offset: segment.start });
}

/** Why a number or range could not be read: the value as resolved, empty when nothing was written. */
type RangeProblem = { value: string };

type RangeOf =
  { port: number | null; endPort: number | null; unresolvedVariable?: string } | { problem: RangeProblem };

/** The `invalid-port` message for a number or range that could not be read in `where`. */
export function problemIn(problem: RangeProblem, where: string): PortProblem {
  return problem.value === ''
    ? { messageId: 'emptyPortIn', data: { where } }
    : { messageId: 'notANumberOrRangeIn', data: { raw: problem.value, where } };
}

/** A number or `start-end` range, each side possibly a variable. */
export function readRange(segment: Segment, values: ReadonlyMap<string, string>): RangeOf {
  return rangeOf(segment, (text) => interpolate(text, values));
}

function rangeOf(segment: Segment, resolve: Resolve): RangeOf {
  const resolved = resolve(segment.text.trim());
  if (resolved.unresolved.length > 0) {
    return { port: null, endPort: null, unresolvedVariable: resolved.unresolved[0]! };
  }
  const text = resolved.value.trim();
  const range = portRangeOf(text, 10);
  if (!range) return { problem: { value: text } };
  return { port: range[0], endPort: range[1] };
}
