import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { ALL_RULES } from '../src/rules/index.js';
import { RULE_DOCS_BASE_URL, RULE_DOCS_FOLDER, ruleDocsUrl } from '../src/rules/docs.js';
import { runScan } from '../src/pipeline/run.js';
import { formatCompact } from '../src/report/compact.js';
import { parseConfig } from '../src/policy/config.js';
import type { ScanResult } from '../src/types.js';

/**
 * Every rule has a page, docs/rules/<rule-id>.md, laid out as docs/rules/TEMPLATE.md. The examples on
 * the pages are run: the failing example's compact output must equal the page's Output block, the
 * passing example must not trigger the rule, and the suppressed example must be silent.
 * PORTLINT_UPDATE_DOCS=1 rewrites the Output blocks from real runs (review every changed line).
 */

const ROOT = path.join(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..');
const DOCS = path.join(ROOT, RULE_DOCS_FOLDER);
const TEMPLATE = 'TEMPLATE.md';
const UPDATE = process.env.PORTLINT_UPDATE_DOCS === '1';
/** Suppression expiry dates on the pages are read against this day, so that pages do not age. */
const TODAY = '2026-09-01';
/** Headings every page has, in this order, with their levels. */
const REQUIRED_HEADINGS: ReadonlyArray<[level: number, title: string]> = [
  [2, 'Why'],
  [2, 'Failing example'],
  [3, 'Output'],
  [2, 'Passing example'],
  [2, 'Configure'],
  [2, 'Suppress'],
];

interface CodeBlock {
  language: string;
  /** The example file the block holds (second word of the info string), relative to the example root. */
  file?: string;
  /** `key=value` words after the file name, e.g. `pad-to=6000000`. */
  attributes: Record<string, string>;
  text: string;
  /** 0-based line indexes of the opening and closing fences. */
  open: number;
  close: number;
}

interface Section {
  level: number;
  title: string;
  /** Prose lines, fences excluded. */
  prose: string[];
  blocks: CodeBlock[];
}

interface RulePage {
  id: string;
  file: string;
  lines: string[];
  /** Text before the first heading is section 0 (level 0); the `# title` opens section 1. */
  sections: Section[];
  /** The reason given by `<!-- example: none -- reason -->`, when the examples are not run. */
  noExample?: string;
}

const FENCE = /^(`{3,}|~{3,})(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const NO_EXAMPLE = /^<!--\s*example:\s*none\s*--\s*(.+?)\s*-->$/;

/** Headings, prose and fenced blocks of a page (CommonMark fences at column 1, which the pages use). */
function parsePage(id: string, file: string): RulePage {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const sections: Section[] = [{ level: 0, title: '', prose: [], blocks: [] }];
  const page: RulePage = { id, file, lines, sections };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const section = sections.at(-1)!;
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      let close = i + 1;
      while (close < lines.length && !isClosingFence(lines[close]!, marker)) close++;
      if (close === lines.length) throw new Error(`${file}:${i + 1}: unclosed code fence`);
      const [language = '', name, ...rest] = fence[2]!.trim().split(/\s+/);
      const attributes = Object.fromEntries(
        rest.map((word) => {
          const eq = word.indexOf('=');
          return eq < 0 ? [word, ''] : [word.slice(0, eq), word.slice(eq + 1)];
        }),
      );
      const text = lines.slice(i + 1, close).join('\n') + (close > i + 1 ? '\n' : '');
      const block: CodeBlock = { language, attributes, text, open: i, close };
      if (name) block.file = name;
      section.blocks.push(block);
      i = close;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      sections.push({ level: heading[1]!.length, title: heading[2]!, prose: [], blocks: [] });
      continue;
    }
    const none = NO_EXAMPLE.exec(line.trim());
    if (none) page.noExample = none[1]!;
    section.prose.push(line);
  }
  return page;
}

function isClosingFence(line: string, marker: string): boolean {
  const trimmed = line.trimEnd();
  return trimmed.length >= marker.length && trimmed === marker[0]!.repeat(trimmed.length);
}

function section(page: RulePage, title: string): Section {
  const found = page.sections.find((s) => s.title === title && s.level > 1);
  if (!found) throw new Error(`${page.file}: no "${title}" section`);
  return found;
}

function exampleFiles(s: Section): CodeBlock[] {
  return s.blocks.filter((b) => b.file !== undefined);
}

const tempRoots: string[] = [];
afterAll(() => {
  for (const root of tempRoots) fs.rmSync(root, { recursive: true, force: true });
});

/** Write the blocks' files into a fresh folder and scan it as the CLI would (`portlint .`). */
async function scanExample(blocks: readonly CodeBlock[]): Promise<ScanResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portlint-docs-'));
  tempRoots.push(root);
  for (const block of blocks) {
    const relative = block.file!;
    if (path.isAbsolute(relative) || relative.split('/').includes('..')) {
      throw new Error(`example file "${relative}" must be a relative path inside the example`);
    }
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    let text = block.text;
    // `pad-to=N`: blank lines up to N bytes, for rules about file size; blank lines mean nothing to any format.
    const padTo = block.attributes['pad-to'];
    if (padTo !== undefined) text += '\n'.repeat(Math.max(0, Number(padTo) - Buffer.byteLength(text)));
    fs.writeFileSync(target, text);
  }
  const outcome = await runScan({ cwd: root, paths: ['.'], today: TODAY });
  return outcome.result;
}

/** Replace the content of one code block in the page's file (update mode). */
function rewriteBlock(page: RulePage, block: CodeBlock, text: string): void {
  const content = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const lines = [...page.lines.slice(0, block.open + 1), ...content, ...page.lines.slice(block.close)];
  fs.writeFileSync(page.file, lines.join('\n'));
}

function pageIds(): string[] {
  return fs.existsSync(DOCS)
    ? fs
        .readdirSync(DOCS)
        .filter((name) => name.endsWith('.md') && name !== TEMPLATE)
        .map((name) => name.slice(0, -'.md'.length))
        .sort()
    : [];
}

describe('rule documentation', () => {
  it('has one page per rule and no page for anything else', () => {
    const ruleIds = ALL_RULES.map((rule) => rule.id).sort();
    const pages = pageIds();
    expect({ missing: ruleIds.filter((id) => !pages.includes(id)) }).toEqual({ missing: [] });
    expect({ withoutRule: pages.filter((id) => !ruleIds.includes(id)) }).toEqual({ withoutRule: [] });
  });

  it('links each rule to its page', () => {
    expect(RULE_DOCS_BASE_URL.endsWith(`/${RULE_DOCS_FOLDER}/`)).toBe(true);
    for (const rule of ALL_RULES) {
      expect(ruleDocsUrl(rule.id)).toBe(`${RULE_DOCS_BASE_URL}${rule.id}.md`);
    }
  });

  it('has a template with every required heading', () => {
    const template = fs.readFileSync(path.join(DOCS, TEMPLATE), 'utf8');
    for (const [level, title] of REQUIRED_HEADINGS) {
      expect(template).toContain(`\n${'#'.repeat(level)} ${title}\n`);
    }
  });
});

describe.each(ALL_RULES.filter((rule) => fs.existsSync(path.join(DOCS, `${rule.id}.md`))))(
  'docs/rules/$id',
  (rule) => {
    let page: RulePage;
    try {
      page = parsePage(rule.id, path.join(DOCS, `${rule.id}.md`));
    } catch (error) {
      it('can be read', () => {
        throw error;
      });
      return;
    }

    it('has the title, summary, default severity and headings of the template', () => {
      expect(page.lines[0]).toBe(`# ${rule.id}`);
      const top = page.sections[1]!;
      const prose = top.prose.filter((line) => line.trim() !== '');
      expect(prose[0]?.length ?? 0).toBeGreaterThan(10);
      const severity = prose.find((line) => line.startsWith('Default severity:'));
      expect(severity).toBe(`Default severity: **${rule.defaultSeverity}**`);
      const headings = page.sections.slice(2).map((s) => [s.level, s.title]);
      let from = 0;
      for (const required of REQUIRED_HEADINGS) {
        const at = headings.findIndex(([l, t], i) => i >= from && l === required[0] && t === required[1]);
        expect({ heading: required, found: at >= 0 }).toEqual({ heading: required, found: true });
        from = at + 1;
      }
      const why = section(page, 'Why').prose.join(' ').trim();
      expect(why.length).toBeGreaterThan(80);
    });

    it('links only to pages that exist', () => {
      const text = page.lines.join('\n');
      for (const match of text.matchAll(/\]\(([a-z0-9-]+\.md)(#[^)]*)?\)/g)) {
        expect({ link: match[1], exists: fs.existsSync(path.join(DOCS, match[1]!)) }).toEqual({
          link: match[1],
          exists: true,
        });
      }
    });

    it('shows a valid .portlint.yml under Configure', () => {
      const configs = section(page, 'Configure').blocks.filter((b) => b.file === '.portlint.yml');
      expect(configs.length).toBeGreaterThan(0);
      for (const block of configs) expect(() => parseConfig(block.text, block.file!)).not.toThrow();
      expect(configs.map((b) => b.text).join('')).toContain(rule.id);
    });

    if (page.noExample !== undefined) {
      it(`declares why its examples are not run: ${page.noExample}`, () => {
        expect(page.noExample!.length).toBeGreaterThan(10);
      });
      return;
    }

    it('shows the exact output of its failing example', async () => {
      const files = exampleFiles(section(page, 'Failing example'));
      expect(files.length).toBeGreaterThan(0);
      const outputBlocks = section(page, 'Output').blocks;
      expect(outputBlocks.map((b) => [b.language, b.file])).toEqual([['text', undefined]]);
      const actual = formatCompact(await scanExample(files));
      expect(actual).toContain(`[${rule.id}]\n`);
      if (UPDATE && actual !== outputBlocks[0]!.text) rewriteBlock(page, outputBlocks[0]!, actual);
      else expect(actual).toBe(outputBlocks[0]!.text);
    });

    it('does not trigger the rule, nor any other, in its passing example', async () => {
      const files = exampleFiles(section(page, 'Passing example'));
      expect(files.length).toBeGreaterThan(0);
      // A passing example that trades one finding for another would teach the wrong fix.
      expect(formatCompact(await scanExample(files))).toBe('');
    });

    it('suppresses the finding as its Suppress section says', async () => {
      const suppress = section(page, 'Suppress');
      const files = exampleFiles(suppress);
      if (files.length === 0) {
        // Rules whose findings no inline comment may hide say so, and show the config instead.
        expect(suppress.prose.join(' ')).toContain('cannot be suppressed');
        return;
      }
      expect(files.map((b) => b.text).join('')).toContain('portlint-disable');
      // Silent: the rule's finding is suppressed and the comment is used, valid and not expired.
      expect(formatCompact(await scanExample(files))).toBe('');
    });
  },
);

describe('docs/architecture.md', () => {
  it('names only files and folders that exist (relative to the repository or to src/)', () => {
    const text = fs.readFileSync(path.join(ROOT, 'docs/architecture.md'), 'utf8');
    // `src/rules/<id>.ts` is a pattern, not a path; identifiers and commands have no `.ts`/`.md` or `/` end.
    const named = [...text.matchAll(/`([\w./-]+(?:\.(?:ts|md|mjs)|\/))`/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(10);
    const missing = named.filter(
      (name) => !fs.existsSync(path.join(ROOT, name)) && !fs.existsSync(path.join(ROOT, 'src', name)),
    );
    expect(missing).toEqual([]);
  });
});

/** The lines of a Markdown text that are not inside a fenced code block, with their 1-based numbers. */
function proseLines(markdown: string): Array<{ number: number; text: string }> {
  const prose: Array<{ number: number; text: string }> = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((text, index) => {
    const opener = FENCE.exec(text)?.[1];
    if (fence === undefined && opener) fence = opener;
    else if (fence !== undefined && isClosingFence(text, fence)) fence = undefined;
    else if (fence === undefined) prose.push({ number: index + 1, text });
  });
  return prose;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    const heading = HEADING.exec(text);
    if (!heading) continue;
    const slug = heading[2]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** `[text](target)` links outside code fences and code spans, with their line numbers. */
function linksOf(markdown: string): Array<{ line: number; target: string }> {
  return proseLines(markdown).flatMap(({ number, text }) =>
    [...text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((match) => ({
      line: number,
      target: match[1]!,
    })),
  );
}

describe('relative links in README, CONTRIBUTING, CHANGELOG and docs/', () => {
  const pages = [
    'README.md',
    'CONTRIBUTING.md',
    'CHANGELOG.md',
    ...fs
      .readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => path.posix.join('docs', name.split(path.sep).join('/'))),
  ].sort();

  it('reads every page', () => {
    expect(pages).toEqual(expect.arrayContaining(['docs/performance.md', 'docs/rules/TEMPLATE.md']));
  });

  it.each(pages)('%s links only to files and headings that exist', (page) => {
    const text = fs.readFileSync(path.join(ROOT, page), 'utf8');
    const broken: string[] = [];
    for (const { line, target } of linksOf(text)) {
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue; // https:, mailto:
      const [file = '', anchor] = target.split('#');
      const resolved =
        file === '' ? page : path.posix.normalize(path.posix.join(path.posix.dirname(page), file));
      const absolute = path.join(ROOT, resolved);
      if (resolved.startsWith('../') || !fs.existsSync(absolute)) broken.push(`${page}:${line}: ${target}`);
      else if (anchor !== undefined && !anchorsOf(fs.readFileSync(absolute, 'utf8')).has(anchor)) {
        broken.push(`${page}:${line}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
