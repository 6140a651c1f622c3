/**
 * Shell-style variable references as Compose, Dockerfile and .env files write them:
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, plus Spring's `${VAR:default}`.
 */
export interface VariableReference {
  name: string;
  /** The default written in the reference, if any. */
  fallback?: string;
  /** `:-` uses the default when unset or empty, `-` only when unset. */
  operator?: ':-' | '-' | ':';
}

const BRACED = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-|:\?|\?|:\+|\+|:)(.*))?\}$/s;
// Spring property names contain dots and dashes (`${server.port:8080}`).
const SPRING_BRACED = /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)(?:(:)(.*))?\}$/s;
const BARE = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;

const ANY_REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;

/** Names of the variables a text refers to (`"${WEB_PORT:-8080}:80"` -> WEB_PORT), defaults' too. */
export function referencedVariables(text: string): string[] {
  return [...text.matchAll(ANY_REFERENCE)].map((match) => match[1]!);
}

/** Parse a whole token that is exactly one variable reference; undefined when it is not one. */
export function parseVariable(
  token: string,
  options: { springDefaults?: boolean } = {},
): VariableReference | undefined {
  const bare = BARE.exec(token);
  if (bare) return { name: bare[1]! };
  const braced = (options.springDefaults ? SPRING_BRACED : BRACED).exec(token);
  if (!braced) return undefined;
  const [, name, operator, rest] = braced;
  if (operator === undefined) return { name: name! };
  if (operator === ':-' || operator === '-') return { name: name!, fallback: rest ?? '', operator };
  if (operator === ':' && options.springDefaults) return { name: name!, fallback: rest ?? '', operator };
  // `:?` / `?` (error when unset) and `:+` / `+` (alternate value) carry no usable default.
  return { name: name! };
}

/**
 * Resolve a reference against known values (never the process environment).
 * Returns undefined when the variable has no value and no default.
 */
export function resolveVariable(
  ref: VariableReference,
  values: ReadonlyMap<string, string>,
): string | undefined {
  const value = values.get(ref.name);
  if (ref.operator === ':-' || ref.operator === ':')
    return value !== undefined && value !== '' ? value : ref.fallback;
  if (ref.operator === '-') return value !== undefined ? value : ref.fallback;
  return value;
}

/** Defaults may nest (`${A:-${B:-80}}`); deeper than this is left as written. */
const MAX_NESTING = 8;
/** `B=$A$A$A...` could grow without end: past this many characters, references stay unresolved. */
const MAX_EXPANDED_LENGTH = 1_000_000;
/** A variable name at the start of a text, as Compose and the shells read it. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'] as const;
export type ReferenceOperator = (typeof OPERATORS)[number];

/** The inside of a `${...}`: `NAME`, or `NAME` + an operator (`:-`, `-`, `:+`, `+`, `:?`, `?`) + its argument. */
export interface BracedBody {
  name: string;
  operator?: ReferenceOperator;
  argument?: string;
}

/**
 * Read the text between `${` and its `}`; undefined for a form that is not modelled (`${#A}`,
 * `${A%x}`, `${A/x/y}`). Compose and BuildKit share this grammar; what an operator does differs.
 */
export function readBracedBody(body: string): BracedBody | undefined {
  const name = VARIABLE_NAME.exec(body)?.[0];
  if (!name) return undefined;
  const rest = body.slice(name.length);
  if (rest === '') return { name };
  const operator = OPERATORS.find((op) => rest.startsWith(op));
  return operator ? { name, operator, argument: rest.slice(operator.length) } : undefined;
}

/** A string after Compose-style interpolation, with where each of its characters came from. */
export interface Expansion {
  value: string;
  /** Per character of `value`: start and end offsets in the source of the text that produced it. */
  starts: number[];
  ends: number[];
  /** Variables without a value or default, in order; their references stay as written. */
  unresolved: string[];
}

/**
 * Substitute every `${...}` / `$VAR` inside a string as Compose does: `$$` is a literal `$`, defaults
 * (`:-`, `-`) and alternates (`:+`, `+`) may nest, `:?`/`?` without a value is unresolved. Unknown
 * variables without defaults are left as written and reported in `unresolved`.
 */
export function interpolate(
  text: string,
  values: ReadonlyMap<string, string>,
): { value: string; unresolved: string[] } {
  const { value, unresolved } = expand(text, values, { positions: false });
  return { value, unresolved };
}

/** `interpolate` that also maps each output character back to the source (for positions). */
export function expand(
  text: string,
  values: ReadonlyMap<string, string>,
  options: { positions: boolean; depth?: number } = { positions: true },
): Expansion {
  const depth = options.depth ?? 0;
  const out: Expansion = { value: '', starts: [], ends: [], unresolved: [] };
  const pieces: string[] = [];
  let length = 0;
  /** A literal run maps character by character; a substitution maps wholly to its reference. */
  const emit = (piece: string, start: number, end: number, literal: boolean): void => {
    pieces.push(piece);
    length += piece.length;
    if (!options.positions) return;
    for (let k = 0; k < piece.length; k++) {
      out.starts.push(literal ? start + k : start);
      out.ends.push(literal ? start + k + 1 : end);
    }
  };
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('$', i);
    if (dollar < 0) {
      emit(text.slice(i), i, text.length, true);
      break;
    }
    emit(text.slice(i, dollar), i, dollar, true);
    const reference = readReference(text, dollar);
    if (!reference) {
      emit('$', dollar, dollar + 1, true);
      i = dollar + 1;
      continue;
    }
    const token = text.slice(dollar, reference.end);
    let resolved = reference.literal ?? resolveReference(reference, values, depth, out.unresolved);
    if (resolved !== undefined && length + resolved.length > MAX_EXPANDED_LENGTH) {
      out.unresolved.push(reference.name);
      resolved = undefined;
    }
    emit(resolved ?? token, dollar, reference.end, false);
    i = reference.end;
  }
  out.value = pieces.join('');
  out.unresolved = [...new Set(out.unresolved)];
  return out;
}

interface Reference extends BracedBody {
  end: number;
  /** `$$`: the text it stands for. */
  literal?: string;
}

function readReference(text: string, at: number): Reference | undefined {
  const next = text[at + 1];
  if (next === '$') return { end: at + 2, name: '', literal: '$' };
  if (next !== '{') {
    const bare = VARIABLE_NAME.exec(text.slice(at + 1, at + 257));
    return bare ? { end: at + 1 + bare[0].length, name: bare[0] } : undefined;
  }
  const close = matchingBrace(text, at + 2);
  if (close < 0) return undefined;
  const body = readBracedBody(text.slice(at + 2, close));
  return body && { end: close + 1, ...body };
}

/**
 * The `}` closing a `${` whose body starts at `from`, counting nested `${`; -1 when none. With an
 * `escape` character (a Dockerfile's), the character after it is skipped.
 */
export function matchingBrace(text: string, from: number, escape?: string): number {
  let open = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === escape) i++;
    else if (text[i] === '$' && text[i + 1] === '{') {
      open++;
      i++;
    } else if (text[i] === '}' && --open === 0) return i;
  }
  return -1;
}

function resolveReference(
  ref: Reference,
  values: ReadonlyMap<string, string>,
  depth: number,
  unresolved: string[],
): string | undefined {
  const value = values.get(ref.name);
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  const missing: string[] = [];
  const argument = (): string | undefined => {
    if (depth >= MAX_NESTING) return undefined;
    const inner = expand(ref.argument ?? '', values, { positions: false, depth: depth + 1 });
    missing.push(...inner.unresolved);
    return inner.unresolved.length > 0 ? undefined : inner.value;
  };
  let result: string | undefined;
  switch (ref.operator) {
    case ':-':
      result = nonEmpty ? value : argument();
      break;
    case '-':
      result = set ? value : argument();
      break;
    case ':+':
      result = nonEmpty ? argument() : '';
      break;
    case '+':
      result = set ? argument() : '';
      break;
    case ':?':
      result = nonEmpty ? value : undefined;
      break;
    default:
      // No operator, or `?`: the value when set.
      result = value;
  }
  // The variable itself first, then the ones its default needed.
  if (result === undefined) {
    unresolved.push(ref.name, ...missing);
  }
  return result;
}

/** A piece of a text with its offset inside that text. */
export interface Segment {
  text: string;
  start: number;
}

/** Split on `separator` outside `${...}`, so `${PORT:-80}:80` splits once. */
export function splitOutsideBraces(text: string, separator: string): Segment[] {
  const segments: Segment[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (ch === '}' && depth > 0) depth--;
    else if (ch === separator && depth === 0) {
      segments.push({ text: text.slice(start, i), start });
      start = i + 1;
    }
  }
  segments.push({ text: text.slice(start), start });
  return segments;
}
