import type { ManifestKind } from '../types.js';
import type { Parser } from './types.js';
import { parseCompose } from './compose.js';
import { parseWorkflow } from './workflow.js';
import { parseDockerfile } from './dockerfile.js';
import { parseKubernetes } from './kubernetes.js';
import { parseHelmValues } from './helm-values.js';
import { parseDotenv } from './dotenv.js';
import { parseProcfile } from './procfile.js';
import { parseSpring } from './spring.js';
import { parseFly } from './fly.js';
import { parseTerraform } from './terraform.js';
import { parseDevcontainer } from './devcontainer.js';
import { parseNginx } from './nginx.js';
import { parseSystemdSocket } from './systemd-socket.js';

/** One parser per manifest kind. */
export const PARSERS: Partial<Record<ManifestKind, Parser>> = {
  compose: parseCompose,
  workflow: parseWorkflow,
  dockerfile: parseDockerfile,
  kubernetes: parseKubernetes,
  'helm-values': parseHelmValues,
  devcontainer: parseDevcontainer,
  nginx: parseNginx,
  'systemd-socket': parseSystemdSocket,
  dotenv: parseDotenv,
  procfile: parseProcfile,
  spring: parseSpring,
  fly: parseFly,
  terraform: parseTerraform,
};
