import type { OrganisationAssignment } from '../registry/organisation.js';
import type { SeverityOrOff } from '../types.js';

/** Everything that shapes one scan; the CLI and the action both build this and call scan(). */
export interface ScanOptions {
  /** Files or folders to scan, relative to cwd or absolute. */
  paths: string[];
  /** Working directory: report paths are relative to it (the repository root in an action). */
  cwd: string;
  /** Severity per rule id (`off` disables); unlisted rules keep their default. */
  ruleSeverities?: Record<string, SeverityOrOff>;
  /** Options per rule id (validated by the config loader). */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /** Repository names mapped to IANA service names (`api-gateway: [http-alt]`). */
  serviceAliases?: Record<string, string[]>;
  /** The organisation's own assignments, laid over IANA's. */
  organisationRegistry?: OrganisationAssignment[];
  /** Globs (relative to cwd) that limit and exclude files. */
  include?: string[];
  exclude?: string[];
  /** The config's allowlist port ranges, which suggested ports avoid. */
  allowedPorts?: Array<[number, number]>;
}
