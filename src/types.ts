/** Shared vocabulary of the pipeline: discover -> parse -> link -> classify -> rules -> report. */
import { own } from './dictionary.js';

export type Protocol = 'tcp' | 'udp' | 'sctp' | 'dccp';
export const PROTOCOLS: readonly Protocol[] = ['tcp', 'udp', 'sctp', 'dccp'];

/**
 * What the number does in the manifest (see docs/ports.md). `connect` is where ANOTHER service
 * listens (`DB_PORT` beside `DB_HOST`): only invalid-port and unresolved-port apply to it.
 */
export type Role =
  | 'host'
  | 'container'
  | 'expose'
  | 'service'
  | 'target'
  | 'node'
  | 'listen'
  | 'forward'
  | 'ingress'
  | 'connect';

export type Severity = 'error' | 'warning' | 'notice';
export type SeverityOrOff = Severity | 'off';

export type ManifestKind =
  | 'compose'
  | 'dockerfile'
  | 'kubernetes'
  | 'helm-values'
  | 'workflow'
  | 'devcontainer'
  | 'nginx'
  | 'systemd-socket'
  | 'dotenv'
  | 'procfile'
  | 'spring'
  | 'fly'
  | 'terraform';

/** 1-based line and column, where the number (or the `$` of its variable) is written. */
export interface Position {
  line: number;
  column: number;
}

/** Who declares the port. Only the fields that apply are set; all are as written in the manifest. */
export interface PortContext {
  /** Compose service key, Kubernetes Service name, workflow service, Procfile process type, ... */
  service?: string;
  image?: string;
  container?: string;
  /** Kubernetes port `name`, Helm key, ... */
  portName?: string;
  namespace?: string;
  /** Kubernetes `Kind/name`, Terraform resource address. */
  object?: string;
  /** Dockerfile stage alias. */
  stage?: string;
  job?: string;
  /** Helm values key path such as `service.port`. */
  keyPath?: string;
  /** Host address a published port binds to (`127.0.0.1`, `::1`); absent means every address. */
  hostIp?: string;
  /** nginx server_name, fly app, devcontainer name, systemd unit, ... */
  name?: string;
}

/** One number (or range) that a manifest puts on a socket, a published mapping or a firewall opening. */
export interface DeclaredPort extends Position {
  /** Path relative to the working directory, forward slashes. */
  file: string;
  /**
   * Names of the folder holding the file and its parents (innermost first, up to the repository's
   * top), from its real path: what a Dockerfile or a chart is named after. `file` cannot say it for a
   * file at the top of the scan, and names must not depend on where a scan starts.
   */
  folders?: string[];
  /** null when unresolved (a variable without a default) or a named reference. */
  port: number | null;
  /** Same as `port` unless a range. */
  endPort: number | null;
  protocol: Protocol;
  role: Role;
  kind: ManifestKind;
  context: PortContext;
  /** The text as written, e.g. `${PORT}`, `8080`, `3000-3005`. */
  raw: string;
  /** Variable name when `port` is null because a variable has no value. */
  unresolvedVariable?: string;
  /**
   * The protocol as written when it is an expression portlint cannot resolve (Terraform
   * `protocol = var.proto`): `protocol` is then a placeholder and the port is not classified.
   */
  protocolUnresolved?: string;
  /** Named reference (Kubernetes `targetPort: http`) when not resolved to a number. */
  portRef?: string;
  /**
   * Grouping key for duplicate detection within one deployment unit: the Compose project, the
   * Kubernetes pod template (`ns/Kind/name`), ... Ports in different scopes never clash as errors.
   */
  scope?: string;
  /**
   * Other files the number was read from (a `.env`, a module's `variables.tf`, the container port a
   * named targetPort resolves to, the Dockerfile whose EXPOSE a built Compose port is checked
   * against): a change there changes this port's findings.
   */
  valueFrom?: string[];
  /** Software the manifest's own settings name (Spring `spring.cloud.config.server.*`, `spring.application.name`). */
  runs?: string;
  /** What only one kind of declaration knows, tagged by that kind. Internal, not in the JSON report. */
  facts?: PortFacts;
  /**
   * Application protocols the manifest itself says this port speaks, lower-case (`http`, `https`, `grpc`,
   * `dns`, ...): a port name, an appProtocol, a probe, an nginx `http {}` block. Internal, not in the JSON report.
   */
  speaks?: string[];
  /** The other declarations of the same socket (src/link/logical-ports.ts); absent when there are none. */
  logicalPort?: LogicalPort;
}

/**
 * A Kubernetes object's labels: set by the Kubernetes parser and by Terraform's `kubernetes_*`
 * resources, so the tag is not the file's kind.
 */
export interface KubernetesFacts {
  kind: 'kubernetes';
  /** Pod template labels (on container and host ports), which Service selectors select. */
  podLabels?: Record<string, string>;
  /** The Service's selector (on service, target and node ports). */
  selector?: Record<string, string>;
}

export interface DockerfileFacts {
  kind: 'dockerfile';
  /**
   * True when the image the file builds exposes this port, i.e. it is EXPOSEd by the last stage or
   * by an earlier stage the last one is built `FROM` (exposed ports are inherited).
   */
  inFinalImage?: boolean;
  /** The Compose services that build the file (and the image they tag), which name what it runs. */
  builtBy?: Array<{ service: string; image?: string }>;
}

export interface ComposeFacts {
  kind: 'compose';
  /** Folder of the Dockerfile the service builds. Relative path, forward slashes. */
  buildContext?: string;
  /** The Dockerfile the service builds (relative to cwd), checked by expose-mismatch. */
  buildDockerfile?: string;
  /** The image another Compose file of the folder gives this service (an overlay adding ports). */
  siblingImage?: string;
  /**
   * Every project the port's file is loaded into (set by the link step; `scope` is the first).
   * `service` is the name the port's service has there (a service pulled in by `extends` takes the
   * extending service's name).
   */
  composeProjects?: ComposeMembership[];
}

export interface HelmFacts {
  kind: 'helm-values';
  /** The `name` in the chart's Chart.yaml, which names what the chart deploys. */
  chart?: string;
}

/** Kind-specific facts of a declaration; readers narrow by `kind` (factsOf). */
export type PortFacts = KubernetesFacts | DockerfileFacts | ComposeFacts | HelmFacts;

type FactsOfKind<K extends PortFacts['kind']> = Extract<PortFacts, { kind: K }>;

/** The port's facts of `kind`, or undefined when it has none of that kind. */
export function factsOf<K extends PortFacts['kind']>(
  port: Pick<DeclaredPort, 'facts'>,
  kind: K,
): Readonly<FactsOfKind<K>> | undefined {
  return port.facts?.kind === kind ? (port.facts as FactsOfKind<K>) : undefined;
}

/**
 * Add facts of `kind` to the port, keeping those it has. Copies, never mutates: one facts object may
 * be shared by the ports of one entry (a containerPort and its hostPort).
 */
export function addFacts<K extends PortFacts['kind']>(
  port: Pick<DeclaredPort, 'facts'>,
  kind: K,
  facts: Omit<FactsOfKind<K>, 'kind'>,
): void {
  if (port.facts !== undefined && port.facts.kind !== kind)
    throw new Error(`a port with ${port.facts.kind} facts cannot take ${kind} facts`);
  port.facts = { ...port.facts, ...facts, kind } as PortFacts;
}

/** Adds files a port's number was read from, once each, after the ones it has. */
export function addValueFrom(port: Pick<DeclaredPort, 'valueFrom'>, files: Iterable<string>): void {
  const merged = new Set([...(port.valueFrom ?? []), ...files]);
  if (merged.size > 0) port.valueFrom = [...merged];
}

/** Whether a Kubernetes Service selector picks a pod with these labels (every selector pair among them). */
export function selects(
  selector: Readonly<Record<string, string>>,
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  if (!labels) return false;
  return Object.entries(selector).every(([key, value]) => own(labels, key) === value);
}

/** File, then line, then column order: of ports, or of anything else written at a place in a file. */
export function byFilePosition(
  a: Pick<DeclaredPort, 'file' | 'line' | 'column'>,
  b: Pick<DeclaredPort, 'file' | 'line' | 'column'>,
): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}

export interface ComposeMembership {
  /** `compose:<folder>` for a folder's default files or COMPOSE_FILE, `compose:<file>` for a file run alone. */
  project: string;
  /** The folder the project is run from: alternative projects of one folder are variants of one app. */
  folder: string;
  service: string;
}

/** What one Compose file loads besides itself. Paths relative to the working directory, normalised. */
export interface ComposeLoads {
  /** Files of `include:`. */
  include: string[];
  /** `extends: { file, service }` of a service named `as`. */
  extends: Array<{ file: string; service: string; as: string }>;
  /** `COMPOSE_FILE` of the `.env` in the file's folder, when set. */
  composeFile?: string[];
  /** [service, image] for every service that names an image, ports or not. */
  serviceImages?: Array<[string, string]>;
}

/**
 * Declarations of one logical port: a Service port -> targetPort -> containerPort chain, a Compose
 * `host:container` pair with one number, an EXPOSE and the Compose service built from it, ...
 */
export interface LogicalPort {
  /** Where the number is chosen: the line a user would edit (docs/ports.md). */
  primary: DeclaredPort;
  /** Every declaration of the group, the primary included, in file/line/column order. */
  members: readonly DeclaredPort[];
}

/** Another place a finding is about: the rest of its logical port, the other half of a clash. */
export interface RelatedLocation extends Position {
  file: string;
  message: string;
}

/**
 * A problem found while parsing, reported as a finding as it is (parse-error, invalid-port, ...).
 * Its wording is the rule's `messages[messageId]` with `data` filled in (src/rules/messages.ts).
 */
export interface Diagnostic extends Position {
  ruleId: string;
  /** Key of the message template in the rule's `messages`. */
  messageId: string;
  /** Values for the template's `{{name}}` placeholders. */
  data?: Readonly<Record<string, string | number>>;
  port?: number | null;
  protocol?: Protocol;
}

export type PortRange = 'system' | 'user' | 'dynamic';
export type PortStatus = 'assigned' | 'unassigned' | 'reserved' | 'dynamic';

export interface ServiceAssignment {
  name: string;
  description: string;
}

/** What IANA says about one (port, protocol). */
export interface PortInfo {
  port: number;
  protocol: Protocol;
  range: PortRange;
  status: PortStatus;
  /** Every assigned service name on this (port, protocol), in registry order; empty when none. */
  services: ServiceAssignment[];
  /** IANA's notes: de-assignment, known unauthorized use, reserved reason. */
  notes: string[];
  /** The registry record's own range when it covers several ports (e.g. 954-988 Unassigned, 6000-6063 x11). */
  block?: { start: number; end: number };
  /** Known unauthorized uses recorded by IANA (text of the note). */
  unauthorizedUse?: string[];
}

export interface Assignment {
  range: PortRange;
  status: PortStatus;
  services: string[];
}

export interface ClassifiedPort extends DeclaredPort {
  /** Classification of `port` (the start of a range). Absent when `port` is null or out of 0-65535. */
  info?: PortInfo;
}

export interface Finding extends Position {
  ruleId: string;
  severity: Severity;
  file: string;
  port: number | null;
  protocol: Protocol | null;
  message: string;
  /** A compliant port to use instead, where the rule can suggest one. */
  suggestion?: number;
  /** The declaration this finding is about, when there is one. */
  declared?: ClassifiedPort;
  /**
   * Other files a finding without a declaration (a parse problem such as invalid-port) may come
   * from: the files its parser read besides its own (a `.env`, a `variables.tf`).
   */
  valueFrom?: string[];
  /**
   * The other declarations of the same logical port, or the other half of a clash (duplicate-port):
   * changed-only mode keeps the finding when any of their files changed.
   */
  relatedLocations?: RelatedLocation[];
}

export interface ScannedFile {
  path: string;
  kind: ManifestKind;
}

export interface ScanSummary {
  files: number;
  ports: number;
  errors: number;
  warnings: number;
  notices: number;
}

export interface ScanResult {
  files: ScannedFile[];
  ports: ClassifiedPort[];
  findings: Finding[];
  summary: ScanSummary;
  registryUpdated: string;
}
