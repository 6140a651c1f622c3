#!/usr/bin/env node
/**
 * Turns IANA's Service Name and Transport Protocol Port Number Registry (its XML or its CSV form)
 * into the compact data portlint ships: src/registry/data/iana-ports.ts. Nothing parses XML at
 * run time; the runtime (src/registry/registry.ts) only reads what this script writes.
 *
 * The output is deterministic (registry order, no timestamps, no paths) so CI can regenerate it
 * and diff it against the committed file (scripts/check-registry.sh).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_INPUT = path.join(ROOT, '..', 'shared', 'iana', 'service-names-port-numbers.xml');
const DEFAULT_OUTPUT = path.join(ROOT, 'src', 'registry', 'data', 'iana-ports.ts');

export const USAGE = `Usage: npm run registry -- [<file>] [--out <path>] [--updated YYYY-MM-DD]

Reads IANA's service-names-port-numbers registry and writes portlint's compact registry data.

  <file>                 the registry as IANA publishes it, XML or CSV (detected from the content);
                         default: ../shared/iana/service-names-port-numbers.xml (beside the repo)
  --out <path>           where to write; default: src/registry/data/iana-ports.ts.
                         A path ending in .json gets the same data as plain JSON.
  --updated YYYY-MM-DD   the registry's date. The XML carries it in <updated>; the CSV has none,
                         so without this option the newest Registration/Modification Date
                         among the CSV's records is used. When given, it overrides either.

Records without a port number (service names only) are dropped. Exit codes: 0 written,
2 bad arguments or an input that is missing or not the registry.`;

/** Bit per transport protocol in a record's protocol mask. */
export const PROTOCOL_BITS = { tcp: 1, udp: 2, sctp: 4, dccp: 8 };
/** A record that names no protocol applies to all four. */
const ALL_PROTOCOLS = 15;
const MAX_PORT = 65535;
const CSV_HEADER_START = ['Service Name', 'Port Number', 'Transport Protocol', 'Description'];
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A problem with the arguments or the input: one line on stderr, exit code 2. */
export class InputError extends Error {}

/**
 * Status of a record without a service name, from its description. Unnamed records are mostly
 * `Unassigned` blocks and `Reserved` ports; a few record withdrawn assignments (`De-registered`,
 * `Removed`, ...), and a few are assignments without a name (`any private mail system` on 24).
 */
export function unnamedStatus(description) {
  const text = description.toLowerCase();
  if (/^reserved\b/.test(text)) return 'r';
  if (/^\(?(unassigned|de-?registered|removed|deprecated|de-?com+is+ioned)\b/.test(text)) return 'u';
  return 'a';
}

/** Collapses every run of whitespace (line breaks included) to one space: the data is one line per text. */
function normalizeText(text) {
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------- XML

/** The element name of a preserveOrder node, or undefined for text. */
function tagOf(node) {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text') return key;
  return undefined;
}

/** How IANA prints a cross reference inline: `[RFC6335]`, `[Bernie_Volz]`, `[https://...]`. */
function formatXref(attributes) {
  const type = attributes?.type ?? '';
  const data = String(attributes?.data ?? '');
  return `[${type === 'rfc' ? data.toUpperCase() : data}]`;
}

/** Renders mixed content (text, `<br/>`, `<paragraph>`, `<xref/>`) to plain text. */
function renderText(nodes, depth = 0) {
  if (!Array.isArray(nodes) || depth > 16) return '';
  let text = '';
  for (const node of nodes) {
    if ('#text' in node) {
      text += String(node['#text']);
      continue;
    }
    const tag = tagOf(node);
    if (tag === 'xref') text += formatXref(node[':@']);
    else if (tag === 'br') text += '\n';
    else if (tag !== undefined) text += ` ${renderText(node[tag], depth + 1)} `;
  }
  return text;
}

/** The source records of IANA's XML, in registry order, as plain strings. */
export function readXmlRecords(xml) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line } = valid.err;
    throw new InputError(`not well-formed XML (line ${line}: ${msg})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });
  const root = parser.parse(xml).find((node) => tagOf(node) === 'registry');
  if (root === undefined) throw new InputError('its XML has no <registry> root');
  const id = root[':@']?.id;
  if (id !== undefined && id !== 'service-names-port-numbers')
    throw new InputError(`its XML is IANA's "${id}" registry`);
  let updated;
  const records = [];
  for (const child of root.registry) {
    const tag = tagOf(child);
    if (tag === 'updated' && updated === undefined) updated = normalizeText(renderText(child.updated));
    if (tag !== 'record') continue;
    const fields = {};
    for (const field of child.record) {
      const name = tagOf(field);
      // The first occurrence wins; IANA's records hold at most one of each text field.
      if (name !== undefined && !(name in fields)) fields[name] = normalizeText(renderText(field[name]));
    }
    records.push({
      name: fields.name,
      protocol: fields.protocol,
      number: fields.number,
      description: fields.description ?? '',
      note: fields.note ?? '',
      unauthorized: fields.unauthorized ?? '',
    });
  }
  return { updated, records };
}

// ---------------------------------------------------------------------------------------- CSV

/** The source records of IANA's CSV, in registry order, and the newest date it mentions. */
export function readCsvRecords(csv) {
  let rows;
  try {
    rows = parseCsv(csv, { columns: true, bom: true, skip_empty_lines: true });
  } catch (error) {
    throw new InputError(`not a readable CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  let newest;
  const records = rows.map((row) => {
    for (const date of [row['Registration Date'], row['Modification Date']]) {
      const value = (date ?? '').trim();
      if (FULL_DATE.test(value) && (newest === undefined || value > newest)) newest = value;
    }
    return {
      name: normalizeText(row['Service Name'] ?? ''),
      protocol: normalizeText(row['Transport Protocol'] ?? ''),
      number: normalizeText(row['Port Number'] ?? ''),
      description: normalizeText(row['Description'] ?? ''),
      note: normalizeText(row['Assignment Notes'] ?? ''),
      // Older copies of the CSV call this column "Known Unauthorized Uses".
      unauthorized: normalizeText(row['Unauthorized Use Reported'] ?? row['Known Unauthorized Uses'] ?? ''),
    };
  });
  return { newest, records };
}

// ------------------------------------------------------------------------------ normalization

/** `80` or `6000-6063` -> [start, end]; undefined when it is not a valid port or range. */
function parseNumber(text) {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (match === null) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  return start <= end && end <= MAX_PORT ? [start, end] : undefined;
}

/**
 * Source records -> data records `[start, end, protocols, status, name, description, note?, unauthorized?]`,
 * in registry order. Records without a number are dropped; consecutive records that differ only by
 * protocol (the usual tcp/udp pair) are merged into one with both protocol bits.
 */
export function toDataRecords(sourceRecords, warn = () => {}) {
  const out = [];
  for (const source of sourceRecords) {
    if (!source.number) continue;
    const range = parseNumber(source.number);
    if (range === undefined) {
      warn(`skipped a record with port number "${source.number}"`);
      continue;
    }
    const protocolName = (source.protocol ?? '').toLowerCase();
    const protocols = protocolName === '' ? ALL_PROTOCOLS : PROTOCOL_BITS[protocolName];
    if (protocols === undefined) {
      warn(`skipped a record with transport protocol "${source.protocol}"`);
      continue;
    }
    const name = source.name ?? '';
    const status = name === '' ? unnamedStatus(source.description) : 'a';
    const record = [range[0], range[1], protocols, status, name, source.description];
    if (source.note || source.unauthorized) record.push(source.note);
    if (source.unauthorized) record.push(source.unauthorized);

    const previous = out[out.length - 1];
    if (previous !== undefined && (previous[2] & protocols) === 0 && sameExceptProtocols(previous, record)) {
      previous[2] |= protocols;
    } else {
      out.push(record);
    }
  }
  return out;
}

function sameExceptProtocols(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (i !== 2 && a[i] !== b[i]) return false;
  return true;
}

// ------------------------------------------------------------------------------------ output

const PROTOCOL_LETTERS = [
  [PROTOCOL_BITS.tcp, 't'],
  [PROTOCOL_BITS.udp, 'u'],
  [PROTOCOL_BITS.sctp, 's'],
  [PROTOCOL_BITS.dccp, 'd'],
];

/** `tu` for tcp+udp, `*` for all four (a record that names no protocol). */
function protocolField(mask) {
  if (mask === ALL_PROTOCOLS) return '*';
  return PROTOCOL_LETTERS.filter(([bit]) => (mask & bit) !== 0)
    .map(([, letter]) => letter)
    .join('');
}

/**
 * One record as one line of tab-separated fields: `port[-end] protocols status name description
 * [note [unauthorized]]`. Texts are whitespace-normalized, so they hold no tab or line break.
 */
export function recordLine([start, end, mask, status, ...texts]) {
  const number = start === end ? String(start) : `${start}-${end}`;
  return [number, protocolField(mask), status, ...texts].join('\t');
}

/** The records as one string, one record per line (the form the runtime decodes). */
export function recordLines(records) {
  return records.map(recordLine).join('\n');
}

/** Escapes text for a template literal. */
function templateLiteral(text) {
  return `\`${text.replace(/[\\`]|\$\{/g, (match) => `\\${match}`)}\``;
}

/** The generated TypeScript module, or the same data as plain JSON when `format` is 'json'. */
export function renderData(data, format) {
  const records = recordLines(data.records);
  if (format === 'json') return `${JSON.stringify({ updated: data.updated, records }, null, 2)}\n`;
  return `// Generated by scripts/generate-registry.mjs (npm run registry) from IANA's Service Name and
// Transport Protocol Port Number Registry, updated ${data.updated}. Do not edit: regenerate.
// One record per line, in registry order, fields separated by tabs:
//   port or start-end | protocols: t tcp, u udp, s sctp, d dccp, * all four (no protocol given)
//   | status: a assigned, r reserved, u unassigned | name | description | note | unauthorized use
// Records without a port number are left out. Decoded by src/registry/registry.ts.
import type { RegistryData } from '../types.js';

export const IANA_PORTS: RegistryData = {
  updated: '${data.updated}',
  records: ${templateLiteral(`\n${records}\n`)},
};
`;
}

/** Reads a registry file (XML or CSV) and returns `{ updated, records }` ready to render. */
export function generate(inputPath, options = {}) {
  if (!existsSync(inputPath)) throw new InputError(`registry file not found: ${inputPath}`);
  if (!statSync(inputPath).isFile()) throw new InputError(`not a file: ${inputPath}`);
  try {
    return generateFromText(readFileSync(inputPath, 'utf8'), options);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`${inputPath} is not IANA's service-names-port-numbers registry: ${error.message}`);
  }
}

/** Same as generate(), from the file's text. */
export function generateFromText(fileText, options = {}) {
  const text = fileText.replace(/^\uFEFF/, '');
  const head = text.trimStart();
  const firstLine = head.slice(0, 200).split(/\r?\n/, 1)[0] ?? '';

  let updated;
  let sourceRecords;
  if (head.startsWith('<')) {
    const xml = readXmlRecords(text);
    updated = options.updated ?? xml.updated;
    sourceRecords = xml.records;
    if (updated === undefined) throw new InputError('no <updated> date (pass --updated)');
  } else if (CSV_HEADER_START.every((column, i) => firstLine.split(',')[i] === column)) {
    const csv = readCsvRecords(text);
    updated = options.updated ?? csv.newest;
    sourceRecords = csv.records;
    if (updated === undefined) throw new InputError('no record dates (pass --updated)');
  } else {
    throw new InputError(`neither its XML nor its CSV form (CSV header: ${CSV_HEADER_START.join(',')},...)`);
  }
  if (!FULL_DATE.test(updated)) throw new InputError(`its date is not YYYY-MM-DD: "${updated}"`);

  const records = toDataRecords(sourceRecords, options.warn);
  if (records.length === 0) throw new InputError('no record with a port number');
  return { updated, records };
}

/** Parses argv (without node and the script). */
export function parseArgs(argv) {
  const options = { input: undefined, out: undefined, updated: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--out' || arg === '--updated') {
      const value = argv[++i];
      if (value === undefined) throw new InputError(`${arg} needs a value`);
      options[arg.slice(2)] = value;
    } else if (arg.startsWith('--out=')) options.out = arg.slice('--out='.length);
    else if (arg.startsWith('--updated=')) options.updated = arg.slice('--updated='.length);
    else if (arg.startsWith('-')) throw new InputError(`unknown option ${arg}`);
    else if (options.input === undefined) options.input = arg;
    else throw new InputError(`unexpected argument ${arg}`);
  }
  if (options.updated !== undefined && !FULL_DATE.test(options.updated)) {
    throw new InputError(`--updated must be YYYY-MM-DD, got "${options.updated}"`);
  }
  return options;
}

function main(argv) {
  try {
    const options = parseArgs(argv);
    if (options.help) {
      console.log(USAGE);
      return 0;
    }
    const input = options.input === undefined ? DEFAULT_INPUT : path.resolve(options.input);
    const out = options.out === undefined ? DEFAULT_OUTPUT : path.resolve(options.out);
    const data = generate(input, {
      updated: options.updated,
      warn: (message) => console.error(`warning: ${message}`),
    });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, renderData(data, out.endsWith('.json') ? 'json' : 'ts'));
    console.log(
      `wrote ${path.relative(process.cwd(), out) || out}: ${data.records.length} records, updated ${data.updated}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`generate-registry: ${error.message.replace(/\s+/g, ' ')}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
