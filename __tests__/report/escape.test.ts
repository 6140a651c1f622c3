import { describe, expect, it } from '@jest/globals';
import { marked } from 'marked';
import { escapeMarkdownText, sanitizeTerminal } from '../../src/report/escape.js';
import { clip } from '../../src/report/clip.js';

describe('sanitizeTerminal', () => {
  it('makes zero-width, separator, bidi, invisible-operator, BOM and tag characters visible', () => {
    const hidden =
      'a\u200bb\u200cc\u200dd\u200ee\u200ff\u2028g\u2029h\u2060i\u2064j\ufeffk\u061cl\u202em\u2067n' +
      '\u{e0000}o\u{e0041}p\u{e007f}q';
    expect(sanitizeTerminal(hidden)).toBe(
      'a\\u{200b}b\\u{200c}c\\u{200d}d\\u{200e}e\\u{200f}f\\u{2028}g\\u{2029}h\\u{2060}i\\u{2064}j' +
        '\\u{feff}k\\u{61c}l\\u{202e}m\\u{2067}n\\u{e0000}o\\u{e0041}p\\u{e007f}q',
    );
  });

  it('makes lone surrogates visible and keeps pairs', () => {
    expect(sanitizeTerminal('x\ud800y\udc00z😀')).toBe('x\\u{d800}y\\u{dc00}z😀');
  });

  it('leaves ordinary text alone', () => {
    expect(sanitizeTerminal('web-1 ポート 8080/tcp é')).toBe('web-1 ポート 8080/tcp é');
  });
});

describe('escapeMarkdownText', () => {
  it('breaks www. and scheme autolinks and keeps plain file names as they are', () => {
    expect(escapeMarkdownText('see www.example.com, WWW.x.org, http://x, mailto:a@b.c, evil.com')).toBe(
      'see www&#46;example.com, WWW&#46;x.org, http&#58;//x, mailto&#58;a&#64;b.c, evil.com',
    );
    expect(escapeMarkdownText('compose.yaml:5')).toBe('compose.yaml&#58;5');
  });

  it('shows invisible characters as escapes in Markdown too', () => {
    expect(escapeMarkdownText('a\u200bb\u{e0041}')).toBe('a&#92;u&#123;200b&#125;b&#92;u&#123;e0041&#125;');
  });

  it('renders without any link in a GFM renderer', () => {
    const text = 'www.example.com https://evil.test/x http://x evil.com ftp://y a@b.example [a](https://z)';
    const html = marked.parse(escapeMarkdownText(text), { gfm: true, async: false });
    expect(html).not.toContain('<a');
    expect(html).toBe(
      '<p>www.example.com https://evil.test/x http://x evil.com ftp://y a@b.example [a](https://z)</p>\n',
    );
  });
});

describe('clip', () => {
  it('keeps text within the limit as it is', () => {
    expect(clip('1.2.3', 64)).toBe('1.2.3');
    expect(clip('x'.repeat(64), 64)).toBe('x'.repeat(64));
  });

  it('cuts longer text to the limit, ellipsis included', () => {
    expect(clip('x'.repeat(65), 64)).toBe(`${'x'.repeat(63)}…`);
  });

  it('never splits a surrogate pair', () => {
    expect(clip('😀😀😀', 4)).toBe('😀…');
    expect(clip('a😀😀', 4)).toBe('a😀…');
  });
});
