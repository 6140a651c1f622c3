/**
 * Parsing on several cores, opt-in with PORTLINT_WORKERS (a number of worker threads, or `auto`:
 * cores - 1 from MIN_FILES_FOR_WORKERS files on). Off by default: on 2 cores it pays only while the
 * second core is idle (docs/performance.md: about a fifth off the corpus x4) and breaks even, or
 * loses, when other work shares the machine, because V8 already runs about a third of a scan's CPU
 * work (JIT compilation, concurrent GC) on the second core and a worker isolate compiles the
 * parsers again, while its heap adds 30-60 MB of RSS.
 *
 * Files are independent until they are linked, so the main thread and the workers claim files from
 * a shared counter (whoever is free takes the next one) and the outcomes are put back in discovery
 * order: the result is the same as parsing one file after another. It stays synchronous (scan()
 * is): the main thread parses too, then blocks on Atomics.wait and takes the workers' outcomes with
 * receiveMessageOnPort, which needs no event loop turn.
 *
 * A worker runs the entry bundle itself (ncc bundles everything into one file and would copy a
 * `new URL('./worker.js', import.meta.url)` entry as an unbundled asset), so only an entry that has
 * called enableParseWorkers(import.meta.url) and calls runParseWorker() at its top when
 * isParseWorker() gets workers: the CLI. The action and the tests parse on the main thread. If a
 * worker fails to start or stops answering, the main thread parses whatever it left.
 */
import os from 'node:os';
import {
  isMainThread,
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  workerData,
  type MessagePort,
} from 'node:worker_threads';
import type { DiscoveredFile } from '../discover/discover.js';
import { createFileParser, type FileOutcome, type ParseContext } from './parse-file.js';

/** With PORTLINT_WORKERS=auto, below this many files a worker's start (loading the bundle, compiling the parsers) does not pay. */
export const MIN_FILES_FOR_WORKERS = 5000;
/** A worker's young generation: parsing allocates a lot but keeps little, and RSS adds up per thread. */
const WORKER_YOUNG_GENERATION_MB = 16;
/** At most this many worker threads, whatever the machine: parsing also allocates, and RSS adds up. */
const MAX_WORKERS = 3;
/** A worker posts its outcomes in batches (fewer messages), at least this often while it works. */
const BATCH_FILES = 64;
const BATCH_MS = 50;
/** No message from any worker for this long while files are outstanding: the main thread takes over. */
const STALL_MS = 15_000;

const WORKER_MARK = 'portlint:parse-worker';
/** Int32 slots of the shared buffer: the next file index to claim, and how many batches were posted. */
const NEXT_FILE = 0;
const POSTED = 1;

interface WorkerInput {
  [WORKER_MARK]: true;
  files: readonly DiscoveredFile[];
  context: ParseContext;
  shared: SharedArrayBuffer;
  port: MessagePort;
}

interface Batch {
  outcomes: Array<[index: number, outcome: FileOutcome]>;
  done: boolean;
}

export interface ParallelOptions {
  /** Worker threads to start (0: none). Default: from PORTLINT_WORKERS (none when unset). */
  workers?: number;
  /** Whether the main thread parses too (default true); false leaves every file to the workers (tests). */
  parseOnMainThread?: boolean;
}

let workerEntry: URL | undefined;

/** How the last parseDiscovered call shared its files (tests and the bench read it). */
export const lastParse = { workers: 0, parsedByWorkers: 0 };

/**
 * Lets parseDiscovered start worker threads that run `entry`, a module that calls runParseWorker()
 * at its top when isParseWorker() (the CLI: src/cli.ts).
 */
export function enableParseWorkers(entry: string | URL): void {
  const url = new URL(entry);
  // Under ts-jest the entry is TypeScript source, which a worker cannot load.
  workerEntry = url.protocol === 'file:' && /\.[cm]?js$/.test(url.pathname) ? url : undefined;
}

/** Whether this thread is a parse worker started by parseDiscovered. */
export function isParseWorker(): boolean {
  return !isMainThread && (workerData as Partial<WorkerInput> | null)?.[WORKER_MARK] === true;
}

/**
 * Read and parse every discovered file; outcomes in the order of `files`. Uses worker threads when
 * they are enabled, the machine has a spare core and there are enough files.
 */
export function parseDiscovered(
  files: readonly DiscoveredFile[],
  context: ParseContext,
  options: ParallelOptions = {},
): FileOutcome[] {
  const parseOnce = createFileParser(context);
  // A copy shares no string with the file's text (a parser's slices would keep all of it alive),
  // and it is what a worker's outcome becomes on its way here: one result whoever parsed.
  const parseFile = (found: DiscoveredFile) => structuredClone(parseOnce(found));
  const count = Math.min(options.workers ?? defaultWorkerCount(files.length), MAX_WORKERS);
  const workers = count > 0 && workerEntry ? startWorkers(workerEntry, count, files, context) : undefined;
  lastParse.workers = workers?.threads.length ?? 0;
  lastParse.parsedByWorkers = 0;
  if (!workers) return files.map(parseFile);

  const outcomes = new Array<FileOutcome | undefined>(files.length);
  const slots = new Int32Array(workers.shared);
  let missing = files.length;
  if (options.parseOnMainThread !== false) {
    for (
      let index = Atomics.add(slots, NEXT_FILE, 1);
      index < files.length;
      index = Atomics.add(slots, NEXT_FILE, 1)
    ) {
      outcomes[index] = parseFile(files[index]!);
      missing--;
    }
  }
  let running = workers.ports.length;
  while (missing > 0 && running > 0) {
    const posted = Atomics.load(slots, POSTED);
    for (const port of workers.ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const batch = message.message as Batch;
        for (const [index, outcome] of batch.outcomes) {
          if (outcomes[index] !== undefined) continue;
          outcomes[index] = outcome;
          missing--;
          lastParse.parsedByWorkers++;
        }
        if (batch.done) running--;
      }
    }
    if (missing === 0 || running === 0) break;
    if (Atomics.wait(slots, POSTED, posted, STALL_MS) === 'timed-out') break;
  }
  for (const worker of workers.threads) void worker.terminate();
  for (const port of workers.ports) port.close();
  // Files a worker claimed but never delivered (it failed or stalled), or never claimed at all.
  for (let index = 0; index < files.length; index++) outcomes[index] ??= parseFile(files[index]!);
  return outcomes as FileOutcome[];
}

/** PORTLINT_WORKERS: unset or `0` none, `N` that many, `auto` cores - 1 from MIN_FILES_FOR_WORKERS files on. */
function defaultWorkerCount(fileCount: number): number {
  const setting = (process.env.PORTLINT_WORKERS ?? '').trim().toLowerCase();
  if (setting === 'auto') return fileCount < MIN_FILES_FOR_WORKERS ? 0 : Math.max(0, availableCores() - 1);
  const value = Number(setting);
  return Number.isInteger(value) && value > 0 ? value : 0;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

function startWorkers(
  entry: URL,
  count: number,
  files: readonly DiscoveredFile[],
  context: ParseContext,
): { threads: Worker[]; ports: MessagePort[]; shared: SharedArrayBuffer } | undefined {
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const threads: Worker[] = [];
  const ports: MessagePort[] = [];
  const plainContext: ParseContext = { cwd: context.cwd, roots: [...context.roots] };
  for (let i = 0; i < count; i++) {
    const { port1, port2 } = new MessageChannel();
    const input: WorkerInput = { [WORKER_MARK]: true, files, context: plainContext, shared, port: port2 };
    let worker: Worker;
    try {
      worker = new Worker(entry, {
        workerData: input,
        transferList: [port2],
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
    } catch {
      port1.close();
      break;
    }
    // Errors arrive on the event loop, after the scan: the main thread will have parsed those files.
    worker.on('error', () => {});
    worker.unref();
    threads.push(worker);
    ports.push(port1);
  }
  return threads.length > 0 ? { threads, ports, shared } : undefined;
}

/** The body of a parse worker: claim files until none is left, post outcomes in batches. */
export function runParseWorker(): void {
  const { files, context, shared, port } = workerData as WorkerInput;
  const slots = new Int32Array(shared);
  const parseFile = createFileParser(context);
  let outcomes: Batch['outcomes'] = [];
  let lastPost = performance.now();
  const post = (done: boolean) => {
    port.postMessage({ outcomes, done } satisfies Batch);
    Atomics.add(slots, POSTED, 1);
    Atomics.notify(slots, POSTED);
    outcomes = [];
    lastPost = performance.now();
  };
  for (
    let index = Atomics.add(slots, NEXT_FILE, 1);
    index < files.length;
    index = Atomics.add(slots, NEXT_FILE, 1)
  ) {
    outcomes.push([index, parseFile(files[index]!)]);
    if (outcomes.length >= BATCH_FILES || performance.now() - lastPost >= BATCH_MS) post(false);
  }
  post(true);
}
