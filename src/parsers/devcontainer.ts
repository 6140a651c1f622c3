import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { DeclaredPort, Diagnostic, PortContext, Protocol } from '../types.js';
import { LineIndex } from './text-position.js';
import type { CommentSpan, ManifestKindModule, ParseInput, Parser, ParseResult } from './types.js';
import { portRangeOf } from './port-values.js';
import { baseName } from './kind-paths.js';

/**
 * Dev container configuration (`devcontainer.json`, JSON with comments and trailing commas).
 * Every port it forwards or publishes is role `forward`:
 * - `forwardPorts`: numbers and `"service:port"` strings (`"db:5432"`, service `db`);
 * - `appPort`: a number, a Docker `-p` string (`"8080:80"`, `"127.0.0.1:8080:80/udp"`) or an array of them;
 * - `portsAttributes` keys that are a port or a range (`"3000"`, `"40000-55000"`), unless that port is
 *   already forwarded above (the attributes then describe the same port, not a second declaration).
 */
export const parseDevcontainer: Parser = (input: ParseInput): ParseResult => {
  const lines = new LineIndex(input.text);
  const diagnostics: Diagnostic[] = [];
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(input.text, errors, { allowTrailingComma: true, disallowComments: false });
  } catch (error) {
    // parseTree recurses once per nesting level: a document thousands deep exhausts the stack.
    const tooDeep = error instanceof RangeError;
    diagnostics.push({
      ruleId: 'parse-error',
      ...(tooDeep
        ? { messageId: 'jsonTooDeep', ...lines.positionAt(deepNestingOffset(input.text)) }
        : { messageId: 'json', data: { detail: (error as Error).message }, line: 1, column: 1 }),
    });
  }
  const reported = new Set<number>();
  for (const error of errors) {
    // One truncated file ends several constructs at once: report the first error at each place.
    if (reported.has(error.offset)) continue;
    reported.add(error.offset);
    diagnostics.push({
      ruleId: 'parse-error',
      messageId: 'jsonWithComments',
      data: { detail: describeParseError(error) },
      ...lines.positionAt(error.offset),
    });
  }
  if (root?.type !== 'object') return { ports: [], diagnostics };

  const reader = new DevcontainerReader(input, lines, diagnostics, propertiesOf(root));
  return { ports: reader.read(), diagnostics };
};

/** jsonc-parser's `SyntaxKind` values (a const enum, which isolatedModules cannot import). */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const EOF = 17;

/** Every `//` and `/* *\/` comment, as jsonc-parser's scanner finds them (never inside a string). */
function jsoncComments(text: string): CommentSpan[] {
  const comments: CommentSpan[] = [];
  const scanner = createScanner(text, false);
  // Every token but the last is at least one character long: at most text.length + 1 of them.
  let budget = text.length + 1;
  for (let kind: number = scanner.scan(); kind !== EOF && budget-- > 0; kind = scanner.scan()) {
    if (kind !== LINE_COMMENT && kind !== BLOCK_COMMENT) continue;
    const start = scanner.getTokenOffset();
    // An unclosed `/*` at the very end comes back one character longer than the text.
    const end = Math.min(start + scanner.getTokenLength(), text.length);
    const closed = kind === BLOCK_COMMENT && end - start >= 4 && text.startsWith('*/', end - 2);
    comments.push({ start, end, bodyStart: start + 2, bodyEnd: closed ? end - 2 : end });
  }
  return comments;
}

/** Offset of the first `[` or `{` nested deeper than any real configuration (found without recursion). */
function deepNestingOffset(text: string): number {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > 1000) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) depth--;
  }
  return 0;
}

/** The last value of each property, as the JSON reader of the dev container CLI would keep it. */
function propertiesOf(object: Node): Map<string, Node> {
  const properties = new Map<string, Node>();
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type === 'string' && value) properties.set(String(key.value), value);
  }
  return properties;
}

function describeParseError(error: ParseError): string {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2');
  return words.charAt(0) + words.slice(1).toLowerCase();
}

/** A port number found inside a string value, with its offset in the file. */
interface NumberInText {
  text: string;
  offset: number;
  /** false when `offset` is the string's opening quote (escapes): parts of it keep that offset. */
  exact?: boolean;
}

/** `${localEnv:NAME}` / `${containerEnv:NAME:default}` / `${env:NAME}`: dev container variable syntax. */
const DEVCONTAINER_VARIABLE = /^\$\{(?:localEnv|containerEnv|env):([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}$/;

class DevcontainerReader {
  private readonly ports: DeclaredPort[] = [];
  private readonly context: PortContext;

  constructor(
    private readonly input: ParseInput,
    private readonly lines: LineIndex,
    private readonly diagnostics: Diagnostic[],
    private readonly properties: Map<string, Node>,
  ) {
    const name = properties.get('name');
    this.context = name?.type === 'string' ? { name: String(name.value) } : {};
  }

  read(): DeclaredPort[] {
    const forwarded = this.properties.get('forwardPorts');
    for (const item of forwarded?.type === 'array' ? (forwarded.children ?? []) : [])
      this.readForwardPort(item);

    const appPort = this.properties.get('appPort');
    if (appPort?.type === 'array') for (const item of appPort.children ?? []) this.readAppPort(item);
    else if (appPort) this.readAppPort(appPort);

    const attributes = this.properties.get('portsAttributes');
    if (attributes?.type === 'object') this.readPortsAttributes(attributes);
    return this.ports;
  }

  /** `3000` or `"db:5432"` (the schema allows `host:port` strings; a bare `"3000"` is read too). */
  private readForwardPort(item: Node): void {
    const body = this.numberOrText(item, 'forwardPortsEntry');
    if (!body) return;
    const colon = body.text.lastIndexOf(':');
    const portText = colon < 0 || body.text.startsWith('${') ? body : slice(body, colon + 1);
    const service = colon < 0 || body.text.startsWith('${') ? undefined : body.text.slice(0, colon);
    this.addText(portText, service ? { ...this.context, service } : this.context, 'tcp');
  }

  /** Docker `-p` syntax: `[ip:][hostPort:]containerPort[/protocol]`, each port possibly a range. */
  private readAppPort(item: Node): void {
    const text = this.numberOrText(item, 'appPortValue');
    if (!text) return;
    let body = text;
    let protocol: Protocol = 'tcp';
    const slash = body.text.lastIndexOf('/');
    if (slash >= 0) {
      const suffix = body.text.slice(slash + 1).toLowerCase();
      if (suffix === 'udp' || suffix === 'sctp' || suffix === 'tcp') protocol = suffix;
      body = { ...body, text: body.text.slice(0, slash) };
    }
    if (DEVCONTAINER_VARIABLE.test(body.text)) {
      this.addText(body, this.context, protocol);
      return;
    }
    const fields = splitDockerPublish(body);
    const context = fields.hostIp ? { ...this.context, hostIp: fields.hostIp } : this.context;
    if (fields.host && fields.host.text !== '') this.addText(fields.host, context, protocol);
    this.addText(fields.container, context, protocol);
  }

  private readPortsAttributes(attributes: Node): void {
    const forwarded = new Set(this.ports.map((port) => port.port));
    for (const property of attributes.children ?? []) {
      const key = property.children?.[0];
      if (key?.type !== 'string') continue;
      const body = this.stringBody(key);
      // Keys may also be a process regex or a label: only port numbers and ranges declare a port.
      const range = portRangeOf(body.text);
      if (!range || forwarded.has(range[0])) continue;
      this.addText(body, this.context, 'tcp');
    }
  }

  /** Adds a number item's port; a string item's text is for the caller to read; anything else is invalid. */
  private numberOrText(item: Node, invalidMessageId: string): NumberInText | undefined {
    if (item.type === 'number') this.addNumber(item);
    else if (item.type !== 'string') this.invalid(item.offset, invalidMessageId);
    else return this.stringBody(item);
    return undefined;
  }

  /** The characters between a string's quotes, with the file offset of the first one. */
  private stringBody(node: Node): NumberInText {
    const value = String(node.value);
    // Compared by the value's length, not the node's: an unterminated string has no closing quote.
    const inside = this.input.text.slice(node.offset + 1, node.offset + 1 + value.length);
    // With escapes the written text and the value differ: keep the value, point at the string start.
    return inside === value
      ? { text: value, offset: node.offset + 1 }
      : { text: value, offset: node.offset, exact: false };
  }

  private addNumber(node: Node): void {
    const raw = this.input.text.slice(node.offset, node.offset + node.length);
    const value = Number(node.value);
    if (!Number.isInteger(value)) {
      this.invalid(node.offset, 'valueNotANumber', { raw });
      return;
    }
    this.push({
      port: value,
      endPort: value,
      raw,
      offset: node.offset,
      context: this.context,
      protocol: 'tcp',
    });
  }

  private addText(text: NumberInText, context: PortContext, protocol: Protocol): void {
    const variable = DEVCONTAINER_VARIABLE.exec(text.text);
    if (variable) {
      const fallback = variable[2];
      const range = fallback === undefined ? undefined : portRangeOf(fallback);
      if (range) {
        const [start, end] = range;
        this.push({ port: start, endPort: end, raw: text.text, offset: text.offset, context, protocol });
      } else {
        this.push({
          port: null,
          endPort: null,
          raw: text.text,
          offset: text.offset,
          context,
          protocol,
          unresolvedVariable: variable[1],
        });
      }
      return;
    }
    const range = portRangeOf(text.text);
    if (!range) {
      this.invalid(text.offset, 'valueNotANumber', { raw: text.text });
      return;
    }
    const [start, end] = range;
    this.push({ port: start, endPort: end, raw: text.text, offset: text.offset, context, protocol });
  }

  private push(found: {
    port: number | null;
    endPort: number | null;
    raw: string;
    offset: number;
    context: PortContext;
    protocol: Protocol;
    unresolvedVariable?: string;
  }): void {
    const port: DeclaredPort = {
      file: this.input.path,
      ...this.lines.positionAt(found.offset),
      port: found.port,
      endPort: found.endPort,
      protocol: found.protocol,
      role: 'forward',
      kind: 'devcontainer',
      context: { ...found.context },
      raw: found.raw,
    };
    if (found.unresolvedVariable !== undefined) port.unresolvedVariable = found.unresolvedVariable;
    this.ports.push(port);
  }

  private invalid(offset: number, messageId: string, data?: Diagnostic['data']): void {
    const at = this.lines.positionAt(offset);
    this.diagnostics.push({ ruleId: 'invalid-port', messageId, ...(data && { data }), ...at });
  }
}

function slice(text: NumberInText, start: number, end?: number): NumberInText {
  if (text.exact === false) return { text: text.text.slice(start, end), offset: text.offset, exact: false };
  return { text: text.text.slice(start, end), offset: text.offset + start };
}

/** Split `[ip:][host:]container` where ip may be a bracketed IPv6 address. */
function splitDockerPublish(body: NumberInText): {
  hostIp?: string;
  host?: NumberInText;
  container: NumberInText;
} {
  let rest = body;
  let hostIp: string | undefined;
  if (rest.text.startsWith('[')) {
    const close = rest.text.indexOf(']');
    if (close > 0 && rest.text[close + 1] === ':') {
      hostIp = rest.text.slice(1, close);
      rest = slice(rest, close + 2);
    }
  }
  const parts: NumberInText[] = [];
  let start = 0;
  for (let i = 0; i <= rest.text.length; i++) {
    if (i === rest.text.length || rest.text[i] === ':') {
      parts.push(slice(rest, start, i));
      start = i + 1;
    }
  }
  const container = parts[parts.length - 1]!;
  if (parts.length === 1) return { hostIp, container };
  if (parts.length === 2 && hostIp === undefined && parts[0]!.text.includes('.')) {
    // `127.0.0.1:80` is an address and one port (Docker refuses it); read the port only.
    return { hostIp: parts[0]!.text, container };
  }
  const host = parts[parts.length - 2]!;
  if (hostIp === undefined && parts.length > 2)
    hostIp = parts
      .slice(0, -2)
      .map((part) => part.text)
      .join(':');
  return { hostIp: hostIp === '' ? undefined : hostIp, host, container };
}

// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)

/** Dev Containers: `.devcontainer.json`, `.devcontainer/devcontainer.json`, `.devcontainer/<name>/devcontainer.json`. */
export const devcontainerKind: ManifestKindModule = {
  kind: 'devcontainer',
  matches(path) {
    const base = baseName(path);
    if (base === '.devcontainer.json') return true;
    const segments = path.split('/');
    return (
      base === 'devcontainer.json' &&
      (segments.at(-2) === '.devcontainer' || segments.at(-3) === '.devcontainer')
    );
  },
  parse: parseDevcontainer,
  // jsonc-parser's scanner reads past any syntax error: every comment, whatever parseTree made of the file.
  comments: jsoncComments,
};
