import path from 'node:path';
import { addFacts, addValueFrom, factsOf, type ComposeLoads, type DeclaredPort } from '../types.js';

/**
 * What a manifest does not say about its software, a neighbour may: a Dockerfile whose folder holds
 * a Spring application (`config/Dockerfile` beside `config/src/main/resources/application.yml`) runs
 * that application; a Compose file that only adds ports to a service (`compose.ports.yml`) runs the
 * image another Compose file of its folder gives that service. Ambiguous neighbours say nothing.
 */
export function recordSiblingIdentity(
  ports: DeclaredPort[],
  composeLoads: ReadonlyMap<string, ComposeLoads>,
): void {
  dockerfilesRunTheirSpringApp(ports);
  composeOverlaysRunTheServiceImage(ports, composeLoads);
}

/** How deep under a Dockerfile's folder its application's settings may sit (`src/main/resources`). */
const MAX_SPRING_DEPTH = 4;

function dockerfilesRunTheirSpringApp(ports: DeclaredPort[]): void {
  const springApps: Array<{ folder: string; runs: string; file: string }> = [];
  for (const port of ports) {
    if (port.kind === 'spring' && port.runs !== undefined)
      springApps.push({ folder: path.posix.dirname(port.file), runs: port.runs, file: port.file });
  }
  if (springApps.length === 0) return;
  for (const port of ports) {
    if (port.kind !== 'dockerfile' || port.runs !== undefined) continue;
    const folder = path.posix.dirname(port.file);
    const inside = springApps.filter((app) => isWithin(app.folder, folder, MAX_SPRING_DEPTH));
    const names = new Set(inside.map((app) => app.runs));
    if (names.size !== 1) continue;
    port.runs = inside[0]!.runs;
    addValueFrom(
      port,
      inside.map((app) => app.file),
    );
  }
}

function composeOverlaysRunTheServiceImage(
  ports: DeclaredPort[],
  composeLoads: ReadonlyMap<string, ComposeLoads>,
): void {
  const images = new Map<string, { images: Set<string>; files: Set<string> }>();
  for (const [file, loads] of composeLoads) {
    for (const [service, image] of loads.serviceImages ?? []) {
      const key = `${path.posix.dirname(file)}\0${service}`;
      let entry = images.get(key);
      if (!entry) images.set(key, (entry = { images: new Set(), files: new Set() }));
      entry.images.add(image);
      entry.files.add(file);
    }
  }
  if (images.size === 0) return;
  for (const port of ports) {
    const compose = factsOf(port, 'compose');
    if (port.kind !== 'compose' || port.context.image !== undefined || compose?.buildDockerfile !== undefined)
      continue;
    const entry = images.get(`${path.posix.dirname(port.file)}\0${port.context.service}`);
    if (!entry || entry.images.size !== 1) continue;
    addFacts(port, 'compose', { siblingImage: [...entry.images][0]! });
    addValueFrom(port, entry.files);
  }
}

/** `folder` is `root` or under it, at most `depth` levels down. */
function isWithin(folder: string, root: string, depth: number): boolean {
  if (root === '.') return folder.split('/').length <= depth;
  if (folder === root) return true;
  if (!folder.startsWith(`${root}/`)) return false;
  return folder.slice(root.length + 1).split('/').length <= depth;
}
