import type { DeclaredPort, ServiceAssignment } from '../types.js';
import { IGNORED_TOKENS, SERVICE_ALIASES } from './aliases.js';

/** How a declaration is named in messages, and the tokens matched against IANA service names. */
export interface Identity {
  label: string;
  tokens: string[];
}

export interface ServiceMatcher {
  identify(port: DeclaredPort): Identity;
  /** Whether the declaring service plausibly is one of the assigned IANA services. */
  matches(port: DeclaredPort, services: readonly ServiceAssignment[]): boolean;
  /** Names the declaration's tokens stand for: the tokens and their aliases (lower-case; not all are IANA's). */
  serviceNames(port: DeclaredPort): string[];
}

/**
 * Matching is data-driven: tokens from the declaration's names (service, container, image without
 * registry and tag, port name, ...) are compared with IANA names, through SERVICE_ALIASES and the
 * repository's own `services` aliases from the config.
 */
export function createMatcher(
  extraAliases: Readonly<Record<string, readonly string[]>> = {},
): ServiceMatcher {
  const aliases = new Map<string, Set<string>>();
  for (const table of [SERVICE_ALIASES, extraAliases]) {
    for (const [token, names] of Object.entries(table)) {
      const set = aliases.get(token.toLowerCase()) ?? new Set<string>();
      for (const name of names) set.add(name.toLowerCase());
      aliases.set(token.toLowerCase(), set);
    }
  }
  const identities = new WeakMap<DeclaredPort, Identity>();
  const identify = (port: DeclaredPort): Identity => {
    let identity = identities.get(port);
    if (!identity) {
      identity = { label: labelOf(port), tokens: tokensOf(port) };
      identities.set(port, identity);
    }
    return identity;
  };
  return {
    identify,
    matches(port, services) {
      const names = new Set(services.map((s) => s.name.toLowerCase()));
      return identify(port).tokens.some((token) => {
        if (names.has(token)) return true;
        for (const alias of aliases.get(token) ?? []) if (names.has(alias)) return true;
        return false;
      });
    },
    serviceNames(port) {
      const names = new Set<string>();
      for (const token of identify(port).tokens) {
        names.add(token);
        for (const alias of aliases.get(token) ?? []) names.add(alias);
      }
      return [...names];
    },
  };
}

/** The name a person would use for the declaration, most specific first. */
function labelOf(port: DeclaredPort): string {
  const c = port.context;
  // A Dockerfile builds the image its folder is named after; FROM names only the base image.
  const built =
    port.kind === 'dockerfile'
      ? folderName(port.file)
      : port.kind === 'helm-values' && c.keyPath
        ? `${folderName(port.file) ?? 'values'}: ${c.keyPath}`
        : undefined;
  return (
    c.service ??
    c.container ??
    c.name ??
    c.stage ??
    built ??
    c.image ??
    c.object ??
    c.keyPath ??
    c.portName ??
    port.kind
  );
}

function folderName(file: string): string | undefined {
  const parts = file.split('/');
  return parts.length > 1 ? parts[parts.length - 2] : undefined;
}

/** `registry.example.com:5000/team/postgres:15-alpine@sha256:...` -> `team/postgres`. */
export function imageRepository(image: string): string {
  let name = image.split('@')[0]!;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  const segments = name.split('/');
  if (segments.length > 1 && /[.:]|^localhost$/.test(segments[0]!)) segments.shift();
  return segments.join('/');
}

/** Names a manifest kind implies about what it declares: an nginx `listen` serves HTTP. */
const KIND_TOKENS: Partial<Record<DeclaredPort['kind'], string>> = { nginx: 'nginx' };

function tokensOf(port: DeclaredPort): string[] {
  const c = port.context;
  const sources = [
    c.service,
    c.container,
    c.name,
    c.stage,
    c.portName,
    c.object?.split('/').pop(),
    c.keyPath,
    c.job,
    KIND_TOKENS[port.kind],
  ];
  // A Dockerfile's or a chart's folder names what it builds or deploys.
  if (port.kind === 'dockerfile' || port.kind === 'helm-values') sources.push(folderName(port.file));
  // Only the image's own name counts: a namespace such as `apache/` or `grafana/` names the
  // publisher, not the software (`apache/kafka` is no web server).
  if (c.image) sources.push(imageRepository(c.image).split('/').pop());
  const tokens = new Set<string>();
  for (const source of sources) {
    if (!source) continue;
    const lower = source.toLowerCase();
    tokens.add(lower);
    // camelCase keys such as `httpPort` name their protocol too.
    const words = source.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    for (const part of words.split(/[^a-z0-9]+/)) {
      if (!part) continue;
      tokens.add(part);
      const withoutDigits = part.replace(/\d+$/, '');
      if (withoutDigits.length > 1) tokens.add(withoutDigits);
    }
  }
  return [...tokens].filter((t) => !IGNORED_TOKENS.has(t));
}
