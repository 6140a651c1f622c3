/** Line-based manifests: `.env`, Procfile and systemd `.socket` units. */
import fc from 'fast-check';
import { Builder, type GeneratedCase, type Piece } from '../support/builder.js';
import { blank, eol, identifier, portNumber, validPort, variableName } from './common.js';

const listen = (port: number | null, protocol: 'tcp' | 'udp' = 'tcp'): Piece['port'] => ({
  port,
  endPort: port,
  protocol,
  role: 'listen',
});

// ------------------------------------------------------------------------------------------------ .env

const dotenvLine = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('port' as const),
      key: fc.constantFrom('PORT', 'API_PORT', 'db_port', 'WEB.HTTP_PORT'),
      exported: fc.boolean(),
      around: fc.constantFrom(['', ''], [' ', ' '], ['\t', '']),
      quote: fc.constantFrom('', '"', "'"),
      value: fc.oneof(
        { weight: 3, arbitrary: portNumber.map((n) => ({ text: String(n), port: n as number | null })) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(variableName, portNumber)
            .map(([v, n]) => ({ text: `\${NOPE_${v}:-${n}}`, port: n as number | null })),
        },
        {
          weight: 1,
          arbitrary: variableName.map((v) => ({ text: `$NOPE_${v}`, port: null as number | null })),
        },
        { weight: 1, arbitrary: fc.constant({ text: '${BASE}', port: 5000 as number | null }) },
      ),
      comment: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('invalid' as const), key: fc.constantFrom('BAD_PORT', 'PORT') }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('noise' as const),
      text: fc.constantFrom(
        '# PORT=1234',
        'NAME=web',
        'PORTS=80,443',
        'URL=http://localhost:8080',
        '',
        '   ',
        'not an assignment',
      ),
    }),
  },
);

export const dotenvCase: fc.Arbitrary<GeneratedCase> = fc
  .record({ eol, lines: fc.array(dotenvLine, { maxLength: 8 }) })
  .map(({ eol: lineEnd, lines }) => {
    const b = new Builder(lineEnd);
    b.line('BASE=5000');
    for (const line of lines) {
      if (line.type === 'noise') {
        b.line(line.text);
      } else if (line.type === 'invalid') {
        b.add(`${line.key}=`)
          .pieces([{ text: 'eighty', diagnostic: 'invalid-port' }])
          .add('\n');
      } else {
        // Single quotes keep `$` literal: such a value is text, not a variable.
        const quote = line.quote === "'" && line.value.text.includes('$') ? '"' : line.quote;
        b.add(`${line.exported ? 'export ' : ''}${line.key}${line.around[0]}=${line.around[1]}${quote}`);
        // `db_port` names a database: where another service listens (a connection setting).
        const port = listen(line.value.port);
        const role = line.key === 'db_port' ? 'connect' : 'listen';
        b.pieces([{ text: line.value.text, port: port && { ...port, role } }]);
        b.add(`${quote}${line.comment ? ' # the port' : ''}\n`);
      }
    }
    return b.build('dotenv', 'config/.env');
  });

// ------------------------------------------------------------------------------------------------ Procfile

const procfileCommand: fc.Arbitrary<Piece[]> = fc.oneof<fc.Arbitrary<Piece[]>[]>(
  validPort.map((n) => [{ text: 'node server.js --port ' }, { text: String(n), port: listen(n) }]),
  validPort.map((n) => [{ text: 'bin/rails server --port=' }, { text: String(n), port: listen(n) }]),
  validPort.map((n) => [
    { text: 'bundle exec puma -p ' },
    { text: String(n), port: listen(n) },
    { text: ' -C config/puma.rb' },
  ]),
  fc.constant<Piece[]>([{ text: 'gunicorn app:app --bind 0.0.0.0:' }, { text: '$PORT', port: listen(null) }]),
  validPort.map((n) => [
    { text: 'gunicorn -b :' },
    { text: `\${PORT:-${n}}`, port: listen(n) },
    { text: ' app:app' },
  ]),
  validPort.map((n) => [{ text: 'PORT=' }, { text: String(n), port: listen(n) }, { text: ' npm start' }]),
  validPort.map((n) => [
    { text: 'sh -c "exec uvicorn main:app --port ' },
    { text: String(n), port: listen(n) },
    { text: '"' },
  ]),
  fc.constant<Piece[]>([{ text: 'celery -A tasks worker --concurrency 4' }]),
  fc.constant<Piece[]>([{ text: './bin/release # --port 1234' }]),
);

export const procfileCase: fc.Arbitrary<GeneratedCase> = fc
  .record({
    eol,
    processes: fc.uniqueArray(fc.record({ name: identifier, command: procfileCommand, gap: blank }), {
      minLength: 1,
      maxLength: 4,
      selector: (p) => p.name,
    }),
    comment: fc.boolean(),
  })
  .map(({ eol: lineEnd, processes, comment }) => {
    const b = new Builder(lineEnd);
    if (comment) b.line('# web: node server.js --port 9999');
    for (const p of processes) b.add(`${p.name}:${p.gap}`).pieces(p.command).add('\n');
    return b.build('procfile', 'Procfile');
  });

// ------------------------------------------------------------------------------------------------ systemd

type SocketLine =
  | {
      type: 'listen';
      key: 'ListenStream' | 'ListenDatagram';
      host: string;
      port: number;
      spaced: boolean;
      continued: boolean;
    }
  | { type: 'reset' }
  | { type: 'noise'; text: string };

const socketLine: fc.Arbitrary<SocketLine> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('listen' as const),
      key: fc.constantFrom('ListenStream' as const, 'ListenDatagram' as const),
      host: fc.constantFrom('', '0.0.0.0:', '127.0.0.1:', '[::]:', '[::1]:'),
      port: portNumber,
      spaced: fc.boolean(),
      continued: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'reset' as const }) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(
        '# ListenStream=9999',
        '; ListenStream=9998',
        'ListenStream=/run/app.sock',
        'ListenStream=@abstract',
        'Accept=no',
        'ReusePort=true',
      )
      .map((text) => ({ type: 'noise' as const, text })),
  },
);

export const systemdSocketCase: fc.Arbitrary<GeneratedCase> = fc
  .record({ eol, lines: fc.array(socketLine, { maxLength: 6 }), name: identifier })
  .map(({ eol: lineEnd, lines, name }) => {
    const b = new Builder(lineEnd);
    b.line('[Unit]').line(`Description=${name} socket`).line('ListenStream=7777').line('').line('[Socket]');
    // An empty `ListenStream=` drops every Listen setting before it: only ports after the last reset count.
    const lastReset = lines.map((l) => l.type).lastIndexOf('reset');
    lines.forEach((line, i) => {
      if (line.type === 'noise') b.line(line.text);
      else if (line.type === 'reset') b.line('ListenStream=');
      else {
        b.add(`${line.key}${line.spaced ? ' = ' : '='}`);
        if (line.continued) b.add('\\\n  ');
        const protocol = line.key === 'ListenDatagram' ? 'udp' : 'tcp';
        const piece: Piece = {
          text: String(line.port),
          ...(i > lastReset ? { port: listen(line.port, protocol) } : {}),
        };
        b.add(line.host).pieces([piece]).add('\n');
      }
    });
    b.line('').line('[Install]').line('WantedBy=sockets.target');
    return b.build('systemd-socket', `deploy/${name}.socket`);
  });
