import type { DeclaredPort, Diagnostic, Protocol } from '../types.js';
import { LineIndex, lineEnd } from './text-position.js';
import type { ManifestKindModule, ParseInput, Parser, ParseResult } from './types.js';
import { parseVariable, resolveVariable } from './variables.js';
import { withSpeaks } from './speaks.js';
import { scanComments, type CommentLexicon } from './comments.js';
import { portRangeOf } from './port-values.js';
import { baseName } from './kind-paths.js';

/**
 * nginx configuration: every `listen` directive of a `server` block (http, stream or mail), or at the top of
 * a file (a snippet included into a server). Role `listen`; `udp` and `quic` parameters make it udp;
 * `context.name` is the block's first `server_name` (else `server`), `context.hostIp` the address when one
 * is written. `server host:port` inside `upstream` names a backend and is never a port of this server.
 *
 * Read by its own tokenizer, after nginx's ngx_conf_read_token: no npm library serves (checked:
 * `nginx-conf` keeps no positions, and every port needs its line and column).
 */
export const parseNginx: Parser = (input: ParseInput): ParseResult => {
  const lines = new LineIndex(input.text);
  const reader = new NginxReader(input, blankTemplateActions(input.text), lines);
  reader.read();
  // Ports are collected block by block (a server's name may follow its listen): report them in file order.
  const ports = reader.ports.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ports, diagnostics: reader.diagnostics };
};

/** nginx starts a comment at any token start, including right after `;`, `{` or `}`. */
const NGINX_COMMENTS: CommentLexicon = { lineComments: ['#'], openerAfter: ';{}', quotes: `"'` };

/**
 * Go/Jinja template actions (`{{ .Port }}`, `{{range services}}`, `{% if ssl %}`) written into a config that a
 * template engine renders (consul-template, Ansible) are blanked out, offsets kept, so that their braces do not
 * read as nginx blocks. What they render is unknown, so a `listen {{ port }};` declares nothing here.
 * A `{{...}}` without braces inside (on one line) is balanced, so blanking it never unbalances real nginx.
 */
function blankTemplateActions(text: string): string {
  if (!text.includes('{{') && !text.includes('{%')) return text;
  return text.replace(/\{\{[^{}\r\n]*\}\}|\{%[^{}\r\n]*%\}/g, (action) => ' '.repeat(action.length));
}

// ---------------------------------------------------------------------------------------------------------
// Tokens, as nginx's own reader (ngx_conf_read_token) splits them.

interface Word {
  /** The value, quotes removed. */
  value: string;
  /** File offset of each character of `value` (quotes and escapes make them differ from the raw text). */
  offsets: number[];
  /** Offset of the token's first character (its opening quote, if quoted). */
  start: number;
}

type Token =
  { type: 'word'; word: Word } | { type: ';' | '{' | '}'; offset: number } | { type: 'eof'; offset: number };

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);

class NginxLexer {
  private index = 0;

  constructor(
    private readonly text: string,
    private readonly onError: (offset: number, messageId: string, data: Record<string, string>) => void,
  ) {}

  next(): Token {
    const text = this.text;
    for (;;) {
      while (this.index < text.length && WHITESPACE.has(text[this.index]!)) this.index++;
      if (this.index >= text.length) return { type: 'eof', offset: text.length };
      if (text[this.index] !== '#') break;
      // A `#` where a token starts comments out the rest of the line.
      while (this.index < text.length && text[this.index] !== '\n' && text[this.index] !== '\r') this.index++;
    }
    const start = this.index;
    const ch = text[start]!;
    if (ch === ';' || ch === '{' || ch === '}') {
      this.index++;
      return { type: ch, offset: start };
    }
    if (ch === '"' || ch === "'") return this.quoted(ch);
    return this.bare();
  }

  /** Unquoted token: ends at whitespace, `;` or `{` (but `${` belongs to a variable). `}` does not end it. */
  private bare(): Token {
    const text = this.text;
    const start = this.index;
    let value = '';
    const offsets: number[] = [];
    while (this.index < text.length) {
      const ch = text[this.index]!;
      if (WHITESPACE.has(ch) || ch === ';' || (ch === '{' && text[this.index - 1] !== '$')) break;
      if (ch === '\\' && this.index + 1 < text.length) {
        value += ch + text[this.index + 1];
        offsets.push(this.index, this.index + 1);
        this.index += 2;
        continue;
      }
      value += ch;
      offsets.push(this.index++);
    }
    return { type: 'word', word: { value, offsets, start } };
  }

  private quoted(quote: string): Token {
    const text = this.text;
    const start = this.index++;
    let value = '';
    const offsets: number[] = [];
    while (this.index < text.length && text[this.index] !== quote) {
      if (text[this.index] === '\\' && this.index + 1 < text.length) {
        const escaped = text[this.index + 1]!;
        const unescaped = ({ t: '\t', r: '\r', n: '\n' } as Record<string, string>)[escaped];
        if (unescaped !== undefined || escaped === quote || escaped === '\\') {
          value += unescaped ?? escaped;
          offsets.push(this.index + 1);
        } else {
          value += '\\' + escaped;
          offsets.push(this.index, this.index + 1);
        }
        this.index += 2;
        continue;
      }
      value += text[this.index];
      offsets.push(this.index++);
    }
    if (this.index >= text.length)
      this.onError(start, 'nginxUnterminatedString', { quote: quote === '"' ? 'double' : 'single' });
    else this.index++;
    return { type: 'word', word: { value, offsets, start } };
  }

  /**
   * Skip the Lua source of a `*_by_lua_block { ... }` (the `{` already read). Lua strings, comments and
   * long brackets may hold braces, so they are stepped over. Returns false when the block never closes.
   */
  skipLuaBlock(): boolean {
    const text = this.text;
    let depth = 1;
    while (this.index < text.length) {
      const ch = text[this.index]!;
      if (ch === '{') depth++;
      else if (ch === '}') {
        if (--depth === 0) {
          this.index++;
          return true;
        }
      } else if (ch === '"' || ch === "'") {
        this.index = this.skipLuaString(ch);
        continue;
      } else if (ch === '-' && text[this.index + 1] === '-') {
        const long = luaLongBracket(text, this.index + 2);
        this.index = long > 0 ? this.skipLuaLong(this.index + 2, long) : lineEnd(text, this.index);
        continue;
      } else if (ch === '[') {
        const long = luaLongBracket(text, this.index);
        if (long > 0) {
          this.index = this.skipLuaLong(this.index, long);
          continue;
        }
      }
      this.index++;
    }
    return false;
  }

  /** A Lua short string ends at its quote or, if unterminated, at the end of the line. */
  private skipLuaString(quote: string): number {
    const text = this.text;
    let i = this.index + 1;
    while (i < text.length && text[i] !== quote && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    return Math.min(i + 1, text.length);
  }

  /** `[==[ ... ]==]` starting at `open` with `length` characters of opening bracket. */
  private skipLuaLong(open: number, length: number): number {
    const close = ']' + '='.repeat(length - 2) + ']';
    const end = this.text.indexOf(close, open + length);
    return end < 0 ? this.text.length : end + close.length;
  }
}

/** Length of a Lua long bracket opening (`[[`, `[=[`, ...) at `offset`, or 0. */
function luaLongBracket(text: string, offset: number): number {
  if (text[offset] !== '[') return 0;
  let i = offset + 1;
  while (text[i] === '=') i++;
  return text[i] === '[' ? i - offset + 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------
// Blocks and directives.

interface Block {
  name: string;
  /** Offset of the block's `{`. */
  open: number;
  /** `listen` ports of a `server` block, named once its `server_name` is known (it may come later). */
  listens: DeclaredPort[];
  serverName?: string;
  /** The enclosing block's name (`http`, `stream`, `mail`); absent at the top of the file. */
  parent?: string;
  /** A mail server's `protocol` directive (`smtp`, `imap`, `pop3`). */
  mailProtocol?: string;
  /** listen ports with `ssl`, `http2` or `quic`: HTTPS when the server speaks HTTP. */
  secure?: Set<DeclaredPort>;
}

/** Mail `protocol` values and the protocol words they speak. */
const MAIL_PROTOCOLS: ReadonlyMap<string, string> = new Map([
  ['smtp', 'smtp'],
  ['imap', 'imap'],
  ['pop3', 'pop3'],
]);

/** Blocks nested deeper than this are not nginx anymore; stop rather than grow without bound. */
const MAX_DEPTH = 100;

class NginxReader {
  readonly ports: DeclaredPort[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly lexer: NginxLexer;
  private readonly stack: Block[] = [];
  /** Ports of `listen` directives written at the top of the file (a snippet included into a server). */
  private readonly topLevel: Block = { name: '', open: 0, listens: [] };

  constructor(
    private readonly input: ParseInput,
    text: string,
    private readonly lines: LineIndex,
  ) {
    this.lexer = new NginxLexer(text, (offset, messageId, data) => this.parseError(offset, messageId, data));
  }

  read(): void {
    let words: Word[] = [];
    for (;;) {
      const token = this.lexer.next();
      if (token.type === 'word') {
        words.push(token.word);
        continue;
      }
      if (token.type === ';') {
        if (words.length > 0) this.directive(words);
        else this.parseError(token.offset, 'nginxUnexpected', { token: ';' });
      } else if (token.type === '{') {
        if (!this.openBlock(words, token.offset)) return;
      } else if (token.type === '}') {
        if (words.length > 0) this.unterminated(words);
        this.closeBlock(token.offset);
      } else {
        if (words.length > 0) this.unterminated(words);
        this.endOfFile();
        return;
      }
      words = [];
    }
  }

  private openBlock(words: Word[], offset: number): boolean {
    const name = words[0]?.value ?? '';
    if (name.endsWith('_by_lua_block')) {
      if (!this.lexer.skipLuaBlock()) {
        this.parseError(offset, 'nginxBlockNotClosed', { name });
        this.finishAll();
        return false;
      }
      return true;
    }
    if (this.stack.length >= MAX_DEPTH) {
      this.parseError(offset, 'nginxTooDeep', { depth: MAX_DEPTH });
      this.finishAll();
      return false;
    }
    const parent = this.stack[this.stack.length - 1]?.name;
    this.stack.push({ name, open: offset, listens: [], ...(parent !== undefined && { parent }) });
    return true;
  }

  private closeBlock(offset: number): void {
    const block = this.stack.pop();
    if (!block) {
      this.parseError(offset, 'nginxUnexpected', { token: '}' });
      return;
    }
    this.finishServer(block);
  }

  private endOfFile(): void {
    // The innermost block still open is where a `}` is missing (nginx itself reports the end of file).
    const innermost = this.stack[this.stack.length - 1];
    if (innermost) {
      const { line } = this.lines.positionAt(Math.max(0, this.input.text.trimEnd().length - 1));
      this.parseError(innermost.open, 'nginxBlockNotClosedAt', { name: innermost.name, line });
    }
    this.finishAll();
  }

  private finishAll(): void {
    while (this.stack.length > 0) this.finishServer(this.stack.pop()!);
    this.finishServer(this.topLevel);
  }

  private finishServer(block: Block): void {
    for (const port of block.listens) {
      port.context = { name: block.serverName ?? 'server', ...port.context };
      withSpeaks(port, speaksOf(block, port));
      this.ports.push(port);
    }
  }

  /** A directive cut off by `}` or the end of the file: nginx refuses it; its ports are still read. */
  private unterminated(words: Word[]): void {
    this.parseError(words[0]!.start, 'nginxUnterminatedDirective', { name: words[0]!.value });
    this.directive(words);
  }

  private directive(words: Word[]): void {
    const name = words[0]!.value;
    const block = this.stack.length === 0 ? this.topLevel : this.stack[this.stack.length - 1]!;
    if (block !== this.topLevel && block.name !== 'server') return;
    if (name === 'protocol' && block.parent === 'mail' && words.length > 1) {
      block.mailProtocol = words[1]!.value.toLowerCase();
    } else if (name === 'server_name') {
      // The first name of the first server_name directive is the server's primary name.
      const first = words.slice(1).find((word) => word.value !== '');
      if (block.serverName === undefined && first) block.serverName = first.value;
    } else if (name === 'listen' && words.length > 1) {
      const port = this.listen(words[1]!, words.slice(2));
      if (!port) return;
      block.listens.push(port);
      if (words.slice(2).some((word) => SECURE_PARAMETERS.has(word.value))) {
        (block.secure ??= new Set()).add(port);
      }
    }
  }

  /** `listen address[:port] | port | unix:path [parameters]`; undefined when no port is written. */
  private listen(address: Word, parameters: Word[]): DeclaredPort | undefined {
    const value = address.value;
    if (value.startsWith('unix:')) return undefined;
    const protocol: Protocol = parameters.some((p) => p.value === 'udp' || p.value === 'quic')
      ? 'udp'
      : 'tcp';
    const split = splitAddress(value);
    if (split.portIndex < 0) {
      // Only an address (`listen 127.0.0.1;`): nginx uses its default port, which is not written here.
      if (/^\d[^.:]*$/.test(value) && !/^\d+(-\d+)?$/.test(value)) {
        this.invalidPort(address, 0, 'listenNotAPort', { value });
      }
      return undefined;
    }
    const portText = value.slice(split.portIndex);
    const context: DeclaredPort['context'] = {};
    // `*` is every address; an address still to be templated (`${HOST}`) is no address yet.
    if (split.host && split.host !== '*' && !split.host.includes('$')) context.hostIp = split.host;
    const base = {
      file: this.input.path,
      ...this.lines.positionAt(address.offsets[split.portIndex] ?? address.start),
      protocol,
      role: 'listen' as const,
      kind: 'nginx' as const,
      context,
      raw: portText,
    };
    const variable = parseVariable(portText);
    if (variable) {
      const resolved = resolveVariable(variable, new Map());
      const range = resolved === undefined ? undefined : portRangeOf(resolved);
      if (range) return { ...base, port: range[0], endPort: range[1] };
      return { ...base, port: null, endPort: null, unresolvedVariable: variable.name };
    }
    const range = portRangeOf(portText);
    if (!range) {
      this.invalidPort(address, split.portIndex, 'listenPortNotAPort', { raw: portText, value });
      return undefined;
    }
    return { ...base, port: range[0], endPort: range[1] };
  }

  private invalidPort(word: Word, index: number, messageId: string, data: Diagnostic['data']): void {
    this.diagnostics.push({
      ruleId: 'invalid-port',
      messageId,
      data,
      ...this.lines.positionAt(word.offsets[index] ?? word.start),
    });
  }

  private parseError(offset: number, messageId: string, data: Diagnostic['data'] = {}): void {
    this.diagnostics.push({ ruleId: 'parse-error', messageId, data, ...this.lines.positionAt(offset) });
  }
}

const SECURE_PARAMETERS = new Set(['ssl', 'http2', 'quic']);

/**
 * What a listen port speaks: a server in `http {}`, or with no enclosing block (a conf.d file of server
 * blocks included into `http`, a snippet included into a server), speaks HTTP; a `mail {}` server its
 * `protocol`; a `stream {}` server any TCP or UDP protocol, so nothing is said.
 */
function speaksOf(block: Block, port: DeclaredPort): string[] {
  if (block.parent === 'mail') {
    const mail = block.mailProtocol && MAIL_PROTOCOLS.get(block.mailProtocol);
    return mail ? [mail] : [];
  }
  if (block.parent !== undefined && block.parent !== 'http') return [];
  return [block.secure?.has(port) ? 'https' : 'http'];
}

/**
 * Where the port starts in a listen address: `80`, `8000-8010`, `${PORT}`, `$port`, `127.0.0.1:80`,
 * `[::]:443`, `*:80`, `localhost:8000`. portIndex is -1 when only an address is written.
 */
function splitAddress(value: string): { host?: string; portIndex: number } {
  if (parseVariable(value) || /^\d+(-\d+)?$/.test(value)) return { portIndex: 0 };
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close < 0 || value[close + 1] !== ':') return { portIndex: -1 };
    return { host: value.slice(1, close), portIndex: close + 2 };
  }
  const colon = lastColonOutsideVariables(value);
  if (colon < 0) return { portIndex: -1 };
  return { host: value.slice(0, colon), portIndex: colon + 1 };
}

/** The last `:` that is not inside `${...}` (whose defaults may contain one). */
function lastColonOutsideVariables(value: string): number {
  let found = -1;
  let inBraces = false;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '$' && value[i + 1] === '{') inBraces = true;
    else if (value[i] === '}') inBraces = false;
    else if (value[i] === ':' && !inBraces) found = i;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)

/**
 * nginx configuration. A name starting with `nginx` and ending in `.conf` says so; any other `*.conf`
 * (or `.conf.template`) and any file of a `sites-*` folder may be nginx, and only the text decides:
 * the folders above it depend on where the scan starts, and many programs keep `conf.d/*.conf` files
 * of their own (Dovecot, Apache).
 */
export const nginxKind: ManifestKindModule = {
  kind: 'nginx',
  matches(path, _facts, head) {
    const lower = baseName(path).toLowerCase();
    // The file's own name is evidence that does not depend on where the scan starts; folders are not.
    if (/^nginx.*\.conf(\.template)?$/.test(lower)) return true;
    const folders = path
      .split('/')
      .slice(0, -1)
      .map((s) => s.toLowerCase());
    const candidate =
      /\.conf(\.template)?$/.test(lower) ||
      folders.some((f) => f === 'sites-available' || f === 'sites-enabled');
    if (!candidate) return false;
    return head === undefined ? 'maybe' : looksLikeNginx(head);
  },
  parse: parseNginx,
  comments: (text) => scanComments(text, NGINX_COMMENTS),
};

/** Directives only nginx writes, each ending in `;` or opening a block on its line. */
const NGINX_DIRECTIVES = new Set([
  'listen',
  'server_name',
  'location',
  'upstream',
  'proxy_pass',
  'fastcgi_pass',
  'uwsgi_pass',
  'grpc_pass',
  'try_files',
  'worker_processes',
  'worker_connections',
]);
/** Blocks written without arguments: `server {`, `http {`. (`server 10.0.0.1 {` is BIND.) */
const NGINX_BLOCKS = new Set(['server', 'http', 'events', 'stream', 'mail']);

/**
 * Whether the text has at least one line that is unmistakably nginx: `listen 80;`, `location / {`,
 * `server {`. Dovecot's `listen = *` and Apache's `Listen 80` are not. A linear scan of each line.
 */
export function looksLikeNginx(text: string): boolean {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const name = /^[a-z_]+/.exec(trimmed)?.[0];
    if (!name) continue;
    const rest = trimmed.slice(name.length).trimStart();
    if (NGINX_BLOCKS.has(name) && rest.startsWith('{')) return true;
    // A directive name, then its arguments (not `= value`), then `;` or a block.
    const separated = trimmed[name.length] === ' ' || trimmed[name.length] === '\t';
    if (!NGINX_DIRECTIVES.has(name) || !separated || rest.startsWith('=')) continue;
    if (rest.includes(';') || rest.endsWith('{')) return true;
  }
  return false;
}
