import path from 'node:path';
import type { ManifestKind } from '../types.js';

/** A YAML file whose kind only its content can tell (Kubernetes or nothing). */
export const SNIFF_YAML = 'sniff-yaml' as const;
/** A `.conf` whose kind only its content can tell (nginx or another program's). */
export const SNIFF_NGINX = 'sniff-nginx' as const;
export type KindGuess = ManifestKind | typeof SNIFF_YAML | typeof SNIFF_NGINX;

const YAML = /\.ya?ml$/i;

/**
 * The manifest kind of a repository path (forward slashes), from its name alone, or SNIFF_YAML
 * for YAML that may be Kubernetes. `chartFolders` holds folders that contain a Chart.yaml.
 */
export function kindFromPath(relativePath: string, chartFolders: ReadonlySet<string>): KindGuess | undefined {
  const base = path.posix.basename(relativePath);
  const folder = path.posix.dirname(relativePath);
  const lower = base.toLowerCase();
  const segments = relativePath.split('/');

  if (/^(docker-)?compose([.-].*)?\.ya?ml$/i.test(base) || /\.compose\.ya?ml$/i.test(base)) return 'compose';
  if (/^(dockerfile|containerfile)([.-].*)?$/i.test(base) || /\.(dockerfile|containerfile)$/i.test(base)) {
    return 'dockerfile';
  }
  if (YAML.test(base) && /(^|\/)\.github\/workflows$/.test(folder)) return 'workflow';
  if (
    base === '.devcontainer.json' ||
    (base === 'devcontainer.json' &&
      (segments.at(-2) === '.devcontainer' || segments.at(-3) === '.devcontainer'))
  ) {
    return 'devcontainer';
  }
  if (lower.endsWith('.socket')) return 'systemd-socket';
  if (/^procfile(\..+)?$/i.test(base)) return 'procfile';
  if (/^\.env(\..+)?$/.test(base) || (lower.endsWith('.env') && base.length > 4)) return 'dotenv';
  if (/^fly(\..+)?\.toml$/i.test(base)) return 'fly';
  if (lower.endsWith('.tf')) return 'terraform';
  // The file's own name is evidence that does not depend on where the scan starts; folders are not.
  if (/^nginx.*\.conf(\.template)?$/.test(lower)) return 'nginx';
  if (isNginxPath(lower, segments)) return SNIFF_NGINX;
  if (/^application([-.].*)?\.properties$/i.test(base)) return 'spring';

  if (!YAML.test(base)) return undefined;
  if (isInChartTemplates(segments, chartFolders)) return undefined;
  if (/^values.*\.ya?ml$/i.test(base) && chartFolders.has(folder)) return 'helm-values';
  if (/^application([-.].*)?\.ya?ml$/i.test(base)) return 'spring';
  return SNIFF_YAML;
}

/**
 * A file that may be nginx configuration: any other `*.conf` (or `.conf.template`), or a file of a
 * `sites-*` folder. Only its content decides (refineKind): the folder names above it depend on where
 * the scan starts, and many programs keep `conf.d/*.conf` files of their own (Dovecot, Apache).
 */
function isNginxPath(lowerBase: string, segments: string[]): boolean {
  if (/\.conf(\.template)?$/.test(lowerBase)) return true;
  const folders = segments.slice(0, -1).map((s) => s.toLowerCase());
  return folders.some((f) => f === 'sites-available' || f === 'sites-enabled');
}

/** Directives only nginx writes, each ending in `;` or opening a block on its line. */
const NGINX_DIRECTIVES = new Set([
  'listen',
  'server_name',
  'location',
  'upstream',
  'proxy_pass',
  'fastcgi_pass',
  'uwsgi_pass',
  'grpc_pass',
  'try_files',
  'worker_processes',
  'worker_connections',
]);
/** Blocks written without arguments: `server {`, `http {`. (`server 10.0.0.1 {` is BIND.) */
const NGINX_BLOCKS = new Set(['server', 'http', 'events', 'stream', 'mail']);

/**
 * Whether the text has at least one line that is unmistakably nginx: `listen 80;`, `location / {`,
 * `server {`. Dovecot's `listen = *` and Apache's `Listen 80` are not. A linear scan of each line.
 */
export function looksLikeNginx(text: string): boolean {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const name = /^[a-z_]+/.exec(trimmed)?.[0];
    if (!name) continue;
    const rest = trimmed.slice(name.length).trimStart();
    if (NGINX_BLOCKS.has(name) && rest.startsWith('{')) return true;
    // A directive name, then its arguments (not `= value`), then `;` or a block.
    const separated = trimmed[name.length] === ' ' || trimmed[name.length] === '\t';
    if (!NGINX_DIRECTIVES.has(name) || !separated || rest.startsWith('=')) continue;
    if (rest.includes(';') || rest.endsWith('{')) return true;
  }
  return false;
}

/** Helm chart templates are Go templates, not YAML: never parse them. */
function isInChartTemplates(segments: string[], chartFolders: ReadonlySet<string>): boolean {
  for (let i = segments.length - 2; i >= 1; i--) {
    if (segments[i] === 'templates' && chartFolders.has(segments.slice(0, i).join('/') || '.')) return true;
  }
  return false;
}

const API_VERSION = /^\s*apiVersion\s*:/m;
const KIND = /^\s*kind\s*:/m;

/** Whether YAML text carries both `apiVersion` and `kind` (a cheap text test, no parse). */
export function looksLikeKubernetes(text: string): boolean {
  return API_VERSION.test(text) && KIND.test(text);
}

/** The final kind once the text is known: YAML that looks like Kubernetes is Kubernetes. */
export function refineKind(guess: KindGuess, relativePath: string, text: string): ManifestKind | undefined {
  if (guess === SNIFF_YAML) return looksLikeKubernetes(text) ? 'kubernetes' : undefined;
  if (guess === 'spring' && YAML.test(relativePath) && looksLikeKubernetes(text)) return 'kubernetes';
  if (guess === SNIFF_NGINX) return looksLikeNginx(text) ? 'nginx' : undefined;
  return guess;
}
