import { factsOf, type ClassifiedPort, type Protocol } from '../types.js';
import type { Rule, RuleHit } from './types.js';
import { hitsFrom, portLabel } from './format.js';
import { fileKey } from '../link/file-key.js';

const messages = {
  notExposed:
    'service "{{service}}" publishes container port {{port}}, but {{dockerfile}} exposes {{exposed}}',
  unnamedNotExposed: 'a service publishes container port {{port}}, but {{dockerfile}} exposes {{exposed}}',
};
const report = hitsFrom(messages);

/**
 * A Compose service that builds its image publishes a container port that the image's Dockerfile
 * does not EXPOSE (in its final stage, or a stage that one is built FROM).
 */
export const exposeMismatch: Rule = {
  id: 'expose-mismatch',
  defaultSeverity: 'warning',
  description:
    'A Compose service publishes a container port that the final stage of the Dockerfile it builds does not EXPOSE.',
  rationale:
    'EXPOSE documents the ports the image listens on. When Compose maps a different container port, one of the two ' +
    'is stale: the mapping reaches nothing, or the app listens on a port nobody publishes.',
  messages,
  check({ ports }) {
    const imagePorts = exposedByDockerfile(ports);
    const hits: RuleHit[] = [];
    for (const published of ports) {
      const built = factsOf(published, 'compose')?.buildDockerfile;
      if (published.role !== 'container' || published.port === null || !built) continue;
      const dockerfile = fileKey(built);
      const exposed = imagePorts.get(dockerfile);
      // Not scanned, or nothing exposed, or an EXPOSE we cannot read: no claim to make.
      if (!exposed || exposed.length === 0 || exposed.some((p) => p.port === null)) continue;
      if (covers(exposed, published.protocol, published.port, published.endPort ?? published.port)) continue;
      const labels = [...new Set(exposed.map(portLabel))];
      const service = published.context.service;
      const data = { port: portLabel(published), dockerfile: exposed[0]!.file, exposed: labels.join(', ') };
      const hit = service
        ? report(published, 'notExposed', { ...data, service })
        : report(published, 'unnamedNotExposed', data);
      const suggestion = singleSuggestion(exposed, published.protocol);
      if (suggestion !== undefined) hit.suggestion = suggestion;
      hits.push(hit);
    }
    return hits;
  },
};

/** Final-image EXPOSE ports of every scanned Dockerfile, by normalized path, in file order. */
function exposedByDockerfile(ports: readonly ClassifiedPort[]): Map<string, ClassifiedPort[]> {
  const byFile = new Map<string, ClassifiedPort[]>();
  for (const port of ports) {
    if (factsOf(port, 'dockerfile')?.inFinalImage !== true) continue;
    const key = fileKey(port.file);
    const list = byFile.get(key) ?? [];
    list.push(port);
    byFile.set(key, list);
  }
  for (const list of byFile.values()) list.sort((a, b) => a.line - b.line || a.column - b.column);
  return byFile;
}

/** True when the exposed ports of `protocol` together cover every port of `start..end`. */
function covers(exposed: readonly ClassifiedPort[], protocol: Protocol, start: number, end: number): boolean {
  const intervals = exposed
    .filter((p) => p.protocol === protocol && p.port !== null)
    .map((p) => {
      const other = p.endPort ?? p.port!;
      return [Math.min(p.port!, other), Math.max(p.port!, other)] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  let next = Math.min(start, end);
  const last = Math.max(start, end);
  for (const [from, to] of intervals) {
    if (from > next) break;
    if (to >= next) next = to + 1;
    if (next > last) return true;
  }
  return false;
}

/** The port to publish instead, when the image exposes exactly one port of that protocol. */
function singleSuggestion(exposed: readonly ClassifiedPort[], protocol: Protocol): number | undefined {
  const candidates = new Set(
    exposed
      .filter((p) => p.protocol === protocol && p.port !== null && (p.endPort ?? p.port) === p.port)
      .map((p) => p.port!),
  );
  const ranges = exposed.some((p) => p.protocol === protocol && p.endPort !== null && p.endPort !== p.port);
  return candidates.size === 1 && !ranges ? [...candidates][0] : undefined;
}
