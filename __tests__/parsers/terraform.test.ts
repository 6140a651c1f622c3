import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseHcl } from '../../src/parsers/hcl.js';
import { parseTerraform, terraformKind } from '../../src/parsers/terraform.js';
import { factsOf } from '../../src/types.js';
import { brokenFileCommentSpans, commentSpans } from '../helpers/comments.js';
import { contextTuples, diagnosticTuples, parserFor } from '../helpers/parse.js';

const { parse, parseFixture, folder: FIXTURES } = parserFor(parseTerraform, 'terraform', 'infra/main.tf');
const tuples = contextTuples;
const diagnostics = diagnosticTuples;

const sg = { object: 'aws_security_group.web' };

describe('parseTerraform', () => {
  it('reads security groups, Kubernetes and Docker resources of a realistic main.tf', () => {
    const result = parseFixture('main.tf');
    const deployment = {
      object: 'kubernetes_deployment_v1.api',
      container: 'api',
      image: 'ghcr.io/example/api:1.2.0',
      namespace: 'shop',
    };
    const service = { object: 'kubernetes_service_v1.api', service: 'api', namespace: 'shop' };
    const cache = { object: 'docker_container.cache', container: 'cache', image: 'redis:7' };
    expect(tuples(result)).toEqual([
      [23, 19, 443, 443, 'tcp', 'ingress', sg],
      [30, 17, 8000, 8100, 'tcp', 'ingress', sg],
      [36, 18, 53, 53, 'udp', 'ingress', sg],
      // var.app_port has a literal default in the same file.
      [42, 17, 8080, 8080, 'tcp', 'ingress', sg],
      [48, 17, null, null, 'tcp', 'ingress', sg],
      [79, 23, 22, 22, 'tcp', 'ingress', { object: 'aws_security_group_rule.ssh' }],
      [95, 23, 5432, 5432, 'tcp', 'ingress', { object: 'aws_vpc_security_group_ingress_rule.postgres' }],
      [125, 30, 8080, 8080, 'tcp', 'container', { ...deployment, portName: 'http' }],
      [128, 30, 9090, 9090, 'udp', 'container', deployment],
      [129, 30, 19090, 19090, 'udp', 'host', deployment],
      [155, 21, 80, 80, 'tcp', 'service', { ...service, portName: 'http' }],
      [156, 22, null, null, 'tcp', 'target', { ...service, portName: 'http' }],
      [157, 21, 30080, 30080, 'tcp', 'node', { ...service, portName: 'http' }],
      [160, 21, 9090, 9090, 'udp', 'service', service],
      [161, 22, 9090, 9090, 'udp', 'target', service],
      [174, 16, 6380, 6380, 'tcp', 'container', cache],
      [175, 16, 16380, 16380, 'tcp', 'host', { ...cache, hostIp: '127.0.0.1' }],
      [179, 16, 5353, 5353, 'udp', 'container', cache],
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.ports.every((p) => p.kind === 'terraform' && p.file === 'fixtures/terraform/main.tf')).toBe(
      true,
    );
    const [, range, , resolved, unresolved] = result.ports;
    expect(range!.raw).toBe('8000-8100');
    expect([resolved!.raw, resolved!.unresolvedVariable]).toEqual(['var.app_port', undefined]);
    expect([unresolved!.raw, unresolved!.unresolvedVariable]).toEqual(['var.db_port', 'var.db_port']);
    const target = result.ports[11]!;
    expect([target.portRef, target.unresolvedVariable, factsOf(target, 'kubernetes')?.selector]).toEqual([
      'http',
      undefined,
      { app: 'api' },
    ]);
    const container = result.ports[7]!;
    expect([container.scope, factsOf(container, 'kubernetes')?.podLabels]).toEqual([
      'kubernetes_deployment_v1.api',
      { app: 'api' },
    ]);
  });

  it('reads CRLF files', () => {
    const result = parseFixture('crlf.tf');
    expect(readFileSync(new URL('crlf.tf', FIXTURES), 'utf8')).toContain('\r\n');
    expect(tuples(result)).toEqual([
      [3, 17, 80, 81, 'tcp', 'ingress', { object: 'aws_security_group.crlf' }],
    ]);
  });

  it('reports a missing } at the unclosed block and still reads the resources after it', () => {
    const result = parseFixture('broken.tf');
    expect(diagnostics(result)).toEqual([['parse-error', 1, 38]]);
    const web = { object: 'docker_container.web', container: 'web', image: 'nginx:1.27' };
    expect(tuples(result)).toEqual([
      [3, 17, 22, 22, 'tcp', 'ingress', { object: 'aws_security_group.open' }],
      [12, 16, 80, 80, 'tcp', 'container', web],
      [13, 16, 8080, 8080, 'tcp', 'host', web],
    ]);
  });

  it('reports an unclosed block at end of file and a stray }', () => {
    const text =
      'resource "aws_security_group_rule" "a" {\n  type = "ingress"\n  from_port = 80\n}\n}\nlocals {\n';
    const result = parse(text);
    expect(diagnostics(result)).toEqual([
      ['parse-error', 5, 1],
      ['parse-error', 6, 8],
    ]);
    expect(tuples(result)).toEqual([
      [3, 15, 80, 80, 'tcp', 'ingress', { object: 'aws_security_group_rule.a' }],
    ]);
  });

  it('reads dynamic blocks, interpolated strings and variables from the module variables.tf', () => {
    const text = [
      'resource "aws_security_group" "dyn" {',
      '  dynamic "ingress" {',
      '    for_each = var.rules',
      '    content {',
      '      from_port = ingress.value.port',
      '      to_port   = "${ingress.value.port}"',
      '      protocol  = var.protocol',
      '    }',
      '  }',
      '}',
      'resource "kubernetes_pod" "p" {',
      '  spec {',
      '    container {',
      '      port {',
      '        container_port = "${var.http}"',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const result = parse(text, 'infra/main.tf', {
      'infra/variables.tf': 'variable "http" {\n  default = "8081"\n}\n',
    });
    expect(tuples(result)).toEqual([
      [5, 19, null, null, 'tcp', 'ingress', { object: 'aws_security_group.dyn' }],
      [15, 27, 8081, 8081, 'tcp', 'container', { object: 'kubernetes_pod.p' }],
    ]);
    expect(result.ports[0]!.unresolvedVariable).toBe('ingress.value.port');
    expect(result.ports[1]!.raw).toBe('"${var.http}"');
  });

  it('skips all-traffic and port-less protocols, egress rules and flags text that is not a port', () => {
    const text = [
      'resource "aws_vpc_security_group_ingress_rule" "all" {',
      '  ip_protocol = "all"',
      '  from_port   = 0',
      '}',
      'resource "aws_vpc_security_group_ingress_rule" "icmp" {',
      '  ip_protocol = "icmpv6"',
      '  from_port   = -1',
      '}',
      'resource "aws_security_group_rule" "e" {',
      '  type      = "egress"',
      '  from_port = 1',
      '}',
      'resource "aws_security_group_rule" "bad" {',
      '  type      = "ingress"',
      '  from_port = "http"',
      '  to_port   = 70000',
      '  protocol  = "132"',
      '}',
      'resource "aws_security_group_rule" "rev" {',
      '  type      = "ingress"',
      '  from_port = 90',
      '  to_port   = 80',
      '  protocol  = "TCP"',
      '}',
    ].join('\n');
    const result = parse(text);
    expect(diagnostics(result)).toEqual([['invalid-port', 15, 16]]);
    // A reversed range keeps its values for the invalid-port rule.
    expect(tuples(result)).toEqual([
      [21, 15, 90, 80, 'tcp', 'ingress', { object: 'aws_security_group_rule.rev' }],
    ]);
  });

  it('reads the ingress inputs of terraform-aws-modules/security-group and its submodules', () => {
    const text = [
      'module "web" {',
      '  source        = "terraform-aws-modules/security-group/aws"',
      '  ingress_rules = ["https-443-tcp", "all-all", "no-such-rule", "solr-tcp"]',
      '  ingress_with_cidr_blocks = [',
      '    { from_port = 8080, to_port = 8080, protocol = "17" },',
      '    { rule = "mysql-tcp", cidr_blocks = "10.0.0.0/8" },',
      '    { from_port = 0, to_port = 0, protocol = "-1" },',
      '  ]',
      '  computed_ingress_with_self = [{ rule = "ssh-tcp" }]',
      '  ingress_with_source_security_group_id = var.peers',
      '  egress_rules  = ["http-80-tcp"]',
      '  egress_with_cidr_blocks = [{ from_port = 25, to_port = 25, protocol = "tcp" }]',
      '}',
      'module "http" {',
      '  source = "terraform-aws-modules/security-group/aws//modules/http-80"',
      '}',
      'module "other" {',
      '  source        = "terraform-aws-modules/vpc/aws"',
      '  ingress_rules = ["https-443-tcp"]',
      '}',
      'variable "peers" {',
      '  default = [{ from_port = 9000, to_port = 9000, protocol = "tcp" }]',
      '}',
    ].join('\n');
    const web = { object: 'module.web' };
    const named = (name: string, object = 'module.web') => ({ object, portName: name });
    expect(tuples(parse(text))).toEqual([
      [3, 21, 443, 443, 'tcp', 'ingress', named('https-443-tcp')],
      [3, 65, 8983, 8987, 'tcp', 'ingress', named('solr-tcp')],
      [5, 19, 8080, 8080, 'udp', 'ingress', web],
      [6, 15, 3306, 3306, 'tcp', 'ingress', named('mysql-tcp')],
      // A list from a variable's default is cited where the module uses it.
      [10, 43, 9000, 9000, 'tcp', 'ingress', web],
      [9, 43, 22, 22, 'tcp', 'ingress', named('ssh-tcp')],
      [15, 13, 80, 80, 'tcp', 'ingress', named('http-80-tcp', 'module.http')],
    ]);
  });

  it('says in one short line what it could not resolve, and keeps an unresolved protocol unknown', () => {
    const text = [
      'resource "aws_security_group" "app" {',
      '  ingress {',
      '    from_port = lookup(',
      '      local.service_ports,',
      '      "metrics-endpoint-for-the-internal-monitoring-stack",',
      '      9100,',
      '    )',
      '    to_port  = 9100',
      '    protocol = "tcp"',
      '  }',
      '  ingress {',
      '    from_port = 443',
      '    to_port   = 443',
      '    protocol  = var.proto',
      '  }',
      '}',
    ].join('\n');
    const [computed, unknownProtocol] = parse(text).ports;
    expect(computed).toMatchObject({
      line: 3,
      column: 17,
      port: null,
      unresolvedVariable: 'lookup(local.service_ports, "metrics-endpoint-for-the-int...',
    });
    expect(unknownProtocol).toMatchObject({ line: 12, port: 443, protocolUnresolved: 'var.proto' });
  });

  it('keeps a Kubernetes or Docker protocol written as an expression unknown; a variable default resolves', () => {
    const text = [
      'variable "udp" {',
      '  default = "UDP"',
      '}',
      'resource "docker_container" "dns" {',
      '  ports {',
      '    internal = 53',
      '    protocol = var.udp',
      '  }',
      '  ports {',
      '    internal = 8053',
      '    protocol = each.value.protocol',
      '  }',
      '}',
    ].join('\n');
    const ports = parse(text).ports.map((p) => [p.line, p.port, p.protocol, p.protocolUnresolved]);
    expect(ports).toEqual([
      [6, 53, 'udp', undefined],
      [10, 8053, 'tcp', 'each.value.protocol'],
    ]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        parse(text);
        parse(`resource "aws_security_group" "x" {\n ingress {\n${text}\n}\n}`);
      }),
    );
  });
});

describe('parseHcl', () => {
  it('keeps braces, comments and heredocs inside strings out of the structure', () => {
    const text = [
      'a = "x } { ${ {b = "}"} } y" # }',
      'b = <<EOT',
      'c {',
      'EOT',
      '// d {',
      '/* e { */ f { g = 1 }',
      'h = "$${not.a.ref}"',
    ].join('\n');
    const { body, errors } = parseHcl(text);
    expect(errors).toEqual([]);
    expect([...body.attributes.keys()]).toEqual(['a', 'b', 'h']);
    expect(body.blocks.map((b) => b.type)).toEqual(['f']);
    expect(body.blocks[0]!.body.attributes.get('g')!.value).toMatchObject({
      kind: 'number',
      value: 1,
      offset: text.indexOf('g = 1') + 4,
    });
    expect(body.attributes.get('b')!.value).toMatchObject({ kind: 'string', value: 'c {\n' });
    expect(body.attributes.get('h')!.value).toMatchObject({ kind: 'string', value: '${not.a.ref}' });
  });

  it('classifies literals, references and object expressions', () => {
    const { body } = parseHcl(
      'n = -1\ns = "80"\nr = var.x\nt = "${local.y}"\nm = "a${b}"\no = { k = "v", "q" : 2 }\n',
    );
    const value = (name: string) => body.attributes.get(name)!.value;
    expect(value('n')).toMatchObject({ kind: 'number', value: -1, offset: 4 });
    expect(value('s')).toMatchObject({ kind: 'string', value: '80', offset: 12 });
    expect(value('r')).toMatchObject({ kind: 'expression', text: 'var.x', offset: 20 });
    expect(value('t')).toMatchObject({ kind: 'expression', text: 'local.y', offset: 31 });
    expect(value('m')).toMatchObject({ kind: 'expression', text: '"a${b}"' });
    const object = value('o');
    expect(object.kind === 'object' && [...object.entries.keys()]).toEqual(['k', 'q']);
  });

  it('reads tuples element by element; an indexed or computed list stays an expression', () => {
    const { body } = parseHcl(
      'l = ["a", { k = 1 },\n  2,\n]\ni = ["a", "b"][0]\nf = [for p in var.ps : p]\n',
    );
    const list = body.attributes.get('l')!.value;
    expect(list.kind).toBe('tuple');
    if (list.kind !== 'tuple') return;
    expect(list.elements.map((e) => [e.kind, e.offset])).toEqual([
      ['string', 6],
      ['object', 10],
      ['number', 23],
    ]);
    expect(body.attributes.get('i')!.value.kind).toBe('expression');
    const computed = body.attributes.get('f')!.value;
    expect(computed.kind === 'tuple' && computed.elements.map((e) => e.kind)).toEqual(['expression']);
  });

  it('reports unterminated strings, heredocs and comments at their start', () => {
    expect(parseHcl('a = "open\nb = 1\n').errors).toEqual([{ offset: 4, message: 'Unterminated string' }]);
    expect(parseHcl('a = <<EOT\nx\n').errors).toEqual([
      { offset: 4, message: 'Unterminated heredoc: no closing EOT' },
    ]);
    expect(parseHcl('a = 1 /* x').errors).toEqual([{ offset: 6, message: 'Unterminated /* comment' }]);
  });

  it('stays linear on many stray interpolations and quotes', () => {
    const started = Date.now();
    parseHcl('a = "${\n'.repeat(20_000));
    parseHcl('{'.repeat(20_000));
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('comments (handed over when the text asks for them)', () => {
  it('keeps #, // and /* */ comments, not strings, templates or heredocs; an unclosed block runs to the end', () => {
    const text = [
      '# hash',
      'a = "x # y" // slashes',
      '/* block',
      '   two lines */ b = 1',
      'c = <<-EOF',
      '  # heredoc text',
      '  EOF',
      'd = "${"}"}" # after a template',
      '/* unclosed',
    ].join('\n');
    expect(commentSpans(terraformKind, 'main.tf', text)).toEqual([
      [0, 6, 1, 6, '# hash'],
      [19, 29, 21, 29, '// slashes'],
      [30, 54, 32, 52, '/* block\n   two lines */'],
      [108, 126, 109, 126, '# after a template'],
      [127, 138, 129, 138, '/* unclosed'],
    ]);
  });

  it('hands over every comment of a file it cannot parse', () => {
    const text = 'resource "a" "b" {\n  x = 1 # unbalanced\n';
    expect(brokenFileCommentSpans(terraformKind, 'main.tf', text)).toEqual([
      [27, 39, 28, 39, '# unbalanced'],
    ]);
  });
});
