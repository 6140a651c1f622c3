import type { ManifestKind } from '../types.js';
import type { Parser } from './types.js';
import { parseCompose } from './compose.js';
import { parseWorkflow } from './workflow.js';
import { parseDockerfile } from './dockerfile.js';
import { parseDevcontainer } from './devcontainer.js';
import { parseNginx } from './nginx.js';
import { parseSystemdSocket } from './systemd-socket.js';

/** One parser per manifest kind. */
export const PARSERS: Partial<Record<ManifestKind, Parser>> = {
  compose: parseCompose,
  workflow: parseWorkflow,
  dockerfile: parseDockerfile,
  devcontainer: parseDevcontainer,
  nginx: parseNginx,
  'systemd-socket': parseSystemdSocket,
};
