/**
 * Docker's `[[ip:]host:]container[/protocol]` port spec as pieces, shared by the Compose and
 * workflow generators: every number, range and variable with the port it must yield.
 */
import fc from 'fast-check';
import type { Piece } from '../support/builder.js';
import { portNumber, portRange, protocolSuffix, variableName } from './common.js';

/** One side of a spec: its text and the value it stands for. */
export interface Part {
  text: string;
  port: number | null;
  endPort: number | null;
}

export const literalPart: fc.Arbitrary<Part> = fc.oneof(
  { weight: 3, arbitrary: portNumber.map((n) => ({ text: String(n), port: n, endPort: n })) },
  { weight: 1, arbitrary: portRange.map(([a, b]) => ({ text: `${a}-${b}`, port: a, endPort: b })) },
);

/** Variables as Compose writes them; `NOPE_*` is never defined, `WEB_PORT` only by the `.env` beside. */
export function variablePart(webPort: number | undefined): fc.Arbitrary<Part> {
  return fc.oneof(
    fc
      .tuple(variableName, portNumber)
      .map(([v, n]) => ({ text: `\${NOPE_${v}:-${n}}`, port: n, endPort: n })),
    fc.tuple(variableName, portNumber).map(([v, n]) => ({ text: `\${NOPE_${v}-${n}}`, port: n, endPort: n })),
    variableName.map((v) => ({ text: `\${NOPE_${v}}`, port: null, endPort: null })),
    variableName.map((v) => ({ text: `$NOPE_${v}`, port: null, endPort: null })),
    fc.constant({ text: '${WEB_PORT}', port: webPort ?? null, endPort: webPort ?? null }),
  );
}

export interface DockerSpec {
  pieces: Piece[];
  /** The spec as one string. */
  text: string;
}

/**
 * A short-syntax spec. `ip::container` and `container` publish no host port; `127.0.0.1:3001` is
 * refused by Compose (invalid-port at the address) and declares the container port (PORTS.md).
 */
export function dockerSpec(part: fc.Arbitrary<Part>): fc.Arbitrary<DockerSpec> {
  return fc
    .record({
      ip: fc.constantFrom('', '', '', '127.0.0.1', '0.0.0.0', '[::1]', '::1'),
      host: fc.option(part, { freq: 3 }),
      container: part,
      suffix: protocolSuffix,
      addressOnly: fc.boolean(),
    })
    .map(({ ip, host, container, suffix: [suffix, protocol], addressOnly }) => {
      const pieces: Piece[] = [];
      const portPiece = (p: Part, role: 'host' | 'container'): Piece => ({
        text: p.text,
        port: { port: p.port, endPort: p.endPort, protocol, role },
      });
      if (ip === '127.0.0.1' && addressOnly && !host) {
        pieces.push({ text: ip, diagnostic: 'invalid-port' }, { text: ':' });
      } else if (ip !== '') {
        pieces.push({ text: `${ip}:` });
        pieces.push(host ? portPiece(host, 'host') : { text: '' }, { text: ':' });
      } else if (host) {
        pieces.push(portPiece(host, 'host'), { text: ':' });
      }
      pieces.push(portPiece(container, 'container'), { text: suffix });
      return { pieces, text: pieces.map((p) => p.text).join('') };
    });
}

/** A spec as a YAML scalar: plain only where YAML reads it as this very text (or as the number). */
export function yamlScalar(spec: DockerSpec, style: 'double' | 'single' | 'plain', flow: boolean): Piece[] {
  const plainSafe = /^\d+$/.test(spec.text) || (!flow && /^[0-9$][^\s#,[\]{}]*$/.test(spec.text));
  if (style === 'plain' && plainSafe) return spec.pieces;
  const quote = style === 'single' ? "'" : '"';
  return [{ text: quote }, ...spec.pieces, { text: quote }];
}
