import type { DeclaredPort, Finding, LogicalPort, RelatedLocation } from '../types.js';
import { SEVERITY_RANK } from './finding-order.js';
import type { RuleHit } from './types.js';
import { preferredFirst } from '../link/logical-ports.js';
import { formatMessage, unauthorizedUseDetail, unauthorizedUsesOf } from './format.js';
import { UNAUTHORIZED_USE_MESSAGES } from './unauthorized-use.js';

/** Related locations one finding lists at most: a values file may declare a number a hundred times. */
export const MAX_RELATED_LOCATIONS = 20;

/**
 * One hit per logical port and rule: the hit on the member where the number is chosen (or the most
 * preferred member that has one) is kept, and the group's other members become its related locations.
 */
export function mergeLogicalPorts(hits: readonly RuleHit[]): RuleHit[] {
  const byGroup = new Map<LogicalPort, RuleHit[]>();
  const merged: RuleHit[] = [];
  for (const hit of hits) {
    const group = hit.declared?.logicalPort;
    if (!group) {
      merged.push(hit);
      continue;
    }
    const list = byGroup.get(group);
    if (list) list.push(hit);
    else {
      byGroup.set(group, [hit]);
      merged.push(hit);
    }
  }
  return merged.map((hit) => {
    const group = hit.declared?.logicalPort;
    if (!group) return hit;
    const kept = byGroup
      .get(group)!
      .reduce((best, h) => (preferredFirst(h.declared!, best.declared!) < 0 ? h : best));
    return withMembers(kept, group);
  });
}

function withMembers(hit: RuleHit, group: LogicalPort): RuleHit {
  const related: RelatedLocation[] = [...(hit.relatedLocations ?? [])];
  // A clash's other half may be a member too: it is listed once, as the clash.
  const listed = new Set(related.map(placeKey));
  for (const member of group.members) {
    if (related.length >= MAX_RELATED_LOCATIONS) break;
    if (member === hit.declared || listed.has(placeKey(member))) continue;
    related.push({
      file: member.file,
      line: member.line,
      column: member.column,
      message: `same port: ${describeDeclaration(member)}`,
    });
  }
  return related.length ? { ...hit, relatedLocations: related } : hit;
}

function placeKey({ file, line, column }: { file: string; line: number; column: number }): string {
  return `${file}\0${line}\0${column}`;
}

/** The other half of a clash (duplicate-port) as a related location. */
export function clashWith(earlier: DeclaredPort): RelatedLocation {
  const { file, line, column } = earlier;
  return { file, line, column, message: `already declared here: ${describeDeclaration(earlier)}` };
}

/** `containerPort of container "api"`, `targetPort of Service "api"`, `EXPOSE`, ... for related locations. */
function describeDeclaration(p: DeclaredPort): string {
  const c = p.context;
  const of = (what: string, name: string | undefined) => (name === undefined ? '' : ` of ${what} "${name}"`);
  switch (p.kind) {
    case 'kubernetes': {
      if (p.role === 'container') return `containerPort${of('container', c.container)}`;
      if (p.role === 'host') return `hostPort${of('container', c.container)}`;
      const key = p.role === 'target' ? 'targetPort' : p.role === 'node' ? 'nodePort' : 'port';
      return `${key}${of('Service', c.service)}`;
    }
    case 'helm-values':
      return c.keyPath === undefined ? 'Helm value' : `Helm value ${c.keyPath}`;
    case 'compose':
    case 'workflow': {
      const what =
        p.role === 'host' ? 'published host port' : p.role === 'container' ? 'container port' : p.role;
      return `${what}${of('service', c.service)}`;
    }
    case 'dockerfile':
      return 'EXPOSE';
    case 'devcontainer':
      return 'devcontainer forward';
    default:
      return `${p.role} port`;
  }
}

/** Rules whose finding says what IANA assigns the port to: a known unauthorized use belongs in it. */
const VERDICT_RULES = new Set(['registered-conflict', 'well-known-conflict', 'de-facto-port']);

/**
 * A known unauthorized use on a port that already has a conflict or de-facto finding becomes a
 * sentence of that finding (when it is at least as severe), not a second finding on the same line.
 */
export function foldUnauthorizedUse(findings: Finding[]): Finding[] {
  const verdicts = new Map<string, Finding>();
  for (const f of findings) {
    if (!VERDICT_RULES.has(f.ruleId)) continue;
    for (const key of placesOf(f)) if (!verdicts.has(key)) verdicts.set(key, f);
  }
  return findings.filter((f) => {
    if (f.ruleId !== 'unauthorized-use' || !f.declared?.info?.unauthorizedUse?.length) return true;
    const verdict = placesOf(f)
      .map((key) => verdicts.get(key))
      .find((v) => v !== undefined && SEVERITY_RANK[v.severity] >= SEVERITY_RANK[f.severity]);
    if (!verdict) return true;
    const detail = unauthorizedUseDetail(unauthorizedUsesOf(f.declared));
    verdict.message += formatMessage(UNAUTHORIZED_USE_MESSAGES.alsoRecorded, { detail });
    return false;
  });
}

/** The declaration a finding is on and, for a logical port, every member of it. */
function placesOf(f: Finding): string[] {
  const members = f.declared?.logicalPort?.members ?? (f.declared ? [f.declared] : []);
  return members.map((m) => `${m.file}\0${m.line}\0${m.column}\0${m.protocol}\0${m.port}`);
}
