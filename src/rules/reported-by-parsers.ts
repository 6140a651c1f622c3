import type { Rule } from './types.js';

/** Rules whose findings come from reading files, not from a check over ports. */
export const parseError: Rule = {
  id: 'parse-error',
  defaultSeverity: 'error',
  suppressible: false,
  description: 'A manifest that cannot be parsed; its ports may be missing from the scan.',
  rationale:
    'The tool that reads this file will refuse it too, and portlint cannot check ports it cannot read.',
  // `detail` is the wording of the library (or hand-written reader) that refused the text.
  messages: {
    invalidUtf8: 'the file is not valid UTF-8; invalid bytes were read as U+FFFD',
    parserCrash: 'portlint could not read this {{kind}} file: {{detail}}',
    yaml: 'YAML: {{detail}}',
    yamlTooDeep: 'YAML: the document is nested too deeply to read (more than {{depth}} levels)',
    yamlExcessiveAliasing:
      'YAML: document contains excessive aliasing: its aliases expand {{written}} nodes to {{nodes}}; Compose, kubectl and Helm refuse it',
    json: 'JSON: {{detail}}',
    jsonTooDeep: 'JSON: the document is nested too deeply to read',
    jsonWithComments: 'JSON with comments: {{detail}}',
    toml: 'TOML: {{detail}}',
    hcl: 'HCL: {{detail}}',
    dockerfile: 'cannot parse Dockerfile: {{detail}}',
    dockerfileInstruction: 'cannot read {{keyword}}: {{detail}}',
    exposeWithoutPort: 'EXPOSE needs at least one port',
    exposeBeforeFrom: 'EXPOSE before the first FROM: Docker rejects this file',
    composeNotAList: '"{{key}}" of service "{{service}}" must be a list',
    unterminatedQuotedValue: 'Unterminated {{quote}}-quoted value',
    unterminatedQuoteInCommand: 'Unterminated quote in command',
    malformedUnicodeEscape: 'Malformed \\uxxxx escape',
    systemdSectionHeader:
      'systemd: invalid section header "{{header}}" (missing "]"); systemd stops reading the file here',
    nginxUnterminatedString: 'nginx: unterminated {{quote}}-quoted string',
    nginxUnexpected: 'nginx: unexpected "{{token}}"',
    nginxBlockNotClosed: 'nginx: "{{name}}" block is not closed: unexpected end of file, expecting "}"',
    nginxBlockNotClosedAt:
      'nginx: "{{name}}" block is not closed: unexpected end of file at line {{line}}, expecting "}"',
    nginxTooDeep: 'nginx: blocks nested more than {{depth}} deep',
    nginxUnterminatedDirective: 'nginx: "{{name}}" directive is not terminated by ";"',
  },
};

export const skippedFile: Rule = {
  id: 'skipped-file',
  defaultSeverity: 'notice',
  suppressible: false,
  description:
    'A file that was not scanned (too large, not text, unreadable, or a link out of the scan root).',
  rationale: 'portlint bounds the time and memory of a scan and never follows links out of the repository.',
  messages: {
    notScanned: 'not scanned: {{reason}}',
  },
};
