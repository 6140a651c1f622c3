import { posix } from 'node:path';
import type { DeclaredPort } from '../types.js';
import { referencedVariables } from '../parsers/variables.js';

/** The variables a Compose port's text uses (`${DB_PORT}:5432` -> DB_PORT); none for other kinds. */
export function composeVariables(port: DeclaredPort): string[] {
  return port.kind === 'compose' && port.raw.includes('$') ? referencedVariables(port.raw) : [];
}

/**
 * A `.env` connection setting (`POSTGRES_PORT`) that a Compose file of the same folder uses in
 * `ports:`/`expose:` is where this stack listens: the role goes back to `listen`.
 */
export function relistenPublishedEnvPorts(ports: DeclaredPort[]): void {
  const usedByFolder = new Map<string, Set<string>>();
  for (const port of ports) {
    const names = composeVariables(port);
    if (names.length === 0) continue;
    const folder = posix.dirname(port.file);
    let used = usedByFolder.get(folder);
    if (!used) usedByFolder.set(folder, (used = new Set()));
    for (const name of names) used.add(name);
  }
  for (const port of ports) {
    if (port.kind !== 'dotenv' || port.role !== 'connect' || port.context.name === undefined) continue;
    if (usedByFolder.get(posix.dirname(port.file))?.has(port.context.name)) port.role = 'listen';
  }
}
