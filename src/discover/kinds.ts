import path from 'node:path';
import type { ManifestKind } from '../types.js';

/** A YAML file whose kind only its content can tell (Kubernetes or nothing). */
export const SNIFF_YAML = 'sniff-yaml' as const;
export type KindGuess = ManifestKind | typeof SNIFF_YAML;

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
  if (isNginxPath(lower, segments)) return 'nginx';
  if (/^application([-.].*)?\.properties$/i.test(base)) return 'spring';

  if (!YAML.test(base)) return undefined;
  if (isInChartTemplates(segments, chartFolders)) return undefined;
  if (/^values.*\.ya?ml$/i.test(base) && chartFolders.has(folder)) return 'helm-values';
  if (/^application([-.].*)?\.ya?ml$/i.test(base)) return 'spring';
  return SNIFF_YAML;
}

function isNginxPath(lowerBase: string, segments: string[]): boolean {
  if (/^nginx.*\.conf(\.template)?$/.test(lowerBase)) return true;
  const folders = segments.slice(0, -1).map((s) => s.toLowerCase());
  if (folders.some((f) => f === 'sites-available' || f === 'sites-enabled')) return true;
  if (!/\.conf(\.template)?$/.test(lowerBase)) return false;
  return folders.some((f) => f.includes('nginx') || f === 'conf.d' || f === 'http.d' || f === 'stream.d');
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
  return guess;
}
