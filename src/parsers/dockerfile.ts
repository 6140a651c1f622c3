/**
 * Dockerfile / Containerfile: every `EXPOSE` port, with `ARG`/`ENV` substitution under Docker's
 * scoping rules, per build stage.
 *
 * Lines, continuations, comments, parser directives (`# escape=`) and heredocs are read by
 * `dockerfile-ast`; this module adds Docker's variable scoping and shell-word expansion, which that
 * package does not model the way BuildKit does.
 */
import {
  DockerfileParser,
  type Argument,
  type Dockerfile,
  type From,
  type Instruction,
} from 'dockerfile-ast';
import type { DeclaredPort, Diagnostic, PortContext, Protocol } from '../types.js';
import { addFacts, factsOf } from '../types.js';
import type { ManifestKindModule, ParseInput, Parser, ParseResult } from './types.js';
import { LineIndex } from './text-position.js';
import { wholeLineComments } from './comments.js';
import { portRangeOf, protocolOf } from './port-values.js';
import { matchingBrace, readBracedBody, VARIABLE_NAME } from './variables.js';
import { baseName } from './kind-paths.js';

/** Variable lookup: the value, or undefined when the variable is unset or has no known value. */
type Lookup = (name: string) => string | undefined;

/** One build stage while walking the instructions. */
interface Stage {
  index: number;
  alias?: string;
  image?: string;
  /** Stage this one is built FROM (`FROM build AS final`), whose ENV and EXPOSE it inherits. */
  parent?: Stage;
  args: Map<string, string | undefined>;
  env: Map<string, string | undefined>;
  ports: DeclaredPort[];
}

/** Docker accepts only these after `/` in EXPOSE (case-insensitive). */
/** Bound for `${A:-${B:-...}}` nesting and for the heredoc re-parse loop. */
const MAX_NESTING = 8;
const MAX_REPARSES = 8;

/**
 * Could the text hold an EXPOSE? Its letters may be split by line continuations (an escape, a line
 * break, blank or comment lines, indentation), which are taken out first, generously.
 */
export function mayExpose(text: string): boolean {
  return /expose/i.test(text) || /expose/i.test(text.replace(CONTINUATION, ''));
}
const CONTINUATION = /[\\`][ \t]*\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*/g;

/** Parse a Dockerfile's text into its EXPOSEd ports. Never throws. */
export const parseDockerfile: Parser = (input: ParseInput): ParseResult => {
  const result: ParseResult = { ports: [], diagnostics: [] };
  // Nothing else here declares a port, and every parse error reported is about an EXPOSE.
  if (!mayExpose(input.text)) return result;
  let dockerfile: Dockerfile;
  try {
    dockerfile = parseWithFdHeredocs(input.text);
  } catch (error) {
    result.diagnostics.push({
      ruleId: 'parse-error',
      messageId: 'dockerfile',
      data: { detail: error instanceof Error ? error.message : String(error) },
      line: 1,
      column: 1,
    });
    return result;
  }
  new StageWalker(input, dockerfile, result).walk();
  return result;
};

/**
 * The ports the built image exposes: those of `file` the parser marked `inFinalImage`
 * (the last stage, plus earlier stages it is built FROM).
 */
export function finalImagePorts<T extends DeclaredPort>(ports: readonly T[], file: string): T[] {
  return ports.filter((p) => p.file === file && factsOf(p, 'dockerfile')?.inFinalImage === true);
}

/**
 * dockerfile-ast only recognises heredocs written `<<EOF`; BuildKit also accepts a file-descriptor
 * prefix (`RUN 3<<EOF cat /dev/fd/3`). Blank out such digits (same length, so every offset stays
 * valid) and parse again, so the heredoc body is never read as instructions.
 */
function parseWithFdHeredocs(text: string): Dockerfile {
  // dockerfile-ast counts a lone CR as a line break for positions but not for comment lines inside a
  // continuation; as LF (same length, offsets unchanged) both agree with LineIndex.
  let current = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  let dockerfile = DockerfileParser.parse(current);
  for (let pass = 0; pass < MAX_REPARSES; pass++) {
    let index: LineIndex | undefined;
    const blanks: number[] = [];
    for (const instruction of dockerfile.getInstructions()) {
      if (!['RUN', 'COPY', 'ADD'].includes(instruction.getKeyword())) continue;
      for (const argument of instruction.getArguments()) {
        const digits = /^(\d+)<<-?[^<]/.exec(argument.getValue());
        if (!digits) continue;
        const start = argument.getRange().start;
        index ??= new LineIndex(current);
        const offset = index.offsetOf({ line: start.line + 1, column: start.character + 1 });
        if (current.startsWith(digits[1]!, offset)) blanks.push(offset, digits[1]!.length);
      }
    }
    if (blanks.length === 0) return dockerfile;
    const chars = current.split('');
    for (let i = 0; i < blanks.length; i += 2) chars.fill(' ', blanks[i]!, blanks[i]! + blanks[i + 1]!);
    current = chars.join('');
    dockerfile = DockerfileParser.parse(current);
  }
  return dockerfile;
}

/** Walks the instructions in order, keeping Docker's ARG/ENV scopes, and collects EXPOSE ports. */
class StageWalker {
  private readonly lines: LineIndex;
  private readonly escape: string;
  /** ARGs declared before the first FROM: visible in a stage only after a bare `ARG NAME`. */
  private readonly globalArgs = new Map<string, string | undefined>();
  private readonly stages: Stage[] = [];

  constructor(
    private readonly input: ParseInput,
    private readonly dockerfile: Dockerfile,
    private readonly out: ParseResult,
  ) {
    this.lines = new LineIndex(input.text);
    this.escape = dockerfile.getEscapeCharacter() || '\\';
  }

  walk(): void {
    for (const instruction of this.dockerfile.getInstructions()) {
      try {
        this.visit(instruction);
      } catch (error) {
        // One odd instruction must not cost the rest of the file.
        this.parseError(instruction.getRange().start, 'dockerfileInstruction', {
          keyword: instruction.getKeyword(),
          detail: String(error),
        });
      }
    }
    this.markFinalImage();
  }

  private get stage(): Stage | undefined {
    return this.stages.at(-1);
  }

  private visit(instruction: Instruction): void {
    switch (instruction.getKeyword()) {
      case 'FROM':
        return this.visitFrom(instruction as From);
      case 'ARG':
        return this.visitArg(instruction);
      case 'ENV':
        return this.visitEnv(instruction);
      case 'EXPOSE':
        return this.visitExpose(instruction);
    }
  }

  private visitFrom(from: From): void {
    const image = from.getImage() ?? undefined;
    const alias = from.getBuildStage() ?? undefined;
    // Stage names are case-insensitive; `FROM build` starts from that stage's image.
    const parent = image
      ? this.stages.findLast((s) => s.alias?.toLowerCase() === image.toLowerCase())
      : undefined;
    this.stages.push({
      index: this.stages.length,
      alias,
      image,
      parent,
      args: new Map(),
      env: new Map(parent?.env),
      ports: [],
    });
  }

  private visitArg(instruction: Instruction): void {
    const stage = this.stage;
    const lookup = stage ? this.stageLookup(stage) : (name: string) => this.globalArgs.get(name);
    for (const property of propertiesOf(instruction)) {
      const name = property.getName();
      const written = property.getUnescapedValue();
      if (!stage) this.globalArgs.set(name, written === null ? undefined : this.expandValue(written, lookup));
      else if (written !== null) stage.args.set(name, this.expandValue(written, lookup));
      // A bare `ARG NAME` in a stage brings the global default into scope (or none).
      else stage.args.set(name, this.globalArgs.get(name));
    }
  }

  private visitEnv(instruction: Instruction): void {
    const stage = this.stage;
    if (!stage) return; // ENV before FROM is a Docker error; nothing can use it.
    // Every value of one ENV sees the scope as it was before the instruction, as in Docker.
    const lookup = this.stageLookup(stage);
    const values = propertiesOf(instruction).map((p) => {
      const written = p.getUnescapedValue();
      return [p.getName(), written === null ? undefined : this.expandValue(written, lookup)] as const;
    });
    for (const [name, value] of values) stage.env.set(name, value);
  }

  private visitExpose(instruction: Instruction): void {
    const stage = this.stage;
    const args = instruction.getArguments();
    if (args.length === 0) {
      this.parseError(instruction.getRange().start, 'exposeWithoutPort');
      return;
    }
    if (!stage) {
      this.parseError(instruction.getRange().start, 'exposeBeforeFrom');
    }
    const lookup = stage ? this.stageLookup(stage) : () => undefined;
    for (const argument of args) this.readExposeArgument(argument, stage, lookup);
  }

  /** One written token; a variable may expand to several words (`ARG PORTS="80 443"`). */
  private readExposeArgument(argument: Argument, stage: Stage | undefined, lookup: Lookup): void {
    const raw = this.rawText(argument);
    const position = this.numberPosition(argument, raw);
    for (const word of expandWords(raw, this.escape, lookup, true)) {
      const port = this.portFromWord(word, raw, position, stage);
      if (port) {
        this.out.ports.push(port);
        stage?.ports.push(port);
      }
    }
  }

  private portFromWord(
    word: ExpandedWord,
    raw: string,
    position: { line: number; column: number },
    stage: Stage | undefined,
  ): DeclaredPort | undefined {
    const declare = (
      values: Pick<DeclaredPort, 'column' | 'port' | 'endPort' | 'protocol'>,
    ): DeclaredPort => ({
      file: this.input.path,
      line: position.line,
      ...values,
      role: 'expose',
      kind: 'dockerfile',
      context: stageContext(stage),
      raw,
      scope: stage ? `${this.input.path}#stage${stage.index}` : this.input.path,
    });
    if (word.unresolved.length > 0) {
      const protocol = protocolSuffix(word.text) ?? 'tcp';
      return {
        ...declare({ column: position.column, port: null, endPort: null, protocol }),
        unresolvedVariable: word.unresolved[0]!,
      };
    }
    const spec = parseExposeSpec(word.text);
    if ('problem' in spec) {
      const expanded = raw !== word.text;
      // The message also quotes the word as expanded when a variable made it.
      const messageId =
        spec.problem === 'unknownProtocol'
          ? expanded
            ? 'exposeExpandedUnknownProtocol'
            : 'exposeUnknownProtocol'
          : expanded
            ? 'exposeExpandedNotAPort'
            : 'exposeNotAPort';
      this.out.diagnostics.push({
        ruleId: 'invalid-port',
        messageId,
        data: {
          raw,
          ...(expanded && { expanded: word.text }),
          ...(spec.protocol !== undefined && { protocol: spec.protocol }),
        },
        line: position.line,
        column: position.column,
        ...(spec.port !== undefined ? { port: spec.port } : {}),
      });
      return undefined;
    }
    // `EXPOSE 8080:80` (host part ignored by Docker): point at the container number when literal
    // (quotes around the word are skipped by numberPosition already).
    const literal = raw.replace(/^["']+|["']+$/g, '') === word.text;
    const column = literal ? position.column + spec.offset : position.column;
    return declare({ column, port: spec.port, endPort: spec.endPort, protocol: spec.protocol });
  }

  /** The token as written when it sits on one line; dockerfile-ast's value when it spans a continuation. */
  private rawText(argument: Argument): string {
    const { start, end } = argument.getRange();
    if (start.line !== end.line) return argument.getValue();
    const from = this.lines.offsetOf({ line: start.line + 1, column: start.character + 1 });
    return this.input.text.slice(from, from + end.character - start.character);
  }

  /** 1-based position of the number (or `$`): past an opening quote. */
  private numberPosition(argument: Argument, raw: string): { line: number; column: number } {
    const start = argument.getRange().start;
    let skip = 0;
    while (skip < raw.length && (raw[skip] === '"' || raw[skip] === "'")) skip++;
    return { line: start.line + 1, column: start.character + 1 + (skip < raw.length ? skip : 0) };
  }

  /** ENV overrides ARG whatever the order, as in Docker. */
  private stageLookup(stage: Stage): Lookup {
    return (name) => (stage.env.has(name) ? stage.env.get(name) : stage.args.get(name));
  }

  /** An ARG/ENV value after quote removal and substitution; undefined when it uses an unknown variable. */
  private expandValue(written: string, lookup: Lookup): string | undefined {
    const [word] = expandWords(written, this.escape, lookup, false);
    if (!word) return '';
    return word.unresolved.length > 0 ? undefined : word.text;
  }

  /** The image is the last stage plus the stages it is built FROM, recursively. */
  private markFinalImage(): void {
    const seen = new Set<Stage>();
    for (let stage = this.stage; stage && !seen.has(stage); stage = stage.parent) {
      seen.add(stage);
      for (const port of stage.ports) addFacts(port, 'dockerfile', { inFinalImage: true });
    }
  }

  private parseError(
    at: { line: number; character: number },
    messageId: string,
    data?: Diagnostic['data'],
  ): void {
    const position = { line: at.line + 1, column: at.character + 1 };
    this.out.diagnostics.push({ ruleId: 'parse-error', messageId, ...(data && { data }), ...position });
  }
}

function stageContext(stage: Stage | undefined): PortContext {
  const context: PortContext = {};
  if (stage?.alias) context.stage = stage.alias;
  if (stage?.image) context.image = stage.image;
  return context;
}

interface PropertyLike {
  getName(): string;
  getUnescapedValue(): string | null;
}

/** ARG and ENV are PropertyInstructions; read their name/value pairs without trusting the class. */
function propertiesOf(instruction: Instruction): PropertyLike[] {
  const withProperties = instruction as Instruction & { getProperties?: () => PropertyLike[] };
  return typeof withProperties.getProperties === 'function' ? withProperties.getProperties() : [];
}

/** `/udp` at the end of a word whose number is unresolved (`${PORT}/udp`). */
function protocolSuffix(text: string): Protocol | undefined {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return undefined;
  return protocolOf(text.slice(slash + 1));
}

type ExposeSpec =
  | { port: number; endPort: number; protocol: Protocol; offset: number }
  | { problem: 'notAPort' | 'unknownProtocol'; port?: number; protocol?: string };

/**
 * Docker's `[[ip:]host:]port[-end][/proto]` as EXPOSE reads it (go-connections `nat.ParsePortSpec`):
 * only the container part counts. Out-of-range and reversed values are kept for `invalid-port`.
 */
export function parseExposeSpec(word: string): ExposeSpec {
  const offset = word.lastIndexOf(':') + 1;
  const spec = word.slice(offset);
  const slash = spec.indexOf('/');
  const numbers = slash < 0 ? spec : spec.slice(0, slash);
  const written = slash < 0 ? '' : spec.slice(slash + 1);
  const range = portRangeOf(numbers);
  if (!range) return { problem: 'notAPort' };
  const [port, endPort] = range;
  const protocol = written === '' ? 'tcp' : protocolOf(written);
  if (!protocol) return { problem: 'unknownProtocol', port, protocol: written };
  return { port, endPort, protocol, offset };
}

/** A word after Docker's shell processing; `unresolved` lists variables with no known value. */
export interface ExpandedWord {
  text: string;
  unresolved: string[];
}

/**
 * BuildKit's shell-word processing (`shell.Lex`), reduced to what EXPOSE/ARG/ENV need: quotes,
 * the escape character, `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR-x}`, `${VAR:+x}`, `${VAR+x}`,
 * `${VAR:?x}`. With `split`, unquoted whitespace (also from an expansion) separates words.
 * An unknown variable stays as written in `text` and is listed in `unresolved`.
 */
export function expandWords(
  text: string,
  escape: string,
  lookup: Lookup,
  split: boolean,
  depth = 0,
): ExpandedWord[] {
  const words: ExpandedWord[] = [];
  let current: ExpandedWord | undefined;
  const word = (): ExpandedWord => (current ??= { text: '', unresolved: [] });
  const flush = (): void => {
    if (current) words.push(current);
    current = undefined;
  };
  const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
  /** Add an expansion's value; unquoted, its whitespace splits words. */
  const addExpansion = (value: Expansion, quoted: boolean): void => {
    if (value.unresolved.length > 0) {
      word().text += value.text;
      word().unresolved.push(...value.unresolved);
      return;
    }
    if (quoted || !split) {
      word().text += value.text;
      return;
    }
    for (const ch of value.text) {
      if (isSpace(ch)) flush();
      else word().text += ch;
    }
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (split && isSpace(ch)) {
      flush();
      i++;
    } else if (ch === escape) {
      word().text += text[i + 1] ?? '';
      i += 2;
    } else if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close < 0 ? text.length : close;
      word().text += text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      word();
      i++;
      while (i < text.length && text[i] !== '"') {
        const inner = text[i]!;
        if (inner === escape && ['"', '$', escape].includes(text[i + 1] ?? '')) {
          word().text += text[i + 1];
          i += 2;
        } else if (inner === '$') {
          const expansion = expandVariable(text, i, escape, lookup, depth);
          addExpansion(expansion, true);
          i = expansion.end;
        } else {
          word().text += inner;
          i++;
        }
      }
      i++; // closing quote
    } else if (ch === '$') {
      const expansion = expandVariable(text, i, escape, lookup, depth);
      addExpansion(expansion, false);
      i = expansion.end;
    } else {
      word().text += ch;
      i++;
    }
  }
  flush();
  return words;
}

interface Expansion {
  text: string;
  unresolved: string[];
  /** Offset just past the reference. */
  end: number;
}

/** Expand the reference starting at `text[start] === '$'`. A `$` that starts no reference is literal. */
function expandVariable(
  text: string,
  start: number,
  escape: string,
  lookup: Lookup,
  depth: number,
): Expansion {
  const bare = VARIABLE_NAME.exec(text.slice(start + 1));
  if (bare)
    return resolved(
      bare[0],
      lookup(bare[0]),
      start + 1 + bare[0].length,
      text.slice(start, start + 1 + bare[0].length),
    );
  if (text[start + 1] !== '{') return { text: '$', unresolved: [], end: start + 1 };

  // An unclosed `${` runs to the end of the text.
  const closing = matchingBrace(text, start + 2, escape);
  const close = closing < 0 ? text.length : closing;
  const written = text.slice(start, close + 1);
  const body = text.slice(start + 2, close);
  const end = close + 1;
  const parts = readBracedBody(body);
  if (!parts) {
    // `${#VAR}`, `${VAR%x}`, `${VAR/x/y}`...: not modelled, so not a value we can vouch for.
    const name = /^[#]?([A-Za-z_][A-Za-z0-9_]*)/.exec(body)?.[1] ?? body;
    return { text: written, unresolved: [name], end };
  }
  const { name, operator, argument = '' } = parts;
  const value = lookup(name);
  const alternative = (): Expansion => {
    if (depth >= MAX_NESTING) return { text: written, unresolved: [name], end };
    const [word] = expandWords(argument, escape, lookup, false, depth + 1);
    return { text: word?.text ?? '', unresolved: word?.unresolved ?? [], end };
  };
  switch (operator) {
    case undefined:
      return resolved(name, value, end, written);
    case ':-':
      return value !== undefined && value !== '' ? { text: value, unresolved: [], end } : alternative();
    case '-':
      return value !== undefined ? { text: value, unresolved: [], end } : alternative();
    case ':+':
      if (value === undefined) return { text: written, unresolved: [name], end };
      return value === '' ? { text: '', unresolved: [], end } : alternative();
    case '+':
      return value === undefined ? { text: written, unresolved: [name], end } : alternative();
    default:
      // `:?` / `?` fail the build when unset: only a known value is usable.
      return value === undefined || (operator === ':?' && value === '')
        ? { text: written, unresolved: [name], end }
        : { text: value, unresolved: [], end };
  }
}

function resolved(name: string, value: string | undefined, end: number, written: string): Expansion {
  return value === undefined
    ? { text: written, unresolved: [name], end }
    : { text: value, unresolved: [], end };
}

// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)

/** Dockerfiles and Containerfiles: `Dockerfile`, `Dockerfile.prod`, `Containerfile`, `api.dockerfile`. */
export const dockerfileKind: ManifestKindModule = {
  kind: 'dockerfile',
  matches(path) {
    const base = baseName(path);
    return /^(dockerfile|containerfile)([.-].*)?$/i.test(base) || /\.(dockerfile|containerfile)$/i.test(base);
  },
  parse: parseDockerfile,
  // Docker reads `#` only at a line's start (a later `#` is an argument), inside a heredoc too.
  comments: (text) => wholeLineComments(text, ['#']),
};
