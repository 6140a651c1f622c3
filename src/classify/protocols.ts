import type { DeclaredPort, ServiceAssignment } from '../types.js';
import type { ServiceMatcher } from './match.js';
import { HTTP_SERVICES, SERVICE_ALIASES } from './aliases.js';

/**
 * Protocol words (as in `DeclaredPort.speaks`) and the IANA service names each stands for. Reviewed
 * entry by entry; a word maps only to names whose registry entry is that protocol.
 */
export const PROTOCOL_SERVICES: ReadonlyMap<string, readonly string[]> = new Map([
  ['http', HTTP_SERVICES],
  ['https', HTTP_SERVICES],
  // gRPC is a mapping onto HTTP/2 (grpc/doc/PROTOCOL-HTTP2.md) and h2c is HTTP/2 over cleartext TCP
  // (RFC 9113 sec. 3.1): both are HTTP on the wire, served on 443 and 8080 like any HTTP API.
  ['grpc', HTTP_SERVICES],
  ['h2c', HTTP_SERVICES],
  ['dns', ['domain', 'domain-s']],
  // The Active Directory global catalog (3268/3269) is LDAP on other ports.
  ['ldap', ['ldap', 'ldaps', 'msft-gc', 'msft-gc-ssl']],
  ['ldaps', ['ldap', 'ldaps', 'msft-gc', 'msft-gc-ssl']],
  ['kerberos', ['kerberos', 'kerberos-adm', 'kpasswd']],
  ['smtp', ['smtp', 'submission', 'submissions']],
  ['imap', ['imap', 'imaps']],
  ['pop3', ['pop3', 'pop3s']],
  ['sieve', ['sieve']],
  // RFC 6587 sec. 3.3: syslog over TCP is commonly run on 514/tcp, which IANA lists as `shell`.
  ['syslog', ['syslog', 'syslog-tls', 'shell']],
  ['amqp', ['amqp', 'amqps']],
  ['epmd', ['epmd']],
  ['mysql', ['mysql']],
  ['mysqlx', ['mysqlx']],
  ['otlp', ['opentelemetry']],
  ['dhcp', ['bootps', 'bootpc']],
  // Samba and Active Directory: DCE/RPC endpoint mapper, NetBIOS and SMB.
  ['msrpc', ['epmap']],
  ['netbios', ['netbios-ns', 'netbios-dgm', 'netbios-ssn']],
  ['smb', ['microsoft-ds', 'netbios-ssn']],
]);

interface SoftwareProtocols {
  speaks: readonly string[];
  source: string;
}

/**
 * Software (identity tokens, see match.ts) and the protocols it serves on its own ports. Each entry
 * is justified by the upstream page listing the ports it listens on.
 */
export const SOFTWARE_PROTOCOLS: ReadonlyMap<string, SoftwareProtocols> = new Map(
  (
    [
      [['rabbitmq'], ['amqp', 'epmd'], 'https://www.rabbitmq.com/docs/networking#ports'],
      // MariaDB has no X Protocol (mysqlx): only MySQL serves 33060.
      [
        ['mysql'],
        ['mysql', 'mysqlx'],
        'https://dev.mysql.com/doc/mysql-port-reference/en/mysql-ports-reference-tables.html',
      ],
      [['coredns'], ['dns'], 'https://coredns.io/manual/toc/#configuration'],
      [
        ['bind9', 'unbound'],
        ['dns'],
        'https://bind9.readthedocs.io/en/latest/reference.html#namedconf-statement-listen-on',
      ],
      [['dnsmasq'], ['dns', 'dhcp'], 'https://thekelleys.org.uk/dnsmasq/docs/dnsmasq-man.html'],
      [['pihole'], ['dns', 'dhcp', 'http', 'https'], 'https://docs.pi-hole.net/main/prerequisites/#ports'],
      [['adguardhome'], ['dns', 'dhcp', 'http'], 'https://github.com/AdguardTeam/AdGuardHome/wiki/Docker'],
      [['consul'], ['dns', 'http'], 'https://developer.hashicorp.com/consul/docs/install/ports'],
      [['openldap', 'slapd'], ['ldap'], 'https://www.openldap.org/doc/admin26/runningslapd.html'],
      [
        ['krb5', 'kdc'],
        ['kerberos'],
        'https://web.mit.edu/kerberos/krb5-latest/doc/admin/conf_files/kdc_conf.html',
      ],
      [
        ['samba'],
        ['dns', 'kerberos', 'ldap', 'msrpc', 'netbios', 'smb'],
        'https://wiki.samba.org/index.php/Samba_AD_DC_Port_Usage',
      ],
      [['postfix', 'exim', 'exim4'], ['smtp'], 'https://www.postfix.org/master.5.html'],
      [['dovecot'], ['imap', 'pop3', 'sieve'], 'https://doc.dovecot.org/main/core/config/service.html'],
      [
        ['mailserver'],
        ['smtp', 'imap', 'pop3', 'sieve'],
        'https://docker-mailserver.github.io/docker-mailserver/latest/config/security/understanding-the-ports/',
      ],
      [['rsyslog', 'rsyslogd'], ['syslog'], 'https://www.rsyslog.com/doc/configuration/modules/imtcp.html'],
      [['syslog-ng', 'syslogng'], ['syslog'], 'https://syslog-ng.github.io/admin-guide/060_Sources/README'],
      [
        ['otelcol', 'otel', 'opentelemetry'],
        ['otlp'],
        'https://opentelemetry.io/docs/specs/otlp/#otlpgrpc-default-port',
      ],
      [
        ['alloy'],
        ['otlp', 'http'],
        'https://grafana.com/docs/alloy/latest/reference/components/otelcol/otelcol.receiver.otlp/',
      ],
      [['tempo'], ['otlp', 'http'], 'https://grafana.com/docs/tempo/latest/configuration/#distributor'],
      [['jaeger'], ['otlp', 'http'], 'https://www.jaegertracing.io/docs/latest/architecture/apis/'],
      [['gitlab'], ['http'], 'https://docs.gitlab.com/administration/package_information/defaults/'],
      [['gitea'], ['http'], 'https://docs.gitea.com/administration/config-cheat-sheet#server-server'],
      // Prometheus exporters serve /metrics over HTTP, whatever they export (`postgres-exporter`).
      [['exporter'], ['http'], 'https://prometheus.io/docs/instrumenting/writing_exporters/'],
      [['wildfly', 'jboss'], ['http'], 'https://docs.wildfly.org/32/Admin_Guide.html#Interfaces_and_ports'],
    ] as const
  ).flatMap(([tokens, speaks, source]) => tokens.map((token) => [token, { speaks, source }] as const)),
);

const HTTP_NAMES = new Set(HTTP_SERVICES);

function servicesOf(protocol: string): readonly string[] {
  return PROTOCOL_SERVICES.get(protocol) ?? [];
}

/** Protocols the declaring software speaks: from SOFTWARE_PROTOCOLS, or a token that is a protocol word. */
function softwareProtocols(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => {
    const software = SOFTWARE_PROTOCOLS.get(token);
    if (software) return software.speaks;
    return PROTOCOL_SERVICES.has(token) ? [token] : [];
  });
}

/** IANA names the alias data gives the declaring software (a raw token is not evidence: `hello-app`). */
function aliasServices(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => (Object.hasOwn(SERVICE_ALIASES, token) ? SERVICE_ALIASES[token]! : []));
}

/**
 * Whether the port's evidence says it speaks the protocol IANA registered for it: its own `speaks`, or
 * what the declaring software is known to serve. On a port assigned to the HTTP family only, any
 * declaration is taken as HTTP unless the evidence positively names another protocol (a Service `vote`
 * on 80 is a web app; `postgres` on 80 or a port named `dns` on 80 is not).
 */
export function speaksAssignedProtocol(
  port: DeclaredPort,
  services: readonly ServiceAssignment[],
  matcher: ServiceMatcher,
): boolean {
  const assigned = services.map((s) => s.name.toLowerCase());
  const declared = port.speaks ?? [];
  const tokens = matcher.identify(port).tokens;
  const software = softwareProtocols(tokens);
  const speaks = (protocol: string): boolean => servicesOf(protocol).some((name) => assigned.includes(name));
  if (declared.some(speaks) || software.some(speaks)) return true;
  if (assigned.length === 0 || !assigned.every((name) => HTTP_NAMES.has(name))) return false;
  return !namesAnotherProtocol(declared, software, aliasServices(tokens));
}

/** Positive evidence of a protocol outside the HTTP family, the port's own words first. */
function namesAnotherProtocol(
  declared: readonly string[],
  software: readonly string[],
  aliases: readonly string[],
): boolean {
  const isHttp = (protocol: string): boolean => servicesOf(protocol).some((name) => HTTP_NAMES.has(name));
  if (declared.length > 0) return !declared.some(isHttp);
  if (software.some(isHttp) || aliases.some((name) => HTTP_NAMES.has(name))) return false;
  return software.length > 0 || aliases.length > 0;
}
