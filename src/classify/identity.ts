import { factsOf, type DeclaredPort } from '../types.js';
import { own } from '../dictionary.js';

/** Where the name of the software came from, best evidence first. */
export type IdentitySource = 'image' | 'build' | 'chart' | 'label' | 'name' | 'folder' | 'kind';

export interface Evidence {
  name: string;
  source: IdentitySource;
}

/**
 * Words that say nothing about which software runs: generic roles, packaging and layout folders,
 * operating systems and language runtimes (a `node` or `python` image runs the user's own app).
 */
const GENERIC_NAMES: ReadonlySet<string> = new Set([
  // roles
  'app',
  'apps',
  'application',
  'server',
  'service',
  'services',
  'svc',
  'main',
  'default',
  'container',
  'containers',
  'hello',
  'helloworld',
  'hello-world',
  'example',
  'examples',
  'sample',
  'samples',
  'demo',
  'test',
  'tests',
  'e2e',
  'fixtures',
  // packaging and layout
  'dockerfile',
  'dockerfiles',
  'compose',
  'docker-compose',
  'image',
  'images',
  'rootfs',
  'src',
  'source',
  'deploy',
  'deployment',
  'deployments',
  'helm',
  'chart',
  'charts',
  'templates',
  'k8s',
  'kube',
  'kubernetes',
  'manifests',
  'kustomize',
  'overlays',
  'bases',
  'config',
  'conf',
  'etc',
  'files',
  'resources',
  'terraform',
  'modules',
  'infra',
  'infrastructure',
  'ops',
  'ci',
  '.devcontainer',
  '.github',
  'workflows',
  'base',
  'runtime',
  'production',
  'prod',
  'development',
  'dev',
  'staging',
  'local',
  'build',
  'builder',
  'release',
  'dist',
  'debug',
  'latest',
  'stable',
  // operating systems
  'alpine',
  'debian',
  'ubuntu',
  'centos',
  'fedora',
  'rockylinux',
  'almalinux',
  'amazonlinux',
  'oraclelinux',
  'busybox',
  'scratch',
  'distroless',
  'ubi',
  'ubi8',
  'ubi9',
  'ubi-minimal',
  'ubi8-minimal',
  'ubi9-minimal',
  'linux',
  'windows',
  'bookworm',
  'bullseye',
  'buster',
  'trixie',
  'jammy',
  'focal',
  'noble',
  'bionic',
  // language runtimes and build images
  'node',
  'nodejs',
  'python',
  'python3',
  'golang',
  'go',
  'openjdk',
  'java',
  'jdk',
  'jre',
  'eclipse-temurin',
  'amazoncorretto',
  'ruby',
  'php',
  'perl',
  'rust',
  'dotnet',
  'aspnet',
  'sdk',
  'bun',
  'deno',
  'elixir',
  'erlang',
  'gradle',
  'maven',
  'static',
]);

/** `4.0`, `v2`, `3.11-slim`, `1.25.3-alpine`: versions, not names. */
const VERSION_LIKE = /^v?\d+(?:[._-]\w+)*$/;
/** Variables, templates and paths (`$SERVICE_NAME`, `{{ .Release.Name }}`, `a/b`) are not names. */
const NOT_A_NAME = /[$%{}<>/\\]|^\s*$/;
const MAX_NAME = 100;

/** Folders that hold manifests without naming software; as an image or service, `docker` is the daemon. */
const LAYOUT_FOLDERS: ReadonlySet<string> = new Set(['docker']);

export function isGenericName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    GENERIC_NAMES.has(lower) || VERSION_LIKE.test(lower) || NOT_A_NAME.test(name) || name.length > MAX_NAME
  );
}

function isGenericFolder(name: string): boolean {
  return isGenericName(name) || LAYOUT_FOLDERS.has(name.toLowerCase());
}

/**
 * Names of the software that declares the port, best evidence first; generic words, variables,
 * build-stage names, resource addresses and key paths are never among them.
 */
export function evidenceOf(port: DeclaredPort): Evidence[] {
  const c = port.context;
  const found: Evidence[] = [];
  const add = (name: string | undefined, source: IdentitySource): void => {
    if (name === undefined || (source === 'folder' ? isGenericFolder(name) : isGenericName(name))) return;
    found.push({ name, source });
  };
  // A Dockerfile's FROM names its base image, not what it builds: that comes last.
  if (port.kind !== 'dockerfile') add(imageName(c.image ?? factsOf(port, 'compose')?.siblingImage), 'image');
  for (const build of factsOf(port, 'dockerfile')?.builtBy ?? []) {
    add(imageName(build.image), 'build');
    add(build.service, 'build');
  }
  add(factsOf(port, 'helm-values')?.chart, 'chart');
  add(port.runs, 'name');
  const kubernetes = factsOf(port, 'kubernetes');
  const labels = kubernetes?.podLabels ?? kubernetes?.selector;
  add(own(labels ?? {}, 'app.kubernetes.io/name') ?? own(labels ?? {}, 'app'), 'label');
  add(c.container, 'name');
  if (port.kind !== 'terraform') add(c.service, 'name');
  if (port.kind === 'kubernetes') add(c.object?.split('/').pop(), 'name');
  if (NAMED_KINDS.has(port.kind)) add(c.name?.replace(/\.socket$/, ''), 'name');
  if (port.kind === 'nginx') add('nginx', 'kind');
  // A folder says what its manifest holds only when nothing more specific does (else it is a project).
  if (found.length === 0 && !PROJECT_KINDS.has(port.kind))
    add(
      (port.folders ?? foldersOf(port.file)).find((folder) => !isGenericFolder(folder)),
      'folder',
    );
  if (port.kind === 'dockerfile') add(imageName(c.image), 'image');
  return found;
}

/** Kinds whose folder is a project or an environment, not one program: `.env`, Terraform. */
const PROJECT_KINDS: ReadonlySet<DeclaredPort['kind']> = new Set(['dotenv', 'terraform']);

/** Kinds whose `context.name` names the app (not a variable, property or host name). */
const NAMED_KINDS: ReadonlySet<DeclaredPort['kind']> = new Set(['fly', 'devcontainer', 'systemd-socket']);

/** How many folders above a manifest may name what it declares (parse-file.ts records them). */
export const FOLDER_DEPTH = 3;

/**
 * The nearest folders of a manifest from its path, innermost first; `.` and `..` are no names. For
 * ports that did not come through a scan: a scanned port has `folders` from its real path.
 */
function foldersOf(file: string): string[] {
  return file
    .split('/')
    .slice(0, -1)
    .filter((part) => part !== '.' && part !== '..')
    .reverse()
    .slice(0, FOLDER_DEPTH);
}

/**
 * The software an image reference runs: `registry:5000/bitnami/rabbitmq:3.13@sha256:...` -> `rabbitmq`.
 * Compose defaults (`${REGISTRY:-acme}/x`) count; an unresolved variable does not. The namespace
 * names the publisher, except before a bare `server` (`mcr.microsoft.com/mssql/server`).
 */
export function imageName(image: string | undefined): string | undefined {
  if (image === undefined) return undefined;
  const written = image.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g, '$1');
  const segments = imageRepository(written).split('/');
  let name = segments.pop();
  if (name === 'server' && segments.length > 0) name = segments.pop();
  return name === undefined || name.includes('$') || isGenericName(name) ? undefined : name;
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
