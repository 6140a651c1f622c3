import path from 'node:path';
import { addFacts, factsOf, type ComposeLoads, type ComposeMembership, type DeclaredPort } from '../types.js';

/** Compose's default file, first found wins (compose-go `DefaultFileNames`). */
const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
/** Its override file, loaded with it (compose-go `DefaultOverrideFileNames`). */
const OVERRIDE_FILES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];
/** Files (or extended services) one project may pull in, whatever the include chains say. */
const MAX_PROJECT_ENTRIES = 256;

interface Project {
  id: string;
  folder: string;
  /** Files loaded whole. */
  files: Set<string>;
  /** `file\0service` pulled in by `extends` -> the name of the service that extends it. */
  services: Map<string, string>;
}

/** One step of a project's closure: a whole file, or one service of it taken by `extends`. */
interface Entry {
  file: string;
  service?: string;
  as?: string;
}

/**
 * Compose projects: the files `docker compose` loads together. A folder's default file with its
 * override (or its `.env`'s COMPOSE_FILE list) is one project; every other file is run alone with
 * `-f`. `include:` pulls in whole files, `extends: { file }` one service of another file. Sets
 * `composeProjects` on every Compose port and `scope` to its first project.
 */
export function linkComposeProjects(ports: DeclaredPort[], loads: ReadonlyMap<string, ComposeLoads>): void {
  const known = new Map(loads);
  for (const port of ports)
    if (port.kind === 'compose' && !known.has(port.file)) known.set(port.file, { include: [], extends: [] });
  const projects = findProjects(known);
  const byFile = new Map<string, Project[]>();
  for (const project of projects) {
    for (const file of [
      ...project.files,
      ...[...project.services.keys()].map((key) => key.split('\0')[0]!),
    ]) {
      const list = byFile.get(file) ?? [];
      if (!list.includes(project)) list.push(project);
      byFile.set(file, list);
    }
  }
  for (const port of ports) {
    if (port.kind !== 'compose') continue;
    const service = port.context.service ?? '';
    const memberships: ComposeMembership[] = [];
    for (const project of byFile.get(port.file) ?? []) {
      const as = project.files.has(port.file) ? service : project.services.get(`${port.file}\0${service}`);
      if (as !== undefined) memberships.push({ project: project.id, folder: project.folder, service: as });
    }
    // A service of a file that other files only take services from by `extends` is never run.
    if (memberships.length === 0) {
      delete port.scope;
      continue;
    }
    addFacts(port, 'compose', { composeProjects: memberships });
    port.scope = memberships[0]!.project;
  }
}

function findProjects(loads: ReadonlyMap<string, ComposeLoads>): Project[] {
  const folders = new Map<string, string[]>();
  for (const file of [...loads.keys()].sort()) {
    const folder = path.posix.dirname(file);
    folders.set(folder, [...(folders.get(folder) ?? []), file]);
  }
  const projects: Project[] = [];
  const covered = new Set<string>();
  const add = (id: string, folder: string, roots: string[]) => {
    const project = closure(id, folder, roots, loads);
    for (const file of project.files) covered.add(file);
    for (const key of project.services.keys()) covered.add(key.split('\0')[0]!);
    projects.push(project);
  };
  for (const [folder, files] of folders) {
    const roots = defaultRoots(folder, files, loads);
    if (roots.length > 0) add(`compose:${folder}`, folder, roots);
  }
  // A file that another one loads is not run alone; one nothing loads is (`docker compose -f`).
  const loaded = new Set<string>();
  for (const load of loads.values()) {
    for (const file of load.include) loaded.add(file);
    for (const { file } of load.extends) loaded.add(file);
  }
  const alone = [...loads.keys()].sort();
  for (const file of alone)
    if (!covered.has(file) && !loaded.has(file)) add(`compose:${file}`, path.posix.dirname(file), [file]);
  // Files only loaded by one another (a cycle) are still run somehow.
  for (const file of alone) if (!covered.has(file)) add(`compose:${file}`, path.posix.dirname(file), [file]);
  return projects;
}

/** What `docker compose` loads in `folder`: its `.env`'s COMPOSE_FILE, else the default pair. */
function defaultRoots(
  folder: string,
  files: readonly string[],
  loads: ReadonlyMap<string, ComposeLoads>,
): string[] {
  for (const file of files) {
    const list = loads.get(file)?.composeFile;
    if (list) return list;
  }
  const inFolder = (name: string) => (folder === '.' ? name : `${folder}/${name}`);
  const main = DEFAULT_FILES.map(inFolder).find((file) => files.includes(file));
  if (main === undefined) return [];
  const override = OVERRIDE_FILES.map(inFolder).find((file) => files.includes(file));
  return override === undefined ? [main] : [main, override];
}

function closure(
  id: string,
  folder: string,
  roots: string[],
  loads: ReadonlyMap<string, ComposeLoads>,
): Project {
  const project: Project = { id, folder, files: new Set(), services: new Map() };
  const queue: Entry[] = roots.map((file) => ({ file }));
  const seen = new Set<string>();
  while (queue.length > 0 && seen.size < MAX_PROJECT_ENTRIES) {
    const entry = queue.shift()!;
    const key = `${entry.file}\0${entry.service ?? ''}\0${entry.as ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const load = loads.get(entry.file);
    if (entry.service === undefined) {
      project.files.add(entry.file);
      for (const file of load?.include ?? []) queue.push({ file });
      for (const e of load?.extends ?? []) queue.push({ file: e.file, service: e.service, as: e.as });
      continue;
    }
    const serviceKey = `${entry.file}\0${entry.service}`;
    if (!project.services.has(serviceKey)) project.services.set(serviceKey, entry.as!);
    // The extended service may itself extend one in a third file: it keeps the first service's name.
    for (const e of load?.extends ?? [])
      if (e.as === entry.service) queue.push({ file: e.file, service: e.service, as: entry.as! });
  }
  return project;
}

/**
 * Compose merges a service defined in several files of one project (compose.yaml plus an override,
 * or a service and the one it `extends` in another file), so the same service name in two files is one
 * binding. The name is the one the service has in `project`.
 */
export function sameServiceInAnotherFile(a: DeclaredPort, b: DeclaredPort, project?: string): boolean {
  if (a.file === b.file) return false;
  const service = serviceIn(a, project);
  return service !== undefined && service === serviceIn(b, project);
}

function serviceIn(port: DeclaredPort, project: string | undefined): string | undefined {
  const membership = factsOf(port, 'compose')?.composeProjects?.find((m) => m.project === project);
  return membership ? membership.service : port.context.service;
}
