import type { PortSpan } from '../classify/suggest.js';
import type { PortRangesOption, Rule } from './types.js';
import { hitsFrom, portLabel } from './format.js';

/** Roles that bind a socket on a host, where an outgoing connection may already hold the port. */
const BINDING_ROLES = new Set(['host', 'listen', 'forward']);

/** The default ranges by name, as the messages cite them. */
const DEFAULT_RANGES: ReadonlyArray<{ name: string; range: PortSpan }> = [
  { name: "IANA's dynamic range", range: [49152, 65535] },
  { name: "Linux's default ephemeral range", range: [32768, 60999] },
];

const RANGES: PortRangesOption = {
  kind: 'port-ranges',
  default: DEFAULT_RANGES.map(({ range }) => range),
  description: 'The ephemeral ranges of your hosts, as [start, end] pairs; port suggestions avoid them too.',
  suggester: 'avoid',
};

const messages = {
  inRange: '{{port}} is in {{range}} {{start}}-{{end}}, where outgoing connections can take it first',
};
const hit = hitsFrom(messages);

export const dynamicRange: Rule = {
  id: 'dynamic-range',
  defaultSeverity: 'warning',
  description:
    'A published or listening port inside the dynamic/ephemeral range, where outgoing connections take ports.',
  rationale:
    'The kernel hands ports from the ephemeral range to outgoing connections. A server that listens there fails to start, at random, whenever a client socket already holds its number.',
  messages,
  options: { ranges: RANGES },
  suggests: true,
  check({ ports, options }) {
    const ranges =
      options.ranges === undefined
        ? DEFAULT_RANGES
        : (options.ranges as PortSpan[]).map((range) => ({ name: `the configured range`, range }));
    return ports.flatMap((p) => {
      if (p.port === null || !BINDING_ROLES.has(p.role)) return [];
      const end = p.endPort ?? p.port;
      const inRange = ranges.find(({ range }) => p.port! <= range[1] && end >= range[0]);
      if (!inRange) return [];
      const [start, stop] = inRange.range;
      return [hit(p, 'inRange', { port: portLabel(p), range: inRange.name, start, end: stop })];
    });
  },
};
