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

/**
 * Substitute every `${...}` / `$VAR` inside a string. Unknown variables without defaults are left
 * as written and reported in `unresolved`.
 */
export function interpolate(
  text: string,
  values: ReadonlyMap<string, string>,
): { value: string; unresolved: string[] } {
  const unresolved: string[] = [];
  const value = text.replace(/\$\$|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, (token) => {
    if (token === '$$') return '$';
    const ref = parseVariable(token);
    if (!ref) return token;
    const resolved = resolveVariable(ref, values);
    if (resolved === undefined) {
      unresolved.push(ref.name);
      return token;
    }
    return resolved;
  });
  return { value, unresolved };
}

/** Parse a `.env` file (KEY=value, `export`, quotes, comments) into a map. */
export function parseDotenvValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const rawLine of text.split(/\r\n|\n|\r/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(rawLine);
    if (!match) continue;
    let value = match[2]!;
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote))
      value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    values.set(match[1]!, value);
  }
  return values;
}
