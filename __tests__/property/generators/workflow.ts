/** GitHub workflows: `jobs.<id>.services.<name>.ports` and `jobs.<id>.container.ports`. */
import fc from 'fast-check';
import { Builder, type GeneratedCase } from '../support/builder.js';
import { eol, identifier, variableName } from './common.js';
import { dockerSpec, literalPart, yamlScalar, type DockerSpec, type Part } from './docker-spec.js';

/** `${{ matrix.port }}`: an expression only a run knows, so the port is unresolved. */
const expressionPart: fc.Arbitrary<Part> = variableName.map((v) => ({
  text: `\${{ matrix.${v.toLowerCase()} }}`,
  port: null,
  endPort: null,
}));

const spec = dockerSpec(fc.oneof({ weight: 4, arbitrary: literalPart }, expressionPart));

interface Container {
  name: string;
  specs: DockerSpec[];
  style: 'double' | 'single' | 'plain';
}

const container = fc.record({
  name: identifier,
  specs: fc.array(spec, { maxLength: 3 }),
  style: fc.constantFrom<Container['style']>('double', 'single', 'plain'),
});

export const workflowCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    jobs: fc.uniqueArray(
      fc.record({
        id: identifier,
        container: fc.option(container),
        services: fc.uniqueArray(container, { maxLength: 3, selector: (c) => c.name }),
      }),
      { minLength: 1, maxLength: 2, selector: (j) => j.id },
    ),
  })
  .map(({ eol: lineEnd, jobs }) => {
    const b = new Builder(lineEnd);
    b.line('name: ci').line('on: [push]').line('jobs:');
    const writeContainer = (c: Container, indent: string): void => {
      b.line(`${indent}image: example/${c.name}:1`);
      if (c.specs.length === 0) return;
      b.line(`${indent}ports:`);
      for (const s of c.specs) {
        // An expression holds spaces and braces: always quoted.
        const style = s.text.includes('{{') ? 'double' : c.style;
        b.add(`${indent}  - `)
          .pieces(yamlScalar(s, style, false))
          .add('\n');
      }
    };
    for (const job of jobs) {
      b.line(`  ${job.id}:`).line('    runs-on: ubuntu-latest');
      if (job.container) {
        b.line('    container:');
        writeContainer(job.container, '      ');
      }
      if (job.services.length > 0) {
        b.line('    services:');
        for (const service of job.services) {
          b.line(`      ${service.name}:`);
          writeContainer(service, '        ');
        }
      }
      b.line('    steps:').line('      - run: curl -s localhost:8080 # not a declaration');
    }
    return b.build('workflow', '.github/workflows/ci.yml');
  });
