/**
 * IANA's port registry at run time. The data is generated ahead of time from IANA's XML by
 * scripts/generate-registry.mjs (see src/registry/data/iana-ports.ts for the format); nothing
 * here parses XML. Decoding is lazy and cheap: one pass over the data reads every record's
 * numbers into typed arrays, each protocol gets a sorted interval index on its first lookup
 * (binary search), and a record's texts are split out only when a lookup returns it.
 */
import type { PortInfo, PortRange, PortStatus, Protocol, ServiceAssignment } from '../types.js';
import { PROTOCOLS } from '../types.js';
import { IANA_PORTS } from './data/iana-ports.js';
import type { RegistryData } from './types.js';

export interface Registry {
  /** IANA's `<updated>` date of the registry the data came from, YYYY-MM-DD. */
  readonly updated: string;
  lookup(port: number, protocol: Protocol): PortInfo;
  /** Every (port, protocol) that IANA assigns to this service name (case-insensitive). */
  portsOf(serviceName: string): Array<{ port: number; protocol: Protocol }>;
  /** Whether IANA knows this service name (case-insensitive). */
  hasService(serviceName: string): boolean;
  /** Every service name IANA assigns a port to, lower-case: what a mistyped name is compared with. */
  serviceNames(): string[];
  /**
   * Unassigned with nothing more to say (no note, no unauthorized use, not dynamic): what a
   * suggested port must be. Much cheaper than `lookup`, since a suggestion asks about hundreds.
   */
  isPlainlyUnassigned(port: number, protocol: Protocol): boolean;
  /**
   * The records of `protocol` that overlap `start..end`, clipped to it, by start: what a declared
   * range covers, read from the interval index without a lookup per port.
   */
  spansIn(start: number, end: number, protocol: Protocol): RecordSpan[];
}

/** Part of one registry record inside a range of ports. */
export interface RecordSpan {
  start: number;
  end: number;
  status: RecordStatus;
}

/** Status of one registry record, as the generator classified it. */
export type RecordStatus = 'assigned' | 'reserved' | 'unassigned';

/** One decoded registry record. */
export interface RegistryRecord {
  start: number;
  end: number;
  /** Bit mask over PROTOCOLS (bit 0 tcp, 1 udp, 2 sctp, 3 dccp). */
  protocols: number;
  status: RecordStatus;
  /** Empty when the record has no service name. */
  name: string;
  description: string;
  note: string;
  unauthorized: string;
}

export const MAX_PORT = 65535;
export const SYSTEM_PORTS_END = 1023;
export const DYNAMIC_PORTS_START = 49152;

const PROTOCOL_BIT: Record<Protocol, number> = { tcp: 1, udp: 2, sctp: 4, dccp: 8 };
const LETTER_BITS: Record<string, number> = { t: 1, u: 2, s: 4, d: 8, '*': 15 };
const STATUS_OF_LETTER: Record<string, RecordStatus> = { a: 'assigned', r: 'reserved', u: 'unassigned' };
/** Descriptions that only restate the status; anything else on such a record is worth a note. */
const PLAIN_DESCRIPTIONS = new Set(['unassigned', 'reserved']);

/** IANA's range of a port number: System 0-1023, User 1024-49151, Dynamic/Private 49152-65535. */
export function portRange(port: number): PortRange {
  if (port <= SYSTEM_PORTS_END) return 'system';
  return port < DYNAMIC_PORTS_START ? 'user' : 'dynamic';
}

/** Decodes one data line; throws on a malformed line (the data is generated, so that is a bug). */
export function decodeRecord(line: string): RegistryRecord {
  const [
    number = '',
    letters = '',
    statusLetter = '',
    name = '',
    description = '',
    note = '',
    unauthorized = '',
  ] = line.split('\t');
  const dash = number.indexOf('-');
  const start = Number(dash < 0 ? number : number.slice(0, dash));
  const end = dash < 0 ? start : Number(number.slice(dash + 1));
  let protocols = 0;
  for (const letter of letters) protocols |= LETTER_BITS[letter] ?? 0;
  const status = STATUS_OF_LETTER[statusLetter];
  const valid =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= MAX_PORT;
  if (!valid || protocols === 0 || status === undefined) {
    throw new Error(`malformed IANA registry data line: ${JSON.stringify(line)}`);
  }
  return { start, end, protocols, status, name, description, note, unauthorized };
}

/**
 * The numbers of every record, decoded up front into typed arrays by one pass over the text;
 * a record's texts stay in the data string until a lookup needs them.
 */
interface RecordTable {
  text: string;
  /** Offset of each record's line in `text`. */
  offsets: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  protocols: Uint8Array;
  /** Where an assigned record's service name starts and ends in `text` (-1 when not assigned). */
  nameStarts: Int32Array;
  nameEnds: Int32Array;
  decoded: Array<RegistryRecord | undefined>;
}

const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_DASH = 45;
const CHAR_TAB = 9;
const CHAR_NEWLINE = 10;

/** Protocol bit of a letter's char code in the protocols field. */
function protocolBitsOfChar(code: number): number {
  return LETTER_BITS[String.fromCharCode(code)] ?? 0;
}

/** One pass over the data text; throws on a malformed line (the data is generated, so a bug). */
function readRecordTable(text: string): RecordTable {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const offsets = new Int32Array(count);
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const protocols = new Uint8Array(count);
  const nameStarts = new Int32Array(count);
  const nameEnds = new Int32Array(count);
  let id = 0;
  for (let i = 0; i < text.length;) {
    if (text.charCodeAt(i) === CHAR_NEWLINE) {
      i++;
      continue;
    }
    const lineStart = i;
    const newline = text.indexOf('\n', i);
    const lineEnd = newline < 0 ? text.length : newline;
    // `start[-end]`, digits read in place: this loop runs once per record on first use.
    let start = 0;
    let c = text.charCodeAt(i);
    for (; c >= CHAR_0 && c <= CHAR_9 && i - lineStart < 6; c = text.charCodeAt(++i)) {
      start = start * 10 + c - CHAR_0;
    }
    let valid = i > lineStart;
    let end = start;
    if (c === CHAR_DASH) {
      const endStart = ++i;
      end = 0;
      for (c = text.charCodeAt(i); c >= CHAR_0 && c <= CHAR_9 && i - endStart < 6; c = text.charCodeAt(++i)) {
        end = end * 10 + c - CHAR_0;
      }
      valid &&= i > endStart;
    }
    let mask = 0;
    if (c === CHAR_TAB) {
      for (i++; i < lineEnd && text.charCodeAt(i) !== CHAR_TAB; i++) {
        mask |= protocolBitsOfChar(text.charCodeAt(i));
      }
    }
    const status = STATUS_OF_LETTER[text.charAt(i + 1)];
    if (
      !valid ||
      end < start ||
      end > MAX_PORT ||
      mask === 0 ||
      status === undefined ||
      text.charCodeAt(i + 2) !== CHAR_TAB
    ) {
      throw new Error(`malformed IANA registry data line: ${JSON.stringify(text.slice(lineStart, lineEnd))}`);
    }
    offsets[id] = lineStart;
    starts[id] = start;
    ends[id] = end;
    protocols[id] = mask;
    nameStarts[id] = -1;
    if (status === 'assigned') {
      const tab = text.indexOf('\t', i + 3);
      nameStarts[id] = i + 3;
      nameEnds[id] = tab >= 0 && tab < lineEnd ? tab : lineEnd;
    }
    id++;
    i = lineEnd;
  }
  return {
    text,
    offsets: offsets.subarray(0, id),
    starts: starts.subarray(0, id),
    ends: ends.subarray(0, id),
    protocols: protocols.subarray(0, id),
    nameStarts: nameStarts.subarray(0, id),
    nameEnds: nameEnds.subarray(0, id),
    decoded: [],
  };
}

/** The full record `id`, decoded from its line on first use. */
function recordAt(table: RecordTable, id: number): RegistryRecord {
  let record = table.decoded[id];
  if (record === undefined) {
    const offset = table.offsets[id]!;
    const lineEnd = table.text.indexOf('\n', offset);
    record = decodeRecord(table.text.slice(offset, lineEnd < 0 ? undefined : lineEnd));
    table.decoded[id] = record;
  }
  return record;
}

/**
 * One protocol's records sorted by start (IANA's registry already is, so this is one pass),
 * with the running maximum of their ends: the records covering a port are found by a binary
 * search for the last start <= port, then a short walk back while some earlier record still
 * reaches the port.
 */
interface ProtocolIndex {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  maxEnds: Int32Array;
}

/** Last index k with sorted[k] <= value, or -1. */
function floorIndex(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

function buildProtocolIndex(table: RecordTable, bit: number): ProtocolIndex {
  const { starts: recordStarts, protocols } = table;
  let count = 0;
  let sorted = true;
  let previousStart = 0;
  for (let id = 0; id < protocols.length; id++) {
    if ((protocols[id]! & bit) === 0) continue;
    if (recordStarts[id]! < previousStart) sorted = false;
    previousStart = recordStarts[id]!;
    count++;
  }
  let ids = new Int32Array(count);
  count = 0;
  for (let id = 0; id < protocols.length; id++) if ((protocols[id]! & bit) !== 0) ids[count++] = id;
  // Only hand-made data can be out of order; a stable sort keeps registry order within a start.
  if (!sorted) {
    ids = Int32Array.from(Array.from(ids).sort((a, b) => recordStarts[a]! - recordStarts[b]! || a - b));
  }
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const maxEnds = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const id = ids[k]!;
    starts[k] = recordStarts[id]!;
    ends[k] = table.ends[id]!;
    maxEnds[k] = k === 0 ? ends[k]! : Math.max(maxEnds[k - 1]!, ends[k]!);
  }
  return { ids, starts, ends, maxEnds };
}

/** Ids of the records covering `port`, in registry order. */
function coveringIds(index: ProtocolIndex, port: number): number[] {
  const found: number[] = [];
  for (let k = floorIndex(index.starts, port); k >= 0 && index.maxEnds[k]! >= port; k--) {
    if (index.ends[k]! >= port) found.push(index.ids[k]!);
  }
  return found.length > 1 ? found.sort((a, b) => a - b) : found;
}

function assertPort(port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > MAX_PORT) {
    throw new RangeError(`not a port number (0-${MAX_PORT}): ${port}`);
  }
}

/** Appends `text` unless it is empty or already there. */
function pushUnique(list: string[], text: string): void {
  if (text !== '' && !list.includes(text)) list.push(text);
}

/**
 * Combines the records that cover one (port, protocol). `assigned` beats `reserved` beats
 * `unassigned`; notes and unauthorized uses are kept from every record; Dynamic ports are
 * `dynamic` whatever their records say.
 */
function describePort(port: number, protocol: Protocol, records: readonly RegistryRecord[]): PortInfo {
  const range = portRange(port);
  const services: ServiceAssignment[] = [];
  const seenServices = new Set<string>();
  const notes: string[] = [];
  const unauthorizedUse: string[] = [];
  for (const record of records) {
    if (record.status === 'assigned') {
      // Unnamed assignments (`any private mail system`) are told apart by their description.
      const key = record.name === '' ? `\0${record.description}` : record.name;
      if (!seenServices.has(key)) {
        seenServices.add(key);
        services.push({ name: record.name, description: record.description });
      }
    } else if (!PLAIN_DESCRIPTIONS.has(record.description.toLowerCase())) {
      pushUnique(notes, record.description); // `De-registered`, `Unassigned [was netstat]`, ...
    }
    pushUnique(notes, record.note);
    pushUnique(unauthorizedUse, record.unauthorized);
  }
  const recordStatus: RecordStatus = records.some((r) => r.status === 'assigned')
    ? 'assigned'
    : records.some((r) => r.status === 'reserved')
      ? 'reserved'
      : 'unassigned';
  const status: PortStatus = range === 'dynamic' ? 'dynamic' : recordStatus;
  const info: PortInfo = { port, protocol, range, status, services, notes };
  const governing = records.find((r) => r.status === recordStatus);
  if (governing !== undefined && governing.end > governing.start) {
    info.block = { start: governing.start, end: governing.end };
  }
  if (unauthorizedUse.length > 0) info.unauthorizedUse = unauthorizedUse;
  return info;
}

/** Enough for every number a large scan asks about; a bound, so memory cannot grow without one. */
const MAX_REMEMBERED_ANSWERS = 50_000;

/** A deep copy of a PortInfo, keys in describePort's order (reports serialize them as they are). */
function copyPortInfo(info: PortInfo): PortInfo {
  const copy: PortInfo = {
    port: info.port,
    protocol: info.protocol,
    range: info.range,
    status: info.status,
    services: info.services.map((s) => ({ ...s })),
    notes: [...info.notes],
  };
  if (info.block) copy.block = { ...info.block };
  if (info.unauthorizedUse) copy.unauthorizedUse = [...info.unauthorizedUse];
  return copy;
}

/**
 * A Registry over `data` (pure: no I/O, no shared state). The record numbers are decoded on
 * first use, each protocol's interval index on its first lookup and a record's texts when a
 * lookup returns it, so building one costs next to nothing.
 */
export function buildRegistry(data: RegistryData): Registry {
  let table: RecordTable | undefined;
  const indexes = new Map<Protocol, ProtocolIndex>();
  let recordsByName: Map<string, number[]> | undefined;
  /** lookup()'s answers by port * 4 + protocol index; never handed out, only copied. */
  const answers = new Map<number, PortInfo>();

  const records = (): RecordTable => (table ??= readRecordTable(data.records));

  const indexOf = (protocol: Protocol): ProtocolIndex => {
    let index = indexes.get(protocol);
    if (index === undefined) {
      const bit = PROTOCOL_BIT[protocol];
      if (bit === undefined) throw new RangeError(`unknown protocol: ${String(protocol)}`);
      index = buildProtocolIndex(records(), bit);
      indexes.set(protocol, index);
    }
    return index;
  };

  const byName = (): Map<string, number[]> => {
    if (recordsByName !== undefined) return recordsByName;
    const built = new Map<string, number[]>();
    const all = records();
    for (let id = 0; id < all.nameStarts.length; id++) {
      const nameStart = all.nameStarts[id]!;
      const name = nameStart < 0 ? '' : all.text.slice(nameStart, all.nameEnds[id]).toLowerCase();
      if (name === '') continue;
      const ids = built.get(name);
      if (ids === undefined) built.set(name, [id]);
      else ids.push(id);
    }
    return (recordsByName = built);
  };

  return {
    updated: data.updated,
    lookup(port: number, protocol: Protocol): PortInfo {
      assertPort(port);
      // Rules and suggestions ask about the same numbers over and over (a suggestion's search
      // asks about hundreds): each answer is worked out once and handed out as a fresh copy.
      const key = port * PROTOCOLS.length + PROTOCOLS.indexOf(protocol);
      let answer = answers.get(key);
      if (answer === undefined) {
        const all = records();
        const covering = coveringIds(indexOf(protocol), port).map((id) => recordAt(all, id));
        answer = describePort(port, protocol, covering);
        if (answers.size < MAX_REMEMBERED_ANSWERS) answers.set(key, answer);
      }
      return copyPortInfo(answer);
    },
    portsOf(serviceName: string): Array<{ port: number; protocol: Protocol }> {
      const all = records();
      const seen = new Set<number>();
      const ports: Array<{ port: number; protocol: Protocol }> = [];
      for (const id of byName().get(serviceName.toLowerCase()) ?? []) {
        for (let port = all.starts[id]!; port <= all.ends[id]!; port++) {
          PROTOCOLS.forEach((protocol, bitIndex) => {
            const key = port * 4 + bitIndex; // one entry per (port, protocol), even if recorded twice
            if ((all.protocols[id]! & (1 << bitIndex)) === 0 || seen.has(key)) return;
            seen.add(key);
            ports.push({ port, protocol });
          });
        }
      }
      return ports.sort(
        (a, b) => a.port - b.port || PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol),
      );
    },
    hasService(serviceName: string): boolean {
      return byName().has(serviceName.toLowerCase());
    },
    serviceNames(): string[] {
      return [...byName().keys()];
    },
    spansIn(start: number, end: number, protocol: Protocol): RecordSpan[] {
      assertPort(start);
      assertPort(end);
      const all = records();
      const index = indexOf(protocol);
      const spans: RecordSpan[] = [];
      for (let k = floorIndex(index.starts, end); k >= 0 && index.maxEnds[k]! >= start; k--) {
        if (index.ends[k]! < start) continue;
        const status = statusOfRecord(all, index.ids[k]!);
        spans.push({ start: Math.max(start, index.starts[k]!), end: Math.min(end, index.ends[k]!), status });
      }
      return spans.reverse();
    },
    isPlainlyUnassigned(port: number, protocol: Protocol): boolean {
      assertPort(port);
      if (port >= DYNAMIC_PORTS_START) return false;
      const all = records();
      return coveringIds(indexOf(protocol), port).every((id) => isPlainUnassignedRecord(all, id));
    },
  };
}

/** The generated line of a plain Unassigned record ends `<protocols>\tu\t\tUnassigned`. */
const PLAIN_UNASSIGNED_TAIL = '\tu\t\tUnassigned';

/** The status letter follows the number and protocols fields: `start[-end]\tletters\tstatus\t...`. */
function statusOfRecord(table: RecordTable, id: number): RecordStatus {
  const offset = table.offsets[id]!;
  const second = table.text.indexOf('\t', table.text.indexOf('\t', offset) + 1);
  return STATUS_OF_LETTER[table.text.charAt(second + 1)]!;
}

function isPlainUnassignedRecord(table: RecordTable, id: number): boolean {
  const offset = table.offsets[id]!;
  const newline = table.text.indexOf('\n', offset);
  const lineEnd = newline < 0 ? table.text.length : newline;
  return table.text.endsWith(PLAIN_UNASSIGNED_TAIL, lineEnd);
}

let shared: Registry | undefined;

/** The registry portlint ships (IANA's data as of `updated`), built once and shared. */
export function loadRegistry(): Registry {
  return (shared ??= buildRegistry(IANA_PORTS));
}
