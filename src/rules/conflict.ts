import type { ClassifiedPort, PortRange, ServiceAssignment } from '../types.js';
import type { Identity, ServiceMatcher } from '../classify/match.js';
import { deFactoEntryFor, type DeFactoPort } from '../classify/de-facto-ports.js';
import { speaksAssignedProtocol } from '../classify/protocols.js';
import type { Rule, RuleContext, RuleHit } from './types.js';
import { describeServices, hitsFrom, portLabel, SERVICE_ROLES } from './format.js';
import { RANGE_CONFLICT_MESSAGES, rangeConflicts } from './port-ranges.js';

/** Wording of both conflict rules (registered and well-known ports). */
const messages = {
  registeredToOther: '{{port}} is registered to {{services}}, not to "{{software}}"',
  // Without evidence of the software, say so rather than quote a variable or a resource address.
  registeredUnknownUser: '{{port}} is registered to {{services}}; nothing here says what uses it',
  ...RANGE_CONFLICT_MESSAGES,
};
const hit = hitsFrom(messages);

/**
 * Assigned ports (in `range`) whose IANA services do not include the declaring service. Software
 * that uses the port by convention (DE_FACTO_PORTS) is left to `de-facto-port`.
 */
export function conflicts({ ports, matcher }: RuleContext, range: PortRange): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const p of ports) {
    if (!isCandidate(p, range) || groupMatches(p, matcher)) continue;
    if (deFactoUserOf(p, matcher)) continue;
    const identity = groupIdentity(p, matcher);
    const data = { port: portLabel(p), services: describeServices(p.info!.services) };
    hits.push(
      identity.software !== undefined
        ? hit(p, 'registeredToOther', { ...data, software: identity.label })
        : hit(p, 'registeredUnknownUser', data),
    );
  }
  return hits;
}

/**
 * Ports the declaring software uses by convention: conflicts (either range), and reserved or
 * unassigned well-known ports, that its documented default explains. The choice was made upstream.
 */
export function deFactoUses({
  ports,
  matcher,
}: RuleContext): Array<{ port: ClassifiedPort; entry: DeFactoPort }> {
  const uses: Array<{ port: ClassifiedPort; entry: DeFactoPort }> = [];
  for (const p of ports) {
    const candidate = isCandidate(p, 'system') || isCandidate(p, 'user') || isUnownedDefaultCandidate(p);
    if (!candidate || groupMatches(p, matcher)) continue;
    const entry = deFactoUserOf(p, matcher);
    if (entry) uses.push({ port: p, entry });
  }
  return uses;
}

/** A single reserved port, or an unassigned well-known one, where the software may be the reason. */
function isUnownedDefaultCandidate(p: ClassifiedPort): boolean {
  const status = p.info?.status;
  return (
    (status === 'reserved' || (status === 'unassigned' && p.info!.range === 'system')) &&
    p.endPort === p.port &&
    SERVICE_ROLES.has(p.role)
  );
}

/**
 * Whether `de-facto-port` reports this port instead of `reserved-port` / `unassigned-well-known`:
 * the number is the documented default of the software that declares it.
 */
export function isSoftwareDefault(p: ClassifiedPort, matcher: ServiceMatcher): boolean {
  return isUnownedDefaultCandidate(p) && deFactoUserOf(p, matcher) !== undefined;
}

/** The best-identified declaration of the port's group names it: a `.env` value takes the Compose service's name. */
function groupIdentity(p: ClassifiedPort, matcher: ServiceMatcher): Identity {
  const own = matcher.identify(p);
  if (own.software !== undefined || !p.logicalPort) return own;
  for (const member of p.logicalPort.members) {
    const identity = matcher.identify(member);
    if (identity.software !== undefined) return identity;
  }
  return own;
}

/** The declaring service is one IANA assigned the port to, or the port speaks the registered protocol. */
function isProperUse(
  p: ClassifiedPort,
  services: readonly ServiceAssignment[],
  matcher: ServiceMatcher,
): boolean {
  return matcher.matches(p, services) || speaksAssignedProtocol(p, services, matcher);
}

/** What one declaration of a logical port says about its software holds for all of them. */
function groupMatches(p: ClassifiedPort, matcher: ServiceMatcher): boolean {
  return groupVerdict(p, matcher).matches;
}

function deFactoUserOf(p: ClassifiedPort, matcher: ServiceMatcher): DeFactoPort | undefined {
  return groupVerdict(p, matcher).deFacto;
}

interface GroupVerdict {
  matches: boolean;
  deFacto?: DeFactoPort;
}

/** Per matcher and logical port, so a group of n declarations is read once, not n times. */
const verdicts = new WeakMap<ServiceMatcher, WeakMap<object, GroupVerdict>>();

function groupVerdict(p: ClassifiedPort, matcher: ServiceMatcher): GroupVerdict {
  const key = p.logicalPort ?? p;
  let known = verdicts.get(matcher);
  if (!known) verdicts.set(matcher, (known = new WeakMap()));
  let verdict = known.get(key);
  if (verdict) return verdict;
  const members = p.logicalPort?.members ?? [p];
  verdict = { matches: members.some((m) => isProperUse(m, p.info!.services, matcher)) };
  for (const m of members) {
    const entry = deFactoEntryFor(m, matcher.identify(m).tokens);
    if (entry) {
      verdict.deFacto = entry;
      break;
    }
  }
  known.set(key, verdict);
  return verdict;
}

function isCandidate(p: ClassifiedPort, range: PortRange): boolean {
  return (
    p.info?.range === range &&
    p.info.status === 'assigned' &&
    p.endPort === p.port &&
    SERVICE_ROLES.has(p.role)
  );
}

export const registeredConflict: Rule = {
  id: 'registered-conflict',
  defaultSeverity: 'warning',
  suggests: true,
  description:
    'A registered port (1024-49151) that IANA assigns to services other than the one declaring it.',
  messages,
  rationale:
    'A registered port belongs to the service IANA assigned it to. Running something else there surprises operators, firewall rules and tools that guess the protocol from the port, and collides when the registered software runs on the same host.',
  check: (context) => [...conflicts(context, 'user'), ...rangeConflicts(context, 'user')],
};

export const wellKnownConflict: Rule = {
  id: 'well-known-conflict',
  defaultSeverity: 'warning',
  description: 'A well-known port (0-1023) that IANA assigns to services other than the one declaring it.',
  messages,
  rationale:
    'Well-known ports identify their protocol to every firewall, scanner and operator. Another service on one of them is misread by all of those and needs root privileges to bind.',
  check: (context) => [...conflicts(context, 'system'), ...rangeConflicts(context, 'system')],
};
