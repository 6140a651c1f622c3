import type { DeclaredPort, Diagnostic, KubernetesFacts, PortContext, Protocol, Role } from '../types.js';
import { PROTOCOLS } from '../types.js';
import type { ManifestKindModule, ParseInput, Parser, ParseResult } from './types.js';
import { HCL_COMMENTS, parseHcl, type HclBlock, type HclBody, type HclExpression } from './hcl.js';
import { scanComments } from './comments.js';
import { LineIndex } from './text-position.js';
import { dictionary, own } from '../dictionary.js';
import { SG_AUTO_INGRESS, SG_RULES } from './data/terraform-sg-rules.js';
import { parsePortNumber, protocolOf } from './port-values.js';
import { baseName } from './kind-paths.js';

/** What a port attribute's value turned out to be. */
type PortValue =
  | { kind: 'number'; port: number }
  | { kind: 'unresolved'; expression: string }
  | { kind: 'named'; name: string }
  | { kind: 'invalid' };

/** The protocol of a port block, and the written expression when portlint cannot resolve it. */
interface BlockProtocol {
  protocol: Protocol;
  unknown: Pick<DeclaredPort, 'protocolUnresolved'>;
}

/** Literal values of `var.*` defaults and `local.*`, for resolving references written in ports. */
interface Definitions {
  variables: Map<string, HclExpression>;
  locals: Map<string, HclExpression>;
}

const MAX_REFERENCE_HOPS = 8;
const MAX_WALK_DEPTH = 16;

/**
 * Terraform `*.tf` (kind `terraform`), per resource (`context.object` = resource address):
 * - `aws_security_group` `ingress` blocks, `aws_security_group_rule` with `type = "ingress"`,
 *   `aws_vpc_security_group_ingress_rule`: one `ingress` port per rule, `port` = from_port,
 *   `endPort` = to_port. Protocol `-1` / `all` (every protocol, every port) and port-less protocols
 *   (icmp, esp, ...) are skipped.
 * - `kubernetes_*`: container `port` blocks (`container_port` container, `host_port` host) and
 *   `kubernetes_service*` `spec.port` (`port` service, `target_port` target, `node_port` node).
 * - `docker_container` `ports` (`internal` container, `external` host).
 *
 * References resolve to a literal `default` of a `variable` block or a literal `locals` value in this
 * file or the module's `variables.tf`; other expressions give `port: null` with the expression as
 * `unresolvedVariable`. Unbalanced braces and other syntax errors are parse-errors; what could be read
 * is still returned.
 */
export const parseTerraform: Parser = (input: ParseInput): ParseResult => {
  const index = new LineIndex(input.text);
  const { body, errors } = parseHcl(input.text);
  const diagnostics: Diagnostic[] = errors.map((error) => ({
    ruleId: 'parse-error',
    messageId: 'hcl',
    data: { detail: error.message },
    ...index.positionAt(error.offset),
  }));
  const sibling = siblingVariables(input);
  const definitions = collectDefinitions(body, sibling?.body);
  const reader = new TerraformReader(input.path, index, definitions, diagnostics, sibling?.path);
  for (const block of body.blocks) {
    if (block.type === 'resource' && block.labels.length >= 2) reader.resource(block);
    else if (block.type === 'module' && block.labels.length >= 1) reader.module(block);
  }
  return { ports: reader.ports, diagnostics };
};

/** The module's `variables.tf`, where Terraform modules conventionally keep defaults. */
function siblingVariables(input: ParseInput): { path: string; body: HclBody } | undefined {
  const slash = input.path.lastIndexOf('/');
  const dir = slash >= 0 ? input.path.slice(0, slash + 1) : '';
  const name = input.path.slice(slash + 1);
  if (name === 'variables.tf') return undefined;
  const siblingPath = `${dir}variables.tf`;
  const text = input.readSibling(siblingPath);
  return text === undefined ? undefined : { path: siblingPath, body: parseHcl(text).body };
}

function collectDefinitions(body: HclBody, sibling: HclBody | undefined): Definitions {
  const definitions: Definitions = { variables: new Map(), locals: new Map() };
  for (const source of sibling ? [sibling, body] : [body]) {
    for (const block of source.blocks) {
      if (block.type === 'variable' && block.labels[0] !== undefined) {
        const fallback = block.body.attributes.get('default');
        if (fallback) definitions.variables.set(block.labels[0], fallback.value);
      } else if (block.type === 'locals') {
        for (const [name, attribute] of block.body.attributes) definitions.locals.set(name, attribute.value);
      }
    }
  }
  return definitions;
}

class TerraformReader {
  readonly ports: DeclaredPort[] = [];

  constructor(
    private readonly file: string,
    private readonly index: LineIndex,
    private readonly definitions: Definitions,
    private readonly diagnostics: Diagnostic[],
    /** The sibling `variables.tf`, whose defaults a `var.` or `local.` reference may take. */
    private readonly variablesFile?: string,
  ) {}

  resource(block: HclBlock): void {
    const [type, name] = block.labels as [string, string];
    const address = `${type}.${name}`;
    const attrs = block.body.attributes;
    if (type === 'aws_security_group') {
      for (const rule of childBlocks(block.body, 'ingress'))
        this.ingress(attributesOf(rule.body), address, 'protocol');
    } else if (type === 'aws_security_group_rule') {
      const kind = attrs.get('type')?.value;
      if (kind?.kind === 'string' && kind.value === 'ingress')
        this.ingress(attributesOf(block.body), address, 'protocol');
    } else if (type === 'aws_vpc_security_group_ingress_rule') {
      this.ingress(attributesOf(block.body), address, 'ip_protocol');
    } else if (/^kubernetes_service(_v1)?$/.test(type)) {
      this.kubernetesService(block.body, address);
    } else if (type.startsWith('kubernetes_')) {
      this.kubernetesWorkload(block.body, address, metadataOf(block.body), {}, 0);
    } else if (type === 'docker_container') {
      this.dockerContainer(block.body, address);
    }
  }

  /**
   * terraform-aws-modules/security-group (and its `//modules/<name>` submodules): the ingress inputs,
   * by rule name (`ingress_rules = ["https-443-tcp"]`, from the module's own rules table) or by
   * `from_port`/`to_port`/`protocol` (`ingress_with_cidr_blocks = [{ ... }]`). Egress opens nothing.
   */
  module(block: HclBlock): void {
    const source = block.body.attributes.get('source')?.value;
    const match = source?.kind === 'string' ? SG_MODULE_SOURCE.exec(source.value) : null;
    if (!source || !match) return;
    const address = `module.${block.labels[0]}`;
    for (const rule of SG_AUTO_INGRESS.get(match[1] ?? '') ?? []) this.namedRule(rule, source, address);
    for (const key of SG_INGRESS_INPUTS) {
      const written = block.body.attributes.get(key)?.value;
      if (!written) continue;
      // A list written elsewhere (a variable's default) is cited where it is used.
      const list = written.kind === 'tuple' ? written : this.resolveLiteral(written);
      if (list?.kind !== 'tuple') continue;
      for (const element of list.elements.slice(0, MAX_MODULE_RULES)) {
        const at = list === written ? element : written;
        if (element.kind === 'string') this.namedRule(element.value, at, address);
        else if (element.kind === 'object') this.moduleEntry(element.entries, at, address);
      }
    }
  }

  /** One `ingress_with_*` entry: its own ports, else its `rule`. */
  private moduleEntry(entries: ReadonlyMap<string, HclExpression>, at: HclExpression, address: string): void {
    const rule = entries.get('rule');
    const literal = at.kind === 'object';
    const cite = literal ? undefined : at;
    if (entries.has('from_port')) this.ingress((key) => entries.get(key), address, 'protocol', cite);
    else if (rule?.kind === 'string') this.namedRule(rule.value, cite ?? rule, address);
  }

  /** A rule of the module's table by name, at `at`; `all-all` and ICMP rules open no port. */
  private namedRule(name: string, at: HclExpression, address: string): void {
    const rule = SG_RULES.get(name);
    if (!rule) return;
    const [from, to, protocol] = rule;
    const value: PortValue = { kind: 'number', port: from };
    // The rule's name says what the port speaks (`https-443-tcp`), as a port name does. `raw` is
    // what `at` writes: the name, or the submodule's source, or the reference it came through.
    this.add(at, value, to, protocol, 'ingress', { object: address, portName: name });
  }

  /** One security-group ingress rule: a range from `from_port` to `to_port`. */
  private ingress(
    attribute: (key: string) => HclExpression | undefined,
    address: string,
    protocolKey: string,
    /** Where to cite the rule when its values were read from elsewhere (a variable's default). */
    cite?: HclExpression,
  ): void {
    const written = attribute(protocolKey);
    const resolved = this.resolveLiteral(written);
    const protocol = written && !resolved ? 'tcp' : awsProtocol(resolved);
    if (protocol === undefined) return;
    const from = attribute('from_port');
    if (!from) return;
    const to = attribute('to_port');
    const start = this.portValue(from, 'from_port', false);
    if (!start) return;
    let end: number | null = start.kind === 'number' ? start.port : null;
    let raw = rawText(from);
    if (to) {
      const value = this.portValue(to, 'to_port', false);
      if (value?.kind === 'number') end = value.port;
      else if (value?.kind === 'unresolved') end = null;
      const toRaw = rawText(to);
      if (value && toRaw !== raw) raw = `${raw}-${toRaw}`;
    }
    // Unknown: kept in the inventory, not classified as tcp (see `protocolUnresolved`).
    const extra: Partial<DeclaredPort> = { raw };
    if (written && !resolved) extra.protocolUnresolved = oneLine(written.raw);
    this.add(cite ?? from, start, end, protocol, 'ingress', { object: address }, extra);
  }

  private kubernetesService(body: HclBody, address: string): void {
    const metadata = metadataOf(body);
    const context: PortContext = { object: address };
    if (metadata.name) context.service = metadata.name;
    if (metadata.namespace) context.namespace = metadata.namespace;
    for (const spec of childBlocks(body, 'spec')) {
      const selector = stringEntries(spec.body.attributes.get('selector')?.value);
      for (const port of childBlocks(spec.body, 'port')) {
        const protocol = this.protocolIn(port.body);
        const portContext = { ...context, ...namedPort(port.body) };
        const extra = selector ? { facts: { kind: 'kubernetes', selector } satisfies KubernetesFacts } : {};
        this.attribute(port.body, 'port', 'service', protocol, portContext, extra);
        this.attribute(port.body, 'target_port', 'target', protocol, portContext, extra, true);
        this.attribute(port.body, 'node_port', 'node', protocol, portContext, extra);
      }
    }
  }

  /**
   * Containers anywhere in a workload (`spec.template.spec.container`, `spec.job_template...`);
   * pod labels come from the `metadata` next to the innermost `spec` that holds them.
   */
  private kubernetesWorkload(
    body: HclBody,
    address: string,
    resourceMetadata: Metadata,
    labels: Record<string, string>,
    depth: number,
  ): void {
    if (depth > MAX_WALK_DEPTH) return;
    for (const block of body.blocks) {
      if (block.type === 'container' || block.type === 'init_container') {
        this.container(block.body, address, resourceMetadata, labels);
      } else if (block.type === 'spec') {
        const podLabels = metadataOf(body).labels ?? labels;
        this.kubernetesWorkload(block.body, address, resourceMetadata, podLabels, depth + 1);
      } else if (block.type !== 'metadata') {
        this.kubernetesWorkload(block.body, address, resourceMetadata, labels, depth + 1);
      }
    }
  }

  private container(
    body: HclBody,
    address: string,
    metadata: Metadata,
    labels: Record<string, string>,
  ): void {
    const context: PortContext = { object: address };
    const name = literalString(body.attributes.get('name')?.value);
    const image = literalString(body.attributes.get('image')?.value);
    if (name) context.container = name;
    if (image) context.image = image;
    if (metadata.namespace) context.namespace = metadata.namespace;
    const extra: Partial<DeclaredPort> = { scope: address };
    if (Object.keys(labels).length > 0) extra.facts = { kind: 'kubernetes', podLabels: labels };
    for (const port of childBlocks(body, 'port')) {
      const protocol = this.protocolIn(port.body);
      const portContext = { ...context, ...namedPort(port.body) };
      this.attribute(port.body, 'container_port', 'container', protocol, portContext, extra);
      this.attribute(port.body, 'host_port', 'host', protocol, portContext, extra);
    }
  }

  private dockerContainer(body: HclBody, address: string): void {
    const context: PortContext = { object: address };
    const name = literalString(body.attributes.get('name')?.value);
    const image = literalString(body.attributes.get('image')?.value);
    if (name) context.container = name;
    if (image) context.image = image;
    for (const ports of childBlocks(body, 'ports')) {
      const protocol = this.protocolIn(ports.body);
      const ip = literalString(ports.body.attributes.get('ip')?.value);
      const hostContext = ip && ip !== '0.0.0.0' && ip !== '::' ? { ...context, hostIp: ip } : context;
      this.attribute(ports.body, 'internal', 'container', protocol, context, { scope: address });
      this.attribute(ports.body, 'external', 'host', protocol, hostContext, { scope: address });
    }
  }

  /** A single-port attribute (`container_port = 80`), reported if present. */
  private attribute(
    body: HclBody,
    key: string,
    role: Role,
    protocol: BlockProtocol,
    context: PortContext,
    extra: Partial<DeclaredPort>,
    allowNamed = false,
  ): void {
    const expression = body.attributes.get(key)?.value;
    if (!expression) return;
    const value = this.portValue(expression, key, allowNamed);
    if (!value) return;
    const end = value.kind === 'number' ? value.port : null;
    this.add(expression, value, end, protocol.protocol, role, context, { ...extra, ...protocol.unknown });
  }

  /**
   * Kubernetes (`TCP`/`UDP`/`SCTP`) and Docker provider protocols, tcp when absent. A `protocol`
   * portlint cannot resolve is unknown, not the tcp default of an absent one: it is kept as written.
   */
  private protocolIn(body: HclBody): BlockProtocol {
    const written = body.attributes.get('protocol')?.value;
    const resolved = this.resolveLiteral(written);
    const protocol = toProtocol(literalString(resolved)) ?? 'tcp';
    return { protocol, unknown: written && !resolved ? { protocolUnresolved: oneLine(written.raw) } : {} };
  }

  private add(
    expression: HclExpression,
    value: PortValue,
    endPort: number | null,
    protocol: Protocol,
    role: Role,
    context: PortContext,
    extra: Partial<DeclaredPort> = {},
  ): void {
    const raw = rawText(expression);
    const port: DeclaredPort = {
      file: this.file,
      ...this.index.positionAt(expression.offset),
      port: value.kind === 'number' ? value.port : null,
      endPort,
      protocol,
      role,
      kind: 'terraform',
      context,
      raw,
      ...extra,
    };
    if (value.kind === 'unresolved') port.unresolvedVariable = value.expression;
    if (value.kind === 'named') port.portRef = value.name;
    if (this.variablesFile !== undefined && /\b(?:var|local)\./.test(port.raw))
      port.valueFrom = [this.variablesFile];
    this.ports.push(port);
  }

  /** Number, resolvable reference, named port (target_port only), or an invalid-port diagnostic. */
  private portValue(expression: HclExpression, key: string, allowNamed: boolean): PortValue | undefined {
    const resolved = this.resolveLiteral(expression);
    if (resolved?.kind === 'number' && Number.isInteger(resolved.value))
      return { kind: 'number', port: resolved.value };
    if (resolved?.kind === 'string') {
      const text = resolved.value.trim();
      const port = parsePortNumber(text);
      if (port !== undefined) return { kind: 'number', port };
      if (allowNamed && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(text)) return { kind: 'named', name: text };
    }
    // `port =` with nothing after it is already a parse-error ("Missing attribute value"): no port.
    if (expression.kind === 'expression' && expression.text === '') return undefined;
    if (resolved === undefined && expression.kind === 'expression') {
      return { kind: 'unresolved', expression: oneLine(expression.text) };
    }
    const position = this.index.positionAt(expression.offset);
    this.diagnostics.push({
      ruleId: 'invalid-port',
      messageId: 'attributeNotANumber',
      data: { key, raw: expression.raw },
      ...position,
    });
    return undefined;
  }

  /** Follow `var.x` / `local.x` to a literal; undefined for anything that is not (or not known). */
  private resolveLiteral(expression: HclExpression | undefined): HclExpression | undefined {
    let current = expression;
    for (let hop = 0; current && hop < MAX_REFERENCE_HOPS; hop++) {
      if (current.kind !== 'expression') return current;
      const reference = /^(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(current.text);
      if (!reference) return undefined;
      const table = reference[1] === 'var' ? this.definitions.variables : this.definitions.locals;
      current = table.get(reference[2]!);
    }
    return current?.kind === 'expression' ? undefined : current;
  }
}

interface Metadata {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
}

function metadataOf(body: HclBody): Metadata {
  const metadata = childBlocks(body, 'metadata')[0];
  if (!metadata) return {};
  const out: Metadata = {};
  const name = literalString(metadata.body.attributes.get('name')?.value);
  const namespace = literalString(metadata.body.attributes.get('namespace')?.value);
  const labels = stringEntries(metadata.body.attributes.get('labels')?.value);
  if (name) out.name = name;
  if (namespace) out.namespace = namespace;
  if (labels) out.labels = labels;
  return out;
}

/** terraform-aws-modules/security-group from the registry or GitHub; group 1 is a `//modules/<name>` submodule. */
const SG_MODULE_SOURCE =
  /^(?:terraform-aws-modules\/security-group\/aws|(?:git::)?(?:https:\/\/|git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-security-group(?:\.git)?)(?:\/\/modules\/([a-z0-9-]+))?(?:[?/].*)?$/;

/** The module's inputs that open ingress rules (the `egress_*` ones open nothing to listen on). */
const SG_INGRESS_INPUTS = [
  'ingress_rules',
  'ingress_with_self',
  'ingress_with_cidr_blocks',
  'ingress_with_ipv6_cidr_blocks',
  'ingress_with_source_security_group_id',
  'ingress_with_prefix_list_ids',
  'computed_ingress_rules',
  'computed_ingress_with_self',
  'computed_ingress_with_cidr_blocks',
  'computed_ingress_with_ipv6_cidr_blocks',
  'computed_ingress_with_source_security_group_id',
  'computed_ingress_with_prefix_list_ids',
];

/** Entries read per input list: a bound, far above what a security group holds (AWS allows 60 rules). */
const MAX_MODULE_RULES = 200;

/** A block's attribute values by name. */
function attributesOf(body: HclBody): (key: string) => HclExpression | undefined {
  return (key) => body.attributes.get(key)?.value;
}

/** Child blocks of a type, including the `content` of `dynamic "<type>"` blocks. */
function childBlocks(body: HclBody, type: string): HclBlock[] {
  const out: HclBlock[] = [];
  for (const block of body.blocks) {
    if (block.type === type) out.push(block);
    else if (block.type === 'dynamic' && block.labels[0] === type)
      out.push(...childBlocks(block.body, 'content'));
  }
  return out;
}

function namedPort(body: HclBody): Pick<PortContext, 'portName'> {
  const name = literalString(body.attributes.get('name')?.value);
  return name ? { portName: name } : {};
}

/** The value as written, without the quotes of a string. */
function rawText(expression: HclExpression): string {
  return expression.kind === 'string' ? expression.value : expression.raw;
}

function literalString(expression: HclExpression | undefined): string | undefined {
  return expression?.kind === 'string' ? expression.value : undefined;
}

/** An object literal's entries whose values are literal strings or numbers. */
function stringEntries(expression: HclExpression | undefined): Record<string, string> | undefined {
  if (expression?.kind !== 'object') return undefined;
  const out = dictionary<string>();
  for (const [key, value] of expression.entries) {
    if (value.kind === 'string' || value.kind === 'number')
      out[key] = String(value.kind === 'string' ? value.value : value.raw);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function toProtocol(name: string | undefined): Protocol | undefined {
  return name === undefined ? undefined : protocolOf(name, PROTOCOLS);
}

/** Longest expression text kept in messages: enough to recognise it. */
const MAX_EXPRESSION_TEXT = 60;

/** An expression on one line (whitespace runs collapsed), clipped to MAX_EXPRESSION_TEXT. */
function oneLine(text: string): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/([([{]) /g, '$1')
    .replace(/,? ([)\]}])/g, '$1')
    .trim();
  return flat.length > MAX_EXPRESSION_TEXT ? `${flat.slice(0, MAX_EXPRESSION_TEXT - 3)}...` : flat;
}

/**
 * AWS protocol names and IANA protocol numbers. `undefined` means "not a port rule": `-1` / `all`
 * (all traffic: the ports are ignored by AWS) and protocols without ports (icmp, icmpv6, esp, ...).
 * An absent protocol is taken as tcp; an unresolved one is the caller's to mark.
 */
function awsProtocol(expression: HclExpression | undefined): Protocol | undefined {
  if (!expression || expression.kind === 'expression') return 'tcp';
  const text = expression.kind === 'string' ? expression.value.trim().toLowerCase() : expression.raw;
  const byNumber: Record<string, Protocol> = { '6': 'tcp', '17': 'udp', '132': 'sctp', '33': 'dccp' };
  return own(byNumber, text) ?? toProtocol(text);
}

// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)

/** Terraform configuration: `*.tf`. */
export const terraformKind: ManifestKindModule = {
  kind: 'terraform',
  matches: (path) => baseName(path).toLowerCase().endsWith('.tf'),
  parse: parseTerraform,
  comments: (text) => scanComments(text, HCL_COMMENTS),
};
