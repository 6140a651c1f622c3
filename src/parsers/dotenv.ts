import type { DeclaredPort, Diagnostic } from '../types.js';
import type { ManifestKindModule, ParseInput, Parser, ParseResult } from './types.js';
import { scanComments, SHELL_COMMENTS } from './comments.js';
import { LineIndex } from './text-position.js';
import { resolvePortValue, type PortValue } from './port-values.js';
import { expandInto, readDotenv, type DotenvEntry } from './dotenv-reader.js';
import { envPortRole } from './connect-setting.js';
import { baseName } from './kind-paths.js';

/**
 * Keys that name a port: `PORT` itself or anything ending in `_PORT` (`API_PORT`, `db_port`).
 * Deliberately not `*_PORTS` (lists), `PORT_RANGE`, `*_PORT_MIN` or `OTEL_COLLECTOR_PORT_GRPC`: once
 * something follows `PORT` the value is as likely a range, a bound or a flag as a port number.
 */
export function isPortKey(key: string): boolean {
  return /^(?:[A-Za-z0-9_.-]*_)?PORT$/i.test(key);
}

/**
 * `.env` files (kind `dotenv`): every `PORT` / `*_PORT` assignment with a numeric value, `context.name`
 * = the key; role `connect` when the key names where another service listens (connect-setting.ts),
 * else `listen`. Values may reference variables assigned earlier in the same file (`WEB_PORT=$OTHER`,
 * `${X:-3000}`). Lines that are not assignments are ignored as dotenv loaders ignore them; only an
 * unterminated quote is a parse-error (the loader would swallow the rest of the file).
 */
export const parseDotenv: Parser = (input: ParseInput): ParseResult => {
  const index = new LineIndex(input.text);
  const ports: DeclaredPort[] = [];
  const diagnostics: Diagnostic[] = [];
  const { entries, errors } = readDotenv(input.text);
  for (const error of errors) {
    const at = index.positionAt(error.offset);
    diagnostics.push({
      ruleId: 'parse-error',
      messageId: 'unterminatedQuotedValue',
      data: { quote: error.quote },
      ...at,
    });
  }
  const written = new Map(entries.map((entry) => [entry.key.toLowerCase(), entry.text]));
  const sibling = (lowerKey: string): string | undefined => written.get(lowerKey);
  const values = new Map<string, string>();
  for (const entry of entries) {
    if (isPortKey(entry.key)) {
      const port = portFromValue(input.path, entry, values, index, diagnostics);
      if (port) ports.push({ ...port, role: envPortRole(entry.key, sibling) });
    }
    expandInto(values, entry);
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ports, diagnostics };
};

function portFromValue(
  file: string,
  scanned: DotenvEntry,
  values: ReadonlyMap<string, string>,
  index: LineIndex,
  diagnostics: Diagnostic[],
): DeclaredPort | undefined {
  const { key } = scanned;
  const raw = scanned.text.trim();
  // Single quotes keep `$` literal, so a quoted `'$PORT'` is text, not a variable.
  const resolved: PortValue =
    scanned.literal && raw.includes('$') ? { kind: 'invalid' } : resolvePortValue(raw, values);
  // Point at the number or at the `$` of the variable, not at blanks inside quotes.
  const lead = scanned.text.length - scanned.text.trimStart().length;
  const position = index.positionAt(scanned.offset + lead);
  if (resolved.kind === 'empty') return undefined;
  if (resolved.kind === 'invalid') {
    diagnostics.push({
      ruleId: 'invalid-port',
      messageId: 'assignmentNotANumber',
      data: { key, raw },
      ...position,
    });
    return undefined;
  }
  const port = resolved.kind === 'number' ? resolved.port : null;
  return {
    file,
    ...position,
    port,
    endPort: port,
    protocol: 'tcp',
    role: 'listen',
    kind: 'dotenv',
    context: { name: key },
    raw,
    ...(resolved.kind === 'unresolved' ? { unresolvedVariable: resolved.variable } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)

/** Environment files: `.env`, `.env.local`, `prod.env`. */
export const dotenvKind: ManifestKindModule = {
  kind: 'dotenv',
  matches(path) {
    const base = baseName(path);
    return /^\.env(\..+)?$/.test(base) || (base.toLowerCase().endsWith('.env') && base.length > 4);
  },
  parse: parseDotenv,
  comments: (text) => scanComments(text, SHELL_COMMENTS),
};
