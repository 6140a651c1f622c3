import type { Rule } from './types.js';
import { hitAt, portLabel } from './format.js';

/** Roles that bind a socket on a host, where an outgoing connection may already hold the port. */
const BINDING_ROLES = new Set(['host', 'listen', 'forward']);

type Range = [number, number];

const DEFAULT_RANGES: Array<{ name: string; range: Range }> = [
  { name: "IANA's dynamic range", range: [49152, 65535] },
  { name: "Linux's default ephemeral range", range: [32768, 60999] },
];

export const dynamicRange: Rule = {
  id: 'dynamic-range',
  defaultSeverity: 'warning',
  description:
    'A published or listening port inside the dynamic/ephemeral range, where outgoing connections take ports.',
  rationale:
    'The kernel hands ports from the ephemeral range to outgoing connections. A server that listens there fails to start, at random, whenever a client socket already holds its number.',
  check({ ports, options }) {
    const ranges = Array.isArray(options.ranges)
      ? (options.ranges as Range[]).map((range) => ({ name: `the configured range`, range }))
      : DEFAULT_RANGES;
    return ports.flatMap((p) => {
      if (p.port === null || !BINDING_ROLES.has(p.role)) return [];
      const end = p.endPort ?? p.port;
      const hit = ranges.find(({ range }) => p.port! <= range[1] && end >= range[0]);
      if (!hit) return [];
      return [
        hitAt(
          p,
          `${portLabel(p)} is in ${hit.name} ${hit.range[0]}-${hit.range[1]}, where outgoing connections can take it first`,
        ),
      ];
    });
  },
};
