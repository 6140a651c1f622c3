import { addFacts, addValueFrom, factsOf, type DeclaredPort } from '../types.js';
import { fileKey } from './file-key.js';

interface Builders {
  /** Service name -> the image it tags, if any. */
  services: Map<string, string | undefined>;
  files: Set<string>;
}

/**
 * A Dockerfile that a Compose service builds runs what that service is (`rabbitmq` building
 * `docker/Dockerfile`), whatever its base image: record the services on the Dockerfile's ports.
 * Only services that declare a port are seen (the Compose parser records `buildDockerfile` on ports).
 */
export function recordComposeBuilds(ports: DeclaredPort[]): void {
  const byDockerfile = new Map<string, Builders>();
  for (const port of ports) {
    const service = port.context.service;
    const built = factsOf(port, 'compose')?.buildDockerfile;
    if (!built || service === undefined) continue;
    const dockerfile = fileKey(built);
    let builders = byDockerfile.get(dockerfile);
    if (!builders) byDockerfile.set(dockerfile, (builders = { services: new Map(), files: new Set() }));
    if (!builders.services.has(service)) builders.services.set(service, port.context.image);
    builders.files.add(port.file);
  }
  if (byDockerfile.size === 0) return;
  for (const port of ports) {
    if (port.kind !== 'dockerfile') continue;
    const builders = byDockerfile.get(fileKey(port.file));
    if (!builders) continue;
    const builtBy = [...builders.services].map(([service, image]) =>
      image ? { service, image } : { service },
    );
    addFacts(port, 'dockerfile', { builtBy });
    // The Compose file now decides what this port is called: a change there changes its findings.
    addValueFrom(port, builders.files);
  }
}
