import type { Rule } from './types.js';
import { hitsFrom } from './format.js';

const messages = {
  notAPort: '{{value}} is not a valid port (1-65535) in "{{raw}}"',
  reversed: 'range "{{raw}}" is reversed: {{start}} > {{end}}',

  // What the parsers report when a written port cannot be read as one.
  notANumber: '{{key}} "{{raw}}" is not a port number',
  valueNotANumber: '"{{raw}}" is not a port number',
  assignmentNotANumber: '{{key}}={{raw}} is not a port number',
  attributeNotANumber: '{{key}} = {{raw}} is not a port number',
  arrayNotANumber: '{{key}} is an array, not a port number',
  tableNotANumber: '{{key}} is a table, not a port number',
  notANumberIn: '"{{raw}}" in "{{value}}" is not a port number',
  notANumberOrRangeIn: '"{{raw}}" is not a port number or range in "{{where}}"',
  emptyPortIn: 'empty port in "{{where}}"',
  unknownProtocolInSpec: 'unknown protocol "{{protocol}}" in port "{{spec}}"',
  addressAsHostPort:
    '"{{spec}}" makes "{{address}}" the host port, which Compose rejects (invalid hostPort); write "{{address}}::{{port}}" or "{{address}}:{{port}}:{{port}}"',
  composeUnknownProtocol: 'unknown protocol "{{protocol}}" (Compose accepts tcp, udp, sctp)',
  composeNotAPortEntry: 'an entry of "{{key}}" of service "{{service}}" is neither a port nor a port mapping',
  exposeNotAPort: 'EXPOSE "{{raw}}": not a port number, a range or port/protocol',
  exposeExpandedNotAPort: 'EXPOSE "{{raw}}" (= "{{expanded}}"): not a port number, a range or port/protocol',
  exposeUnknownProtocol: 'EXPOSE "{{raw}}": unknown protocol "{{protocol}}" (Docker accepts tcp, udp, sctp)',
  exposeExpandedUnknownProtocol:
    'EXPOSE "{{raw}}" (= "{{expanded}}"): unknown protocol "{{protocol}}" (Docker accepts tcp, udp, sctp)',
  forwardPortsEntry: 'forwardPorts entries are numbers or "host:port" strings',
  appPortValue: 'appPort is a number, a "host:container" string or an array of them',
  notASocketAddress: '"{{value}}" is not a port, "address:port", socket path or abstract name',
  sequentialPacketNotIp: 'ListenSequentialPacket= only takes AF_UNIX sockets; systemd ignores "{{value}}"',
  listenNotAPort: '"{{value}}" in "listen" is not a port',
  listenPortNotAPort: '"{{raw}}" in "listen {{value}}" is not a port',
};
const hit = hitsFrom(messages);

export const invalidPort: Rule = {
  id: 'invalid-port',
  defaultSeverity: 'error',
  messages,
  seesConnectPorts: true,
  description: 'A port that is not an integer from 1 to 65535, or a malformed or reversed range.',
  rationale: 'The runtime refuses the manifest, or silently binds something else (0 means "any free port").',
  check({ ports }) {
    return ports.flatMap((p) => {
      if (p.port === null) return [];
      const end = p.endPort ?? p.port;
      // A firewall opening may start at 0: `from_port = 0, to_port = 65535` means every port.
      const lowest = p.role === 'ingress' && end > p.port ? 0 : 1;
      const bad = [p.port, end].find((n) => !Number.isInteger(n) || n < lowest || n > 65535);
      if (bad !== undefined) return [hit(p, 'notAPort', { value: bad, raw: p.raw })];
      if (end < p.port) return [hit(p, 'reversed', { raw: p.raw, start: p.port, end })];
      return [];
    });
  },
};
