/**
 * nginx configuration: `server` blocks in `http` and `stream`, every `listen` address form, quoted
 * words, comments, several directives on a line, and blocks whose `server`/`listen`-like words declare
 * nothing (upstream servers, location blocks).
 */
import fc from 'fast-check';
import { Builder, type GeneratedCase, type Piece } from '../support/builder.js';
import { blank, eol, identifier, portNumber, portRange, variableName } from './common.js';

/** The address of a `listen`, as pieces, with the port piece where the number is. */
type Address = { pieces: (protocol: 'tcp' | 'udp') => Piece[]; declares: boolean };
const listenAddress: fc.Arbitrary<Address> = fc.oneof<fc.Arbitrary<Address>[]>(
  fc
    .tuple(
      fc.constantFrom('', '127.0.0.1:', '*:', '[::]:', '[::1]:', 'localhost:', '0.0.0.0:'),
      portNumber,
      fc.boolean(),
    )
    .map(([host, n, quoted]) => ({
      declares: true,
      pieces: (protocol) => {
        const q = quoted ? [{ text: '"' }] : [];
        return [
          ...q,
          { text: host },
          { text: String(n), port: { port: n, endPort: n, protocol, role: 'listen' as const } },
          ...q,
        ];
      },
    })),
  portRange.map(([a, c]) => ({
    declares: true,
    pieces: (protocol) => [
      { text: `${a}-${c}`, port: { port: a, endPort: c, protocol, role: 'listen' as const } },
    ],
  })),
  variableName.map((v) => ({
    declares: true,
    pieces: (protocol) => [
      { text: `\${NOPE_${v}}`, port: { port: null, endPort: null, protocol, role: 'listen' as const } },
    ],
  })),
  fc
    .constantFrom('unix:/run/app.sock', '127.0.0.1', '[::1]')
    .map((text) => ({ declares: false, pieces: () => [{ text }] })),
);

const listen = fc.record({
  address: listenAddress,
  parameters: fc.subarray(['ssl', 'http2', 'default_server', 'reuseport', 'udp', 'quic', 'backlog=511']),
  gap: blank,
});

type Listen = typeof listen extends fc.Arbitrary<infer T> ? T : never;

const directive = fc.oneof(
  { weight: 3, arbitrary: listen.map((l) => ({ type: 'listen' as const, listen: l })) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        'server_name example.com www.example.com;',
        'root /var/www;',
        '# listen 9999;',
        'location / { proxy_pass http://127.0.0.1:3000; }',
        'location /api {\n    return 200 "listen 1234;";\n  }',
        'add_header X-Port "8080" always;',
      )
      .map((text) => ({ type: 'other' as const, text })),
  },
);

const server = fc.record({ directives: fc.array(directive, { maxLength: 5 }), oneLine: fc.boolean() });

export const nginxCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    snippet: fc.array(listen, { maxLength: 2 }),
    http: fc.array(server, { maxLength: 3 }),
    stream: fc.array(server, { maxLength: 1 }),
    name: identifier,
  })
  .map(({ eol: lineEnd, snippet, http, stream, name }) => {
    const b = new Builder(lineEnd);
    const writeListen = (l: Listen): void => {
      const protocol = l.parameters.includes('udp') || l.parameters.includes('quic') ? 'udp' : 'tcp';
      b.add(`listen${l.gap}`).pieces(l.address.pieces(protocol));
      for (const p of l.parameters) b.add(` ${p}`);
      b.add(';');
    };
    const writeServer = (s: (typeof http)[number], indent: string): void => {
      b.add(`${indent}server {${s.oneLine ? ' ' : '\n'}`);
      for (const d of s.directives) {
        if (!s.oneLine) b.add(`${indent}  `);
        if (d.type === 'listen') writeListen(d.listen);
        else b.add(d.text);
        // A comment runs to the end of its line.
        b.add(s.oneLine && !(d.type === 'other' && d.text.startsWith('#')) ? ' ' : '\n');
      }
      b.add(`${s.oneLine ? '' : indent}}\n`);
    };
    // Directives at the top of a file included into a server block.
    for (const l of snippet) {
      writeListen(l);
      b.add('\n');
    }
    b.line('user nginx;').line('events { worker_connections 1024; }');
    b.line('http {').line(`  upstream ${name} { server 10.0.0.1:8080; server backend:9000 backup; }`);
    for (const s of http) writeServer(s, '  ');
    b.line('}');
    if (stream.length > 0) {
      b.line('stream {');
      for (const s of stream) writeServer(s, '  ');
      b.line('}');
    }
    return b.build('nginx', `deploy/nginx/${name}.conf`);
  });
