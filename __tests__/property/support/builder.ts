/**
 * Builds a manifest's text piece by piece while recording where each port is written, so a
 * generated manifest comes with its exact expected ports (line, column, port, endPort, protocol, role).
 */
import type { ManifestKind, Protocol, Role } from '../../../src/types.js';

/** What the parser must report for one written port. */
export interface ExpectedPort {
  port: number | null;
  endPort: number | null;
  protocol: Protocol;
  role: Role;
}

/** A piece of text, optionally the place where a port (or a diagnostic) is written. */
export interface Piece {
  text: string;
  port?: ExpectedPort;
  /** ruleId of a diagnostic the parser must report at the start of this piece. */
  diagnostic?: string;
}

/** A piece already written, at `offset`. */
export type Written = Piece & { offset: number };

/** [line, column, port, endPort, protocol, role]: what the property tests compare. */
export type PortTuple = [number, number, number | null, number | null, Protocol, Role];
/** [ruleId, line, column]. */
export type DiagnosticTuple = [string, number, number];

export interface GeneratedCase {
  kind: ManifestKind;
  path: string;
  text: string;
  ports: PortTuple[];
  diagnostics: DiagnosticTuple[];
  /** Files beside it that the parser may read (Compose `.env`), by path. */
  siblings: Record<string, string>;
}

/** Offset -> 1-based line/column, written independently of src/parsers/text-position.ts. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export class Builder {
  private text = '';
  private readonly ports: Array<{ offset: number; port: ExpectedPort }> = [];
  private readonly diagnostics: Array<{ offset: number; ruleId: string }> = [];

  /** `eol` replaces every `\n` written through `add` and `line`. */
  constructor(readonly eol = '\n') {}

  get length(): number {
    return this.text.length;
  }

  add(text: string): this {
    this.text += text.replace(/\n/g, this.eol);
    return this;
  }

  line(text = ''): this {
    return this.add(`${text}\n`);
  }

  /** Append pieces verbatim (no line-break conversion) and record their ports and diagnostics. */
  pieces(pieces: readonly Piece[]): this {
    return this.record(this.write(pieces));
  }

  /**
   * Append pieces without recording their ports and diagnostics; `record` them once per user of a value
   * written once and used several times (a YAML anchor).
   */
  write(pieces: readonly Piece[]): Written[] {
    const written: Written[] = [];
    for (const piece of pieces) {
      if (piece.port || piece.diagnostic) written.push({ ...piece, offset: this.text.length });
      this.text += piece.text;
    }
    return written;
  }

  record(written: readonly Written[]): this {
    for (const { offset, port, diagnostic } of written) {
      if (port) this.ports.push({ offset, port });
      if (diagnostic) this.diagnostics.push({ offset, ruleId: diagnostic });
    }
    return this;
  }

  build(kind: ManifestKind, path: string, siblings: Record<string, string> = {}): GeneratedCase {
    const text = this.text;
    const ports = this.ports.map(({ offset, port }): PortTuple => {
      const at = positionOf(text, offset);
      return [at.line, at.column, port.port, port.endPort, port.protocol, port.role];
    });
    const diagnostics = this.diagnostics.map(({ offset, ruleId }): DiagnosticTuple => {
      const at = positionOf(text, offset);
      return [ruleId, at.line, at.column];
    });
    return { kind, path, text, ports: sortTuples(ports), diagnostics: sortTuples(diagnostics), siblings };
  }
}

/** Sort tuples field by field (numbers numerically, the rest as strings), so order never matters. */
export function sortTuples<T extends ReadonlyArray<unknown>>(tuples: readonly T[]): T[] {
  const compare = (a: unknown, b: unknown): number => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b));
  };
  return [...tuples].sort((a, b) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const c = compare(a[i], b[i]);
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** A port piece: `text` written where a port of these values is declared. */
export function portPiece(
  text: string,
  port: number | null,
  role: Role,
  protocol: Protocol = 'tcp',
  endPort: number | null = port,
): Piece {
  return { text, port: { port, endPort, protocol, role } };
}
