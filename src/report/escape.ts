/**
 * Everything a manifest author controls (service, image and port names, file names) passes
 * through here before it reaches Markdown, HTML, a terminal or the workflow log.
 */

// C0/C1 control characters, which include ESC (ANSI sequences), CR, LF, BEL and NUL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Characters that display as nothing or reorder text (Trojan Source): zero-width characters, line
// and paragraph separators, bidi marks, overrides and isolates, invisible operators, the BOM, tag
// characters, and lone surrogates (which are not text at all).
const INVISIBLE =
  /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}\ud800-\udfff]/gu;

function visibleCodePoint(ch: string): string {
  return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
}

/** Text safe to print to a terminal: control and invisible characters become visible `\u{..}` escapes. */
export function sanitizeTerminal(text: string): string {
  return text.replace(CONTROL, visibleCodePoint).replace(INVISIBLE, visibleCodePoint);
}

// `:` breaks `http://` and `mailto:` autolinks, `@` email ones, a `.` after `www` the `www.` ones.
const MARKDOWN_SPECIAL = /[&<>"'\\`*_{}[\]()!|~@#:]|(?<=www)\./gi;

/**
 * Inert Markdown text for GitHub: no HTML, no emphasis or links (autolinks included), no `@mention`
 * or `#123` reference, no code spans, no line breaks. Uses HTML entities, which GitHub renders as
 * the plain character.
 */
export function escapeMarkdownText(text: string): string {
  // One pass: a later pass would escape the `#` of entities written by an earlier one (`&#39;`).
  return sanitizeTerminal(text).replace(MARKDOWN_SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A Markdown table cell: inert text with the pipe escaped too (it is, by escapeMarkdownText). */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdownText(text);
}

/**
 * Message text of a GitHub workflow command (`::error ...::<data>`): `%`, CR and LF are
 * percent-encoded as the runner expects, so the text stays on one line and cannot start a
 * command (`::add-mask::`, `::stop-commands::`) of its own.
 */
export function escapeWorkflowCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a GitHub workflow command (`file=`, `title=`): also `:` and `,` are encoded. */
export function escapeWorkflowCommandProperty(text: string): string {
  return escapeWorkflowCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
