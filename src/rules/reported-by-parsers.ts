import type { Rule } from './types.js';

/** Rules whose findings come from reading files, not from a check over ports. */
export const parseError: Rule = {
  id: 'parse-error',
  defaultSeverity: 'error',
  suppressible: false,
  description: 'A manifest that cannot be parsed; its ports may be missing from the scan.',
  rationale:
    'The tool that reads this file will refuse it too, and portlint cannot check ports it cannot read.',
};

export const skippedFile: Rule = {
  id: 'skipped-file',
  defaultSeverity: 'notice',
  suppressible: false,
  description:
    'A file that was not scanned (too large, not text, unreadable, or a link out of the scan root).',
  rationale: 'portlint bounds the time and memory of a scan and never follows links out of the repository.',
};
