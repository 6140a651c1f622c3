/**
 * Path globs of the config (`include`, `exclude`, `allow[].paths`), matched at a bounded cost. A config
 * comes with the pull request, and picomatch's regular expressions backtrack: `*a*a*a*a*b`, or a few
 * `**` segments, take seconds to minutes on one long path. Here a glob is split into path segments,
 * `**` segments are matched by one table over (glob segment, path segment), and each segment by the
 * classic one-star-backtrack wildcard walk: at worst (glob length x path length) steps per path.
 *
 * The syntax is picomatch's (with `dot: true`) minus what is not worth its cost: `*`, `**`, `?`,
 * `[abc]`, `[a-z]`, `[^a]`, `{a,b}` (nested), `{1..3}`, `\` escapes. Extglobs, `!` negation,
 * parentheses and `|` are refused with a GlobError that says so.
 */

const MAX_GLOB_LENGTH = 1024;
/** Brace expansions of one glob (`{a,b}{c,d}` is 4). */
const MAX_GLOB_EXPANSIONS = 256;

export class GlobError extends Error {}

const STAR = Symbol('*');
const ANY = Symbol('?');
/** One character test: a literal character, `?`, or a class. */
type CharTest = string | typeof ANY | { negated: boolean; ranges: Array<[string, string]> };
type Token = CharTest | typeof STAR;
/** A segment: `**`, or characters and `*` wildcards. */
type Segment = 'globstar' | Token[];

/** A matcher for a list of globs (true when any matches); throws GlobError on a glob it refuses. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const compiled = globs
    .flatMap((glob) => compileGlob(glob))
    .map((segments) => ({
      segments,
      hasGlobstar: segments.includes('globstar'),
      // Segments without wildcards: a path lacking one is rejected without the table.
      literals: segments.flatMap((s) => (s !== 'globstar' && s.every(isPlainChar) ? [s.join('')] : [])),
    }));
  return (path) => {
    const parts = path.split('/');
    return compiled.some(
      ({ segments, hasGlobstar, literals }) =>
        (hasGlobstar || segments.length === parts.length) &&
        literals.every((literal) => parts.includes(literal)) &&
        matchSegments(segments, parts),
    );
  };
}

/** Check a glob without keeping it: throws GlobError naming what is refused. */
export function validateGlob(glob: string): void {
  compileGlob(glob);
}

function compileGlob(glob: string): Segment[][] {
  if (glob.length > MAX_GLOB_LENGTH) throw new GlobError(`is longer than ${MAX_GLOB_LENGTH} characters`);
  if (glob.startsWith('!')) throw new GlobError('negation ("!") is not supported; use "exclude"');
  if (/[@!+*?]\(/.test(glob)) throw new GlobError('extglobs such as "+(a|b)" are not supported');
  return expandBraces(glob).map((expanded) => {
    const segments = expanded.replace(/^(\.\/)+/, '').split('/');
    // `**/**` is one `**`.
    const kept = segments.filter((segment, i) => segment !== '**' || segments[i - 1] !== '**');
    return kept.map((segment) => (segment === '**' ? 'globstar' : compileSegment(segment)));
  });
}

function compileSegment(text: string): Segment {
  const out: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      if (i + 1 >= text.length) throw new GlobError('ends with a lone "\\"');
      out.push(text[++i]!);
    } else if (ch === '*') {
      if (out.at(-1) !== STAR) out.push(STAR);
    } else if (ch === '?') {
      out.push(ANY);
    } else if (ch === '[') {
      const close = text.indexOf(']', i + 2);
      if (close < 0) throw new GlobError('has a "[" without "]"');
      out.push(compileClass(text.slice(i + 1, close)));
      i = close;
    } else if (ch === '(' || ch === ')' || ch === '|') {
      throw new GlobError(`"${ch}" is not supported (write the name out, or use {a,b})`);
    } else {
      out.push(ch);
    }
  }
  return out;
}

function compileClass(body: string): CharTest {
  if (body.startsWith('!')) throw new GlobError('"[!...]" is not supported; write "[^...]"');
  if (body.startsWith('[:')) throw new GlobError('POSIX classes such as "[[:alpha:]]" are not supported');
  const negated = body.startsWith('^');
  const chars = negated ? body.slice(1) : body;
  const ranges: Array<[string, string]> = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      ranges.push([chars[i]!, chars[i + 2]!]);
      i += 2;
    } else {
      ranges.push([chars[i]!, chars[i]!]);
    }
  }
  return { negated, ranges };
}

/** `{a,b}` and `{1..3}` expanded, innermost first, up to MAX_GLOB_EXPANSIONS results. */
function expandBraces(glob: string): string[] {
  let pending = [glob];
  const done: string[] = [];
  while (pending.length > 0) {
    const next: string[] = [];
    for (const text of pending) {
      const brace = innermostBrace(text);
      if (!brace) done.push(text);
      else
        for (const option of brace.options)
          next.push(text.slice(0, brace.start) + option + text.slice(brace.end + 1));
      if (done.length + next.length > MAX_GLOB_EXPANSIONS)
        throw new GlobError(`expands to more than ${MAX_GLOB_EXPANSIONS} globs`);
    }
    pending = next;
  }
  return done;
}

/** The first `{...}` holding no other brace, with its options; undefined when none is left. */
function innermostBrace(text: string): { start: number; end: number; options: string[] } | undefined {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '{') open = i;
    else if (ch === '}' && open >= 0) {
      const body = text.slice(open + 1, i);
      const options = braceOptions(body);
      // `{a}` is literal text in picomatch, as is an unclosed `{`.
      if (options) return { start: open, end: i, options };
      open = -1;
    }
  }
  return undefined;
}

function braceOptions(body: string): string[] | undefined {
  const range = /^(-?\d+)\.\.(-?\d+)$|^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
  if (range) {
    const numeric = range[1] !== undefined;
    const from = numeric ? Number(range[1]) : range[3]!.charCodeAt(0);
    const to = numeric ? Number(range[2]) : range[4]!.charCodeAt(0);
    if (Math.abs(to - from) >= MAX_GLOB_EXPANSIONS)
      throw new GlobError(`expands to more than ${MAX_GLOB_EXPANSIONS} globs`);
    const step = from <= to ? 1 : -1;
    const out: string[] = [];
    for (let n = from; n !== to + step; n += step) out.push(numeric ? String(n) : String.fromCharCode(n));
    return out;
  }
  const options: string[] = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (body[i] === '\\') i++;
    else if (i === body.length || body[i] === ',') {
      options.push(body.slice(start, i));
      start = i + 1;
    }
  }
  return options.length > 1 ? options : undefined;
}

/**
 * Whether the glob's segments match the path's. `reach[p]`: the glob segments so far can match the
 * first p path segments; one pass per glob segment.
 */
function matchSegments(glob: readonly Segment[], path: readonly string[]): boolean {
  let reach = new Uint8Array(path.length + 1);
  reach[0] = 1;
  glob.forEach((segment, g) => {
    const next = new Uint8Array(path.length + 1);
    if (segment === 'globstar') {
      // Zero or more segments, never `.` or `..`; as in picomatch, a final `/**` after a segment
      // ending in `*` (`a*/**`) takes at least one.
      const previous = glob[g - 1];
      const atLeastOne =
        g === glob.length - 1 &&
        previous !== undefined &&
        previous !== 'globstar' &&
        previous.at(-1) === STAR;
      for (let p = 0; p <= path.length; p++) {
        if (reach[p] && !atLeastOne) next[p] = 1;
        if ((reach[p] || next[p]) && p < path.length && !isDotSegment(path[p]!)) next[p + 1] = 1;
      }
    } else {
      for (let p = 0; p < path.length; p++) if (reach[p] && matchSegment(segment, path[p]!)) next[p + 1] = 1;
    }
    reach = next;
  });
  return reach[path.length] === 1;
}

function isPlainChar(token: Token): token is string {
  return typeof token === 'string';
}

function isDotSegment(text: string): boolean {
  return text === '.' || text === '..';
}

/**
 * One segment: on a mismatch only the latest `*` takes one more character, so the walk is at most
 * (pattern length x text length) steps whatever the pattern.
 */
function matchSegment(pattern: readonly Token[], text: string): boolean {
  // As picomatch: a segment that starts with `*` never matches `.` or `..`.
  if (pattern[0] === STAR && isDotSegment(text)) return false;
  let t = 0;
  let p = 0;
  let star = -1;
  let starText = 0;
  while (t < text.length) {
    const token = pattern[p];
    if (token === STAR) {
      star = p++;
      starText = t;
    } else if (token !== undefined && matchesChar(token, text[t]!)) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (pattern[p] === STAR) p++;
  return p === pattern.length;
}

function matchesChar(test: CharTest, ch: string): boolean {
  if (test === ANY) return true;
  if (typeof test === 'string') return test === ch;
  const inside = test.ranges.some(([from, to]) => ch >= from && ch <= to);
  return inside !== test.negated;
}
