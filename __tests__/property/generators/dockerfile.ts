/**
 * Dockerfiles: stages, ARG/ENV, EXPOSE lines with every token form (number, range, /protocol,
 * host:container, quoted, variables), continuations with comment lines between them, the `# escape=`
 * directive, and text that only looks like EXPOSE (comments, RUN arguments, heredoc bodies).
 */
import fc from 'fast-check';
import { Builder, type GeneratedCase, type Piece } from '../support/builder.js';
import { blank, eol, identifier, portNumber, portRange, protocolSuffix, variableName } from './common.js';

/** An EXPOSE word: its pieces (the port piece where the number or `$` is) and the stage variables it needs. */
interface Word {
  pieces: Piece[];
  /** `ARG NAME=value` lines this word relies on. */
  args: Array<[string, number]>;
}

const word: fc.Arbitrary<Word> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(portNumber, protocolSuffix).map(([n, [suffix, protocol]]) => ({
      pieces: [{ text: `${n}${suffix}`, port: { port: n, endPort: n, protocol, role: 'expose' as const } }],
      args: [],
    })),
  },
  {
    weight: 1,
    arbitrary: portRange.map(([a, c]) => ({
      pieces: [
        {
          text: `${a}-${c}`,
          port: { port: a, endPort: c, protocol: 'tcp' as const, role: 'expose' as const },
        },
      ],
      args: [],
    })),
  },
  // `EXPOSE 8080:80`: Docker ignores the host part; the container number is the port.
  {
    weight: 1,
    arbitrary: fc.tuple(portNumber, portNumber).map(([h, c]) => ({
      pieces: [
        { text: `${h}:` },
        { text: String(c), port: { port: c, endPort: c, protocol: 'tcp' as const, role: 'expose' as const } },
      ],
      args: [],
    })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(portNumber, fc.constantFrom('"', "'")).map(([n, q]) => ({
      pieces: [
        { text: q },
        { text: String(n), port: { port: n, endPort: n, protocol: 'tcp' as const, role: 'expose' as const } },
        { text: q },
      ],
      args: [],
    })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(variableName, portNumber, fc.constantFrom('$V', '${V}', '"${V}"'), protocolSuffix)
      .map(([v, n, form, [suffix, protocol]]) => {
        // The number is part of the name: one name never stands for two values in a file.
        const name = `P_${v}_${n}`;
        const text = form.replace('V', name);
        const quote = text.startsWith('"') ? [{ text: '"' }] : [];
        return {
          pieces: [
            ...quote,
            {
              text: text.replace(/"/g, '') + suffix,
              port: { port: n, endPort: n, protocol, role: 'expose' as const },
            },
            ...quote,
          ],
          args: [[name, n]] as Array<[string, number]>,
        };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(variableName, portNumber).map(([v, n]) => ({
      pieces: [
        {
          text: `\${NOPE_${v}:-${n}}`,
          port: { port: n, endPort: n, protocol: 'tcp' as const, role: 'expose' as const },
        },
      ],
      args: [],
    })),
  },
  {
    weight: 1,
    arbitrary: variableName.map((v) => ({
      pieces: [
        {
          text: `$NOPE_${v}`,
          port: { port: null, endPort: null, protocol: 'tcp' as const, role: 'expose' as const },
        },
      ],
      args: [],
    })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('abc', 'http', '80/icmp').map((text) => ({
      pieces: [{ text, diagnostic: 'invalid-port' }],
      args: [],
    })),
  },
);

interface Expose {
  keyword: string;
  /** Words, each followed by a separator: a blank, or a line continuation (with comment lines between). */
  words: Array<{ word: Word; continued: boolean; comment: boolean; gap: string }>;
}

const expose: fc.Arbitrary<Expose> = fc.record({
  keyword: fc.constantFrom('EXPOSE', 'expose', 'Expose'),
  words: fc.array(fc.record({ word, continued: fc.boolean(), comment: fc.boolean(), gap: blank }), {
    minLength: 1,
    maxLength: 4,
  }),
});

const noise = fc.constantFrom(
  '# EXPOSE 9999',
  'RUN echo "EXPOSE 1234" > /dev/null',
  'LABEL org.opencontainers.image.description="listens on 8080"',
  'HEALTHCHECK CMD curl -f http://localhost:8081/ || exit 1',
  'RUN <<EOF\nEXPOSE 4321\nEOF',
  'ENV NODE_ENV=production',
  '',
);

const stage = fc.record({
  image: fc.constantFrom('node:20', 'golang:1.22 AS build', 'alpine', 'scratch AS final'),
  body: fc.array(
    fc.oneof(
      { weight: 2, arbitrary: expose.map((e) => ({ type: 'expose' as const, e })) },
      noise.map((n) => ({ type: 'noise' as const, n })),
    ),
    { maxLength: 4 },
  ),
});

export const dockerfileCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    backtick: fc.boolean(),
    stages: fc.array(stage, { minLength: 1, maxLength: 3 }),
    name: identifier,
  })
  .map(({ eol: lineEnd, backtick, stages, name }) => {
    const b = new Builder(lineEnd);
    const escape = backtick ? '`' : '\\';
    if (backtick) b.line('# escape=`');
    b.line('# syntax=docker/dockerfile:1');
    for (const s of stages) {
      b.line(`FROM ${s.image}`);
      for (const item of s.body) {
        if (item.type === 'noise') {
          b.line(item.n);
          continue;
        }
        const args = item.e.words.flatMap((w) => w.word.args);
        for (const [arg, port] of args) b.line(`ARG ${arg}=${port}`);
        b.add(`${item.e.keyword} `);
        item.e.words.forEach(({ word: w, continued, comment, gap }, i) => {
          b.pieces(w.pieces);
          if (i === item.e.words.length - 1) return;
          if (!continued) return void b.add(gap);
          b.add(` ${escape}\n`);
          if (comment) b.line('# a comment line inside the instruction');
          b.add(gap);
        });
        b.add('\n');
      }
    }
    return b.build('dockerfile', `services/${name}/Dockerfile`);
  });
