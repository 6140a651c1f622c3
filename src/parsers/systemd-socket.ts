import type { DeclaredPort, Diagnostic } from '../types.js';
import { LineIndex, linesWithOffsets } from './text-position.js';
import type { ManifestKindModule, ParseInput, Parser, ParseResult } from './types.js';
import { wholeLineComments } from './comments.js';
import { baseName } from './kind-paths.js';

/**
 * systemd `.socket` units: `ListenStream=` (tcp; sctp with `SocketProtocol=sctp`) and `ListenDatagram=` (udp)
 * in the `[Socket]` section, as a port (`8080`), `v.w.x.y:port` or `[v6]:port[%dev]`. Paths, abstract
 * names (`@name`) and `vsock:` addresses are not IP ports. Role `listen`, `context.name` is the unit file name.
 *
 * Read as systemd reads it: `#`/`;` comment lines, trailing-backslash continuations (comment lines inside
 * one are skipped), an empty `ListenStream=` resets every earlier Listen setting, and a section header
 * without its `]` makes systemd refuse the rest of the file.
 */
export const parseSystemdSocket: Parser = (input: ParseInput): ParseResult => {
  const lines = new LineIndex(input.text);
  const unit = input.path.slice(input.path.lastIndexOf('/') + 1);
  const diagnostics: Diagnostic[] = [];
  let ports: DeclaredPort[] = [];
  let socketProtocol: string | undefined;
  let section: string | undefined;

  for (const entry of logicalLines(input.text)) {
    const trimmed = entry.text.trim();
    if (trimmed.startsWith('[')) {
      if (!trimmed.endsWith(']')) {
        const column = entry.text.indexOf('[');
        diagnostics.push({
          ruleId: 'parse-error',
          messageId: 'systemdSectionHeader',
          data: { header: trimmed },
          ...lines.positionAt(entry.offsets[column]!),
        });
        break;
      }
      section = trimmed.slice(1, -1);
      continue;
    }
    if (section !== 'Socket') continue;
    const equals = entry.text.indexOf('=');
    // A line without `=` is ignored by systemd (with a warning), as is any key it does not know.
    if (equals < 0) continue;
    const key = entry.text.slice(0, equals).trim();
    const value = trimValue(entry, equals + 1);

    if (key === 'SocketProtocol') {
      socketProtocol = value.text;
      continue;
    }
    if (key !== 'ListenStream' && key !== 'ListenDatagram' && key !== 'ListenSequentialPacket') continue;
    if (value.text === '') {
      ports = [];
      continue;
    }
    const address = parseSocketAddress(value.text, unit);
    if (address.kind === 'not-ip') continue;
    const offset = value.offsets[address.portIndex] ?? entry.offsets[0]!;
    if (address.kind === 'invalid') {
      const { messageId, data } = address;
      diagnostics.push({ ruleId: 'invalid-port', messageId, data, ...lines.positionAt(offset) });
      continue;
    }
    if (key === 'ListenSequentialPacket') {
      // systemd: "Address family not supported, ignoring" (SOCK_SEQPACKET is AF_UNIX only).
      diagnostics.push({
        ruleId: 'invalid-port',
        messageId: 'sequentialPacketNotIp',
        data: { value: value.text },
        ...lines.positionAt(offset),
      });
      continue;
    }
    const port: DeclaredPort = {
      file: input.path,
      ...lines.positionAt(offset),
      port: address.port,
      endPort: address.port,
      protocol: key === 'ListenDatagram' ? 'udp' : 'tcp',
      role: 'listen',
      kind: 'systemd-socket',
      context: address.hostIp === undefined ? { name: unit } : { name: unit, hostIp: address.hostIp },
      raw: address.raw,
    };
    if (address.unresolvedVariable !== undefined) port.unresolvedVariable = address.unresolvedVariable;
    ports.push(port);
  }

  // SocketProtocol= applies to the whole unit, wherever it is written.
  if (socketProtocol === 'sctp') {
    for (const port of ports) if (port.protocol === 'tcp') port.protocol = 'sctp';
  }
  return { ports, diagnostics };
};

/** A line after joining continuations, with the file offset of each of its characters. */
interface LogicalLine {
  text: string;
  offsets: number[];
}

/** Join backslash-continued lines (the backslash becomes a space) and drop comment and blank lines. */
function logicalLines(text: string): LogicalLine[] {
  const result: LogicalLine[] = [];
  let pending: LogicalLine | undefined;
  for (const line of linesWithOffsets(text)) {
    const trimmed = line.text.trim();
    const isComment = trimmed.startsWith('#') || trimmed.startsWith(';');
    if (isComment) continue;
    if (pending === undefined && trimmed === '') continue;
    const current: LogicalLine = pending ?? { text: '', offsets: [] };
    const continued = endsWithOddBackslashes(line.text);
    const body = continued ? line.text.slice(0, -1) + ' ' : line.text;
    for (let i = 0; i < body.length; i++) current.offsets.push(line.offset + i);
    current.text += body;
    if (continued) pending = current;
    else {
      pending = undefined;
      result.push(current);
    }
  }
  if (pending) result.push(pending);
  return result;
}

function endsWithOddBackslashes(line: string): boolean {
  let count = 0;
  for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** The value after `=` without surrounding whitespace, keeping offsets. */
function trimValue(line: LogicalLine, from: number): LogicalLine {
  let start = from;
  let end = line.text.length;
  while (start < end && /\s/.test(line.text[start]!)) start++;
  while (end > start && /\s/.test(line.text[end - 1]!)) end--;
  return { text: line.text.slice(start, end), offsets: line.offsets.slice(start, end) };
}

type SocketAddress =
  | { kind: 'not-ip' }
  | { kind: 'invalid'; messageId: string; data: Record<string, string>; portIndex: number }
  | {
      kind: 'ip';
      port: number | null;
      portIndex: number;
      raw: string;
      hostIp?: string;
      unresolvedVariable?: string;
    };

/**
 * `8080`, `0.0.0.0:8080`, `[::1]:8080`, `[fe80::1%eth0]:8080`, `[::]:8080%eth0`; `%i` / `%I` (the
 * instance of a template unit) stand for the port when the unit name carries one (`proxy@8080.socket`).
 */
function parseSocketAddress(value: string, unit: string): SocketAddress {
  if (value.startsWith('/') || value.startsWith('@') || value.startsWith('vsock:')) return { kind: 'not-ip' };
  // A path built from a specifier (`%t/foo.sock`) is a file system socket too.
  if (/^%[a-zA-Z]\//.test(value)) return { kind: 'not-ip' };

  let hostIp: string | undefined;
  let portIndex = 0;
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close < 0 || value[close + 1] !== ':') {
      return { kind: 'invalid', ...notAnAddress(value), portIndex: 0 };
    }
    hostIp = value.slice(1, close);
    portIndex = close + 2;
  } else {
    const colon = value.lastIndexOf(':');
    if (colon >= 0) {
      hostIp = value.slice(0, colon) || undefined;
      portIndex = colon + 1;
    }
  }
  // `[::]:8080%eth0`: the interface scope follows the port.
  let raw = value.slice(portIndex);
  const scope = raw.indexOf('%', 1);
  if (/^\d/.test(raw) && scope > 0) raw = raw.slice(0, scope);

  if (/^\d+$/.test(raw)) return { kind: 'ip', port: Number(raw), portIndex, raw, hostIp };
  if (raw === '%i' || raw === '%I') {
    const instance = /@([^.]*)\.socket$/.exec(unit)?.[1];
    if (instance && /^\d+$/.test(instance))
      return { kind: 'ip', port: Number(instance), portIndex, raw, hostIp };
    return { kind: 'ip', port: null, portIndex, raw, hostIp, unresolvedVariable: raw };
  }
  const problem = raw === value ? notAnAddress(value) : { messageId: 'notANumberIn', data: { raw, value } };
  return { kind: 'invalid', ...problem, portIndex };
}

function notAnAddress(value: string): { messageId: string; data: Record<string, string> } {
  return { messageId: 'notASocketAddress', data: { value } };
}

// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)

/** systemd socket units: `*.socket`. */
export const systemdSocketKind: ManifestKindModule = {
  kind: 'systemd-socket',
  matches: (path) => baseName(path).toLowerCase().endsWith('.socket'),
  parse: parseSystemdSocket,
  // Every comment line, past a header that made the reading stop too.
  comments: (text) => wholeLineComments(text, ['#', ';']),
};
