import type { DeclaredPort, Diagnostic } from '../types.js';
import type { ManifestKindModule, ParseInput, Parser, ParseResult } from './types.js';
import { scanComments, SHELL_COMMENTS } from './comments.js';
import { isPortKey } from './dotenv.js';
import { parsePortNumber, resolvePortValue } from './port-values.js';
import { LineIndex, linesWithOffsets } from './text-position.js';
import { parseVariable, splitOutsideBraces } from './variables.js';
import { envPortRole } from './connect-setting.js';
import { baseName } from './kind-paths.js';

/** A shell word with quotes removed; `offsets[i]` is where its i-th character is written in the file. */
interface Word {
  value: string;
  offsets: number[];
  /** `&&`, `||`, `;`, `|`, `&`: the next word starts a new command. */
  operator: boolean;
}

const PROCESS_LINE = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*:[ \t]*/;
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash']);
const NO_VALUES: ReadonlyMap<string, string> = new Map();
/** `sh -c "..."` may nest once or twice in real Procfiles; deeper is not worth following. */
const MAX_SHELL_NESTING = 3;

/**
 * Procfiles (kind `procfile`): `process: command` lines. In the command, `--port N`, `--port=N`,
 * `-p N`, a `PORT=N` / `*_PORT=N` assignment before the program, and gunicorn's `--bind HOST:N` /
 * `-b :N` declare the port the process listens on (role `listen`, `context.service` = process type).
 * `$PORT` stays unresolved (the platform sets it at run time) unless written with a default
 * (`${PORT:-5000}`). Lines that are not `name: command` are ignored, as Heroku and foreman ignore them;
 * an unterminated quote is a parse-error.
 */
export const parseProcfile: Parser = (input: ParseInput): ParseResult => {
  const index = new LineIndex(input.text);
  const ports: DeclaredPort[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const line of linesWithOffsets(input.text)) {
    if (/^[ \t]*#/.test(line.text)) continue;
    const match = PROCESS_LINE.exec(line.text);
    if (!match) continue;
    const service = match[1]!;
    const commandStart = match[0].length;
    const command = line.text.slice(commandStart);
    // One offset per UTF-16 unit (`Array.from(command)` would step by code point: one short per emoji).
    const offsets = Array.from({ length: command.length }, (_, i) => line.offset + commandStart + i);
    const found = new CommandScanner(input.path, service, index, ports, diagnostics);
    found.scan(command, offsets, 0);
  }
  return { ports, diagnostics };
};

class CommandScanner {
  constructor(
    private readonly file: string,
    private readonly service: string,
    private readonly index: LineIndex,
    private readonly ports: DeclaredPort[],
    private readonly diagnostics: Diagnostic[],
  ) {}

  scan(command: string, offsets: number[], depth: number): void {
    const { words, unterminatedAt } = splitWords(command, offsets);
    if (unterminatedAt !== undefined) {
      this.diagnostics.push({
        ruleId: 'parse-error',
        messageId: 'unterminatedQuoteInCommand',
        ...this.index.positionAt(unterminatedAt),
      });
    }
    let atCommandStart = true;
    let program: string | undefined;
    /** The current command's leading assignments, read once. */
    let commandEnv: Map<string, string> | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (word.operator) {
        atCommandStart = true;
        program = undefined;
        commandEnv = undefined;
        continue;
      }
      const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
      if (atCommandStart && assignment) {
        const key = assignment[1]!;
        if (isPortKey(key)) {
          const assignments = (commandEnv ??= commandAssignments(words, i));
          const role = envPortRole(key, (lowerKey) => assignments.get(lowerKey));
          this.report(word, assignment[0].length, 'strict', role);
        }
        continue;
      }
      if (atCommandStart && word.value === 'env') continue;
      if (atCommandStart) {
        atCommandStart = false;
        program = word.value.split('/').pop();
        continue;
      }
      const next = words[i + 1];
      const nextValue = next && !next.operator ? next : undefined;
      if (word.value === '--port' && nextValue) {
        this.report(nextValue, 0, 'strict');
        i++;
      } else if (word.value.startsWith('--port=')) {
        this.report(word, '--port='.length, 'strict');
      } else if (word.value === '-p' && nextValue) {
        if (this.report(nextValue, 0, 'lenient')) i++;
      } else if ((word.value === '--bind' || word.value === '-b') && nextValue) {
        this.reportBind(nextValue, 0);
        i++;
      } else if (word.value.startsWith('--bind=')) {
        this.reportBind(word, '--bind='.length);
      } else if (
        word.value === '-c' &&
        nextValue &&
        program &&
        SHELLS.has(program) &&
        depth < MAX_SHELL_NESTING
      ) {
        // `sh -c "gunicorn -b :$PORT app"`: the script is a command line of its own.
        this.scan(nextValue.value, nextValue.offsets, depth + 1);
        i++;
      }
    }
  }

  /** gunicorn `--bind`: `HOST:PORT`, `:PORT`, `[::]:PORT`; `unix:` and `fd://` sockets have no port. */
  private reportBind(word: Word, from: number): void {
    const value = word.value.slice(from);
    if (/^(unix|fd):/i.test(value)) return;
    const colon = lastColonOutsideBraces(value);
    if (colon < 0) return;
    this.report(word, from + colon + 1, 'strict');
  }

  /**
   * Report the port written in `word` from character `from` on. `strict` values that are neither a
   * number nor a variable are `invalid-port`; `lenient` ones (`-p`, which other programs use for other
   * things) are silently not ports. Returns whether a port was reported.
   */
  private report(
    word: Word,
    from: number,
    mode: 'strict' | 'lenient',
    role: 'listen' | 'connect' = 'listen',
  ): boolean {
    const raw = word.value.slice(from);
    const offset = word.offsets[from] ?? word.offsets[word.offsets.length - 1] ?? 0;
    const position = this.index.positionAt(offset);
    if (mode === 'lenient' && parsePortNumber(raw) === undefined && !parseVariable(raw)) return false;
    const value = resolvePortValue(raw, NO_VALUES);
    if (value.kind === 'empty') return false;
    if (value.kind === 'invalid') {
      this.diagnostics.push({
        ruleId: 'invalid-port',
        messageId: 'valueNotANumber',
        data: { raw },
        ...position,
      });
      return false;
    }
    const port = value.kind === 'number' ? value.port : null;
    this.ports.push({
      file: this.file,
      ...position,
      port,
      endPort: port,
      protocol: 'tcp',
      role,
      kind: 'procfile',
      context: { service: this.service },
      raw,
      ...(value.kind === 'unresolved' ? { unresolvedVariable: value.variable } : {}),
    });
    return true;
  }
}

/** The `KEY=value` words around `at` before a command's program (`DB_HOST=db DB_PORT=5432 app`). */
function commandAssignments(words: readonly Word[], at: number): Map<string, string> {
  const assignments = new Map<string, string>();
  const isAssignment = (word: Word | undefined): word is Word =>
    word !== undefined && !word.operator && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value);
  let first = at;
  while (isAssignment(words[first - 1])) first--;
  for (let i = first; isAssignment(words[i]); i++) {
    const word = words[i]!;
    const equals = word.value.indexOf('=');
    assignments.set(word.value.slice(0, equals).toLowerCase(), word.value.slice(equals + 1));
  }
  return assignments;
}

/** Index of the last `:` not inside `${...}`, so `${HOST:-0.0.0.0}:${PORT:-80}` splits correctly. */
function lastColonOutsideBraces(value: string): number {
  const segments = splitOutsideBraces(value, ':');
  return segments.length > 1 ? segments[segments.length - 1]!.start - 1 : -1;
}

/**
 * Split a command into shell words: blanks separate words, quotes group (and are dropped), a backslash
 * escapes the next character outside single quotes, `#` at a word start begins a comment, and
 * `&& || ; | &` are operator words. An unterminated quote runs to the end of the line.
 */
function splitWords(command: string, offsets: number[]): { words: Word[]; unterminatedAt?: number } {
  const words: Word[] = [];
  let unterminatedAt: number | undefined;
  let current: Word | undefined;
  const flush = (): void => {
    if (current) words.push(current);
    current = undefined;
  };
  const push = (ch: string, at: number): void => {
    current ??= { value: '', offsets: [], operator: false };
    current.value += ch;
    current.offsets.push(offsets[at] ?? 0);
  };
  for (let i = 0; i < command.length; i++) {
    const ch = command[i]!;
    if (ch === ' ' || ch === '\t') {
      flush();
    } else if (ch === '#' && !current) {
      break;
    } else if (ch === ';' || ch === '&' || ch === '|') {
      flush();
      const double = (ch === '&' || ch === '|') && command[i + 1] === ch;
      words.push({ value: double ? ch + ch : ch, offsets: [offsets[i] ?? 0], operator: true });
      if (double) i++;
    } else if (ch === '\\' && i + 1 < command.length) {
      push(command[i + 1]!, i + 1);
      i++;
    } else if (ch === '"' || ch === "'") {
      const close = findClose(command, i + 1, ch);
      if (close < 0 && unterminatedAt === undefined) unterminatedAt = offsets[i] ?? 0;
      const end = close < 0 ? command.length : close;
      current ??= { value: '', offsets: [], operator: false };
      for (let j = i + 1; j < end; j++) {
        if (ch === '"' && command[j] === '\\' && j + 1 < end) j++;
        push(command[j]!, j);
      }
      i = end;
    } else {
      push(ch, i);
    }
  }
  flush();
  return unterminatedAt === undefined ? { words } : { words, unterminatedAt };
}

function findClose(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)

/** Procfiles: `Procfile`, `Procfile.dev`. */
export const procfileKind: ManifestKindModule = {
  kind: 'procfile',
  matches: (path) => /^procfile(\..+)?$/i.test(baseName(path)),
  parse: parseProcfile,
  comments: (text) => scanComments(text, SHELL_COMMENTS),
};
