import type { SeverityOrOff } from '../types.js';
import { own } from '../dictionary.js';
import type { Rule } from './types.js';
import { unassignedWellKnown } from './unassigned-well-known.js';
import { reservedPort } from './reserved-port.js';
import { registeredConflict, wellKnownConflict } from './conflict.js';
import { deFactoPort } from './de-facto-port.js';
import { crossProjectPort, duplicatePort } from './duplicate-port.js';
import { dynamicRange } from './dynamic-range.js';
import { invalidPort } from './invalid-port.js';
import { unresolvedPort } from './unresolved-port.js';
import { unauthorizedUse } from './unauthorized-use.js';
import { parseError, skippedFile } from './reported-by-parsers.js';
import { exposeMismatch } from './expose-mismatch.js';
import { expiredSuppression, invalidSuppression, unusedSuppression } from './suppression-rules.js';
import { nodeportRange } from './nodeport-range.js';
import { portNameInvalid } from './port-name-invalid.js';

/** The only list of rules: the engine, the config validator, SARIF and the docs check all read it. */
export const ALL_RULES: readonly Rule[] = [
  unassignedWellKnown,
  reservedPort,
  registeredConflict,
  wellKnownConflict,
  deFactoPort,
  duplicatePort,
  crossProjectPort,
  exposeMismatch,
  nodeportRange,
  portNameInvalid,
  dynamicRange,
  invalidPort,
  unresolvedPort,
  unauthorizedUse,
  parseError,
  skippedFile,
  unusedSuppression,
  expiredSuppression,
  invalidSuppression,
];

const BY_ID = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** A rule's severity: the configured one, else the rule's default. */
export function ruleSeverity(
  id: string,
  configured: Readonly<Record<string, SeverityOrOff>> | undefined,
): SeverityOrOff {
  return own(configured, id) ?? ruleById(id)?.defaultSeverity ?? 'error';
}
