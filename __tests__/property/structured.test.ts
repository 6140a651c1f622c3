/**
 * Structured generators: random but well-formed manifests of each kind, each built with the exact
 * ports (and diagnostics) written into it. The parser must find exactly those, at exactly those
 * positions, whatever the layout, comments, quoting and line endings (LF, CRLF, lone CR).
 */
import fc from 'fast-check';
import { describe, it } from '@jest/globals';
import type { GeneratedCase } from './support/builder.js';
import { expectGenerated } from './support/check.js';
import { fuzzParameters, PROPERTY_TIMEOUT } from './support/fuzz.js';
import { composeCase } from './generators/compose.js';
import { workflowCase } from './generators/workflow.js';
import { kubernetesCase } from './generators/kubernetes.js';
import { helmValuesCase } from './generators/helm-values.js';
import { springPropertiesCase, springYamlCase } from './generators/spring.js';
import { dockerfileCase } from './generators/dockerfile.js';
import { nginxCase } from './generators/nginx.js';
import { dotenvCase, procfileCase, systemdSocketCase } from './generators/line-based.js';
import { devcontainerCase, flyCase, terraformCase } from './generators/structured-formats.js';

const GENERATORS: Array<[string, fc.Arbitrary<GeneratedCase>]> = [
  ['Compose', composeCase],
  ['GitHub workflow', workflowCase],
  ['Dockerfile', dockerfileCase],
  ['Kubernetes', kubernetesCase],
  ['Helm values', helmValuesCase],
  ['nginx', nginxCase],
  ['systemd socket', systemdSocketCase],
  ['devcontainer', devcontainerCase],
  ['.env', dotenvCase],
  ['Procfile', procfileCase],
  ['Spring properties', springPropertiesCase],
  ['Spring YAML', springYamlCase],
  ['fly.toml', flyCase],
  ['Terraform', terraformCase],
];

describe('generated manifests yield exactly the ports written into them', () => {
  for (const [kind, generator] of GENERATORS) {
    it(
      kind,
      () => {
        fc.assert(
          fc.property(generator, (generated) => expectGenerated(generated)),
          fuzzParameters(150),
        );
      },
      PROPERTY_TIMEOUT,
    );
  }
});
