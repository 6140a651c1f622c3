import type { Position } from '../types.js';

/**
 * Offset -> 1-based line/column for non-YAML manifests. Counts `\r\n`, `\n` and a lone `\r`
 * as one line break each, so positions match what editors and GitHub show.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) this.starts.push(i + 1);
      else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  offsetOf(position: Position): number {
    return (this.starts[position.line - 1] ?? this.text.length) + position.column - 1;
  }
}

/** Split text into lines (any line break), keeping each line's start offset. */
export function linesWithOffsets(text: string): Array<{ text: string; offset: number; line: number }> {
  const out: Array<{ text: string; offset: number; line: number }> = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let line = 1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), offset: start, line: line++ });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), offset: start, line });
  return out;
}

/** The offset of the line break (`\n` or `\r`) that ends the line holding `from`, or the text's end. */
export function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) return i;
  }
  return text.length;
}
