#!/usr/bin/env node
/**
 * Renders the README's picture of a pull request comment: portlint's Markdown report of examples/,
 * turned into HTML the way GitHub renders a comment (GFM tables, <details>, HTML entities, the
 * Primer light styles), inside a timeline comment box, screenshotted by headless Chromium.
 *
 *   node scripts/render-comment-png.mjs [--cli dist/cli/index.js] [--out docs/images/pr-comment.png]
 *                                       [--chromium /usr/bin/chromium] [--scale 2] [--html page.html]
                                       [--dir examples]
 *
 * --cli      a built CLI to run (default: build src/cli.ts with ncc into a temporary folder)
 * --dir      the folder to report on (default examples/; a larger one shows the <details> fold)
 * --out      the PNG to write
 * --chromium the browser binary (Debian: `apt-get install -y chromium fonts-noto-color-emoji`)
 * --scale    device pixel ratio of the screenshot (2: sharp on high-density screens; 1: a smaller file)
 * --html     also keep the HTML page here, to look at it in a browser
 *
 * A development tool: not run by CI or the tests. Needs no network (everything is inlined).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Marked } from 'marked';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WIDTH = 1100;
/** What the action posts first: the marker it finds its comment by again (invisible when rendered). */
const COMMENT_MARKER = '<!-- portlint:comment -->';
const CHROMIUM_TIMEOUT_MS = 120_000;

function fail(message) {
  process.stderr.write(`render-comment-png: ${message}\n`);
  process.exit(1);
}

function options() {
  const { values } = parseArgs({
    options: {
      cli: { type: 'string' },
      out: { type: 'string', default: path.join(ROOT, 'docs', 'images', 'pr-comment.png') },
      chromium: { type: 'string', default: 'chromium' },
      scale: { type: 'string', default: '2' },
      dir: { type: 'string', default: path.join(ROOT, 'examples') },
      html: { type: 'string' },
    },
  });
  const scale = Number(values.scale);
  if (!(scale >= 1 && scale <= 4)) fail(`--scale ${values.scale}: expected a number from 1 to 4`);
  return { ...values, scale };
}

/** The CLI to run: --cli as given, or a fresh ncc build of src/cli.ts in `scratch`. */
function cliPath(given, scratch) {
  if (given) {
    const file = path.resolve(given);
    if (!fs.existsSync(file)) fail(`--cli ${given} does not exist`);
    return file;
  }
  const out = path.join(scratch, 'cli');
  process.stderr.write('render-comment-png: building the CLI (ncc)...\n');
  execFileSync('npx', ['ncc', 'build', 'src/cli.ts', '-o', out, '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  return path.join(out, 'index.js');
}

/** portlint's Markdown report of `dir`, with paths as a repository rooted there would show them. */
function markdownReport(cli, dir) {
  const run = spawnSync(process.execPath, [cli, '--format', 'markdown', '--fail-on', 'never', '.'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (run.status !== 0 || !run.stdout.startsWith('### ')) {
    fail(`the CLI exited with ${run.status}: ${run.stderr || run.stdout}`);
  }
  return run.stdout;
}

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/;
/** A circled "i", in the place of the octicon GitHub puts before an alert's title. */
const ALERT_ICON =
  '<svg class="octicon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" style="margin-right:8px">' +
  '<circle cx="8" cy="8" r="6.75" fill="none" stroke="currentColor" stroke-width="1.5"/>' +
  '<rect x="7.25" y="7" width="1.5" height="4.5" rx=".75"/><circle cx="8" cy="4.9" r=".9"/></svg>';

/**
 * Markdown -> HTML as GitHub renders a comment: GFM (tables, autolinks), raw HTML kept (<details>,
 * <summary>, <sub>), entities decoded, line breaks inside paragraphs kept as GitHub's comment
 * renderer does, and `> [!NOTE]` blockquotes turned into alerts (the size-limit note uses one).
 */
function renderMarkdown(markdown) {
  const marked = new Marked({ gfm: true, breaks: true, async: false });
  marked.use({
    renderer: {
      blockquote(token) {
        const match = ALERT.exec(token.text);
        if (!match) return false;
        const kind = match[1].toLowerCase();
        const title = `${kind[0].toUpperCase()}${kind.slice(1)}`;
        const body = this.parser.parse(marked.lexer(token.text.slice(match[0].length)));
        return (
          `<div class="markdown-alert markdown-alert-${kind}">` +
          `<p class="markdown-alert-title">${ALERT_ICON}${title}</p>\n${body}</div>\n`
        );
      },
    },
  });
  return marked.parse(markdown);
}

/** GitHub Actions' avatar, drawn (a blue rounded square with a play mark), so no network is needed. */
const AVATAR = `<svg class="avatar" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true">
  <rect width="40" height="40" rx="6" fill="#2088ff"/>
  <circle cx="20" cy="20" r="11" fill="none" stroke="#fff" stroke-width="2.5"/>
  <path d="M17 14.5v11l9-5.5z" fill="#fff"/>
</svg>`;

/** Primer (light) values for the timeline comment around the Markdown. */
const PAGE_CSS = `
  html, body { margin: 0; background: #ffffff; }
  body { padding: 24px 24px 28px; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans",
    Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; font-size: 14px;
    color: #1f2328; }
  .timeline-item { display: flex; align-items: flex-start; gap: 16px; }
  .avatar { flex: none; border-radius: 6px; }
  .comment { position: relative; flex: 1; min-width: 0; border: 1px solid #d0d7de; border-radius: 6px;
    background: #ffffff; }
  /* The little arrow that points from the box to the avatar. */
  .comment::before, .comment::after { content: ""; position: absolute; top: 11px; right: 100%;
    border: 8px solid transparent; }
  .comment::before { border-right-color: #d0d7de; }
  .comment::after { margin-right: -1px; border-right-color: #f6f8fa; }
  .comment-header { display: flex; align-items: center; gap: 6px; padding: 0 16px; height: 40px;
    background: #f6f8fa; border-bottom: 1px solid #d0d7de; border-radius: 6px 6px 0 0; color: #59636e; }
  .author { font-weight: 600; color: #1f2328; }
  .kebab { margin-left: auto; color: #59636e; letter-spacing: 1px; }
  .comment-body { padding: 16px; }
  .markdown-body { font-size: 14px; }
`;

function page(bodyHtml, markdownCss) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>portlint pull request comment</title>
<style>${markdownCss}</style>
<style>${PAGE_CSS}</style>
</head>
<body>
<div class="timeline-item">
  ${AVATAR}
  <div class="comment">
    <div class="comment-header">
      <span class="author">github-actions[bot]</span>
      <span>commented 2 minutes ago</span>
      <span class="kebab">···</span>
    </div>
    <div class="comment-body markdown-body">
${bodyHtml}
    </div>
  </div>
</div>
<script>
  // Read back by the measuring run (--dump-dom): the height the screenshot needs.
  addEventListener('load', () => {
    document.body.dataset.height = String(Math.ceil(document.documentElement.getBoundingClientRect().height));
  });
</script>
</body>
</html>
`;
}

/** Runs headless Chromium with a fresh profile and no network; returns its stdout. */
function chromium(binary, scratch, extraArgs, url) {
  const profile = fs.mkdtempSync(path.join(scratch, 'profile-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${profile}`,
    ...extraArgs,
    url,
  ];
  const run = spawnSync(binary, args, {
    encoding: 'utf8',
    timeout: CHROMIUM_TIMEOUT_MS,
    maxBuffer: 64 << 20,
  });
  if (run.error)
    fail(`could not run ${binary} (${run.error.message}); install it: apt-get install -y chromium`);
  if (run.status !== 0)
    fail(`${binary} exited with ${run.status}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return run.stdout;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const header = fs.readFileSync(file).subarray(0, 24);
  if (header.toString('latin1', 1, 4) !== 'PNG') fail(`${file} is not a PNG`);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

function main() {
  const opts = options();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-render-'));
  try {
    const markdown = `${COMMENT_MARKER}\n${markdownReport(cliPath(opts.cli, scratch), path.resolve(opts.dir))}`;
    const cssFile = path.join(ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css');
    const html = page(renderMarkdown(markdown), fs.readFileSync(cssFile, 'utf8'));
    const htmlFile = path.join(scratch, 'comment.html');
    fs.writeFileSync(htmlFile, html);
    if (opts.html) fs.writeFileSync(path.resolve(opts.html), html);
    const url = `file://${htmlFile}`;

    // First pass: lay the page out at the final width and read its height back from the DOM.
    const dom = chromium(opts.chromium, scratch, [`--window-size=${WIDTH},800`, '--dump-dom'], url);
    const height = Number(/data-height="(\d+)"/.exec(dom)?.[1]);
    if (!(height > 0 && height < 20_000)) fail('could not measure the page height');

    const out = path.resolve(opts.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const shot = path.join(scratch, 'comment.png');
    chromium(
      opts.chromium,
      scratch,
      [
        `--window-size=${WIDTH},${height}`,
        `--force-device-scale-factor=${opts.scale}`,
        `--screenshot=${shot}`,
      ],
      url,
    );
    if (!fs.existsSync(shot)) fail('Chromium wrote no screenshot');
    fs.copyFileSync(shot, out);
    const size = pngSize(out);
    process.stdout.write(
      `${path.relative(process.cwd(), out)}: ${size.width}x${size.height}, ${fs.statSync(out).size} bytes\n`,
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main();
