/**
 * Everything a manifest author controls (service, image and port names, file names) passes
 * through here before it reaches Markdown, HTML, a terminal or the workflow log.
 */

// C0/C1 control characters, which include ESC (ANSI sequences), CR, LF, BEL and NUL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidi overrides and isolates can make text display differently from what it is (Trojan Source).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

function visibleCodePoint(ch: string): string {
  return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
}

/** Text safe to print to a terminal: control and bidi characters become visible `\u{..}` escapes. */
export function sanitizeTerminal(text: string): string {
  return text.replace(CONTROL, visibleCodePoint).replace(BIDI, visibleCodePoint);
}

/** Escape HTML special characters. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Inert Markdown text for GitHub: no HTML, no emphasis or links, no `@mention` or `#123` reference,
 * no code spans, no line breaks. Uses HTML entities, which GitHub renders as the plain character.
 */
export function escapeMarkdownText(text: string): string {
  // One pass: a later pass would escape the `#` of entities written by an earlier one (`&#39;`).
  return sanitizeTerminal(text).replace(/[&<>"'\\`*_{}[\]()!|~@#:]/g, (ch) => `&#${ch.charCodeAt(0)};`);
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
