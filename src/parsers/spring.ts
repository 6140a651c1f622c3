import type { DeclaredPort, Diagnostic, Position } from '../types.js';
import type { ManifestKindModule, ParseInput, ParseResult, Parser } from './types.js';
import { baseName, isYamlOutsideChartTemplates, YAML_NAME } from './kind-paths.js';
import { looksLikeKubernetes } from './kubernetes.js';
import { parsePortNumber } from './port-values.js';
import { wholeLineComments } from './comments.js';
import { LineIndex, linesWithOffsets } from './text-position.js';
import { parseVariable, resolveVariable } from './variables.js';
import {
  ALIAS_BUDGET,
  isMap,
  isScalar,
  isSeq,
  mapEntries,
  readYaml,
  scalarString,
  scalarValuePosition,
  seqItems,
  type Node,
  type YamlSource,
} from './yaml-source.js';
import type { Document } from 'yaml';

/** Spring properties that declare a listening port, by relaxed (canonical) name -> `context.name`. */
const PORT_PROPERTIES: ReadonlyMap<string, string> = new Map([
  ['server.port', 'server'],
  ['management.server.port', 'management'],
]);

/** One property as written, with where its value starts. */
interface Property {
  /** Canonical form: lowercase, `-` and `_` dropped, so `Server.Port` and `server.port` match. */
  name: string;
  value: string;
  position: Position;
}

/** One document of the file: `---` in YAML, `#---` in properties. */
interface ConfigDocument {
  properties: Property[];
  /** Profile condition of the document (`spring.config.activate.on-profile`, legacy `spring.profiles`). */
  profile?: string;
}

const MAX_PLACEHOLDER_DEPTH = 8;
const CONFIG_SERVER_PREFIX = 'spring.cloud.config.server.';
const MAX_YAML_DEPTH = 64;

/**
 * Spring Boot `application*.properties` / `application*.yml` (kind `spring`): `server.port` and
 * `management.server.port`, role `listen`, `context.name` `server` / `management`, `context.keyPath`
 * the canonical property name plus `@profile` when the value only applies to a profile (from the file
 * name `application-dev.yml` or the document's `on-profile`), e.g. `server.port@dev`.
 * `${PORT:8080}` resolves to its default; `${app.port}` resolves against the file's own properties.
 * `0` (random port) and `-1` (disabled) are Spring conventions, not ports: not reported.
 */
export const parseSpring: Parser = (input: ParseInput): ParseResult => {
  const diagnostics: Diagnostic[] = [];
  const yaml = YAML_NAME.test(input.path) ? readYaml(input.text, input.wantComments) : undefined;
  const documents = yaml
    ? readYamlDocuments(yaml, diagnostics)
    : readPropertiesDocuments(input.text, diagnostics);
  const comments = yaml?.comments;
  const fileProfile = /(?:^|\/)application-([^/]+)\.(?:properties|ya?ml)$/i.exec(input.path)?.[1];
  const shared = new Map<string, string>();
  for (const doc of documents) {
    if (doc.profile === undefined) for (const p of doc.properties) shared.set(p.name, p.value);
  }
  const ports: DeclaredPort[] = [];
  // Settings only a Config Server reads say which software this is; else the application's own name.
  const runs = [...shared.keys()].some((name) => name.startsWith(CONFIG_SERVER_PREFIX))
    ? 'spring-cloud-config'
    : shared.get('spring.application.name');
  for (const doc of documents) {
    const values = new Map(shared);
    for (const p of doc.properties) values.set(p.name, p.value);
    const profile = doc.profile ?? fileProfile;
    for (const property of doc.properties) {
      const contextName = PORT_PROPERTIES.get(property.name);
      if (!contextName) continue;
      const port = toPort(input.path, property, contextName, profile, values, diagnostics);
      if (port && runs !== undefined && runs.trim() !== '') port.runs = runs.trim();
      if (port) ports.push(port);
    }
  }
  return { ports, diagnostics, ...(comments ? { comments } : {}) };
};

function toPort(
  file: string,
  property: Property,
  contextName: string,
  profile: string | undefined,
  values: ReadonlyMap<string, string>,
  diagnostics: Diagnostic[],
): DeclaredPort | undefined {
  const raw = property.value.trim();
  if (raw === '') return undefined;
  const resolved = resolvePlaceholder(raw, values);
  if ('unresolved' in resolved) {
    return declared(file, property, contextName, profile, raw, null, resolved.unresolved);
  }
  const port = parsePortNumber(resolved.value.trim());
  if (port === undefined) {
    diagnostics.push({
      ruleId: 'invalid-port',
      messageId: 'notANumber',
      data: { key: contextName === 'server' ? 'server.port' : 'management.server.port', raw },
      ...property.position,
    });
    return undefined;
  }
  if (port === 0 || port === -1) return undefined;
  return declared(file, property, contextName, profile, raw, port);
}

function declared(
  file: string,
  property: Property,
  contextName: string,
  profile: string | undefined,
  raw: string,
  port: number | null,
  unresolvedVariable?: string,
): DeclaredPort {
  return {
    file,
    ...property.position,
    port,
    endPort: port,
    protocol: 'tcp',
    role: 'listen',
    kind: 'spring',
    context: { name: contextName, keyPath: profile ? `${property.name}@${profile}` : property.name },
    raw,
    ...(unresolvedVariable !== undefined ? { unresolvedVariable } : {}),
    // Both are the ports of Spring Boot's embedded web server.
    speaks: ['http'],
  };
}

/**
 * Resolve a Spring placeholder (`${PORT:8080}`, `${app.port}`, nested defaults) against the file's own
 * properties; never the process environment.
 */
function resolvePlaceholder(
  text: string,
  values: ReadonlyMap<string, string>,
): { value: string } | { unresolved: string } {
  let current = text;
  let firstName: string | undefined;
  for (let depth = 0; depth < MAX_PLACEHOLDER_DEPTH; depth++) {
    const ref = parseVariable(current.trim(), { springDefaults: true });
    if (!ref || !current.trim().startsWith('${')) return { value: current };
    firstName ??= ref.name;
    const own = values.get(canonicalName(ref.name));
    const next = resolveVariable(ref, new Map(own === undefined ? [] : [[ref.name, own]]));
    if (next === undefined) return { unresolved: ref.name };
    current = next;
  }
  return { unresolved: firstName ?? text };
}

/** Spring's relaxed binding compares names lowercase and without `-` / `_`. */
function canonicalName(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

function documentProfile(properties: readonly Property[]): string | undefined {
  const byName = new Map(properties.map((p) => [p.name, p.value]));
  const profile = byName.get('spring.config.activate.onprofile') ?? byName.get('spring.profiles');
  return profile?.trim() || undefined;
}

// ---------------------------------------------------------------- YAML

function readYamlDocuments(source: YamlSource, diagnostics: Diagnostic[]): ConfigDocument[] {
  diagnostics.push(...source.diagnostics);
  return source.documents.map((doc) => {
    const properties: Property[] = [];
    const budget = { nodes: ALIAS_BUDGET };
    flattenYaml(source, doc, doc.contents, '', properties, 0, budget);
    const profile = documentProfile(properties);
    return profile === undefined ? { properties } : { properties, profile };
  });
}

/** Flatten nested maps and dotted keys (`server: {port: 1}` and `server.port: 1`) into properties. */
function flattenYaml(
  source: YamlSource,
  doc: Document.Parsed,
  node: unknown,
  prefix: string,
  out: Property[],
  depth: number,
  budget: { nodes: number },
): void {
  if (depth > MAX_YAML_DEPTH || --budget.nodes < 0) return;
  if (isMap(node)) {
    for (const [key, value] of mapEntries(doc, node)) {
      const name = prefix ? `${prefix}.${canonicalName(key)}` : canonicalName(key);
      flattenYaml(source, doc, value, name, out, depth + 1, budget);
    }
    return;
  }
  if (isSeq(node)) {
    // Only profile lists matter here (`on-profile: [dev, test]` means any of them).
    const items = seqItems(doc, node)
      .map((item) => scalarString(item))
      .filter((v): v is string => v !== undefined);
    if (items.length > 0 && prefix.startsWith('spring.')) {
      out.push({ name: prefix, value: items.join(' | '), position: { line: 1, column: 1 } });
    }
    return;
  }
  if (isScalar(node) && prefix) {
    const value = scalarString(node as Node);
    if (value === undefined) return;
    // Point past blanks that the value keeps (a quoted " 8080", a no-break space) and `trim` drops.
    const lead = value.length - value.trimStart().length;
    out.push({ name: prefix, value, position: scalarValuePosition(source, node, lead) });
  }
}

// ---------------------------------------------------------------- .properties

/**
 * Read a `.properties` file as `java.util.Properties.load` does (comments `#` / `!`, `=` / `:` /
 * blank separators, `\` line continuations, `\uXXXX` escapes), split into documents at Spring's
 * `#---` / `!---` lines. A malformed `\u` escape is a parse-error (Java refuses the file); the other
 * properties are still read.
 */
function readPropertiesDocuments(text: string, diagnostics: Diagnostic[]): ConfigDocument[] {
  const index = new LineIndex(text);
  const lines = linesWithOffsets(text);
  const documents: Property[][] = [[]];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    const start = first.text.search(/[^ \t\f]/);
    if (start < 0) continue;
    if (/^[#!]---[ \t]*$/.test(first.text)) {
      documents.push([]);
      continue;
    }
    if (first.text[start] === '#' || first.text[start] === '!') continue;
    // Gather one logical line: characters with their offsets, continuations joined.
    const chars: string[] = [];
    const offsets: number[] = [];
    let line = first;
    let from = start;
    for (;;) {
      const body = line.text.slice(from);
      const continued = trailingBackslashes(body) % 2 === 1;
      const kept = continued ? body.length - 1 : body.length;
      for (let k = 0; k < kept; k++) {
        chars.push(body[k]!);
        offsets.push(line.offset + from + k);
      }
      if (!continued || i + 1 >= lines.length) break;
      line = lines[++i]!;
      from = Math.max(0, line.text.search(/[^ \t\f]/));
      if (line.text.search(/[^ \t\f]/) < 0) from = line.text.length;
    }
    const property = splitProperty(chars, offsets, index, diagnostics);
    if (property) documents[documents.length - 1]!.push(property);
  }
  return documents.map((properties) => {
    const profile = documentProfile(properties);
    return profile === undefined ? { properties } : { properties, profile };
  });
}

function trailingBackslashes(text: string): number {
  let count = 0;
  for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count;
}

function splitProperty(
  chars: string[],
  offsets: number[],
  index: LineIndex,
  diagnostics: Diagnostic[],
): Property | undefined {
  let i = 0;
  const keyEnd = (): boolean => {
    const ch = chars[i];
    return ch === '=' || ch === ':' || ch === ' ' || ch === '\t' || ch === '\f';
  };
  const keyStart = i;
  while (i < chars.length && !keyEnd()) i += chars[i] === '\\' ? 2 : 1;
  const key = unescape(chars, offsets, keyStart, Math.min(i, chars.length), index, diagnostics).value;
  while (i < chars.length && /[ \t\f]/.test(chars[i]!)) i++;
  if (chars[i] === '=' || chars[i] === ':') i++;
  while (i < chars.length && /[ \t\f]/.test(chars[i]!)) i++;
  const valueStart = i;
  const value = unescape(chars, offsets, valueStart, chars.length, index, diagnostics);
  if (!key) return undefined;
  // Where the first non-blank character of the value is written (past an escape's backslash).
  const lead = value.value.length - value.value.trimStart().length;
  const at = value.starts[lead] ?? offsets[valueStart] ?? (offsets[offsets.length - 1] ?? 0) + 1;
  return { name: canonicalName(key), value: value.value, position: index.positionAt(at) };
}

function unescape(
  chars: string[],
  offsets: number[],
  from: number,
  to: number,
  index: LineIndex,
  diagnostics: Diagnostic[],
): { value: string; starts: number[] } {
  let value = '';
  /** File offset where each character of `value` is written: the escaped character, or a `\\u`'s backslash. */
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = chars[i]!;
    if (ch !== '\\' || i + 1 >= to) {
      if (ch !== '\\') {
        value += ch;
        starts.push(offsets[i]!);
      }
      continue;
    }
    const next = chars[++i]!;
    if (next === 'u') {
      const hex = chars.slice(i + 1, i + 5).join('');
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
        diagnostics.push({
          ruleId: 'parse-error',
          messageId: 'malformedUnicodeEscape',
          ...index.positionAt(offsets[i - 1]!),
        });
        continue;
      }
      value += String.fromCharCode(parseInt(hex, 16));
      starts.push(offsets[i - 1]!);
      i += 4;
    } else {
      value += ({ t: '\t', n: '\n', r: '\r', f: '\f' } as Record<string, string>)[next] ?? next;
      starts.push(offsets[i]!);
    }
  }
  return { value, starts };
}

/** Spring Boot configuration: `application*.properties`, and `application*.yaml` unless it is Kubernetes. */
export const springKind: ManifestKindModule = {
  kind: 'spring',
  matches(path, { chartFolders }, head) {
    const base = baseName(path);
    if (/^application([-.].*)?\.properties$/i.test(base)) return true;
    if (!isYamlOutsideChartTemplates(path, chartFolders) || !/^application([-.].*)?\.ya?ml$/i.test(base)) {
      return false;
    }
    return head === undefined ? 'maybe' : !looksLikeKubernetes(head);
  },
  parse: parseSpring,
  // `.properties` files; the YAML ones hand theirs over from the one lex of the text.
  comments: (text) => wholeLineComments(text, ['#', '!'], true),
};
