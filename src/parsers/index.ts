import type { ManifestKind } from '../types.js';
import type { ManifestKindModule } from './types.js';
import { composeKind } from './compose.js';
import { workflowKind } from './workflow.js';
import { dockerfileKind } from './dockerfile.js';
import { kubernetesKind } from './kubernetes.js';
import { helmValuesKind } from './helm-values.js';
import { dotenvKind } from './dotenv.js';
import { procfileKind } from './procfile.js';
import { springKind } from './spring.js';
import { flyKind } from './fly.js';
import { terraformKind } from './terraform.js';
import { devcontainerKind } from './devcontainer.js';
import { nginxKind } from './nginx.js';
import { systemdSocketKind } from './systemd-socket.js';

/**
 * Every manifest kind, in the order discovery asks them (discover/kinds.ts `kindOf`): the first that
 * matches a path takes the file. A kind that answers `maybe` by name is asked again with the text;
 * if the text says no, the next kinds are asked. So the order settles every name two kinds claim:
 * - kinds recognised by name alone come first: `compose.yaml` with `apiVersion` and `kind` is Compose,
 *   `.env.yaml` is a dotenv file, a YAML file of `.github/workflows` is a workflow;
 * - nginx after them (`*.conf` is nginx only when its text says so);
 * - then the YAML kinds that need a Helm chart or the text: Spring before Kubernetes, so an
 *   `application.yaml` is Spring unless it looks like Kubernetes, and Kubernetes, which takes any
 *   other YAML that looks like a manifest, last.
 * Adding a kind: its module (in its parser's file), its entry here, its member of `ManifestKind`.
 */
export const KINDS: readonly ManifestKindModule[] = [
  composeKind,
  dockerfileKind,
  workflowKind,
  devcontainerKind,
  systemdSocketKind,
  procfileKind,
  dotenvKind,
  flyKind,
  terraformKind,
  nginxKind,
  springKind,
  helmValuesKind,
  kubernetesKind,
];

const BY_KIND: ReadonlyMap<ManifestKind, ManifestKindModule> = new Map(KINDS.map((k) => [k.kind, k]));

/** The module of a kind (every ManifestKind has one). */
export function kindModule(kind: ManifestKind): ManifestKindModule {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`no module for the manifest kind ${kind}`);
  return found;
}
