export const id = 26;
export const ids = [26];
export const modules = {

/***/ 9026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  start: () => (/* binding */ start)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/errors.ts
/** A failure of portlint itself or of its input (config, usage): never a finding. */
class PortlintError extends Error {
    exitCode;
    constructor(message, 
    /** Process exit code the CLI uses: 2 for usage and config errors. */
    exitCode = 2, options) {
        super(message, options);
        this.exitCode = exitCode;
        this.name = 'PortlintError';
    }
}
/** A config file that cannot be used; the message names the file, line and column of each error. */
class ConfigError extends PortlintError {
    /** The errors, one `file:line:col: message` each; the message is these lines. */
    problems;
    constructor(problems, options) {
        const lines = typeof problems === 'string' ? [problems] : problems;
        super(lines.join('\n'), 2, options);
        this.name = 'ConfigError';
        this.problems = lines;
    }
}
/** Wrong command-line usage. */
class UsageError extends PortlintError {
    constructor(message) {
        super(message, 2);
        this.name = 'UsageError';
    }
}
/** git could not answer what an option (--changed-since, --new-from) needed; said in one line. */
class GitError extends UsageError {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/discover/safe-read.ts
/**
 * The one way portlint reads a file it did not write: only a regular file, only inside the allowed
 * roots (after following links), never more than a bound. A refusal names why, never the content.
 */


/** Whether `target` (a real path) is `root` or under it, for any of `roots` (real paths too). */
function isInsideRoots(target, roots) {
    if (roots.length <= FEW_ROOTS)
        return roots.some((root) => isInside(target, root));
    // Files named one by one give a root each: look the target's folders up instead of every root.
    let set = rootSets.get(roots);
    if (!set)
        rootSets.set(roots, (set = new Set(roots)));
    for (let folder = target;; folder = external_node_path_default().dirname(folder)) {
        if (set.has(folder) || set.has(folder + (external_node_path_default()).sep))
            return true;
        if (external_node_path_default().dirname(folder) === folder)
            return false;
    }
}
const FEW_ROOTS = 8;
const rootSets = new WeakMap();
function isInside(target, root) {
    return target === root || target.startsWith(root.endsWith((external_node_path_default()).sep) ? root : root + (external_node_path_default()).sep);
}
/** The real path of an existing folder or file's folder; `absolute` itself when it does not exist. */
function realFolder(absolute) {
    try {
        const real = external_node_fs_default().realpathSync.native(absolute);
        return external_node_fs_default().statSync(real).isDirectory() ? real : external_node_path_default().dirname(real);
    }
    catch {
        return absolute;
    }
}
/**
 * Reads `absolutePath` when it resolves inside `roots` and is a regular file of at most `maxBytes`.
 * Opened with O_NONBLOCK so a FIFO cannot hang the open; fstat on the open descriptor decides.
 */
function readRegularFile(absolutePath, roots, maxBytes) {
    let resolved;
    try {
        resolved = resolveReal(absolutePath, roots);
    }
    catch (error) {
        return { refused: fromError(error) };
    }
    const { real, stat: before } = resolved;
    if (!isInsideRoots(real, roots)) {
        const viaLink = isSymbolicLink(absolutePath);
        return { refused: { why: 'outside-root', viaLink } };
    }
    // stat before open: opening a socket fails (ENXIO) and a device may have effects; fstat re-checks.
    if (before.isDirectory())
        return { refused: { why: 'folder' } };
    if (!before.isFile())
        return { refused: { why: 'not-regular' } };
    let fd;
    try {
        // O_NOFOLLOW: `real` has no link left in it, so a link here was swapped in after realpath.
        fd = external_node_fs_default().openSync(real, (external_node_fs_default()).constants.O_RDONLY | (external_node_fs_default()).constants.O_NONBLOCK | (external_node_fs_default()).constants.O_NOFOLLOW);
    }
    catch (error) {
        return { refused: fromError(error) };
    }
    try {
        const stat = external_node_fs_default().fstatSync(fd);
        if (stat.isDirectory())
            return { refused: { why: 'folder' } };
        if (!stat.isFile())
            return { refused: { why: 'not-regular' } };
        if (stat.size > maxBytes)
            return { refused: { why: 'too-large', size: stat.size, limit: maxBytes } };
        // One byte more than fstat promised shows a file that grows, or a /proc file that claims 0 bytes.
        const bytes = Buffer.alloc(stat.size + 1);
        let filled = 0;
        while (filled < bytes.length) {
            const read = external_node_fs_default().readSync(fd, bytes, filled, bytes.length - filled, filled);
            if (read === 0)
                break;
            filled += read;
        }
        if (filled !== stat.size)
            return { refused: { why: 'size-changed' } };
        return { bytes: bytes.subarray(0, filled) };
    }
    catch (error) {
        return { refused: fromError(error) };
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/** Real folder paths, per scan (its roots array): the files of one folder resolve it once. */
const realFolders = new WeakMap();
const MAX_REAL_FOLDERS = 100_000;
/**
 * The real path of a file and its stat, links followed: its folder's real path (the system's
 * realpath(3), once per folder and scan) joined with its name, unless the name itself is a link,
 * which realpath resolves. Throws as realpath and stat do.
 */
function resolveReal(absolutePath, roots) {
    let folders = realFolders.get(roots);
    if (!folders)
        realFolders.set(roots, (folders = new Map()));
    const folder = external_node_path_default().dirname(absolutePath);
    let realFolder = folders.get(folder);
    if (realFolder === undefined) {
        realFolder = external_node_fs_default().realpathSync.native(folder);
        if (folders.size >= MAX_REAL_FOLDERS)
            folders.clear();
        folders.set(folder, realFolder);
    }
    const candidate = external_node_path_default().join(realFolder, external_node_path_default().basename(absolutePath));
    const stat = external_node_fs_default().lstatSync(candidate);
    if (!stat.isSymbolicLink())
        return { real: candidate, stat };
    const real = external_node_fs_default().realpathSync.native(absolutePath);
    return { real, stat: external_node_fs_default().statSync(real) };
}
function isSymbolicLink(absolutePath) {
    try {
        return external_node_fs_default().lstatSync(absolutePath).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function fromError(error) {
    const code = error.code;
    if (code === 'ELOOP')
        return { why: 'link-loop' };
    if (code === 'EISDIR')
        return { why: 'folder' };
    // Only the code: a message may quote a path from the scanned tree, never content, but keep it short.
    return { why: 'unreadable', code: code ?? 'unknown error' };
}

;// CONCATENATED MODULE: ./src/discover/read-file.ts

/** Files above this size are skipped with a notice: no manifest is this large, and parse time is bounded. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Read a manifest as text. Refuses (with a reason for a `skipped-file` notice) links out of the
 * scan roots, link loops, oversized, binary, special and unreadable files. Strips a UTF-8 BOM.
 */
function readManifest(absolutePath, roots) {
    const read = readRegularFile(absolutePath, roots, MAX_FILE_BYTES);
    if ('refused' in read)
        return { skipped: describeRefusal(read.refused, 'a manifest') };
    const bytes = read.bytes;
    // UTF-16 with a byte order mark (Windows editors write it; go-yaml, so Compose, reads it) holds NUL bytes.
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
            ? 'utf-16be'
            : undefined;
    if (utf16)
        return { text: stripBom(new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes)), notices: [] };
    if (bytes.subarray(0, 8192).includes(0))
        return { skipped: 'it is a binary file, not text' };
    const notices = [];
    // ignoreBOM: the decoder keeps a BOM, so that exactly one is stripped (not a second U+FEFF too).
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        const valid = bytes.subarray(0, Math.max(firstInvalidByte(bytes), 0));
        notices.push({
            ruleId: 'parse-error',
            messageId: 'invalidUtf8',
            ...endOf(stripBom(new TextDecoder('utf-8', { ignoreBOM: true }).decode(valid))),
        });
    }
    text = stripBom(text);
    return { text, notices };
}
/** Why a file was not read, as the rest of a `not scanned: ...` sentence. */
function describeRefusal(refusal, what) {
    switch (refusal.why) {
        case 'outside-root':
            return refusal.viaLink
                ? 'it is a symbolic link that points outside the scanned folder; not followed'
                : 'its path leads through a symbolic link outside the scanned folder; not followed';
        case 'link-loop':
            return 'it is a symbolic link loop (ELOOP)';
        case 'folder':
        case 'not-regular':
            return 'it is not a regular file';
        case 'too-large':
            return `it is ${refusal.size} bytes, above the ${refusal.limit}-byte limit for ${what}`;
        case 'size-changed':
            return 'it is not an ordinary file (its size changed while it was read)';
        case 'unreadable':
            return `it cannot be read (${refusal.code})`;
    }
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Position just past the end of `text`: where the first invalid byte is, when `text` is what precedes it. */
function endOf(text) {
    const lines = text.split(/\r\n|\n|\r/);
    return { line: lines.length, column: lines.at(-1).length + 1 };
}
/**
 * Offset of the first byte that does not begin a valid UTF-8 sequence (-1 when all are valid). Found
 * by byte, not from the first U+FFFD of the decoded text, which may be a U+FFFD the file really holds.
 */
function firstInvalidByte(bytes) {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        const length = lead >= 0xc2 && lead <= 0xdf
            ? 2
            : lead >= 0xe0 && lead <= 0xef
                ? 3
                : lead >= 0xf0 && lead <= 0xf4
                    ? 4
                    : 0;
        if (length === 0)
            return i;
        // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
        const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
        const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
        const second = bytes[i + 1];
        if (second === undefined || second < low || second > high)
            return i;
        for (let k = 2; k < length; k++) {
            const next = bytes[i + k];
            if (next === undefined || next < 0x80 || next > 0xbf)
                return i;
        }
        i += length;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/dictionary.ts
/**
 * Objects keyed by data from files, reports or the environment. A plain `{}` would let a key such as
 * `__proto__` replace its prototype, and a read such as `labels['constructor']` find an inherited value:
 * these objects have no prototype, and reads look at own properties only.
 */
/** An empty object without a prototype: `__proto__`, `constructor`, ... are ordinary keys in it. */
function dictionary() {
    return Object.create(null);
}
/** A prototype-less copy of `fields` (own enumerable properties only): nothing is read through inheritance. */
function ownFields(fields) {
    return Object.assign(Object.create(null), fields);
}
/** `record[key]` when `record` has it as its own property, else undefined. */
function own(record, key) {
    return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

;// CONCATENATED MODULE: ./src/types.ts
/** Shared vocabulary of the pipeline: discover -> parse -> link -> classify -> rules -> report. */

const PROTOCOLS = ['tcp', 'udp', 'sctp', 'dccp'];
/** The port's facts of `kind`, or undefined when it has none of that kind. */
function types_factsOf(port, kind) {
    return port.facts?.kind === kind ? port.facts : undefined;
}
/**
 * Add facts of `kind` to the port, keeping those it has. Copies, never mutates: one facts object may
 * be shared by the ports of one entry (a containerPort and its hostPort).
 */
function addFacts(port, kind, facts) {
    if (port.facts !== undefined && port.facts.kind !== kind)
        throw new Error(`a port with ${port.facts.kind} facts cannot take ${kind} facts`);
    port.facts = { ...port.facts, ...facts, kind };
}
/** Adds files a port's number was read from, once each, after the ones it has. */
function addValueFrom(port, files) {
    const merged = new Set([...(port.valueFrom ?? []), ...files]);
    if (merged.size > 0)
        port.valueFrom = [...merged];
}
/** Whether a Kubernetes Service selector picks a pod with these labels (every selector pair among them). */
function selects(selector, labels) {
    if (!labels)
        return false;
    return Object.entries(selector).every(([key, value]) => own(labels, key) === value);
}
/** File, then line, then column order: of ports, or of anything else written at a place in a file. */
function byFilePosition(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column;
}

;// CONCATENATED MODULE: ./src/rules/format.ts
/**
 * Roles whose number is a socket some software serves on, each port of a range included: what the
 * registry verdicts apply to. A firewall opening (`ingress`) names no software: it admits traffic for
 * whatever listens, and the conflict, if any, is on the declaration that chose the port. NodePorts
 * are allocated by Kubernetes and checked by nodeport-range.
 */
const SERVICE_ROLES = new Set([
    'host',
    'container',
    'expose',
    'service',
    'target',
    'listen',
    'forward',
]);
/** `3000`, or `3000-3005` for a range. */
function portNumber(port) {
    return port.endPort !== null && port.endPort !== port.port
        ? `${port.port}-${port.endPort}`
        : `${port.port}`;
}
/** `3000/tcp`, or `3000-3005/tcp` for a range. */
function portLabel(port) {
    return `${portNumber(port)}/${port.protocol}`;
}
/** `hbci (HBCI) and remoteware-cl (RemoteWare Client)`; long lists end with "and N more". */
function describeServices(services, limit = 3) {
    const shown = services.slice(0, limit).map(describeService);
    const hidden = services.length - shown.length;
    if (hidden > 0)
        return `${shown.join(', ')} and ${hidden} more`;
    if (shown.length <= 1)
        return shown.join('');
    return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
function describeService(s) {
    // IANA has a few assignments without a service name (24: "any private mail system").
    if (s.name === '')
        return `an unnamed service ("${s.description}")`;
    return s.description && s.description !== s.name ? `${s.name} (${s.description})` : s.name;
}
/** `file:line:column`, how messages cite another declaration. */
function format_location(port) {
    return `${port.file}:${port.line}:${port.column}`;
}
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
/** A message template with its `{{name}}` placeholders filled in; an unknown name stays as written. */
function formatMessage(template, data = {}) {
    return template.replace(PLACEHOLDER, (whole, name) => Object.hasOwn(data, name) ? String(data[name]) : whole);
}
/**
 * `hitAt` worded from one rule's message table: `hit(port, 'reserved', { port: '0/tcp' })`. Each rule
 * builds its findings from its own `messages`, so their wording sits beside the rule's metadata.
 */
function hitsFrom(messages) {
    return (port, messageId, data) => hitAt(port, formatMessage(messages[messageId], data));
}
/** A hit at the declaration's own position. */
function hitAt(port, message) {
    return {
        file: port.file,
        line: port.line,
        column: port.column,
        port: port.port,
        protocol: port.protocol,
        message,
        declared: port,
    };
}
/** A firewall opening over several ports: its start number says nothing about a service. */
function isFirewallRange(port) {
    return port.role === 'ingress' && port.endPort !== port.port;
}
/**
 * IANA's unauthorized-use notes that concern this very port: a block's note may name another port of
 * it (x11 6000-6063 has "Known Unauthorized Use on port 6003", which says nothing about 6000).
 */
function unauthorizedUsesOf(port) {
    return (port.info?.unauthorizedUse ?? []).filter((note) => {
        const named = /\bon port (\d+)\b/i.exec(note);
        return named === null || Number(named[1]) === port.port;
    });
}
/**
 * IANA's unauthorized-use notes, without those that only restate the fact ("yes", "Known
 * Unauthorized Use on port 9001"): `: krb524 assigned the port, nv used it...`, or '' when none says more.
 */
function unauthorizedUseDetail(notes) {
    const telling = notes.filter((note) => !/^\s*(?:yes|known unauthorized uses? on port \d+)\s*\.?\s*$/i.test(note));
    return telling.length > 0 ? `: ${telling.join('; ')}` : '';
}

;// CONCATENATED MODULE: ./src/registry/data/iana-ports.ts
const IANA_PORTS = {
    updated: '2026-08-17',
    records: `
0	tu	r		Reserved
1	tu	a	tcpmux	TCP Port Service Multiplexer
2	tu	r		Reserved	De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]
3	tu	r		Reserved	De-assigned on 2025-02-13, previously compressnet by [Bernie_Volz]
4	tu	u		Unassigned
5	tu	a	rje	Remote Job Entry
6	tu	u		Unassigned
7	tu	a	echo	Echo
8	tu	u		Unassigned
9	*	a	discard	Discard
10	tu	u		Unassigned
11	tu	a	systat	Active Users
12	tu	u		Unassigned
13	tu	a	daytime	Daytime
14	tu	u		Unassigned
15	t	u		Unassigned [was netstat]
15	u	u		Unassigned
16	tu	u		Unassigned
17	tu	a	qotd	Quote of the Day
18	tu	a	msp	Message Send Protocol (historic)
19	tu	a	chargen	Character Generator
20	tu	a	ftp-data	File Transfer [Default Data]
20	s	a	ftp-data	FTP
21	tu	a	ftp	File Transfer Protocol [Control]	Defined TXT keys: u=<username> p=<password> path=<path>
21	s	a	ftp	FTP	Defined TXT keys: u=<username> p=<password> path=<path>
22	tu	a	ssh	The Secure Shell (SSH) Protocol	Defined TXT keys: u=<username> p=<password>
22	s	a	ssh	SSH	Defined TXT keys: u=<username> p=<password>
23	tu	a	telnet	Telnet	Defined TXT keys: u=<username> p=<password>
24	tu	a		any private mail system
25	tu	a	smtp	Simple Mail Transfer
26	tu	u		Unassigned
27	tu	a	nsw-fe	NSW User System FE
28	tu	u		Unassigned
29	tu	a	msg-icp	MSG ICP
30	tu	u		Unassigned
31	tu	a	msg-auth	MSG Authentication
32	tu	u		Unassigned
33	tu	a	dsp	Display Support Protocol
34	tu	u		Unassigned
35	tu	a		any private printer server
36	tu	u		Unassigned
37	tu	a	time	Time
38	tu	a	rap	Route Access Protocol
39	tu	a	rlp	Resource Location Protocol
40	tu	u		Unassigned
41	tu	a	graphics	Graphics
42	tu	a	name	Host Name Server
42	tu	a	nameserver	Host Name Server
43	tu	a	nicname	Who Is
44	tu	a	mpm-flags	MPM FLAGS Protocol
45	tu	a	mpm	Message Processing Module [recv]
46	tu	a	mpm-snd	MPM [default send]
47	tu	r		Reserved	This entry has been removed on 2017-05-18.
48	tu	a	auditd	Digital Audit Daemon
49	tu	a	tacacs	Login Host Protocol (TACACS)
50	tu	a	re-mail-ck	Remote Mail Checking Protocol
51	*	r		Reserved	This entry is being removed on 2013-05-24.
52	tu	a	xns-time	XNS Time Protocol
53	tu	a	domain	Domain Name Server
54	tu	a	xns-ch	XNS Clearinghouse
55	tu	a	isi-gl	ISI Graphics Language
56	tu	a	xns-auth	XNS Authentication
57	tu	a		any private terminal access
58	tu	a	xns-mail	XNS Mail
59	tu	a		any private file service
60	tu	u		Unassigned
61	tu	r		Reserved	This entry has been removed on 2017-05-18.
62	tu	a	acas	ACA Services
63	t	a	whoispp	whois++ IANA assigned this well-formed service name as a replacement for "whois++".
63	t	a	whois++	whois++	This entry is an alias to "whoispp". This entry is now historic, not usable for use with many common service discovery mechanisms.
63	u	a	whoispp	whois++ IANA assigned this well-formed service name as a replacement for "whois++".
63	u	a	whois++	whois++	This entry is an alias to "whoispp". This entry is now historic, not usable for use with many common service discovery mechanisms.
64	tu	a	covia	Communications Integrator (CI)
65	tu	a	tacacs-ds	TACACS-Database Service
66	t	a	sql-net	Oracle SQL*NET IANA assigned this well-formed service name as a replacement for "sql*net".
66	t	a	sql*net	Oracle SQL*NET	This entry is an alias to "sql-net". This entry is now historic, not usable for use with many common service discovery mechanisms.
66	u	a	sql-net	Oracle SQL*NET IANA assigned this well-formed service name as a replacement for "sql*net".
66	u	a	sql*net	Oracle SQL*NET	This entry is an alias to "sql-net". This entry is now historic, not usable for use with many common service discovery mechanisms.
67	t	a	bootps	Bootstrap Protocol Server	Defined TXT keys: None
67	u	a	bootps	Bootstrap Protocol Server
68	tu	a	bootpc	Bootstrap Protocol Client
69	tu	a	tftp	Trivial File Transfer
70	tu	a	gopher	Gopher
71	tu	a	netrjs-1	Remote Job Service
72	tu	a	netrjs-2	Remote Job Service
73	tu	a	netrjs-3	Remote Job Service
74	tu	a	netrjs-4	Remote Job Service
75	tu	a		any private dial out service
76	tu	a	deos	Distributed External Object Store
77	tu	a		any private RJE service
78	tu	a	vettcp	vettcp
79	tu	a	finger	Finger		Unauthorized use by some mail users (see [RFC4146] for details)
80	tu	a	http	World Wide Web HTTP	Defined TXT keys: u=<username> p=<password> path=<path to document>
80	tu	a	www	World Wide Web HTTP	This is a duplicate of the "http" service and should not be used for discovery purposes.
80	tu	a	www-http	World Wide Web HTTP	This is a duplicate of the "http" service and should not be used for discovery purposes. u=<username> p=<password> path=<path to document> (see txtrecords.html#http) Known Subtypes: _printer NOTE: The meaning of this service type, though called just "http", actually denotes something more precise than just "any data transported using HTTP". The DNS-SD service type "http" should only be used to advertise content that: * is served over HTTP, * can be displayed by "typical" web browser client software, and * is intented primarily to be viewed by a human user. Of course, the definition of "typical web browser" is subjective, and may change over time, but for practical purposes the DNS-SD service type "http" can be understood as meaning "human-readable HTML content served over HTTP". In some cases other widely-supported content types may also be appropriate, such as plain text over HTTP, or JPEG image over HTTP. Content types not intented primarily for viewing by a human user, or not widely-supported in web browsing clients, should not be advertised as DNS-SD service type "http", even if they do happen to be transported over HTTP. Such types should be advertised as their own logical service type with their own DNS-SD service type, for example, XUL (XML User Interface Language) transported over HTTP is advertised explicitly as DNS-SD service type "xul-http".
80	s	a	http	HTTP	Defined TXT keys: u=<username> p=<password> path=<path to document>
81	*	u		Unassigned
82	tu	a	xfer	XFER Utility
83	tu	a	mit-ml-dev	MIT ML Device
84	tu	a	ctf	Common Trace Facility
85	tu	a	mit-ml-dev	MIT ML Device
86	tu	a	mfcobol	Micro Focus Cobol
87	tu	a		any private terminal link
88	tu	a	kerberos	Kerberos
89	tu	a	su-mit-tg	SU/MIT Telnet Gateway
90	tu	a	dnsix	DNSIX Securit Attribute Token Map		PORT 90 also being used unofficially by Pointcast
91	tu	a	mit-dov	MIT Dover Spooler
92	tu	a	npp	Network Printing Protocol
93	tu	a	dcp	Device Control Protocol
94	tu	a	objcall	Tivoli Object Dispatcher
95	tu	a	supdup	SUPDUP
96	tu	a	dixie	DIXIE Protocol Specification
97	tu	a	swift-rvf	Swift Remote Virtural File Protocol
98	tu	a	tacnews	TAC News
99	tu	a	metagram	Metagram Relay
100	*	u		Unassigned		Known Unauthorized Use on 100
101	tu	a	hostname	NIC Host Name Server
102	tu	a	iso-tsap	ISO-TSAP Class 0
103	tu	a	gppitnp	Genesis Point-to-Point Trans Net
104	tu	a	acr-nema	ACR-NEMA Digital Imag. & Comm. 300
105	tu	a	cso	CCSO name server protocol
105	tu	a	csnet-ns	Mailbox Name Nameserver
106	tu	a	3com-tsmux	3COM-TSMUX		Known Unauthorized Use on 106
107	tu	a	rtelnet	Remote Telnet Service
108	tu	a	snagas	SNA Gateway Access Server
109	tu	a	pop2	Post Office Protocol - Version 2
110	tu	a	pop3	Post Office Protocol - Version 3
111	tu	a	sunrpc	SUN Remote Procedure Call
112	tu	a	mcidas	McIDAS Data Transmission Protocol
113	t	a	ident	
113	tu	a	auth	Authentication Service
114	*	u		unassigned	Deprecated June 2004
115	tu	a	sftp	Simple File Transfer Protocol
116	tu	a	ansanotify	ANSA REX Notify
117	tu	a	uucp-path	UUCP Path Service
118	tu	a	sqlserv	SQL Services
119	tu	a	nntp	Network News Transfer Protocol
120	tu	a	cfdptkt	CFDPTKT
121	tu	a	erpc	Encore Expedited Remote Pro.Call
122	tu	a	smakynet	SMAKYNET
123	tu	a	ntp	Network Time Protocol
124	tu	a	ansatrader	ANSA REX Trader
125	tu	a	locus-map	Locus PC-Interface Net Map Ser
126	tu	a	nxedit	NXEdit	Port 126 Previously assigned to application below unitary 126/tcp Unisys Unitary Login unitary 126/udp Unisys Unitary Login <feil&kronos.nisd.cam.unisys.com> Port 126 Previously assigned to application above
127	tu	a	locus-con	Locus PC-Interface Conn Server
128	tu	a	gss-xlicen	GSS X License Verification
129	tu	a	pwdgen	Password Generator Protocol
130	tu	a	cisco-fna	cisco FNATIVE
131	tu	a	cisco-tna	cisco TNATIVE
132	tu	a	cisco-sys	cisco SYSMAINT
133	tu	a	statsrv	Statistics Service
134	tu	a	ingres-net	INGRES-NET Service
135	tu	a	epmap	DCE endpoint resolution
136	tu	a	profile	PROFILE Naming System
137	tu	a	netbios-ns	NETBIOS Name Service
138	tu	a	netbios-dgm	NETBIOS Datagram Service
139	tu	a	netbios-ssn	NETBIOS Session Service
140	tu	a	emfis-data	EMFIS Data Service
141	tu	a	emfis-cntl	EMFIS Control Service
142	tu	a	bl-idm	Britton-Lee IDM
143	t	a	imap	Internet Message Access Protocol
143	u	r		Reserved
144	tu	a	uma	Universal Management Architecture
145	tu	a	uaac	UAAC Protocol
146	tu	a	iso-tp0	ISO-IP0
147	tu	a	iso-ip	ISO-IP
148	tu	a	jargon	Jargon
149	tu	a	aed-512	AED 512 Emulation Service
150	tu	a	sql-net	SQL-NET
151	tu	a	hems	HEMS
152	tu	a	bftp	Background File Transfer Program
153	tu	a	sgmp	SGMP
154	tu	a	netsc-prod	NETSC
155	tu	a	netsc-dev	NETSC
156	tu	a	sqlsrv	SQL Service
157	tu	a	knet-cmp	KNET/VM Command/Message Protocol
158	tu	a	pcmail-srv	PCMail Server
159	tu	a	nss-routing	NSS-Routing
160	tu	a	sgmp-traps	SGMP-TRAPS
161	tu	a	snmp	SNMP
162	tu	a	snmptrap	SNMPTRAP
163	tu	a	cmip-man	CMIP/TCP Manager
164	tu	a	cmip-agent	CMIP/TCP Agent
165	tu	a	xns-courier	Xerox
166	tu	a	s-net	Sirius Systems
167	tu	a	namp	NAMP
168	tu	a	rsvd	RSVD
169	tu	a	send	SEND
170	tu	a	print-srv	Network PostScript
171	tu	a	multiplex	Network Innovations Multiplex
172	t	a	cl-1	Network Innovations CL/1 IANA assigned this well-formed service name as a replacement for "cl/1".
172	t	a	cl/1	Network Innovations CL/1	This entry is an alias to "cl-1". This entry is now historic, not usable for use with many common service discovery mechanisms.
172	u	a	cl-1	Network Innovations CL/1 IANA assigned this well-formed service name as a replacement for "cl/1".
172	u	a	cl/1	Network Innovations CL/1	This entry is an alias to "cl-1". This entry is now historic, not usable for use with many common service discovery mechanisms.
173	tu	a	xyplex-mux	Xyplex
174	tu	a	mailq	MAILQ
175	tu	a	vmnet	VMNET
176	tu	a	genrad-mux	GENRAD-MUX
177	tu	a	xdmcp	X Display Manager Control Protocol
178	tu	a	nextstep	NextStep Window Server
179	tu	a	bgp	Border Gateway Protocol
179	s	a	bgp	BGP
180	tu	a	ris	Intergraph
181	tu	a	unify	Unify
182	tu	a	audit	Unisys Audit SITP
183	tu	a	ocbinder	OCBinder
184	tu	a	ocserver	OCServer
185	tu	a	remote-kis	Remote-KIS
186	tu	a	kis	KIS Protocol
187	tu	a	aci	Application Communication Interface
188	tu	a	mumps	Plus Five's MUMPS
189	tu	a	qft	Queued File Transport
190	tu	a	gacp	Gateway Access Control Protocol
191	tu	a	prospero	Prospero Directory Service
192	tu	a	osu-nms	OSU Network Monitoring System
193	tu	a	srmp	Spider Remote Monitoring Protocol
194	tu	a	irc	Internet Relay Chat Protocol
195	tu	a	dn6-nlm-aud	DNSIX Network Level Module Audit
196	tu	a	dn6-smm-red	DNSIX Session Mgt Module Audit Redir
197	tu	a	dls	Directory Location Service
198	tu	a	dls-mon	Directory Location Service Monitor
199	tu	a	smux	SMUX
200	tu	a	src	IBM System Resource Controller
201	tu	a	at-rtmp	AppleTalk Routing Maintenance
202	tu	a	at-nbp	AppleTalk Name Binding
203	tu	a	at-3	AppleTalk Unused
204	tu	a	at-echo	AppleTalk Echo
205	tu	a	at-5	AppleTalk Unused
206	tu	a	at-zis	AppleTalk Zone Information
207	tu	a	at-7	AppleTalk Unused
208	tu	a	at-8	AppleTalk Unused
209	tu	a	qmtp	The Quick Mail Transfer Protocol
210	t	a	z39-50	ANSI Z39.50 IANA assigned this well-formed service name as a replacement for "z39.50".
210	t	a	z39.50	ANSI Z39.50	This entry is an alias to "z39-50". This entry is now historic, not usable for use with many common service discovery mechanisms.
210	u	a	z39-50	ANSI Z39.50 IANA assigned this well-formed service name as a replacement for "z39.50".
210	u	a	z39.50	ANSI Z39.50	This entry is an alias to "z39-50". This entry is now historic, not usable for use with many common service discovery mechanisms.
211	t	a	914c-g	Texas Instruments 914C/G Terminal IANA assigned this well-formed service name as a replacement for "914c/g".
211	t	a	914c/g	Texas Instruments 914C/G Terminal	This entry is an alias to "914c-g". This entry is now historic, not usable for use with many common service discovery mechanisms.
211	u	a	914c-g	Texas Instruments 914C/G Terminal IANA assigned this well-formed service name as a replacement for "914c/g".
211	u	a	914c/g	Texas Instruments 914C/G Terminal	This entry is an alias to "914c-g". This entry is now historic, not usable for use with many common service discovery mechanisms.
212	tu	a	anet	ATEXSSTR
213	tu	a	ipx	IPX
214	tu	a	vmpwscs	VM PWSCS
215	tu	a	softpc	Insignia Solutions
216	tu	a	CAIlic	Computer Associates Int'l License Server
217	tu	a	dbase	dBASE Unix
218	tu	a	mpp	Netix Message Posting Protocol
219	tu	a	uarps	Unisys ARPs
220	tu	a	imap3	Interactive Mail Access Protocol v3
221	tu	a	fln-spx	Berkeley rlogind with SPX auth
222	tu	a	rsh-spx	Berkeley rshd with SPX auth
223	tu	a	cdc	Certificate Distribution Center
224	tu	a	masqdialer	masqdialer	Possible Conflict of Port 222 with "Masqdialer"
225-241	*	r		Reserved
242	tu	a	direct	Direct
243	tu	a	sur-meas	Survey Measurement
244	tu	a	inbusiness	inbusiness
245	tu	a	link	LINK
246	tu	a	dsp3270	Display Systems Protocol
247	t	a	subntbcst-tftp	SUBNTBCST_TFTP IANA assigned this well-formed service name as a replacement for "subntbcst_tftp".
247	t	a	subntbcst_tftp	SUBNTBCST_TFTP	This entry is an alias to "subntbcst-tftp". This entry is now historic, not usable for use with many common service discovery mechanisms.
247	u	a	subntbcst-tftp	SUBNTBCST_TFTP IANA assigned this well-formed service name as a replacement for "subntbcst_tftp".
247	u	a	subntbcst_tftp	SUBNTBCST_TFTP	This entry is an alias to "subntbcst-tftp". This entry is now historic, not usable for use with many common service discovery mechanisms.
248	tu	a	bhfhs	bhfhs
249-255	*	r		Reserved
256	tu	a	rap	RAP
257	tu	a	set	Secure Electronic Transaction
258	*	u		Unassigned
259	tu	a	esro-gen	Efficient Short Remote Operations
260	tu	a	openport	Openport
261	tu	a	nsiiops	IIOP Name Service over TLS/SSL
262	tu	a	arcisdms	Arcisdms
263	tu	a	hdap	HDAP
264	tu	a	bgmp	BGMP
265	tu	a	x-bone-ctl	X-Bone CTL
266	tu	a	sst	SCSI on ST
267	tu	a	td-service	Tobit David Service Layer
268	tu	a	td-replica	Tobit David Replica
269	tu	a	manet	MANET Protocols
270	t	r		Reserved
270	u	a	gist	Q-mode encapsulation for GIST messages
271	t	a	pt-tls	IETF Network Endpoint Assessment (NEA) Posture Transport Protocol over TLS (PT-TLS)
271	u	r		Reserved
272-279	*	u		Unassigned
280	tu	a	http-mgmt	http-mgmt
281	tu	a	personal-link	Personal Link
282	tu	a	cableport-ax	Cable Port A/X
283	tu	a	rescap	rescap
284	tu	a	corerjd	corerjd
285	*	u		Unassigned
286	tu	a	fxp	FXP Communication
287	tu	a	k-block	K-BLOCK
288-299	*	u		Unassigned
300	t	a	tacacss	TLS Secure Login Host Protocol (TACACSS)
300	u	r		Reserved
301-307	*	u		Unassigned
308	tu	a	novastorbakcup	Novastor Backup
309	tu	a	entrusttime	EntrustTime
310	tu	a	bhmds	bhmds
311	tu	a	asip-webadmin	AppleShare IP WebAdmin
312	tu	a	vslmp	VSLMP
313	tu	a	magenta-logic	Magenta Logic
314	tu	a	opalis-robot	Opalis Robot
315	tu	a	dpsi	DPSI
316	tu	a	decauth	decAuth
317	tu	a	zannet	Zannet
318	tu	a	pkix-timestamp	PKIX TimeStamp
319	tu	a	ptp-event	PTP Event
320	tu	a	ptp-general	PTP General
321	tu	a	pip	PIP
322	tu	a	rtsps	RTSPS
323	t	a	rpki-rtr	Resource PKI to Router Protocol
323	u	r		Reserved
324	t	a	rpki-rtr-tls	Resource PKI to Router Protocol over TLS
324	u	r		Reserved
325-332	*	u		Unassigned
333	tu	a	texar	Texar Security Port
334-343	*	u		Unassigned
344	tu	a	pdap	Prospero Data Access Protocol
345	tu	a	pawserv	Perf Analysis Workbench
346	tu	a	zserv	Zebra server
347	tu	a	fatserv	Fatmen Server
348	tu	a	csi-sgwp	Cabletron Management Protocol
349	tu	a	mftp	mftp
350	tu	a	matip-type-a	MATIP Type A
351	tu	a	matip-type-b	MATIP Type B
351	tu	a	bhoetty	bhoetty	This entry records an unassigned but widespread use (added 5/21/97)
352	tu	a	dtag-ste-sb	DTAG	(assigned long ago)
352	tu	a	bhoedap4	bhoedap4	This entry records an unassigned but widespread use (added 5/21/97)
353	tu	a	ndsauth	NDSAUTH
354	tu	a	bh611	bh611
355	tu	a	datex-asn	DATEX-ASN
356	tu	a	cloanto-net-1	Cloanto Net 1
357	tu	a	bhevent	bhevent
358	tu	a	shrinkwrap	Shrinkwrap
359	tu	r		Reserved	De-Assigned on 2023-11-16.
360	tu	a	scoi2odialog	scoi2odialog
361	tu	a	semantix	Semantix
362	tu	a	srssend	SRS Send
363	t	a	rsvp-tunnel	RSVP Tunnel IANA assigned this well-formed service name as a replacement for "rsvp_tunnel".
363	t	a	rsvp_tunnel	RSVP Tunnel	This entry is an alias to "rsvp-tunnel". This entry is now historic, not usable for use with many common service discovery mechanisms.
363	u	a	rsvp-tunnel	RSVP Tunnel IANA assigned this well-formed service name as a replacement for "rsvp_tunnel".
363	u	a	rsvp_tunnel	RSVP Tunnel	This entry is an alias to "rsvp-tunnel". This entry is now historic, not usable for use with many common service discovery mechanisms.
364	tu	a	aurora-cmgr	Aurora CMGR
365	tu	a	dtk	DTK
366	tu	a	odmr	ODMR
367	tu	a	mortgageware	MortgageWare
368	tu	a	qbikgdp	QbikGDP
369	tu	a	rpc2portmap	rpc2portmap
370	tu	a	codaauth2	codaauth2
371	tu	a	clearcase	Clearcase
372	tu	a	ulistproc	ListProcessor
373	tu	a	legent-1	Legent Corporation
374	tu	a	legent-2	Legent Corporation
375	tu	a	hassle	Hassle
376	tu	a	nip	Amiga Envoy Network Inquiry Protocol
377	tu	a	tnETOS	NEC Corporation
378	tu	a	dsETOS	NEC Corporation
379	tu	a	is99c	TIA/EIA/IS-99 modem client
380	tu	a	is99s	TIA/EIA/IS-99 modem server
381	tu	a	hp-collector	hp performance data collector
382	tu	a	hp-managed-node	hp performance data managed node
383	tu	a	hp-alarm-mgr	hp performance data alarm manager
384	tu	a	arns	A Remote Network Server System
385	tu	a	ibm-app	IBM Application
386	tu	a	asa	ASA Message Router Object Def.
387	tu	a	aurp	Appletalk Update-Based Routing Pro.
388	tu	a	unidata-ldm	Unidata LDM
389	tu	a	ldap	Lightweight Directory Access Protocol
390	tu	a	uis	UIS
391	tu	a	synotics-relay	SynOptics SNMP Relay Port
392	tu	a	synotics-broker	SynOptics Port Broker Port
393	tu	a	meta5	Meta5
394	tu	a	embl-ndt	EMBL Nucleic Data Transfer
395	tu	a	netcp	NetScout Control Protocol
396	tu	a	netware-ip	Novell Netware over IP
397	tu	a	mptn	Multi Protocol Trans. Net.
398	tu	a	kryptolan	Kryptolan
399	t	a	iso-tsap-c2	ISO Transport Class 2 Non-Control over TCP
399	u	a	iso-tsap-c2	ISO Transport Class 2 Non-Control over UDP
400	tu	a	osb-sd	Oracle Secure Backup	Formerly was Workstation Solutions
401	tu	a	ups	Uninterruptible Power Supply
402	tu	a	genie	Genie Protocol
403	tu	a	decap	decap
404	tu	a	nced	nced
405	tu	a	ncld	ncld
406	tu	a	imsp	Interactive Mail Support Protocol
407	tu	a	timbuktu	Timbuktu
408	tu	a	prm-sm	Prospero Resource Manager Sys. Man.
409	tu	a	prm-nm	Prospero Resource Manager Node Man.
410	tu	a	decladebug	DECLadebug Remote Debug Protocol
411	tu	a	rmt	Remote MT Protocol
412	tu	a	synoptics-trap	Trap Convention Port
413	tu	a	smsp	Storage Management Services Protocol
414	tu	a	infoseek	InfoSeek
415	tu	a	bnet	BNet
416	tu	a	silverplatter	Silverplatter
417	tu	a	onmux	Onmux
418	tu	a	hyper-g	Hyper-G
419	tu	a	ariel1	Ariel 1
420	tu	a	smpte	SMPTE
421	tu	a	ariel2	Ariel 2
422	tu	a	ariel3	Ariel 3
423	tu	a	opc-job-start	IBM Operations Planning and Control Start
424	tu	a	opc-job-track	IBM Operations Planning and Control Track
425	tu	a	icad-el	ICAD
426	tu	a	smartsdp	smartsdp
427	tu	a	svrloc	Server Location
428	t	a	ocs-cmu	OCS_CMU IANA assigned this well-formed service name as a replacement for "ocs_cmu".
428	t	a	ocs_cmu	OCS_CMU	This entry is an alias to "ocs-cmu". This entry is now historic, not usable for use with many common service discovery mechanisms.
428	u	a	ocs-cmu	OCS_CMU IANA assigned this well-formed service name as a replacement for "ocs_cmu".
428	u	a	ocs_cmu	OCS_CMU	This entry is an alias to "ocs-cmu". This entry is now historic, not usable for use with many common service discovery mechanisms.
429	t	a	ocs-amu	OCS_AMU IANA assigned this well-formed service name as a replacement for "ocs_amu".
429	t	a	ocs_amu	OCS_AMU	This entry is an alias to "ocs-amu". This entry is now historic, not usable for use with many common service discovery mechanisms.
429	u	a	ocs-amu	OCS_AMU IANA assigned this well-formed service name as a replacement for "ocs_amu".
429	u	a	ocs_amu	OCS_AMU	This entry is an alias to "ocs-amu". This entry is now historic, not usable for use with many common service discovery mechanisms.
430	tu	a	utmpsd	UTMPSD
431	tu	a	utmpcd	UTMPCD
432	tu	a	iasd	IASD
433	tu	a	nnsp	NNTP for transit servers (NNSP)
434	tu	a	mobileip-agent	MobileIP-Agent
435	tu	a	mobilip-mn	MobilIP-MN
436	tu	a	dna-cml	DNA-CML
437	tu	a	comscm	comscm
438	tu	a	dsfgw	dsfgw
439	tu	a	dasp	dasp
440	tu	a	sgcp	sgcp
441	tu	a	decvms-sysmgt	decvms-sysmgt
442	t	a	cvc-hostd	cvc_hostd IANA assigned this well-formed service name as a replacement for "cvc_hostd".
442	t	a	cvc_hostd	cvc_hostd	This entry is an alias to "cvc-hostd". This entry is now historic, not usable for use with many common service discovery mechanisms.
442	u	a	cvc-hostd	cvc_hostd IANA assigned this well-formed service name as a replacement for "cvc_hostd".
442	u	a	cvc_hostd	cvc_hostd	This entry is an alias to "cvc-hostd". This entry is now historic, not usable for use with many common service discovery mechanisms.
443	tu	a	https	http protocol over TLS/SSL
443	s	a	https	HTTPS
444	tu	a	snpp	Simple Network Paging Protocol
445	tu	a	microsoft-ds	Microsoft-DS
446	tu	a	ddm-rdb	DDM-Remote Relational Database Access
447	tu	a	ddm-dfm	DDM-Distributed File Management
448	tu	a	ddm-ssl	DDM-Remote DB Access Using Secure Sockets
449	tu	a	as-servermap	AS Server Mapper
450	tu	a	tserver	Computer Supported Telecomunication Applications
451	tu	a	sfs-smp-net	Cray Network Semaphore server
452	tu	a	sfs-config	Cray SFS config server
453	tu	a	creativeserver	CreativeServer
454	tu	a	contentserver	ContentServer
455	tu	a	creativepartnr	CreativePartnr
456	t	a	macon-tcp	macon-tcp
456	u	a	macon-udp	macon-udp
457	tu	a	scohelp	scohelp
458	tu	a	appleqtc	apple quick time
459	tu	a	ampr-rcmd	ampr-rcmd
460	tu	a	skronk	skronk
461	tu	a	datasurfsrv	DataRampSrv
462	tu	a	datasurfsrvsec	DataRampSrvSec
463	tu	a	alpes	alpes
464	tu	a	kpasswd	kpasswd
465	t	a	urd	URL Rendezvous Directory for SSM
465	t	a	submissions	Message Submission over TLS protocol
465	u	a	igmpv3lite	IGMP over UDP for SSM
466	tu	a	digital-vrc	digital-vrc
467	tu	a	mylex-mapd	mylex-mapd
468	tu	a	photuris	proturis
469	tu	a	rcp	Radio Control Protocol
470	tu	a	scx-proxy	scx-proxy
471	tu	a	mondex	Mondex
472	tu	a	ljk-login	ljk-login
473	tu	a	hybrid-pop	hybrid-pop
474	t	a	tn-tl-w1	tn-tl-w1
474	u	a	tn-tl-w2	tn-tl-w2
475	tu	a	tcpnethaspsrv	tcpnethaspsrv
476	tu	a	tn-tl-fd1	tn-tl-fd1
477	tu	a	ss7ns	ss7ns
478	tu	a	spsc	spsc
479	tu	a	iafserver	iafserver
480	tu	a	iafdbase	iafdbase
481	tu	a	ph	Ph service
482	tu	a	bgs-nsi	bgs-nsi
483	tu	a	ulpnet	ulpnet
484	tu	a	integra-sme	Integra Software Management Environment
485	tu	a	powerburst	Air Soft Power Burst
486	tu	a	avian	avian
487	tu	a	saft	saft Simple Asynchronous File Transfer
488	tu	a	gss-http	gss-http
489	tu	a	nest-protocol	nest-protocol
490	tu	a	micom-pfs	micom-pfs
491	tu	a	go-login	go-login
492	tu	a	ticf-1	Transport Independent Convergence for FNA
493	tu	a	ticf-2	Transport Independent Convergence for FNA
494	tu	a	pov-ray	POV-Ray
495	tu	a	intecourier	intecourier
496	tu	a	pim-rp-disc	PIM-RP-DISC
497	tu	a	retrospect	Retrospect backup and restore service
498	tu	a	siam	siam
499	tu	a	iso-ill	ISO ILL Protocol
500	tu	a	isakmp	isakmp
501	tu	a	stmf	STMF
502	tu	a	mbap	Modbus Application Protocol
503	tu	a	intrinsa	Intrinsa
504	tu	a	citadel	citadel
505	tu	a	mailbox-lm	mailbox-lm
506	tu	a	ohimsrv	ohimsrv
507	tu	a	crs	crs
508	tu	a	xvttp	xvttp
509	tu	a	snare	snare
510	tu	a	fcp	FirstClass Protocol
511	tu	a	passgo	PassGo
512	t	a	exec	remote process execution; authentication performed using passwords and UNIX login names
512	u	a	comsat	
512	u	a	biff	used by mail system to notify users of new mail received; currently receives messages only from processes on the same machine
513	t	a	login	remote login a la telnet; automatic authentication performed based on priviledged port numbers and distributed data bases which identify "authentication domains"
513	u	a	who	maintains data bases showing who's logged in to machines on a local net and the load average of the machine
514	t	a	shell	cmd like exec, but automatic authentication is performed as for login server
514	u	a	syslog	
515	tu	a	printer	spooler
516	tu	a	videotex	videotex
517	tu	a	talk	like tenex link, but across machine - unfortunately, doesn't use link protocol (this is actually just a rendezvous port from which a tcp connection is established)
518	tu	a	ntalk	
519	tu	a	utime	unixtime
520	t	a	efs	extended file name server
520	u	a	router	local routing process (on site); uses variant of Xerox NS routing information protocol - RIP
521	tu	a	ripng	ripng
522	tu	a	ulp	ULP
523	tu	a	ibm-db2	IBM-DB2
524	tu	a	ncp	NCP
525	tu	a	timed	timeserver
526	tu	a	tempo	newdate
527	tu	a	stx	Stock IXChange
528	tu	a	custix	Customer IXChange
529	tu	a	irc-serv	IRC-SERV
530	tu	a	courier	rpc
531	tu	a	conference	chat
532	tu	a	netnews	readnews
533	tu	a	netwall	for emergency broadcasts
534	tu	a	windream	windream Admin
535	tu	a	iiop	iiop
536	tu	a	opalis-rdv	opalis-rdv
537	tu	a	nmsp	Networked Media Streaming Protocol
538	tu	a	gdomap	gdomap
539	tu	a	apertus-ldp	Apertus Technologies Load Determination
540	tu	a	uucp	uucpd
541	tu	a	uucp-rlogin	uucp-rlogin
542	tu	a	commerce	commerce
543	tu	a	klogin	
544	tu	a	kshell	krcmd
545	tu	a	appleqtcsrvr	appleqtcsrvr
546	tu	a	dhcpv6-client	DHCPv6 Client
547	tu	a	dhcpv6-server	DHCPv6 Server
548	tu	a	afpovertcp	AFP over TCP	Defined TXT keys: u=<username> p=<password> path=<path>
549	tu	a	idfp	IDFP
550	tu	a	new-rwho	new-who
551	tu	a	cybercash	cybercash
552	tu	a	devshr-nts	DeviceShare
553	tu	a	pirp	pirp
554	tu	a	rtsp	Real Time Streaming Protocol (RTSP)
555	tu	a	dsf	
556	tu	a	remotefs	rfs server
557	tu	a	openvms-sysipc	openvms-sysipc
558	tu	a	sdnskmp	SDNSKMP
559	tu	a	teedtap	TEEDTAP
560	tu	a	rmonitor	rmonitord
561	tu	a	monitor	
562	tu	a	chshell	chcmd
563	tu	a	nntps	nntp protocol over TLS/SSL (was snntp)
564	tu	a	9pfs	plan 9 file service
565	tu	a	whoami	whoami
566	tu	a	streettalk	streettalk
567	tu	a	banyan-rpc	banyan-rpc
568	tu	a	ms-shuttle	microsoft shuttle
569	tu	a	ms-rome	microsoft rome
570	tu	a	meter	demon
571	tu	a	meter	udemon
572	tu	a	sonar	sonar
573	tu	a	banyan-vip	banyan-vip
574	tu	a	ftp-agent	FTP Software Agent System
575	tu	a	vemmi	VEMMI
576	tu	a	ipcd	ipcd
577	tu	a	vnas	vnas
578	tu	a	ipdd	ipdd
579	tu	a	decbsrv	decbsrv
580	tu	a	sntp-heartbeat	SNTP HEARTBEAT
581	tu	a	bdp	Bundle Discovery Protocol
582	tu	a	scc-security	SCC Security
583	tu	a	philips-vc	Philips Video-Conferencing
584	tu	a	keyserver	Key Server
585	*	u		De-registered	Use of 585 is not recommended, use 993 instead
586	tu	a	password-chg	Password Change
587	tu	a	submission	Message Submission
588	tu	a	cal	CAL
589	tu	a	eyelink	EyeLink
590	tu	a	tns-cml	TNS CML
591	tu	a	http-alt	FileMaker, Inc. - HTTP Alternate (see Port 80)
592	tu	a	eudora-set	Eudora Set
593	tu	a	http-rpc-epmap	HTTP RPC Ep Map
594	tu	a	tpip	TPIP
595	tu	a	cab-protocol	CAB Protocol
596	tu	a	smsd	SMSD
597	tu	a	ptcnameservice	PTC Name Service
598	tu	a	sco-websrvrmg3	SCO Web Server Manager 3
599	tu	a	acp	Aeolon Core Protocol
600	tu	a	ipcserver	Sun IPC server
601	tu	a	syslog-conn	Reliable Syslog Service
602	tu	a	xmlrpc-beep	XML-RPC over BEEP
603	tu	a	idxp	IDXP
604	tu	a	tunnel	TUNNEL
605	tu	a	soap-beep	SOAP over BEEP
606	tu	a	urm	Cray Unified Resource Manager
607	tu	a	nqs	nqs
608	tu	a	sift-uft	Sender-Initiated/Unsolicited File Transfer
609	tu	a	npmp-trap	npmp-trap
610	tu	a	npmp-local	npmp-local
611	tu	a	npmp-gui	npmp-gui
612	tu	a	hmmp-ind	HMMP Indication
613	tu	a	hmmp-op	HMMP Operation
614	tu	a	sshell	SSLshell
615	tu	a	sco-inetmgr	Internet Configuration Manager
616	tu	a	sco-sysmgr	SCO System Administration Server
617	tu	a	sco-dtmgr	SCO Desktop Administration Server
618	tu	a	dei-icda	DEI-ICDA
619	tu	a	compaq-evm	Compaq EVM
620	tu	a	sco-websrvrmgr	SCO WebServer Manager
621	tu	a	escp-ip	ESCP
622	tu	a	collaborator	Collaborator
623	t	a	oob-ws-http	DMTF out-of-band web services management protocol
623	u	a	asf-rmcp	ASF Remote Management and Control Protocol
624	tu	a	cryptoadmin	Crypto Admin
625	t	a	dec-dlm	DEC DLM IANA assigned this well-formed service name as a replacement for "dec_dlm".
625	t	a	dec_dlm	DEC DLM	This entry is an alias to "dec-dlm". This entry is now historic, not usable for use with many common service discovery mechanisms.
625	u	a	dec-dlm	DEC DLM IANA assigned this well-formed service name as a replacement for "dec_dlm".
625	u	a	dec_dlm	DEC DLM	This entry is an alias to "dec-dlm". This entry is now historic, not usable for use with many common service discovery mechanisms.
626	tu	a	asia	ASIA
627	tu	a	passgo-tivoli	PassGo Tivoli
628	tu	a	qmqp	QMQP
629	tu	a	3com-amp3	3Com AMP3
630	tu	a	rda	RDA
631	tu	a	ipp	IPP (Internet Printing Protocol)	Defined TXT keys: See BonjourPrinting.pdf.
631	t	a	ipps	Internet Printing Protocol over HTTPS
632	tu	a	bmpp	bmpp
633	tu	a	servstat	Service Status update (Sterling Software)
634	tu	a	ginad	ginad
635	tu	a	rlzdbase	RLZ DBase
636	tu	a	ldaps	ldap protocol over TLS/SSL (was sldap)
637	tu	a	lanserver	lanserver
638	tu	a	mcns-sec	mcns-sec
639	tu	a	msdp	MSDP
640	tu	a	entrust-sps	entrust-sps
641	tu	a	repcmd	repcmd
642	tu	a	esro-emsdp	ESRO-EMSDP V1.3
643	tu	a	sanity	SANity
644	tu	a	dwr	dwr
645	tu	a	pssc	PSSC
646	tu	a	ldp	LDP
647	tu	a	dhcp-failover	DHCP Failover
648	tu	a	rrp	Registry Registrar Protocol (RRP)
649	tu	a	cadview-3d	Cadview-3d - streaming 3d models over the internet
650	tu	a	obex	OBEX
651	tu	a	ieee-mms	IEEE MMS
652	tu	a	hello-port	HELLO_PORT
653	tu	a	repscmd	RepCmd
654	tu	a	aodv	AODV
655	tu	a	tinc	TINC
656	tu	a	spmp	SPMP
657	tu	a	rmc	RMC
658	tu	a	tenfold	TenFold
659	*	u		Removed
660	tu	a	mac-srvr-admin	MacOS Server Admin
661	tu	a	hap	HAP
662	tu	a	pftp	PFTP
663	tu	a	purenoise	PureNoise
664	t	a	oob-ws-https	DMTF out-of-band secure web services management protocol
664	u	a	asf-secure-rmcp	ASF Secure Remote Management and Control Protocol
665	tu	a	sun-dr	Sun DR
666	tu	a	mdqs	
666	tu	a	doom	doom Id Software
667	tu	a	disclose	campaign contribution disclosures - SDR Technologies
668	tu	a	mecomm	MeComm
669	tu	a	meregister	MeRegister
670	tu	a	vacdsm-sws	VACDSM-SWS
671	tu	a	vacdsm-app	VACDSM-APP
672	tu	a	vpps-qua	VPPS-QUA
673	tu	a	cimplex	CIMPLEX
674	tu	a	acap	ACAP
675	tu	a	dctp	DCTP
676	tu	a	vpps-via	VPPS Via
677	tu	a	vpp	Virtual Presence Protocol
678	tu	a	ggf-ncp	GNU Generation Foundation NCP
679	tu	a	mrm	MRM
680	tu	a	entrust-aaas	entrust-aaas
681	tu	a	entrust-aams	entrust-aams
682	tu	a	xfr	XFR
683	tu	a	corba-iiop	CORBA IIOP
684	tu	a	corba-iiop-ssl	CORBA IIOP SSL
685	tu	a	mdc-portmapper	MDC Port Mapper
686	tu	a	hcp-wismar	Hardware Control Protocol Wismar
687	tu	a	asipregistry	asipregistry
688	tu	a	realm-rusd	ApplianceWare managment protocol
689	tu	a	nmap	NMAP
690	tu	a	vatp	Velneo Application Transfer Protocol
691	tu	a	msexch-routing	MS Exchange Routing
692	tu	a	hyperwave-isp	Hyperwave-ISP
693	tu	a	connendp	almanid Connection Endpoint
694	tu	a	ha-cluster	ha-cluster
695	tu	a	ieee-mms-ssl	IEEE-MMS-SSL
696	tu	a	rushd	RUSHD
697	tu	a	uuidgen	UUIDGEN
698	tu	a	olsr	OLSR
699	tu	a	accessnetwork	Access Network
700	t	a	epp	Extensible Provisioning Protocol
700	u	a	epp	EPP running over QUIC
701	tu	a	lmp	Link Management Protocol (LMP)
702	tu	a	iris-beep	IRIS over BEEP
703	*	u		Unassigned
704	tu	a	elcsd	errlog copy/server daemon
705	tu	a	agentx	AgentX
706	tu	a	silc	SILC
707	tu	a	borland-dsj	Borland DSJ
708	*	u		Unassigned
709	tu	a	entrust-kmsh	Entrust Key Management Service Handler
710	tu	a	entrust-ash	Entrust Administration Service Handler
711	tu	a	cisco-tdp	Cisco TDP
712	tu	a	tbrpf	TBRPF
713	tu	a	iris-xpc	IRIS over XPC
714	tu	a	iris-xpcs	IRIS over XPCS
715	tu	a	iris-lwz	IRIS-LWZ
716	u	a	pana	PANA Messages
717-728	*	u		Unassigned
729	tu	a	netviewdm1	IBM NetView DM/6000 Server/Client
730	tu	a	netviewdm2	IBM NetView DM/6000 send/tcp
731	tu	a	netviewdm3	IBM NetView DM/6000 receive/tcp
732-740	*	u		Unassigned
741	tu	a	netgw	netGW
742	tu	a	netrcs	Network based Rev. Cont. Sys.
743	*	u		Unassigned
744	tu	a	flexlm	Flexible License Manager
745-746	*	u		Unassigned
747	tu	a	fujitsu-dev	Fujitsu Device Control
748	tu	a	ris-cm	Russell Info Sci Calendar Manager
749	tu	a	kerberos-adm	kerberos administration
750	t	a	rfile	
750	u	a	loadav	
750	u	a	kerberos-iv	kerberos version iv
751	tu	a	pump	
752	tu	a	qrh	
753	tu	a	rrh	
754	tu	a	tell	send
755-757	*	u		Unassigned
758	tu	a	nlogin	
759	tu	a	con	
760	tu	a	ns	
761	tu	a	rxe	
762	tu	a	quotad	
763	tu	a	cycleserv	
764	tu	a	omserv	
765	tu	a	webster	
766	*	u		Unassigned
767	tu	a	phonebook	phone
768	*	u		Unassigned
769	tu	a	vid	
770	tu	a	cadlock	
771	tu	a	rtip	
772	tu	a	cycleserv2	
773	t	a	submit	
773	u	a	notify	
774	t	a	rpasswd	
774	u	a	acmaint-dbd	IANA assigned this well-formed service name as a replacement for "acmaint_dbd".
774	u	a	acmaint_dbd		This entry is an alias to "acmaint-dbd". This entry is now historic, not usable for use with many common service discovery mechanisms.
775	t	a	entomb	
775	u	a	acmaint-transd	IANA assigned this well-formed service name as a replacement for "acmaint_transd".
775	u	a	acmaint_transd		This entry is an alias to "acmaint-transd". This entry is now historic, not usable for use with many common service discovery mechanisms.
776	tu	a	wpages	
777	tu	a	multiling-http	Multiling HTTP
778-779	*	u		Unassigned
780	tu	a	wpgs	
781-785	*	u		Unassigned
786	*	u		Unassigned
787	*	u		Unassigned
788-799	*	u		Unassigned		Unauthorized Use Known on port 796
800	t	a	mdbs-daemon	IANA assigned this well-formed service name as a replacement for "mdbs_daemon".
800	t	a	mdbs_daemon		This entry is an alias to "mdbs-daemon". This entry is now historic, not usable for use with many common service discovery mechanisms.
800	u	a	mdbs-daemon	IANA assigned this well-formed service name as a replacement for "mdbs_daemon".
800	u	a	mdbs_daemon		This entry is an alias to "mdbs-daemon". This entry is now historic, not usable for use with many common service discovery mechanisms.
801	tu	a	device	
802	tu	a	mbap-s	Modbus Application Protocol Secure
803-809	*	u		Unassigned
810	t	a	fcp-udp	FCP
810	u	a	fcp-udp	FCP Datagram
811-827	*	u		Unassigned
828	tu	a	itm-mcell-s	itm-mcell-s
829	tu	a	pkix-3-ca-ra	PKIX-3 CA/RA
830	tu	a	netconf-ssh	NETCONF over SSH
831	tu	r		Reserved	Previously assigned to NETCONF over BEEP but released by [RFC9900]
832	tu	r		Reserved	Previously assigned to NETCONF over SOAP but released by [RFC9900]
833	tu	r		Reserved	Previously assigned to NETCONF over SOAP but released by [RFC9900]
834-846	*	u		Unassigned
847	tu	a	dhcp-failover2	dhcp-failover 2
848	tu	a	gdoi	GDOI
849-852	*	u		Unassigned
853	t	a	domain-s	DNS query-response protocol run over TLS
853	u	a	domain-s	DNS query-response protocol run over DTLS or QUIC
854	tu	a	dlep	Dynamic Link Exchange Protocol (DLEP)
855-859	*	u		Unassigned
860	tu	a	iscsi	iSCSI
861	t	a	owamp-control	OWAMP-Control
861	u	a	owamp-test	OWAMP-Test
862	t	a	twamp-control	TWAMP-Control
862	u	a	twamp-test	TWAMP-Test Receiver Port
863-872	*	u		Unassigned
873	tu	a	rsync	rsync
874-885	*	u		Unassigned
886	tu	a	iclcnet-locate	ICL coNETion locate server
887	t	a	iclcnet-svinfo	ICL coNETion server info IANA assigned this well-formed service name as a replacement for "iclcnet_svinfo".
887	t	a	iclcnet_svinfo	ICL coNETion server info	This entry is an alias to "iclcnet-svinfo". This entry is now historic, not usable for use with many common service discovery mechanisms.
887	u	a	iclcnet-svinfo	ICL coNETion server info IANA assigned this well-formed service name as a replacement for "iclcnet_svinfo".
887	u	a	iclcnet_svinfo	ICL coNETion server info	This entry is an alias to "iclcnet-svinfo". This entry is now historic, not usable for use with many common service discovery mechanisms.
888	tu	a	accessbuilder	AccessBuilder
888	t	a	cddbp	CD Database Protocol	This entry records an unassigned but widespread use
889-899	*	u		Unassigned
900	tu	a	omginitialrefs	OMG Initial Refs
901	tu	a	smpnameres	SMPNAMERES
902	t	a	ideafarm-door	self documenting Telnet Door
902	u	a	ideafarm-door	self documenting Door: send 0x00 for info
903	t	a	ideafarm-panic	self documenting Telnet Panic Door
903	u	a	ideafarm-panic	self documenting Panic Door: send 0x00 for info
904-909	*	u		Unassigned
910	tu	a	kink	Kerberized Internet Negotiation of Keys (KINK)
911	tu	a	xact-backup	xact-backup
912	tu	a	apex-mesh	APEX relay-relay service
913	tu	a	apex-edge	APEX endpoint-relay service
914	t	r		Reserved
914	u	a	rift-lies	Routing in Fat Trees Link Information Element
915	t	r		Reserved
915	u	a	rift-ties	Routing in Fat Trees Topology Information Element
916-952	*	u		Unassigned
953	t	a	rndc	BIND9 remote name daemon controller
953	u	r		Reserved
954-988	*	u		Unassigned
989	tu	a	ftps-data	ftp protocol, data, over TLS/SSL
990	tu	a	ftps	ftp protocol, control, over TLS/SSL
991	tu	a	nas	Netnews Administration System
992	tu	a	telnets	telnet protocol over TLS/SSL
993	t	a	imaps	IMAP over TLS protocol
993	u	r		Reserved
994	t	r		Reserved	(previous contact was[Christopher_Allen])
994	u	r		Reserved
995	t	a	pop3s	POP3 over TLS protocol
995	u	a	pop3s	pop3 protocol over TLS/SSL (was spop3)
996	tu	a	vsinet	vsinet
997	tu	a	maitrd	
998	t	a	busboy	
998	u	a	puparp	
999	t	a	garcon	
999	u	a	applix	Applix ac
999	tu	a	puprouter	
1000	tu	a	cadlock2	
1001	t	a	webpush	HTTP Web Push
1001	u	r		Reserved
1002-1007	*	u		Unassigned
1008	u	a		Possibly used by Sun Solaris????
1009	*	u		Unassigned
1010	tu	a	surf	surf
1011-1020	*	r		Reserved
1021	*	a	exp1	RFC3692-style Experiment 1
1022	*	a	exp2	RFC3692-style Experiment 2
1023	tu	r		Reserved
1024	tu	r		Reserved
1025	tu	a	blackjack	network blackjack
1026	tu	a	cap	Calendar Access Protocol
1027	u	a	6a44	IPv6 Behind NAT44 CPEs
1027	t	r		Reserved
1028	*	u		Deprecated
1029	tu	a	solid-mux	Solid Mux Server
1030	*	r		Reserved	This entry is being removed on 2013-05-24.
1031	*	r		Reserved	This entry is being removed on 2013-05-24.
1032	*	r		Reserved	This entry is being removed on 2013-05-24.
1033	tu	a	netinfo-local	local netinfo port
1034	tu	a	activesync	ActiveSync Notifications
1035	tu	a	mxxrlogin	MX-XR RPC
1036	tu	a	nsstp	Nebula Secure Segment Transfer Protocol
1037	tu	a	ams	AMS
1038	tu	a	mtqp	Message Tracking Query Protocol
1039	tu	a	sbl	Streamlined Blackhole
1040	tu	a	netarx	Netarx Netcare
1041	tu	a	danf-ak2	AK2 Product
1042	tu	a	afrog	Subnet Roaming
1043	tu	a	boinc-client	BOINC Client Control
1044	tu	a	dcutility	Dev Consortium Utility
1045	tu	a	fpitp	Fingerprint Image Transfer Protocol
1046	tu	a	wfremotertm	WebFilter Remote Monitor
1047	tu	a	neod1	Sun's NEO Object Request Broker
1048	tu	a	neod2	Sun's NEO Object Request Broker
1049	tu	a	td-postman	Tobit David Postman VPMN
1050	tu	a	cma	CORBA Management Agent
1051	tu	a	optima-vnet	Optima VNET
1052	tu	a	ddt	Dynamic DNS Tools
1053	t	a	remote-as	Remote Assistant (RA)		Unauthorized Use Known on port 1053
1053	u	a	remote-as	Remote Assistant (RA)
1054	tu	a	brvread	BRVREAD
1055	tu	a	ansyslmd	ANSYS - License Manager
1056	tu	a	vfo	VFO
1057	tu	a	startron	STARTRON
1058	tu	a	nim	nim
1059	tu	a	nimreg	nimreg
1060	tu	a	polestar	POLESTAR
1061	tu	a	kiosk	KIOSK
1062	tu	a	veracity	Veracity
1063	tu	a	kyoceranetdev	KyoceraNetDev
1064	tu	a	jstel	JSTEL
1065	tu	a	syscomlan	SYSCOMLAN
1066	tu	a	fpo-fns	FPO-FNS
1067	t	a	instl-boots	Installation Bootstrap Proto. Serv. IANA assigned this well-formed service name as a replacement for "instl_boots".
1067	t	a	instl_boots	Installation Bootstrap Proto. Serv.	This entry is an alias to "instl-boots". This entry is now historic, not usable for use with many common service discovery mechanisms.
1067	u	a	instl-boots	Installation Bootstrap Proto. Serv. IANA assigned this well-formed service name as a replacement for "instl_boots".
1067	u	a	instl_boots	Installation Bootstrap Proto. Serv.	This entry is an alias to "instl-boots". This entry is now historic, not usable for use with many common service discovery mechanisms.
1068	t	a	instl-bootc	Installation Bootstrap Proto. Cli. IANA assigned this well-formed service name as a replacement for "instl_bootc".
1068	t	a	instl_bootc	Installation Bootstrap Proto. Cli.	This entry is an alias to "instl-bootc". This entry is now historic, not usable for use with many common service discovery mechanisms.
1068	u	a	instl-bootc	Installation Bootstrap Proto. Cli. IANA assigned this well-formed service name as a replacement for "instl_bootc".
1068	u	a	instl_bootc	Installation Bootstrap Proto. Cli.	This entry is an alias to "instl-bootc". This entry is now historic, not usable for use with many common service discovery mechanisms.
1069	tu	a	cognex-insight	COGNEX-INSIGHT
1070	tu	a	gmrupdateserv	GMRUpdateSERV
1071	tu	a	bsquare-voip	BSQUARE-VOIP
1072	tu	a	cardax	CARDAX
1073	tu	a	bridgecontrol	Bridge Control
1074	tu	a	warmspotMgmt	Warmspot Management Protocol
1075	tu	a	rdrmshc	RDRMSHC
1076	tu	a	dab-sti-c	DAB STI-C
1077	tu	a	imgames	IMGames
1078	tu	a	avocent-proxy	Avocent Proxy Protocol
1079	tu	a	asprovatalk	ASPROVATalk
1080	tu	a	socks	Socks
1081	tu	a	pvuniwien	PVUNIWIEN
1082	tu	a	amt-esd-prot	AMT-ESD-PROT
1083	tu	a	ansoft-lm-1	Anasoft License Manager
1084	tu	a	ansoft-lm-2	Anasoft License Manager
1085	tu	a	webobjects	Web Objects
1086	tu	a	cplscrambler-lg	CPL Scrambler Logging
1087	tu	a	cplscrambler-in	CPL Scrambler Internal
1088	tu	a	cplscrambler-al	CPL Scrambler Alarm Log
1089	tu	a	ff-annunc	FF Annunciation
1090	tu	a	ff-fms	FF Fieldbus Message Specification
1091	tu	a	ff-sm	FF System Management
1092	tu	a	obrpd	Open Business Reporting Protocol
1093	tu	a	proofd	PROOFD
1094	tu	a	rootd	ROOTD
1095	tu	a	nicelink	NICELink
1096	tu	a	cnrprotocol	Common Name Resolution Protocol
1097	tu	a	sunclustermgr	Sun Cluster Manager
1098	tu	a	rmiactivation	RMI Activation
1099	tu	a	rmiregistry	RMI Registry
1100	tu	a	mctp	MCTP
1101	tu	a	pt2-discover	PT2-DISCOVER
1102	tu	a	adobeserver-1	ADOBE SERVER 1
1103	tu	a	adobeserver-2	ADOBE SERVER 2
1104	tu	a	xrl	XRL
1105	tu	a	ftranhc	FTRANHC
1106	tu	a	isoipsigport-1	ISOIPSIGPORT-1
1107	tu	a	isoipsigport-2	ISOIPSIGPORT-2
1108	tu	a	ratio-adp	ratio-adp
1109	*	r		Reserved - IANA
1110	t	a	webadmstart	Start web admin server
1110	u	a	nfsd-keepalive	Client status info
1111	tu	a	lmsocialserver	LM Social Server
1112	tu	a	icp	Intelligent Communication Protocol
1113	tud	a	ltp-deepspace	Licklider Transmission Protocol
1114	tu	a	mini-sql	Mini SQL
1115	tu	a	ardus-trns	ARDUS Transfer
1116	tu	a	ardus-cntl	ARDUS Control
1117	tu	a	ardus-mtrns	ARDUS Multicast Transfer
1118	tu	a	sacred	SACRED
1119	tu	a	bnetgame	Battle.net Chat/Game Protocol
1120	tu	a	bnetfile	Battle.net File Transfer Protocol
1121	tu	a	rmpp	Datalode RMPP
1122	tu	a	availant-mgr	availant-mgr
1123	tu	a	murray	Murray
1124	tu	a	hpvmmcontrol	HP VMM Control
1125	tu	a	hpvmmagent	HP VMM Agent
1126	tu	a	hpvmmdata	HP VMM Agent
1127	tu	a	kwdb-commn	KWDB Remote Communication
1128	tu	a	saphostctrl	SAPHostControl over SOAP/HTTP
1129	tu	a	saphostctrls	SAPHostControl over SOAP/HTTPS
1130	tu	a	casp	CAC App Service Protocol
1131	tu	a	caspssl	CAC App Service Protocol Encripted
1132	tu	a	kvm-via-ip	KVM-via-IP Management Service
1133	tu	a	dfn	Data Flow Network
1134	tu	a	aplx	MicroAPL APLX
1135	tu	a	omnivision	OmniVision Communication Service
1136	tu	a	hhb-gateway	HHB Gateway Control
1137	tu	a	trim	TRIM Workgroup Service
1138	t	a	encrypted-admin	encrypted admin requests IANA assigned this well-formed service name as a replacement for "encrypted_admin".
1138	t	a	encrypted_admin	encrypted admin requests	This entry is an alias to "encrypted-admin". This entry is now historic, not usable for use with many common service discovery mechanisms.
1138	u	a	encrypted-admin	encrypted admin requests IANA assigned this well-formed service name as a replacement for "encrypted_admin".
1138	u	a	encrypted_admin	encrypted admin requests	This entry is an alias to "encrypted-admin". This entry is now historic, not usable for use with many common service discovery mechanisms.
1139	tu	a	evm	Enterprise Virtual Manager
1140	tu	a	autonoc	AutoNOC Network Operations Protocol
1141	tu	a	mxomss	User Message Service
1142	tu	a	edtools	User Discovery Service
1143	tu	a	imyx	Infomatryx Exchange
1144	tu	a	fuscript	Fusion Script
1145	tu	a	x9-icue	X9 iCue Show Control
1146	tu	a	audit-transfer	audit transfer
1147	tu	a	capioverlan	CAPIoverLAN
1148	tu	a	elfiq-repl	Elfiq Replication Service
1149	tu	a	bvtsonar	BlueView Sonar Service
1150	tu	a	blaze	Blaze File Server
1151	tu	a	unizensus	Unizensus Login Server
1152	tu	a	winpoplanmess	Winpopup LAN Messenger
1153	tu	a	c1222-acse	ANSI C12.22 Port
1154	tu	a	resacommunity	Community Service
1155	tu	a	nfa	Network File Access
1156	tu	a	iascontrol-oms	iasControl OMS
1157	tu	a	iascontrol	Oracle iASControl
1158	tu	a	dbcontrol-oms	dbControl OMS
1159	tu	a	oracle-oms	Oracle OMS
1160	tu	a	olsv	DB Lite Mult-User Server
1161	tu	a	health-polling	Health Polling
1162	tu	a	health-trap	Health Trap
1163	tu	a	sddp	SmartDialer Data Protocol
1164	tu	a	qsm-proxy	QSM Proxy Service
1165	tu	a	qsm-gui	QSM GUI Service
1166	tu	a	qsm-remote	QSM RemoteExec
1167	tus	a	cisco-ipsla	Cisco IP SLAs Control Protocol
1168	tu	a	vchat	VChat Conference Service
1169	tu	a	tripwire	TRIPWIRE
1170	tu	a	atc-lm	AT+C License Manager
1171	tu	a	atc-appserver	AT+C FmiApplicationServer
1172	tu	a	dnap	DNA Protocol
1173	tu	a	d-cinema-rrp	D-Cinema Request-Response
1174	tu	a	fnet-remote-ui	FlashNet Remote Admin
1175	tu	a	dossier	Dossier Server
1176	tu	a	indigo-server	Indigo Home Server
1177	tu	a	dkmessenger	DKMessenger Protocol
1178	tu	a	sgi-storman	SGI Storage Manager
1179	tu	a	b2n	Backup To Neighbor
1180	tu	a	mc-client	Millicent Client Proxy
1181	tu	a	3comnetman	3Com Net Management
1182	t	a	accelenet	AcceleNet Control
1182	u	a	accelenet-data	AcceleNet Data
1183	tu	a	llsurfup-http	LL Surfup HTTP
1184	tu	a	llsurfup-https	LL Surfup HTTPS
1185	tu	a	catchpole	Catchpole port
1186	tu	a	mysql-cluster	MySQL Cluster Manager
1187	tu	a	alias	Alias Service
1188	tu	a	hp-webadmin	HP Web Admin
1189	tu	a	unet	Unet Connection
1190	tu	a	commlinx-avl	CommLinx GPS / AVL System
1191	tu	a	gpfs	General Parallel File System
1192	tu	a	caids-sensor	caids sensors channel
1193	tu	a	fiveacross	Five Across Server
1194	tu	a	openvpn	OpenVPN
1195	tu	a	rsf-1	RSF-1 clustering
1196	tu	a	netmagic	Network Magic
1197	tu	a	carrius-rshell	Carrius Remote Access
1198	tu	a	cajo-discovery	cajo reference discovery
1199	tu	a	dmidi	DMIDI
1200	tu	a	scol	SCOL
1201	tu	a	nucleus-sand	Nucleus Sand Database Server
1202	tu	a	caiccipc	caiccipc
1203	tu	a	ssslic-mgr	License Validation
1204	tu	a	ssslog-mgr	Log Request Listener
1205	tu	a	accord-mgc	Accord-MGC
1206	tu	a	anthony-data	Anthony Data
1207	tu	a	metasage	MetaSage
1208	tu	a	seagull-ais	SEAGULL AIS
1209	tu	a	ipcd3	IPCD3
1210	tu	a	eoss	EOSS
1211	tu	a	groove-dpp	Groove DPP
1212	tu	a	lupa	lupa
1213	tu	a	mpc-lifenet	Medtronic/Physio-Control LIFENET
1214	tu	a	kazaa	KAZAA
1215	tu	a	scanstat-1	scanSTAT 1.0
1216	tu	a	etebac5	ETEBAC 5
1217	tu	a	hpss-ndapi	HPSS NonDCE Gateway
1218	tu	a	aeroflight-ads	AeroFlight-ADs
1219	tu	a	aeroflight-ret	AeroFlight-Ret
1220	tu	a	qt-serveradmin	QT SERVER ADMIN
1221	tu	a	sweetware-apps	SweetWARE Apps
1222	tu	a	nerv	SNI R&D network
1223	tu	a	tgp	TrulyGlobal Protocol
1224	tu	a	vpnz	VPNz
1225	tu	a	slinkysearch	SLINKYSEARCH
1226	tu	a	stgxfws	STGXFWS
1227	tu	a	dns2go	DNS2Go
1228	tu	a	florence	FLORENCE
1229	tu	a	zented	ZENworks Tiered Electronic Distribution
1230	tu	a	periscope	Periscope
1231	tu	a	menandmice-lpm	menandmice-lpm
1232	tu	a	first-defense	Remote systems monitoring	Microsoft (unoffically) using 1232
1233	tu	a	univ-appserver	Universal App Server
1234	tu	a	search-agent	Infoseek Search Agent
1235	tu	a	mosaicsyssvc1	mosaicsyssvc1
1236	tu	a	bvcontrol	bvcontrol
1237	tu	a	tsdos390	tsdos390
1238	tu	a	hacl-qs	hacl-qs
1239	tu	a	nmsd	NMSD
1240	tu	a	instantia	Instantia
1241	tu	a	nessus	nessus
1242	tu	a	nmasoverip	NMAS over IP
1243	tu	a	serialgateway	SerialGateway
1244	tu	a	isbconference1	isbconference1
1245	tu	a	isbconference2	isbconference2
1246	tu	a	payrouter	payrouter
1247	tu	a	visionpyramid	VisionPyramid
1248	tu	a	hermes	hermes
1249	tu	a	mesavistaco	Mesa Vista Co
1250	tu	a	swldy-sias	swldy-sias
1251	tu	a	servergraph	servergraph
1252	tu	a	bspne-pcc	bspne-pcc
1253	tu	a	q55-pcc	q55-pcc
1254	tu	a	de-noc	de-noc
1255	tu	a	de-cache-query	de-cache-query
1256	tu	a	de-server	de-server
1257	tu	a	shockwave2	Shockwave 2
1258	tu	a	opennl	Open Network Library
1259	tu	a	opennl-voice	Open Network Library Voice
1260	tu	a	ibm-ssd	ibm-ssd
1261	tu	a	mpshrsv	mpshrsv
1262	tu	a	qnts-orb	QNTS-ORB
1263	tu	a	dka	dka
1264	tu	a	prat	PRAT
1265	tu	a	dssiapi	DSSIAPI
1266	tu	a	dellpwrappks	DELLPWRAPPKS
1267	tu	a	epc	eTrust Policy Compliance
1268	tu	a	propel-msgsys	PROPEL-MSGSYS
1269	tu	a	watilapp	WATiLaPP
1270	tu	a	opsmgr	Microsoft Operations Manager
1271	tu	a	excw	eXcW
1272	tu	a	cspmlockmgr	CSPMLockMgr
1273	tu	a	emc-gateway	EMC-Gateway
1274	tu	a	t1distproc	t1distproc
1275	tu	a	ivcollector	ivcollector
1276	tu	r		Reserved	This entry has been removed on 2014-05-23.
1277	tu	a	miva-mqs	mqs
1278	tu	a	dellwebadmin-1	Dell Web Admin 1
1279	tu	a	dellwebadmin-2	Dell Web Admin 2
1280	tu	a	pictrography	Pictrography
1281	tu	a	healthd	healthd
1282	tu	a	emperion	Emperion
1283	tu	a	productinfo	Product Information
1284	tu	a	iee-qfx	IEE-QFX
1285	tu	a	neoiface	neoiface
1286	tu	a	netuitive	netuitive
1287	tu	a	routematch	RouteMatch Com
1288	tu	a	navbuddy	NavBuddy
1289	tu	a	jwalkserver	JWalkServer
1290	tu	a	winjaserver	WinJaServer
1291	tu	a	seagulllms	SEAGULLLMS
1292	tu	a	dsdn	dsdn
1293	tu	a	pkt-krb-ipsec	PKT-KRB-IPSec
1294	tu	a	cmmdriver	CMMdriver
1295	tu	a	ehtp	End-by-Hop Transmission Protocol
1296	tu	a	dproxy	dproxy
1297	tu	a	sdproxy	sdproxy
1298	tu	a	lpcp	lpcp
1299	tu	a	hp-sci	hp-sci
1300	tu	a	h323hostcallsc	H.323 Secure Call Control Signalling
1301	tu	r		Reserved	De-Assigned on 2019-10-30
1302	tu	r		Reserved	De-Assigned on 2019-10-30
1303	tu	a	sftsrv	sftsrv
1304	tu	a	boomerang	Boomerang
1305	tu	a	pe-mike	pe-mike
1306	tu	a	re-conn-proto	RE-Conn-Proto
1307	tu	a	pacmand	Pacmand
1308	tu	a	odsi	Optical Domain Service Interconnect (ODSI)
1309	tu	a	jtag-server	JTAG server
1310	tu	a	husky	Husky
1311	tu	a	rxmon	RxMon
1312	tu	a	sti-envision	STI Envision
1313	t	a	bmc-patroldb	BMC_PATROLDB IANA assigned this well-formed service name as a replacement for "bmc_patroldb".
1313	t	a	bmc_patroldb	BMC_PATROLDB	This entry is an alias to "bmc-patroldb". This entry is now historic, not usable for use with many common service discovery mechanisms.
1313	u	a	bmc-patroldb	BMC_PATROLDB IANA assigned this well-formed service name as a replacement for "bmc_patroldb".
1313	u	a	bmc_patroldb	BMC_PATROLDB	This entry is an alias to "bmc-patroldb". This entry is now historic, not usable for use with many common service discovery mechanisms.
1314	tu	a	pdps	Photoscript Distributed Printing System
1315	tu	a	els	E.L.S., Event Listener Service
1316	tu	a	exbit-escp	Exbit-ESCP
1317	tu	a	vrts-ipcserver	vrts-ipcserver
1318	tu	a	krb5gatekeeper	krb5gatekeeper
1319	tu	a	amx-icsp	AMX-ICSP
1320	tu	a	amx-axbnet	AMX-AXBNET
1321	tu	a	pip	PIP
1322	tu	a	novation	Novation
1323	tu	a	brcd	brcd
1324	tu	a	delta-mcp	delta-mcp
1325	tu	a	dx-instrument	Thermo Fisher Scientific Instrumentation (Formally Dionex)
1326	tu	a	wimsic	WIMSIC
1327	tu	a	ultrex	Ultrex
1328	tu	a	ewall	EWALL
1329	tu	a	netdb-export	netdb-export
1330	tu	a	streetperfect	StreetPerfect
1331	tu	a	intersan	intersan
1332	tu	a	pcia-rxp-b	PCIA RXP-B
1333	tu	a	passwrd-policy	Password Policy
1334	tu	a	writesrv	writesrv
1335	tu	a	digital-notary	Digital Notary Protocol
1336	tu	a	ischat	Instant Service Chat
1337	tu	a	menandmice-dns	menandmice DNS
1338	tu	a	wmc-log-svc	WMC-log-svr
1339	tu	a	kjtsiteserver	kjtsiteserver
1340	tu	a	naap	NAAP
1341	tu	a	qubes	QuBES
1342	tu	a	esbroker	ESBroker
1343	tu	a	re101	re101
1344	tu	a	icap	ICAP
1345	tu	a	vpjp	VPJP
1346	tu	a	alta-ana-lm	Alta Analytics License Manager
1347	tu	a	bbn-mmc	multi media conferencing
1348	tu	a	bbn-mmx	multi media conferencing
1349	tu	a	sbook	Registration Network Protocol
1350	tu	a	editbench	Registration Network Protocol
1351	tu	a	equationbuilder	Digital Tool Works (MIT)
1352	tu	a	lotusnote	Lotus Note
1353	tu	a	relief	Relief Consulting
1354	tu	a	XSIP-network	Five Across XSIP Network
1355	tu	a	intuitive-edge	Intuitive Edge
1356	tu	a	cuillamartin	CuillaMartin Company
1357	tu	a	pegboard	Electronic PegBoard
1358	tu	a	connlcli	CONNLCLI
1359	tu	a	ftsrv	FTSRV
1360	tu	a	mimer	MIMER
1361	tu	a	linx	LinX
1362	tu	a	timeflies	TimeFlies
1363	tu	a	ndm-requester	Network DataMover Requester
1364	tu	a	ndm-server	Network DataMover Server
1365	tu	a	adapt-sna	Network Software Associates
1366	tu	a	netware-csp	Novell NetWare Comm Service Platform
1367	tu	a	dcs	DCS
1368	tu	a	screencast	ScreenCast
1369	tu	a	gv-us	GlobalView to Unix Shell
1370	tu	a	us-gv	Unix Shell to GlobalView
1371	tu	a	fc-cli	Fujitsu Config Protocol
1372	tu	a	fc-ser	Fujitsu Config Protocol
1373	tu	a	chromagrafx	Chromagrafx
1374	tu	a	molly	EPI Software Systems
1375	tu	a	bytex	Bytex
1376	tu	a	ibm-pps	IBM Person to Person Software
1377	tu	a	cichlid	Cichlid License Manager
1378	tu	a	elan	Elan License Manager
1379	tu	a	dbreporter	Integrity Solutions
1380	tu	a	telesis-licman	Telesis Network License Manager
1381	tu	a	apple-licman	Apple Network License Manager
1382	t	a	udt-os	udt_os IANA assigned this well-formed service name as a replacement for "udt_os".
1382	t	a	udt_os	udt_os	This entry is an alias to "udt-os". This entry is now historic, not usable for use with many common service discovery mechanisms.
1382	u	a	udt-os	udt_os IANA assigned this well-formed service name as a replacement for "udt_os".
1382	u	a	udt_os	udt_os	This entry is an alias to "udt-os". This entry is now historic, not usable for use with many common service discovery mechanisms.
1383	tu	a	gwha	GW Hannaway Network License Manager
1384	tu	a	os-licman	Objective Solutions License Manager
1385	t	a	atex-elmd	Atex Publishing License Manager IANA assigned this well-formed service name as a replacement for "atex_elmd".
1385	t	a	atex_elmd	Atex Publishing License Manager	This entry is an alias to "atex-elmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
1385	u	a	atex-elmd	Atex Publishing License Manager IANA assigned this well-formed service name as a replacement for "atex_elmd".
1385	u	a	atex_elmd	Atex Publishing License Manager	This entry is an alias to "atex-elmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
1386	tu	a	checksum	CheckSum License Manager
1387	tu	a	cadsi-lm	Computer Aided Design Software Inc LM
1388	tu	a	objective-dbc	Objective Solutions DataBase Cache
1389	tu	a	iclpv-dm	Document Manager
1390	tu	a	iclpv-sc	Storage Controller
1391	tu	a	iclpv-sas	Storage Access Server
1392	tu	a	iclpv-pm	Print Manager
1393	tu	a	iclpv-nls	Network Log Server
1394	tu	a	iclpv-nlc	Network Log Client
1395	tu	a	iclpv-wsm	PC Workstation Manager software
1396	tu	a	dvl-activemail	DVL Active Mail
1397	tu	a	audio-activmail	Audio Active Mail
1398	tu	a	video-activmail	Video Active Mail
1399	tu	a	cadkey-licman	Cadkey License Manager
1400	tu	a	cadkey-tablet	Cadkey Tablet Daemon
1401	tu	a	goldleaf-licman	Goldleaf License Manager
1402	tu	a	prm-sm-np	Prospero Resource Manager
1403	tu	a	prm-nm-np	Prospero Resource Manager
1404	tu	a	igi-lm	Infinite Graphics License Manager
1405	tu	a	ibm-res	IBM Remote Execution Starter
1406	tu	a	netlabs-lm	NetLabs License Manager
1407	t	a	tibet-server	TIBET Data Server	This port has been retasked on 2015-06-16.
1407	u	r		Reserved	This port has been removed on 2015-06-16.
1408	tu	a	sophia-lm	Sophia License Manager
1409	tu	a	here-lm	Here License Manager
1410	tu	a	hiq	HiQ License Manager
1411	tu	a	af	AudioFile
1412	tu	a	innosys	InnoSys
1413	tu	a	innosys-acl	Innosys-ACL
1414	tu	a	ibm-mqseries	IBM MQSeries
1415	tu	a	dbstar	DBStar
1416	t	a	novell-lu6-2	Novell LU6.2 IANA assigned this well-formed service name as a replacement for "novell-lu6.2".
1416	t	a	novell-lu6.2	Novell LU6.2	This entry is an alias to "novell-lu6-2". This entry is now historic, not usable for use with many common service discovery mechanisms.
1416	u	a	novell-lu6-2	Novell LU6.2 IANA assigned this well-formed service name as a replacement for "novell-lu6.2".
1416	u	a	novell-lu6.2	Novell LU6.2	This entry is an alias to "novell-lu6-2". This entry is now historic, not usable for use with many common service discovery mechanisms.
1417	tu	a	timbuktu-srv1	Timbuktu Service 1 Port
1418	tu	a	timbuktu-srv2	Timbuktu Service 2 Port
1419	tu	a	timbuktu-srv3	Timbuktu Service 3 Port
1420	tu	a	timbuktu-srv4	Timbuktu Service 4 Port
1421	tu	a	gandalf-lm	Gandalf License Manager
1422	tu	a	autodesk-lm	Autodesk License Manager
1423	tu	a	essbase	Essbase Arbor Software
1424	tu	a	hybrid	Hybrid Encryption Protocol
1425	tu	a	zion-lm	Zion Software License Manager
1426	tu	a	sais	Satellite-data Acquisition System 1
1427	tu	a	mloadd	mloadd monitoring tool
1428	tu	a	informatik-lm	Informatik License Manager
1429	tu	a	nms	Hypercom NMS
1430	tu	a	tpdu	Hypercom TPDU
1431	tu	a	rgtp	Reverse Gossip Transport
1432	tu	a	blueberry-lm	Blueberry Software License Manager
1433	tu	a	ms-sql-s	Microsoft-SQL-Server
1434	tu	a	ms-sql-m	Microsoft-SQL-Monitor
1435	tu	a	ibm-cics	IBM CICS
1436	tu	a	saism	Satellite-data Acquisition System 2
1437	tu	a	tabula	Tabula
1438	tu	a	eicon-server	Eicon Security Agent/Server
1439	tu	a	eicon-x25	Eicon X25/SNA Gateway
1440	tu	a	eicon-slp	Eicon Service Location Protocol
1441	tu	a	cadis-1	Cadis License Management
1442	tu	a	cadis-2	Cadis License Management
1443	tu	a	ies-lm	Integrated Engineering Software
1444	tu	a	marcam-lm	Marcam License Management
1445	tu	a	proxima-lm	Proxima License Manager
1446	tu	a	ora-lm	Optical Research Associates License Manager
1447	tu	a	apri-lm	Applied Parallel Research LM
1448	tu	a	oc-lm	OpenConnect License Manager
1449	tu	a	peport	PEport
1450	tu	a	dwf	Tandem Distributed Workbench Facility
1451	tu	a	infoman	IBM Information Management
1452	tu	a	gtegsc-lm	GTE Government Systems License Man
1453	tu	a	genie-lm	Genie License Manager
1454	t	a	interhdl-elmd	interHDL License Manager IANA assigned this well-formed service name as a replacement for "interhdl_elmd".
1454	t	a	interhdl_elmd	interHDL License Manager	This entry is an alias to "interhdl-elmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
1454	u	a	interhdl-elmd	interHDL License Manager IANA assigned this well-formed service name as a replacement for "interhdl_elmd".
1454	u	a	interhdl_elmd	interHDL License Manager	This entry is an alias to "interhdl-elmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
1455	tu	a	esl-lm	ESL License Manager
1456	tu	a	dca	DCA
1457	tu	a	valisys-lm	Valisys License Manager
1458	tu	a	nrcabq-lm	Nichols Research Corp.
1459	tu	a	proshare1	Proshare Notebook Application
1460	tu	a	proshare2	Proshare Notebook Application
1461	t	a	ibm-wrless-lan	IBM Wireless LAN IANA assigned this well-formed service name as a replacement for "ibm_wrless_lan".
1461	t	a	ibm_wrless_lan	IBM Wireless LAN	This entry is an alias to "ibm-wrless-lan". This entry is now historic, not usable for use with many common service discovery mechanisms.
1461	u	a	ibm-wrless-lan	IBM Wireless LAN IANA assigned this well-formed service name as a replacement for "ibm_wrless_lan".
1461	u	a	ibm_wrless_lan	IBM Wireless LAN	This entry is an alias to "ibm-wrless-lan". This entry is now historic, not usable for use with many common service discovery mechanisms.
1462	tu	a	world-lm	World License Manager
1463	tu	a	nucleus	Nucleus
1464	t	a	msl-lmd	MSL License Manager IANA assigned this well-formed service name as a replacement for "msl_lmd".
1464	t	a	msl_lmd	MSL License Manager	This entry is an alias to "msl-lmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
1464	u	a	msl-lmd	MSL License Manager IANA assigned this well-formed service name as a replacement for "msl_lmd".
1464	u	a	msl_lmd	MSL License Manager	This entry is an alias to "msl-lmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
1465	tu	a	pipes	Pipes Platform
1466	tu	a	oceansoft-lm	Ocean Software License Manager
1467	tu	a	csdmbase	CSDMBASE
1468	tu	a	csdm	CSDM
1469	tu	a	aal-lm	Active Analysis Limited License Manager
1470	tu	a	uaiact	Universal Analytics
1471	tu	a	csdmbase	csdmbase
1472	tu	a	csdm	csdm
1473	tu	a	openmath	OpenMath
1474	tu	a	telefinder	Telefinder
1475	tu	a	taligent-lm	Taligent License Manager
1476	tu	a	clvm-cfg	clvm-cfg
1477	tu	a	ms-sna-server	ms-sna-server
1478	tu	a	ms-sna-base	ms-sna-base
1479	tu	a	dberegister	dberegister
1480	tu	a	pacerforum	PacerForum
1481	tu	a	airs	AIRS
1482	tu	a	miteksys-lm	Miteksys License Manager
1483	tu	a	afs	AFS License Manager
1484	tu	a	confluent	Confluent License Manager
1485	tu	a	lansource	LANSource
1486	t	a	nms-topo-serv	nms_topo_serv IANA assigned this well-formed service name as a replacement for "nms_topo_serv".
1486	t	a	nms_topo_serv	nms_topo_serv	This entry is an alias to "nms-topo-serv". This entry is now historic, not usable for use with many common service discovery mechanisms.
1486	u	a	nms-topo-serv	nms_topo_serv IANA assigned this well-formed service name as a replacement for "nms_topo_serv".
1486	u	a	nms_topo_serv	nms_topo_serv	This entry is an alias to "nms-topo-serv". This entry is now historic, not usable for use with many common service discovery mechanisms.
1487	tu	a	localinfosrvr	LocalInfoSrvr
1488	tu	a	docstor	DocStor
1489	tu	a	dmdocbroker	dmdocbroker
1490	tu	a	insitu-conf	insitu-conf
1491	*	u		Unassigned		Unauthorized Use Known on port 1491
1492	tu	a	stone-design-1	stone-design-1
1493	t	a	netmap-lm	netmap_lm IANA assigned this well-formed service name as a replacement for "netmap_lm".
1493	t	a	netmap_lm	netmap_lm	This entry is an alias to "netmap-lm". This entry is now historic, not usable for use with many common service discovery mechanisms.
1493	u	a	netmap-lm	netmap_lm IANA assigned this well-formed service name as a replacement for "netmap_lm".
1493	u	a	netmap_lm	netmap_lm	This entry is an alias to "netmap-lm". This entry is now historic, not usable for use with many common service discovery mechanisms.
1494	tu	a	ica	ica
1495	tu	a	cvc	cvc
1496	tu	a	liberty-lm	liberty-lm
1497	tu	a	rfx-lm	rfx-lm
1498	tu	a	sybase-sqlany	Sybase SQL Any
1499	tu	a	fhc	Federico Heinz Consultora
1500	tu	a	vlsi-lm	VLSI License Manager
1501	tu	a	saiscm	Satellite-data Acquisition System 3
1502	tu	a	shivadiscovery	Shiva
1503	tu	a	imtc-mcs	Databeam
1504	tu	a	evb-elm	EVB Software Engineering License Manager
1505	tu	a	funkproxy	Funk Software, Inc.
1506	tu	a	utcd	Universal Time daemon (utcd)
1507	tu	a	symplex	symplex
1508	tu	a	diagmond	diagmond
1509	tu	a	robcad-lm	Robcad, Ltd. License Manager
1510	tu	a	mvx-lm	Midland Valley Exploration Ltd. Lic. Man.
1511	tu	a	3l-l1	3l-l1
1512	tu	a	wins	Microsoft's Windows Internet Name Service
1513	tu	a	fujitsu-dtc	Fujitsu Systems Business of America, Inc
1514	tu	a	fujitsu-dtcns	Fujitsu Systems Business of America, Inc
1515	tu	a	ifor-protocol	ifor-protocol
1516	tu	a	vpad	Virtual Places Audio data
1517	tu	a	vpac	Virtual Places Audio control
1518	tu	a	vpvd	Virtual Places Video data
1519	tu	a	vpvc	Virtual Places Video control
1520	tu	a	atm-zip-office	atm zip office
1521	tu	a	ncube-lm	nCube License Manager		Unauthorized Use Known on port 1521
1522	tu	a	ricardo-lm	Ricardo North America License Manager
1523	tu	a	cichild-lm	cichild
1524	tu	a	ingreslock	ingres
1525	tu	a	orasrv	oracle
1525	tu	a	prospero-np	Prospero Directory Service non-priv
1526	tu	a	pdap-np	Prospero Data Access Prot non-priv
1527	tu	a	tlisrv	oracle
1528	tus	a	norp	Not Only a Routeing Protocol
1529	tu	a	coauthor	oracle
1530	tu	a	rap-service	rap-service
1531	tu	a	rap-listen	rap-listen
1532	tu	a	miroconnect	miroconnect
1533	tu	a	virtual-places	Virtual Places Software
1534	tu	a	micromuse-lm	micromuse-lm
1535	tu	a	ampr-info	ampr-info
1536	tu	a	ampr-inter	ampr-inter
1537	tu	a	sdsc-lm	isi-lm
1538	tu	a	3ds-lm	3ds-lm
1539	tu	a	intellistor-lm	Intellistor License Manager
1540	tu	a	rds	rds
1541	tu	a	rds2	rds2
1542	tu	a	gridgen-elmd	gridgen-elmd
1543	tu	a	simba-cs	simba-cs
1544	tu	a	aspeclmd	aspeclmd
1545	tu	a	vistium-share	vistium-share
1546	tu	a	abbaccuray	abbaccuray
1547	tu	a	laplink	laplink
1548	tu	a	axon-lm	Axon License Manager
1549	t	a	shivahose	Shiva Hose
1549	u	a	shivasound	Shiva Sound
1550	tu	a	3m-image-lm	Image Storage license manager 3M Company
1551	tu	a	hecmtl-db	HECMTL-DB
1552	tu	a	pciarray	pciarray
1553	tu	a	sna-cs	sna-cs
1554	tu	a	caci-lm	CACI Products Company License Manager
1555	tu	a	livelan	livelan
1556	t	a	veritas-pbx	VERITAS Private Branch Exchange IANA assigned this well-formed service name as a replacement for "veritas_pbx".
1556	t	a	veritas_pbx	VERITAS Private Branch Exchange	This entry is an alias to "veritas-pbx". This entry is now historic, not usable for use with many common service discovery mechanisms.
1556	u	a	veritas-pbx	VERITAS Private Branch Exchange IANA assigned this well-formed service name as a replacement for "veritas_pbx".
1556	u	a	veritas_pbx	VERITAS Private Branch Exchange	This entry is an alias to "veritas-pbx". This entry is now historic, not usable for use with many common service discovery mechanisms.
1557	tu	a	arbortext-lm	ArborText License Manager
1558	tu	a	xingmpeg	xingmpeg
1559	tu	a	web2host	web2host
1560	tu	a	asci-val	ASCI-RemoteSHADOW
1561	tu	a	facilityview	facilityview
1562	tu	a	pconnectmgr	pconnectmgr
1563	tu	a	cadabra-lm	Cadabra License Manager
1564	tu	a	pay-per-view	Pay-Per-View
1565	tu	a	winddlb	WinDD
1566	tu	a	corelvideo	CORELVIDEO
1567	tu	a	jlicelmd	jlicelmd
1568	tu	a	tsspmap	tsspmap
1569	tu	a	ets	ets
1570	tu	a	orbixd	orbixd
1571	tu	a	rdb-dbs-disp	Oracle Remote Data Base
1572	tu	a	chip-lm	Chipcom License Manager
1573	tu	a	itscomm-ns	itscomm-ns
1574	tu	a	mvel-lm	mvel-lm
1575	tu	a	oraclenames	oraclenames
1576	tu	a	moldflow-lm	Moldflow License Manager
1577	tu	a	hypercube-lm	hypercube-lm
1578	tu	a	jacobus-lm	Jacobus License Manager
1579	tu	a	ioc-sea-lm	ioc-sea-lm
1580	t	a	tn-tl-r1	tn-tl-r1
1580	u	a	tn-tl-r2	tn-tl-r2
1581	tu	a	mil-2045-47001	MIL-2045-47001
1582	tu	a	msims	MSIMS
1583	tu	a	simbaexpress	simbaexpress
1584	tu	a	tn-tl-fd2	tn-tl-fd2
1585	tu	a	intv	intv
1586	tu	a	ibm-abtact	ibm-abtact
1587	t	a	pra-elmd	pra_elmd IANA assigned this well-formed service name as a replacement for "pra_elmd".
1587	t	a	pra_elmd	pra_elmd	This entry is an alias to "pra-elmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
1587	u	a	pra-elmd	pra_elmd IANA assigned this well-formed service name as a replacement for "pra_elmd".
1587	u	a	pra_elmd	pra_elmd	This entry is an alias to "pra-elmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
1588	tu	a	triquest-lm	triquest-lm
1589	tu	a	vqp	VQP
1590	tu	a	gemini-lm	gemini-lm
1591	tu	a	ncpm-pm	ncpm-pm
1592	tu	a	commonspace	commonspace
1593	tu	a	mainsoft-lm	mainsoft-lm
1594	tu	a	sixtrak	sixtrak
1595	tu	a	radio	radio
1596	t	a	radio-sm	radio-sm
1596	u	a	radio-bc	radio-bc
1597	tu	a	orbplus-iiop	orbplus-iiop
1598	tu	a	picknfs	picknfs
1599	tu	a	simbaservices	simbaservices
1600	tu	a	issd	issd
1601	tu	a	aas	aas
1602	tu	a	inspect	inspect
1603	tu	a	picodbc	pickodbc
1604	tu	a	icabrowser	icabrowser
1605	tu	a	slp	Salutation Manager (Salutation Protocol)
1606	tu	a	slm-api	Salutation Manager (SLM-API)
1607	tu	a	stt	stt
1608	tu	a	smart-lm	Smart Corp. License Manager
1609	tu	a	isysg-lm	isysg-lm
1610	tu	a	taurus-wh	taurus-wh
1611	tu	a	ill	Inter Library Loan
1612	tu	a	netbill-trans	NetBill Transaction Server
1613	tu	a	netbill-keyrep	NetBill Key Repository
1614	tu	a	netbill-cred	NetBill Credential Server
1615	tu	a	netbill-auth	NetBill Authorization Server
1616	tu	a	netbill-prod	NetBill Product Server
1617	tu	a	nimrod-agent	Nimrod Inter-Agent Communication
1618	tu	a	skytelnet	skytelnet
1619	tu	a	xs-openstorage	xs-openstorage
1620	tu	a	faxportwinport	faxportwinport
1621	tu	a	softdataphone	softdataphone
1622	tu	a	ontime	ontime
1623	tu	a	jaleosnd	jaleosnd
1624	tu	a	udp-sr-port	udp-sr-port
1625	tu	a	svs-omagent	svs-omagent
1626	tu	a	shockwave	Shockwave
1627	tu	a	t128-gateway	T.128 Gateway
1628	tu	a	lontalk-norm	LonTalk normal
1629	tu	a	lontalk-urgnt	LonTalk urgent
1630	tu	a	oraclenet8cman	Oracle Net8 Cman
1631	tu	a	visitview	Visit view
1632	tu	a	pammratc	PAMMRATC
1633	tu	a	pammrpc	PAMMRPC
1634	tu	a	loaprobe	Log On America Probe
1635	tu	a	edb-server1	EDB Server 1
1636	tu	a	isdc	ISP shared public data control
1637	tu	a	islc	ISP shared local data control
1638	tu	a	ismc	ISP shared management control
1639	tu	a	cert-initiator	cert-initiator
1640	tu	a	cert-responder	cert-responder
1641	tu	a	invision	InVision
1642	tu	a	isis-am	isis-am
1643	tu	a	isis-ambc	isis-ambc
1644	tu	a	saiseh	Satellite-data Acquisition System 4
1645	tu	a	sightline	SightLine
1646	tu	a	sa-msg-port	sa-msg-port
1647	tu	a	rsap	rsap
1648	tu	a	concurrent-lm	concurrent-lm
1649	tu	a	kermit	kermit
1650	t	a	nkd	nkdn
1650	u	a	nkd	nkd
1651	t	a	shiva-confsrvr	shiva_confsrvr IANA assigned this well-formed service name as a replacement for "shiva_confsrvr".
1651	t	a	shiva_confsrvr	shiva_confsrvr	This entry is an alias to "shiva-confsrvr". This entry is now historic, not usable for use with many common service discovery mechanisms.
1651	u	a	shiva-confsrvr	shiva_confsrvr IANA assigned this well-formed service name as a replacement for "shiva_confsrvr".
1651	u	a	shiva_confsrvr	shiva_confsrvr	This entry is an alias to "shiva-confsrvr". This entry is now historic, not usable for use with many common service discovery mechanisms.
1652	tu	a	xnmp	xnmp
1653	tu	a	alphatech-lm	alphatech-lm
1654	tu	a	stargatealerts	stargatealerts
1655	tu	a	dec-mbadmin	dec-mbadmin
1656	tu	a	dec-mbadmin-h	dec-mbadmin-h
1657	tu	a	fujitsu-mmpdc	fujitsu-mmpdc
1658	tu	a	sixnetudr	sixnetudr
1659	tu	a	sg-lm	Silicon Grail License Manager
1660	tu	a	skip-mc-gikreq	skip-mc-gikreq
1661	tu	a	netview-aix-1	netview-aix-1
1662	tu	a	netview-aix-2	netview-aix-2
1663	tu	a	netview-aix-3	netview-aix-3
1664	tu	a	netview-aix-4	netview-aix-4
1665	tu	a	netview-aix-5	netview-aix-5
1666	tu	a	netview-aix-6	netview-aix-6
1667	tu	a	netview-aix-7	netview-aix-7
1668	tu	a	netview-aix-8	netview-aix-8
1669	tu	a	netview-aix-9	netview-aix-9
1670	tu	a	netview-aix-10	netview-aix-10
1671	tu	a	netview-aix-11	netview-aix-11
1672	tu	a	netview-aix-12	netview-aix-12
1673	tu	a	proshare-mc-1	Intel Proshare Multicast
1674	tu	a	proshare-mc-2	Intel Proshare Multicast
1675	tu	a	pdp	Pacific Data Products
1676	t	a	netcomm1	netcomm1
1676	u	a	netcomm2	netcomm2
1677	tu	a	groupwise	groupwise
1678	tu	a	prolink	prolink
1679	tu	a	darcorp-lm	darcorp-lm
1680	tu	a	microcom-sbp	microcom-sbp
1681	tu	a	sd-elmd	sd-elmd
1682	tu	a	lanyon-lantern	lanyon-lantern
1683	tu	a	ncpm-hip	ncpm-hip
1684	tu	a	snaresecure	SnareSecure
1685	tu	a	n2nremote	n2nremote
1686	tu	a	cvmon	cvmon
1687	tu	a	nsjtp-ctrl	nsjtp-ctrl
1688	tu	a	nsjtp-data	nsjtp-data
1689	tu	a	firefox	firefox
1690	tu	a	ng-umds	ng-umds
1691	tu	a	empire-empuma	empire-empuma
1692	tu	a	sstsys-lm	sstsys-lm
1693	tu	a	rrirtr	rrirtr
1694	tu	a	rrimwm	rrimwm
1695	tu	a	rrilwm	rrilwm
1696	tu	a	rrifmm	rrifmm
1697	tu	a	rrisat	rrisat
1698	tu	a	rsvp-encap-1	RSVP-ENCAPSULATION-1
1699	tu	a	rsvp-encap-2	RSVP-ENCAPSULATION-2
1700	tu	a	mps-raft	mps-raft
1701	tu	a	l2f	l2f
1701	tu	a	l2tp	l2tp
1702	tu	a	deskshare	deskshare
1703	tu	a	hb-engine	hb-engine
1704	tu	a	bcs-broker	bcs-broker
1705	tu	a	slingshot	slingshot
1706	tu	a	jetform	jetform
1707	tu	a	vdmplay	vdmplay
1708	tu	a	gat-lmd	gat-lmd
1709	tu	a	centra	centra
1710	tu	a	impera	impera
1711	tu	a	pptconference	pptconference
1712	tu	a	registrar	resource monitoring service
1713	tu	a	conferencetalk	ConferenceTalk
1714	tu	a	sesi-lm	sesi-lm
1715	tu	a	houdini-lm	houdini-lm
1716	tu	a	xmsg	xmsg
1717	tu	a	fj-hdnet	fj-hdnet
1718	tu	a	h323gatedisc	H.323 Multicast Gatekeeper Discover
1719	tu	a	h323gatestat	H.323 Unicast Gatekeeper Signaling
1720	tu	a	h323hostcall	H.323 Call Control Signalling
1720	s	a	h323hostcall	H.323 Call Control
1721	tu	a	caicci	caicci
1722	tu	a	hks-lm	HKS License Manager
1723	tu	a	pptp	pptp
1724	tu	a	csbphonemaster	csbphonemaster
1725	tu	a	iden-ralp	iden-ralp
1726	tu	a	iberiagames	IBERIAGAMES
1727	tu	a	winddx	winddx
1728	tu	a	telindus	TELINDUS
1729	tu	a	citynl	CityNL License Management
1730	tu	a	roketz	roketz
1731	tu	a	msiccp	MSICCP
1732	tu	a	proxim	proxim
1733	tu	a	siipat	SIMS - SIIPAT Protocol for Alarm Transmission
1734	tu	a	cambertx-lm	Camber Corporation License Management
1735	tu	a	privatechat	PrivateChat
1736	tu	a	street-stream	street-stream
1737	tu	a	ultimad	ultimad
1738	tu	a	gamegen1	GameGen1
1739	tu	a	webaccess	webaccess
1740	tu	a	encore	encore
1741	tu	a	cisco-net-mgmt	cisco-net-mgmt
1742	tu	a	3Com-nsd	3Com-nsd
1743	tu	a	cinegrfx-lm	Cinema Graphics License Manager
1744	tu	a	ncpm-ft	ncpm-ft
1745	tu	a	remote-winsock	remote-winsock
1746	tu	a	ftrapid-1	ftrapid-1
1747	tu	a	ftrapid-2	ftrapid-2
1748	tu	a	oracle-em1	oracle-em1
1749	tu	a	aspen-services	aspen-services
1750	tu	a	sslp	Simple Socket Library's PortMaster
1751	tu	a	swiftnet	SwiftNet
1752	tu	a	lofr-lm	Leap of Faith Research License Manager
1753	t	a	predatar-comms	Predatar Comms Service
1753	u	r		Reserved
1754	tu	a	oracle-em2	oracle-em2
1755	tu	a	ms-streaming	ms-streaming
1756	tu	a	capfast-lmd	capfast-lmd
1757	tu	a	cnhrp	cnhrp
1758	tu	a	tftp-mcast	tftp-mcast
1759	tu	a	spss-lm	SPSS License Manager
1760	tu	a	www-ldap-gw	www-ldap-gw
1761	tu	a	cft-0	cft-0
1762	tu	a	cft-1	cft-1
1763	tu	a	cft-2	cft-2
1764	tu	a	cft-3	cft-3
1765	tu	a	cft-4	cft-4
1766	tu	a	cft-5	cft-5
1767	tu	a	cft-6	cft-6
1768	tu	a	cft-7	cft-7
1769	tu	a	bmc-net-adm	bmc-net-adm
1770	tu	a	bmc-net-svc	bmc-net-svc
1771	tu	a	vaultbase	vaultbase
1772	tu	a	essweb-gw	EssWeb Gateway
1773	tu	a	kmscontrol	KMSControl
1774	tu	a	global-dtserv	global-dtserv
1775	t	a	vdab	data interchange between visual processing containers
1775	u	r		Reserved
1776	tu	a	femis	Federal Emergency Management Information System
1777	tu	a	powerguardian	powerguardian
1778	tu	a	prodigy-intrnet	prodigy-internet
1779	tu	a	pharmasoft	pharmasoft
1780	tu	a	dpkeyserv	dpkeyserv
1781	tu	a	answersoft-lm	answersoft-lm
1782	tu	a	hp-hcip	hp-hcip
1783	*	u		Decomissioned Port 04/14/00, ms
1784	tu	a	finle-lm	Finle License Manager
1785	tu	a	windlm	Wind River Systems License Manager
1786	tu	a	funk-logger	funk-logger
1787	tu	a	funk-license	funk-license
1788	tu	a	psmond	psmond
1789	tu	a	hello	hello
1790	tu	a	nmsp	Narrative Media Streaming Protocol
1791	tu	a	ea1	EA1
1792	tu	a	ibm-dt-2	ibm-dt-2
1793	tu	a	rsc-robot	rsc-robot
1794	tu	a	cera-bcm	cera-bcm
1795	tu	a	dpi-proxy	dpi-proxy
1796	tu	a	vocaltec-admin	Vocaltec Server Administration
1797	tu	a	uma	UMA
1798	tu	a	etp	Event Transfer Protocol
1799	tu	a	netrisk	NETRISK
1800	tu	a	ansys-lm	ANSYS-License manager
1801	tu	a	msmq	Microsoft Message Que
1802	tu	a	concomp1	ConComp1
1803	tu	a	hp-hcip-gwy	HP-HCIP-GWY
1804	tu	a	enl	ENL
1805	tu	a	enl-name	ENL-Name
1806	tu	a	musiconline	Musiconline
1807	tu	a	fhsp	Fujitsu Hot Standby Protocol
1808	tu	a	oracle-vp2	Oracle-VP2
1809	tu	a	oracle-vp1	Oracle-VP1
1810	tu	a	jerand-lm	Jerand License Manager
1811	tu	a	scientia-sdb	Scientia-SDB
1812	tu	a	radius	RADIUS
1813	tu	a	radius-acct	RADIUS Accounting
1814	tu	a	tdp-suite	TDP Suite
1815	tu	a	mmpft	Manufacturing messaging protocol for factory transmission
1816	tu	a	harp	HARP
1817	tu	a	rkb-oscs	RKB-OSCS
1818	tu	a	etftp	Enhanced Trivial File Transfer Protocol
1819	tu	a	plato-lm	Plato License Manager
1820	tu	a	mcagent	mcagent
1821	tu	a	donnyworld	donnyworld
1822	tu	a	es-elmd	es-elmd
1823	tu	a	unisys-lm	Unisys Natural Language License Manager
1824	tu	a	metrics-pas	metrics-pas
1825	tu	a	direcpc-video	DirecPC Video
1826	tu	a	ardt	ARDT
1827	tu	a	asi	ASI
1828	tu	a	itm-mcell-u	itm-mcell-u
1829	tu	a	optika-emedia	Optika eMedia
1830	tu	a	net8-cman	Oracle Net8 CMan Admin
1831	tu	a	myrtle	Myrtle
1832	tu	a	tht-treasure	ThoughtTreasure
1833	tu	a	udpradio	udpradio
1834	tu	a	ardusuni	ARDUS Unicast
1835	tu	a	ardusmul	ARDUS Multicast
1836	tu	a	ste-smsc	ste-smsc
1837	tu	a	csoft1	csoft1
1838	tu	a	talnet	TALNET
1839	tu	a	netopia-vo1	netopia-vo1
1840	tu	a	netopia-vo2	netopia-vo2
1841	tu	a	netopia-vo3	netopia-vo3
1842	tu	a	netopia-vo4	netopia-vo4
1843	tu	a	netopia-vo5	netopia-vo5
1844	tu	a	direcpc-dll	DirecPC-DLL
1845	tu	a	altalink	altalink
1846	tu	a	tunstall-pnc	Tunstall PNC
1847	tu	a	slp-notify	SLP Notification
1848	tu	a	fjdocdist	fjdocdist
1849	tu	a	alpha-sms	ALPHA-SMS
1850	tu	a	gsi	GSI
1851	tu	a	ctcd	ctcd
1852	tu	a	virtual-time	Virtual Time
1853	tu	a	vids-avtp	VIDS-AVTP
1854	tu	a	buddy-draw	Buddy Draw
1855	tu	a	fiorano-rtrsvc	Fiorano RtrSvc
1856	tu	a	fiorano-msgsvc	Fiorano MsgSvc
1857	tu	a	datacaptor	DataCaptor
1858	tu	a	privateark	PrivateArk
1859	tu	a	gammafetchsvr	Gamma Fetcher Server
1860	tu	a	sunscalar-svc	SunSCALAR Services
1861	tu	a	lecroy-vicp	LeCroy VICP
1862	tu	a	mysql-cm-agent	MySQL Cluster Manager Agent
1863	tu	a	msnp	MSNP
1864	tu	a	paradym-31port	Paradym 31 Port
1865	tu	a	entp	ENTP
1866	tu	a	swrmi	swrmi
1867	tu	a	udrive	UDRIVE
1868	tu	a	viziblebrowser	VizibleBrowser
1869	tu	a	transact	TransAct
1870	tu	a	sunscalar-dns	SunSCALAR DNS Service
1871	tu	a	canocentral0	Cano Central 0
1872	tu	a	canocentral1	Cano Central 1
1873	tu	a	fjmpjps	Fjmpjps
1874	tu	a	fjswapsnp	Fjswapsnp
1875	tu	a	westell-stats	westell stats
1876	tu	a	ewcappsrv	ewcappsrv
1877	tu	a	hp-webqosdb	hp-webqosdb
1878	tu	a	drmsmc	drmsmc
1879	tu	a	nettgain-nms	NettGain NMS
1880	tu	a	vsat-control	Gilat VSAT Control
1881	tu	a	ibm-mqseries2	IBM WebSphere MQ Everyplace
1882	tu	a	ecsqdmn	CA eTrust Common Services
1883	tu	a	mqtt	Message Queuing Telemetry Transport Protocol
1884	tu	a	idmaps	Internet Distance Map Svc
1885	tu	a	vrtstrapserver	Veritas Trap Server
1886	tu	a	leoip	Leonardo over IP
1887	tu	a	filex-lport	FileX Listening Port
1888	tu	a	ncconfig	NC Config Port
1889	tu	a	unify-adapter	Unify Web Adapter Service
1890	tu	a	wilkenlistener	wilkenListener
1891	tu	a	childkey-notif	ChildKey Notification
1892	tu	a	childkey-ctrl	ChildKey Control
1893	tu	a	elad	ELAD Protocol
1894	tu	a	o2server-port	O2Server Port
1895	tu	u		unassigned	Microsoft (unoffically) using 1895
1896	tu	a	b-novative-ls	b-novative license server
1897	tu	a	metaagent	MetaAgent
1898	tu	a	cymtec-port	Cymtec secure management
1899	tu	a	mc2studios	MC2Studios
1900	tu	a	ssdp	SSDP
1901	tu	a	fjicl-tep-a	Fujitsu ICL Terminal Emulator Program A
1902	tu	a	fjicl-tep-b	Fujitsu ICL Terminal Emulator Program B
1903	tu	a	linkname	Local Link Name Resolution
1904	tu	a	fjicl-tep-c	Fujitsu ICL Terminal Emulator Program C
1905	tu	a	sugp	Secure UP.Link Gateway Protocol
1906	tu	a	tpmd	TPortMapperReq
1907	tu	a	intrastar	IntraSTAR
1908	tu	a	dawn	Dawn
1909	tu	a	global-wlink	Global World Link
1910	tu	a	ultrabac	UltraBac Software communications port
1911	tu	a	mtp	Starlight Networks Multimedia Transport Protocol
1912	tu	a	rhp-iibp	rhp-iibp
1913	tu	a	armadp	armadp
1914	tu	a	elm-momentum	Elm-Momentum
1915	tu	a	facelink	FACELINK
1916	tu	a	persona	Persoft Persona
1917	tu	a	noagent	nOAgent
1918	tu	a	can-nds	IBM Tivole Directory Service - NDS
1919	tu	a	can-dch	IBM Tivoli Directory Service - DCH
1920	tu	a	can-ferret	IBM Tivoli Directory Service - FERRET
1921	tu	a	noadmin	NoAdmin
1922	tu	a	tapestry	Tapestry
1923	tu	a	spice	SPICE
1924	tu	a	xiip	XIIP
1925	tu	a	discovery-port	Surrogate Discovery Port
1926	tu	a	egs	Evolution Game Server
1927	tu	a	videte-cipc	Videte CIPC Port
1928	tu	a	emsd-port	Expnd Maui Srvr Dscovr
1929	tu	a	bandwiz-system	Bandwiz System - Server
1930	tu	a	driveappserver	Drive AppServer
1931	tu	a	amdsched	AMD SCHED
1932	tu	a	ctt-broker	CTT Broker
1933	tu	a	xmapi	IBM LM MT Agent
1934	tu	a	xaapi	IBM LM Appl Agent
1935	t	a	macromedia-fcs	Macromedia Flash Communications Server MX
1935	u	a	macromedia-fcs	Macromedia Flash Communications server MX
1936	tu	a	jetcmeserver	JetCmeServer Server Port
1937	tu	a	jwserver	JetVWay Server Port
1938	tu	a	jwclient	JetVWay Client Port
1939	tu	a	jvserver	JetVision Server Port
1940	tu	a	jvclient	JetVision Client Port
1941	tu	a	dic-aida	DIC-Aida
1942	tu	a	res	Real Enterprise Service
1943	tu	a	beeyond-media	Beeyond Media
1944	tu	a	close-combat	close-combat
1945	tu	a	dialogic-elmd	dialogic-elmd
1946	tu	a	tekpls	tekpls
1947	tu	a	sentinelsrm	SentinelSRM		Unauthorized Use Known on port 1947
1948	tu	a	eye2eye	eye2eye
1949	tu	a	ismaeasdaqlive	ISMA Easdaq Live
1950	tu	a	ismaeasdaqtest	ISMA Easdaq Test
1951	tu	a	bcs-lmserver	bcs-lmserver
1952	tu	a	mpnjsc	mpnjsc
1953	tu	a	rapidbase	Rapid Base
1954	tu	a	abr-api	ABR-API (diskbridge)
1955	tu	a	abr-secure	ABR-Secure Data (diskbridge)
1956	tu	a	vrtl-vmf-ds	Vertel VMF DS
1957	tu	a	unix-status	unix-status
1958	tu	a	dxadmind	CA Administration Daemon
1959	tu	a	simp-all	SIMP Channel
1960	tu	a	nasmanager	Merit DAC NASmanager
1961	tu	a	bts-appserver	BTS APPSERVER
1962	tu	a	biap-mp	BIAP-MP
1963	tu	a	webmachine	WebMachine
1964	tu	a	solid-e-engine	SOLID E ENGINE
1965	tu	a	tivoli-npm	Tivoli NPM
1966	tu	a	slush	Slush
1967	tu	a	sns-quote	SNS Quote
1968	tu	a	lipsinc	LIPSinc
1969	tu	a	lipsinc1	LIPSinc 1
1970	tu	a	netop-rc	NetOp Remote Control
1971	tu	a	netop-school	NetOp School
1972	tu	a	intersys-cache	Cache
1973	tu	a	dlsrap	Data Link Switching Remote Access Protocol
1974	tu	a	drp	DRP
1975	tu	a	tcoflashagent	TCO Flash Agent
1976	tu	a	tcoregagent	TCO Reg Agent
1977	tu	a	tcoaddressbook	TCO Address Book
1978	tu	a	unisql	UniSQL
1979	tu	a	unisql-java	UniSQL Java
1980	tu	a	panquest-xact	PanQuest XACT
1981	tu	a	p2pq	p2pQ
1982	tu	a	estamp	Evidentiary Timestamp
1983	tu	a	lhtp	Loophole Test Protocol
1984	tu	a	bb	BB
1985	tu	a	hsrp	Hot Standby Router Protocol
1986	tu	a	licensedaemon	cisco license management
1987	tu	a	tr-rsrb-p1	cisco RSRB Priority 1 port
1988	tu	a	tr-rsrb-p2	cisco RSRB Priority 2 port
1989	tu	a	tr-rsrb-p3	cisco RSRB Priority 3 port
1989	tu	a	mshnet	MHSnet system	This entry records an unassigned but widespread use
1990	tu	a	stun-p1	cisco STUN Priority 1 port
1991	tu	a	stun-p2	cisco STUN Priority 2 port
1992	tu	a	stun-p3	cisco STUN Priority 3 port
1992	tu	a	ipsendmsg	IPsendmsg	This entry records an unassigned but widespread use
1993	tu	a	snmp-tcp-port	cisco SNMP TCP port
1994	tu	a	stun-port	cisco serial tunnel port
1995	tu	a	perf-port	cisco perf port
1996	tu	a	tr-rsrb-port	cisco Remote SRB port
1997	tu	a	gdp-port	cisco Gateway Discovery Protocol
1998	tu	a	x25-svc-port	cisco X.25 service (XOT)
1999	tu	a	tcp-id-port	cisco identification port
2000	t	a	cisco-sccp	Cisco SCCP
2000	u	a	cisco-sccp	Cisco SCCp
2001	t	a	dc	
2001	u	a	wizard	curry
2002	tu	a	globe	
2003	tu	a	brutus	Brutus Server
2004	t	a	mailbox	
2004	u	a	emce	CCWS mm conf
2005	t	a	berknet	
2005	u	a	oracle	
2006	t	a	invokator	
2006	u	a	raid-cd	raid
2007	t	a	dectalk	
2007	u	a	raid-am	
2008	t	a	conf	
2008	u	a	terminaldb	
2009	t	a	news	
2009	u	a	whosockami	
2010	t	a	search	
2010	u	a	pipe-server	IANA assigned this well-formed service name as a replacement for "pipe_server".
2010	u	a	pipe_server		This entry is an alias to "pipe-server". This entry is now historic, not usable for use with many common service discovery mechanisms.
2011	t	a	raid-cc	raid
2011	u	a	servserv	
2012	t	a	ttyinfo	
2012	u	a	raid-ac	
2013	t	a	raid-am	
2013	u	a	raid-cd	
2014	t	a	troff	
2014	u	a	raid-sf	
2015	t	a	cypress	
2015	u	a	raid-cs	
2016	tu	a	bootserver	
2017	t	a	cypress-stat	
2017	u	a	bootclient	
2018	t	a	terminaldb	
2018	u	a	rellpack	
2019	t	a	whosockami	
2019	u	a	about	
2020	tu	a	xinupageserver	
2021	t	a	servexec	
2021	u	a	xinuexpansion1	
2022	t	a	down	
2022	u	a	xinuexpansion2	
2023	tu	a	xinuexpansion3	
2024	tu	a	xinuexpansion4	
2025	t	a	ellpack	
2025	u	a	xribs	
2026	tu	a	scrabble	
2027	tu	a	shadowserver	
2028	tu	a	submitserver	
2029	tu	a	hsrpv6	Hot Standby Router Protocol IPv6
2030	tu	a	device2	
2031	tu	a	mobrien-chat	mobrien-chat
2032	tu	a	blackboard	
2033	tu	a	glogger	
2034	tu	a	scoremgr	
2035	tu	a	imsldoc	
2036	tu	a	e-dpnet	Ethernet WS DP network
2037	tu	a	applus	APplus Application Server	Formerly was P2plus Application Server	Unauthorized Use Known on port 2037
2038	tu	a	objectmanager	
2039	tu	a	prizma	Prizma Monitoring Service
2040	tu	a	lam	
2041	tu	a	interbase	
2042	tu	a	isis	isis
2043	tu	a	isis-bcast	isis-bcast
2044	tu	a	rimsl	
2045	tu	a	cdfunc	
2046	tu	a	sdfunc	
2047	tu	a	dls	
2048	tu	a	dls-monitor	
2049	tu	a	shilp		<== NOTE Conflict on 2049 !
2049	tu	a	nfs	Network File System - Sun Microsystems	Defined TXT keys: path=<path to mount point>
2049	s	a	nfs	Network File System	Defined TXT keys: path=<path to mount point>
2050	tu	a	av-emb-config	Avaya EMB Config Port
2051	tu	a	epnsdp	EPNSDP
2052	tu	a	clearvisn	clearVisn Services Port
2053	tu	a	lot105-ds-upd	Lot105 DSuper Updates
2054	tu	a	weblogin	Weblogin Port
2055	tu	a	iop	Iliad-Odyssey Protocol
2056	tu	a	omnisky	OmniSky Port
2057	tu	a	rich-cp	Rich Content Protocol
2058	tu	a	newwavesearch	NewWaveSearchables RMI
2059	tu	a	bmc-messaging	BMC Messaging Service
2060	tu	a	teleniumdaemon	Telenium Daemon IF
2061	tu	a	netmount	NetMount
2062	tu	a	icg-swp	ICG SWP Port
2063	tu	a	icg-bridge	ICG Bridge Port
2064	tu	a	icg-iprelay	ICG IP Relay Port
2065	tu	a	dlsrpn	Data Link Switch Read Port Number
2066	tu	a	aura	AVM USB Remote Architecture
2067	tu	a	dlswpn	Data Link Switch Write Port Number
2068	tu	a	avauthsrvprtcl	Avocent AuthSrv Protocol
2069	tu	a	event-port	HTTP Event Port
2070	tu	a	ah-esp-encap	AH and ESP Encapsulated in UDP packet
2071	tu	a	acp-port	Axon Control Protocol
2072	tu	a	msync	GlobeCast mSync
2073	tu	a	gxs-data-port	DataReel Database Socket
2074	tu	a	vrtl-vmf-sa	Vertel VMF SA
2075	tu	a	newlixengine	Newlix ServerWare Engine
2076	tu	a	newlixconfig	Newlix JSPConfig
2077	tu	a	tsrmagt	Old Tivoli Storage Manager
2078	tu	a	tpcsrvr	IBM Total Productivity Center Server
2079	tu	a	idware-router	IDWARE Router Port
2080	tu	a	autodesk-nlm	Autodesk NLM (FLEXlm)
2081	tu	a	kme-trap-port	KME PRINTER TRAP PORT
2082	tu	a	infowave	Infowave Mobility Server
2083	t	a	radsec	Secure Radius Service	The TCP port 2083 was already previously assigned by IANA for "RadSec", an early implementation of RADIUS/TLS, prior to issuance of this RFC. This early implementation can be configured to be compatible to RADIUS/TLS as specified by the IETF. See [RFC6614], Appendix A for details.
2083	u	a	radsec	Secure Radius Service	The UDP port 2083 was already previously assigned by IANA for "RadSec", an early implementation of RADIUS/TLS, prior to issuance of this RFC.
2084	tu	a	sunclustergeo	SunCluster Geographic
2085	tu	a	ada-cip	ADA Control
2086	tu	a	gnunet	GNUnet
2087	tu	a	eli	ELI - Event Logging Integration
2088	tu	a	ip-blf	IP Busy Lamp Field
2089	tu	a	sep	Security Encapsulation Protocol - SEP
2090	tu	a	lrp	Load Report Protocol
2091	tu	a	prp	PRP
2092	tu	a	descent3	Descent 3
2093	tu	a	nbx-cc	NBX CC
2094	tu	a	nbx-au	NBX AU
2095	tu	a	nbx-ser	NBX SER
2096	tu	a	nbx-dir	NBX DIR
2097	tu	a	jetformpreview	Jet Form Preview
2098	tu	a	dialog-port	Dialog Port
2099	tu	a	h2250-annex-g	H.225.0 Annex G Signalling
2100	tu	a	amiganetfs	Amiga Network Filesystem
2101	tu	a	rtcm-sc104	rtcm-sc104
2102	tu	a	zephyr-srv	Zephyr server
2103	tu	a	zephyr-clt	Zephyr serv-hm connection
2104	tu	a	zephyr-hm	Zephyr hostmanager
2105	tu	a	minipay	MiniPay
2106	tu	a	mzap	MZAP
2107	tu	a	bintec-admin	BinTec Admin
2108	tu	a	comcam	Comcam
2109	tu	a	ergolight	Ergolight
2110	tu	a	umsp	UMSP
2111	tu	a	dsatp	OPNET Dynamic Sampling Agent Transaction Protocol
2112	tu	a	idonix-metanet	Idonix MetaNet
2113	tu	a	hsl-storm	HSL StoRM
2114	tu	a	ariascribe	Classical Music Meta-Data Access and Enhancement
2115	tu	a	kdm	Key Distribution Manager
2116	tu	a	ccowcmr	CCOWCMR
2117	tu	a	mentaclient	MENTACLIENT
2118	tu	a	mentaserver	MENTASERVER
2119	tu	a	gsigatekeeper	GSIGATEKEEPER
2120	tu	a	qencp	Quick Eagle Networks CP
2121	tu	a	scientia-ssdb	SCIENTIA-SSDB
2122	tu	a	caupc-remote	CauPC Remote Control
2123	tu	a	gtp-control	GTP-Control Plane (3GPP)
2124	tu	a	elatelink	ELATELINK
2125	tu	a	lockstep	LOCKSTEP
2126	tu	a	pktcable-cops	PktCable-COPS
2127	tu	a	index-pc-wb	INDEX-PC-WB
2128	tu	a	net-steward	Net Steward Control
2129	tu	a	cs-live	cs-live.com
2130	tu	a	xds	XDS
2131	tu	a	avantageb2b	Avantageb2b
2132	tu	a	solera-epmap	SoleraTec End Point Map
2133	tu	a	zymed-zpp	ZYMED-ZPP
2134	tu	a	avenue	AVENUE
2135	tu	a	gris	Grid Resource Information Server
2136	tu	a	appworxsrv	APPWORXSRV
2137	tu	a	connect	CONNECT
2138	tu	a	unbind-cluster	UNBIND-CLUSTER
2139	tu	a	ias-auth	IAS-AUTH
2140	tu	a	ias-reg	IAS-REG
2141	tu	a	ias-admind	IAS-ADMIND
2142	tu	a	tdmoip	TDM OVER IP
2143	tu	a	lv-jc	Live Vault Job Control
2144	tu	a	lv-ffx	Live Vault Fast Object Transfer
2145	tu	a	lv-pici	Live Vault Remote Diagnostic Console Support
2146	tu	a	lv-not	Live Vault Admin Event Notification
2147	tu	a	lv-auth	Live Vault Authentication
2148	tu	a	veritas-ucl	VERITAS UNIVERSAL COMMUNICATION LAYER
2149	tu	a	acptsys	ACPTSYS
2150	tu	a	dynamic3d	DYNAMIC3D
2151	tu	a	docent	DOCENT
2152	tu	a	gtp-user	GTP-User Plane (3GPP)
2153	tu	a	ctlptc	Control Protocol
2154	tu	a	stdptc	Standard Protocol
2155	tu	a	brdptc	Bridge Protocol
2156	tu	a	trp	Talari Reliable Protocol
2157	tu	a	xnds	Xerox Network Document Scan Protocol
2158	tu	a	touchnetplus	TouchNetPlus Service
2159	tu	a	gdbremote	GDB Remote Debug Port
2160	tu	a	apc-2160	APC 2160
2161	tu	a	apc-2161	APC 2161
2162	tu	a	navisphere	Navisphere
2163	tu	a	navisphere-sec	Navisphere Secure
2164	tu	a	ddns-v3	Dynamic DNS Version 3
2165	tu	a	x-bone-api	X-Bone API
2166	tu	a	iwserver	iwserver
2167	tu	a	raw-serial	Raw Async Serial Link
2168	tu	a	easy-soft-mux	easy-soft Multiplexer
2169	tu	a	brain	Backbone for Academic Information Notification (BRAIN)
2170	tu	a	eyetv	EyeTV Server Port
2171	tu	a	msfw-storage	MS Firewall Storage
2172	tu	a	msfw-s-storage	MS Firewall SecureStorage
2173	tu	a	msfw-replica	MS Firewall Replication
2174	tu	a	msfw-array	MS Firewall Intra Array
2175	tu	a	airsync	Microsoft Desktop AirSync Protocol
2176	tu	a	rapi	Microsoft ActiveSync Remote API
2177	tu	a	qwave	qWAVE Bandwidth Estimate
2178	tu	a	bitspeer	Peer Services for BITS
2179	tu	a	vmrdp	Microsoft RDP for virtual machines
2180	tu	a	mc-gt-srv	Millicent Vendor Gateway Server
2181	tu	a	eforward	eforward
2182	tu	a	cgn-stat	CGN status
2183	tu	a	cgn-config	Code Green configuration
2184	tu	a	nvd	NVD User
2185	tu	a	onbase-dds	OnBase Distributed Disk Services
2186	tu	a	gtaua	Guy-Tek Automated Update Applications
2187	t	a	ssmc	Sepehr System Management Control
2187	u	a	ssmd	Sepehr System Management Data
2188	t	a	radware-rpm	Radware Resource Pool Manager
2188	u	r		Reserved
2189	t	a	radware-rpm-s	Secure Radware Resource Pool Manager
2189	u	r		Reserved
2190	tu	a	tivoconnect	TiVoConnect Beacon
2191	tu	a	tvbus	TvBus Messaging
2192	tu	a	asdis	ASDIS software management
2193	tu	a	drwcs	Dr.Web Enterprise Management Service
2194-2196	*	u		Unassigned		Unauthorized Use Known on ports 2194-2196
2197	tu	a	mnp-exchange	MNP data exchange
2198	tu	a	onehome-remote	OneHome Remote Access
2199	tu	a	onehome-help	OneHome Service Port
2200	tu	r		Reserved	This entry has been removed on 2019-07-05.
2201	tu	a	ats	Advanced Training System Program
2202	tu	a	imtc-map	Int. Multimedia Teleconferencing Cosortium
2203	tu	a	b2-runtime	b2 Runtime Protocol
2204	tu	a	b2-license	b2 License Server
2205	tu	a	jps	Java Presentation Server
2206	tu	a	hpocbus	HP OpenCall bus
2207	tu	a	hpssd	HP Status and Services
2208	tu	a	hpiod	HP I/O Backend
2209	tu	a	rimf-ps	HP RIM for Files Portal Service
2210	tu	a	noaaport	NOAAPORT Broadcast Network
2211	tu	a	emwin	EMWIN
2212	tu	a	leecoposserver	LeeCO POS Server Service
2213	tu	a	kali	Kali
2214	tu	a	rpi	RDQ Protocol Interface
2215	tu	a	ipcore	IPCore.co.za GPRS
2216	tu	a	vtu-comms	VTU data service
2217	tu	a	gotodevice	GoToDevice Device Management
2218	tu	a	bounzza	Bounzza IRC Proxy
2219	tu	a	netiq-ncap	NetIQ NCAP Protocol
2220	tu	a	netiq	NetIQ End2End
2221	t	a	ethernet-ip-s	EtherNet/IP over TLS
2221	u	a	ethernet-ip-s	EtherNet/IP over DTLS
2222	t	a	EtherNet-IP-1	EtherNet/IP I/O IANA assigned this well-formed service name as a replacement for "EtherNet/IP-1".	New contact added for port 2222 on 2008-02-01
2222	t	a	EtherNet/IP-1	EtherNet/IP I/O	New contact added for port 2222 on 2008-02-01 This entry is an alias to "EtherNet-IP-1". This entry is now historic, not usable for use with many common service discovery mechanisms.
2222	u	a	EtherNet-IP-1	EtherNet/IP I/O IANA assigned this well-formed service name as a replacement for "EtherNet/IP-1".	New contact added for port 2222 on 2008-02-01
2222	u	a	EtherNet/IP-1	EtherNet/IP I/O	New contact added for port 2222 on 2008-02-01 This entry is an alias to "EtherNet-IP-1". This entry is now historic, not usable for use with many common service discovery mechanisms.
2223	tu	a	rockwell-csp2	Rockwell CSP2
2224	tu	a	efi-mg	Easy Flexible Internet/Multiplayer Games
2225	t	a	rcip-itu	Resource Connection Initiation Protocol
2225	u	r		Reserved
2225	s	a	rcip-itu	Resource Connection Initiation Protocol
2226	tu	a	di-drm	Digital Instinct DRM
2227	tu	a	di-msg	DI Messaging Service
2228	tu	a	ehome-ms	eHome Message Server
2229	tu	a	datalens	DataLens Service
2230	tu	a	queueadm	MetaSoft Job Queue Administration Service
2231	tu	a	wimaxasncp	WiMAX ASN Control Plane Protocol
2232	tu	a	ivs-video	IVS Video default
2233	tu	a	infocrypt	INFOCRYPT
2234	tu	a	directplay	DirectPlay
2235	tu	a	sercomm-wlink	Sercomm-WLink
2236	tu	a	nani	Nani
2237	tu	a	optech-port1-lm	Optech Port1 License Manager
2238	tu	a	aviva-sna	AVIVA SNA SERVER
2239	tu	a	imagequery	Image Query
2240	tu	a	recipe	RECIPe
2241	tu	a	ivsd	IVS Daemon
2242	tu	a	foliocorp	Folio Remote Server
2243	tu	a	magicom	Magicom Protocol
2244	tu	a	nmsserver	NMS Server
2245	tu	a	hao	HaO
2246	tu	a	pc-mta-addrmap	PacketCable MTA Addr Map
2247	tu	a	antidotemgrsvr	Antidote Deployment Manager Service
2248	tu	a	ums	User Management Service
2249	tu	a	rfmp	RISO File Manager Protocol
2250	tu	a	remote-collab	remote-collab
2251	tu	a	dif-port	Distributed Framework Port
2252	tu	a	njenet-ssl	NJENET using SSL
2253	tu	a	dtv-chan-req	DTV Channel Request
2254	tu	a	seispoc	Seismic P.O.C. Port
2255	tu	a	vrtp	VRTP - ViRtue Transfer Protocol
2256	tu	a	pcc-mfp	PCC MFP
2257	tu	a	simple-tx-rx	simple text/file transfer
2258	tu	a	rcts	Rotorcraft Communications Test System
2259	tu	a	bid-serv	BIF identifiers resolution service
2260	tu	a	apc-2260	APC 2260
2261	tu	a	comotionmaster	CoMotion Master Server
2262	tu	a	comotionback	CoMotion Backup Server
2263	tu	a	ecwcfg	ECweb Configuration Service
2264	tu	a	apx500api-1	Audio Precision Apx500 API Port 1
2265	tu	a	apx500api-2	Audio Precision Apx500 API Port 2
2266	t	a	mfserver	M-Files Server
2266	u	a	mfserver	M-files Server
2267	tu	a	ontobroker	OntoBroker
2268	tu	a	amt	AMT
2269	tu	a	mikey	MIKEY
2270	tu	a	starschool	starSchool
2271	tu	a	mmcals	Secure Meeting Maker Scheduling
2272	tu	a	mmcal	Meeting Maker Scheduling
2273	tu	a	mysql-im	MySQL Instance Manager
2274	tu	a	pcttunnell	PCTTunneller
2275	tu	a	ibridge-data	iBridge Conferencing
2276	tu	a	ibridge-mgmt	iBridge Management
2277	tu	a	bluectrlproxy	Bt device control proxy
2278	tu	a	s3db	Simple Stacked Sequences Database
2279	tu	a	xmquery	xmquery
2280	tu	a	lnvpoller	LNVPOLLER
2281	tu	a	lnvconsole	LNVCONSOLE
2282	tu	a	lnvalarm	LNVALARM
2283	tu	a	lnvstatus	LNVSTATUS
2284	tu	a	lnvmaps	LNVMAPS
2285	tu	a	lnvmailmon	LNVMAILMON
2286	tu	a	nas-metering	NAS-Metering
2287	tu	a	dna	DNA
2288	tu	a	netml	NETML
2289	tu	a	dict-lookup	Lookup dict server
2290	tu	a	sonus-logging	Sonus Logging Services
2291	tu	a	eapsp	EPSON Advanced Printer Share Protocol
2292	tu	a	mib-streaming	Sonus Element Management Services
2293	tu	a	npdbgmngr	Network Platform Debug Manager
2294	tu	a	konshus-lm	Konshus License Manager (FLEX)
2295	tu	a	advant-lm	Advant License Manager
2296	tu	a	theta-lm	Theta License Manager (Rainbow)
2297	tu	a	d2k-datamover1	D2K DataMover 1
2298	tu	a	d2k-datamover2	D2K DataMover 2
2299	tu	a	pc-telecommute	PC Telecommute
2300	tu	a	cvmmon	CVMMON
2301	tu	a	cpq-wbem	Compaq HTTP
2302	tu	a	binderysupport	Bindery Support
2303	tu	a	proxy-gateway	Proxy Gateway
2304	tu	a	attachmate-uts	Attachmate UTS
2305	tu	a	mt-scaleserver	MT ScaleServer
2306	tu	a	tappi-boxnet	TAPPI BoxNet
2307	tu	a	pehelp	pehelp
2308	tu	a	sdhelp	sdhelp
2309	tu	a	sdserver	SD Server
2310	tu	a	sdclient	SD Client
2311	tu	a	messageservice	Message Service
2312	tu	a	wanscaler	WANScaler Communication Service
2313	tu	a	iapp	IAPP (Inter Access Point Protocol)
2314	tu	a	cr-websystems	CR WebSystems
2315	tu	a	precise-sft	Precise Sft.
2316	tu	a	sent-lm	SENT License Manager
2317	tu	a	attachmate-g32	Attachmate G32
2318	tu	a	cadencecontrol	Cadence Control
2319	tu	a	infolibria	InfoLibria
2320	tu	a	siebel-ns	Siebel NS
2321	tu	a	rdlap	RDLAP
2322	tu	a	ofsd	ofsd
2323	tu	a	3d-nfsd	3d-nfsd
2324	tu	a	cosmocall	Cosmocall
2325	tu	a	ansysli	ANSYS Licensing Interconnect	Modified: 27 October 2008
2326	tu	a	idcp	IDCP
2327	tu	a	xingcsm	xingcsm
2328	tu	a	netrix-sftm	Netrix SFTM
2329	tu	a	nvd	NVD
2330	tu	a	tscchat	TSCCHAT
2331	tu	a	agentview	AGENTVIEW
2332	tu	a	rcc-host	RCC Host
2333	tu	a	snapp	SNAPP
2334	tu	a	ace-client	ACE Client Auth
2335	tu	a	ace-proxy	ACE Proxy
2336	tu	a	appleugcontrol	Apple UG Control
2337	tu	a	ideesrv	ideesrv
2338	tu	a	norton-lambert	Norton Lambert
2339	tu	a	3com-webview	3Com WebView
2340	t	a	wrs-registry	WRS Registry IANA assigned this well-formed service name as a replacement for "wrs_registry".
2340	t	a	wrs_registry	WRS Registry	This entry is an alias to "wrs-registry". This entry is now historic, not usable for use with many common service discovery mechanisms.
2340	u	a	wrs-registry	WRS Registry IANA assigned this well-formed service name as a replacement for "wrs_registry".
2340	u	a	wrs_registry	WRS Registry	This entry is an alias to "wrs-registry". This entry is now historic, not usable for use with many common service discovery mechanisms.
2341	tu	a	xiostatus	XIO Status
2342	tu	a	manage-exec	Seagate Manage Exec
2343	tu	a	nati-logos	nati logos
2344	tu	a	fcmsys	fcmsys
2345	tu	a	dbm	dbm
2346	t	a	redstorm-join	Game Connection Port IANA assigned this well-formed service name as a replacement for "redstorm_join".
2346	t	a	redstorm_join	Game Connection Port	This entry is an alias to "redstorm-join". This entry is now historic, not usable for use with many common service discovery mechanisms.
2346	u	a	redstorm-join	Game Connection Port IANA assigned this well-formed service name as a replacement for "redstorm_join".
2346	u	a	redstorm_join	Game Connection Port	This entry is an alias to "redstorm-join". This entry is now historic, not usable for use with many common service discovery mechanisms.
2347	t	a	redstorm-find	Game Announcement and Location IANA assigned this well-formed service name as a replacement for "redstorm_find".
2347	t	a	redstorm_find	Game Announcement and Location	This entry is an alias to "redstorm-find". This entry is now historic, not usable for use with many common service discovery mechanisms.
2347	u	a	redstorm-find	Game Announcement and Location IANA assigned this well-formed service name as a replacement for "redstorm_find".
2347	u	a	redstorm_find	Game Announcement and Location	This entry is an alias to "redstorm-find". This entry is now historic, not usable for use with many common service discovery mechanisms.
2348	t	a	redstorm-info	Information to query for game status IANA assigned this well-formed service name as a replacement for "redstorm_info".
2348	t	a	redstorm_info	Information to query for game status	This entry is an alias to "redstorm-info". This entry is now historic, not usable for use with many common service discovery mechanisms.
2348	u	a	redstorm-info	Information to query for game status IANA assigned this well-formed service name as a replacement for "redstorm_info".
2348	u	a	redstorm_info	Information to query for game status	This entry is an alias to "redstorm-info". This entry is now historic, not usable for use with many common service discovery mechanisms.
2349	t	a	redstorm-diag	Diagnostics Port IANA assigned this well-formed service name as a replacement for "redstorm_diag".
2349	t	a	redstorm_diag	Diagnostics Port	This entry is an alias to "redstorm-diag". This entry is now historic, not usable for use with many common service discovery mechanisms.
2349	u	a	redstorm-diag	Diagnostics Port IANA assigned this well-formed service name as a replacement for "redstorm_diag".
2349	u	a	redstorm_diag	Diagnostics Port	This entry is an alias to "redstorm-diag". This entry is now historic, not usable for use with many common service discovery mechanisms.
2350	tu	a	psbserver	Pharos Booking Server
2351	tu	a	psrserver	psrserver
2352	tu	a	pslserver	pslserver
2353	tu	a	pspserver	pspserver
2354	tu	a	psprserver	psprserver
2355	tu	a	psdbserver	psdbserver
2356	tu	a	gxtelmd	GXT License Managemant
2357	tu	a	unihub-server	UniHub Server
2358	tu	a	futrix	Futrix
2359	tu	a	flukeserver	FlukeServer
2360	tu	a	nexstorindltd	NexstorIndLtd
2361	tu	a	tl1	TL1
2362	tu	a	digiman	digiman
2363	tu	a	mediacntrlnfsd	Media Central NFSD
2364	tu	a	oi-2000	OI-2000
2365	tu	a	dbref	dbref
2366	tu	a	qip-login	qip-login
2367	tu	a	service-ctrl	Service Control
2368	tu	a	opentable	OpenTable
2369	tu	a	bif-p2p	Blockchain Identifier InFrastructure P2P
2370	tu	a	l3-hbmon	L3-HBMon
2371	t	a	rda	Remote Device Access
2371	u	r		Reserved
2372	tu	a	lanmessenger	LanMessenger
2373	t	a	remographlm	Remograph License Manager
2373	u	r		Reserved
2374	t	a	hydra	Hydra RPC
2374	u	r		Reserved
2375	t	a	docker	Docker REST API (plain text)
2375	u	r		Reserved
2376	t	a	docker-s	Docker REST API (ssl)
2377	t	a	swarm	RPC interface for Docker Swarm
2377	u	r		Reserved
2378	t	r		Reserved
2378	u	a	dali	DALI lighting control
2379	t	a	etcd-client	etcd client communication
2379	u	r		Reserved
2380	t	a	etcd-server	etcd server to server communication
2380	u	r		Reserved
2381	tu	a	compaq-https	Compaq HTTPS
2382	tu	a	ms-olap3	Microsoft OLAP
2383	tu	a	ms-olap4	Microsoft OLAP
2384	t	a	sd-request	SD-REQUEST
2384	u	a	sd-capacity	SD-CAPACITY
2385	tu	a	sd-data	SD-DATA
2386	tu	a	virtualtape	Virtual Tape
2387	tu	a	vsamredirector	VSAM Redirector
2388	tu	a	mynahautostart	MYNAH AutoStart
2389	tu	a	ovsessionmgr	OpenView Session Mgr
2390	tu	a	rsmtp	RSMTP
2391	tu	a	3com-net-mgmt	3COM Net Management
2392	tu	a	tacticalauth	Tactical Auth
2393	tu	a	ms-olap1	MS OLAP 1
2394	tu	a	ms-olap2	MS OLAP 2
2395	t	a	lan900-remote	LAN900 Remote IANA assigned this well-formed service name as a replacement for "lan900_remote".
2395	t	a	lan900_remote	LAN900 Remote	This entry is an alias to "lan900-remote". This entry is now historic, not usable for use with many common service discovery mechanisms.
2395	u	a	lan900-remote	LAN900 Remote IANA assigned this well-formed service name as a replacement for "lan900_remote".
2395	u	a	lan900_remote	LAN900 Remote	This entry is an alias to "lan900-remote". This entry is now historic, not usable for use with many common service discovery mechanisms.
2396	tu	a	wusage	Wusage
2397	tu	a	ncl	NCL
2398	tu	a	orbiter	Orbiter
2399	tu	a	fmpro-fdal	FileMaker, Inc. - Data Access Layer
2400	tu	a	opequus-server	OpEquus Server
2401	tu	a	cvspserver	cvspserver
2402	tu	a	taskmaster2000	TaskMaster 2000 Server
2403	tu	a	taskmaster2000	TaskMaster 2000 Web
2404	tu	a	iec-104	IEC 60870-5-104 process control over IP
2405	tu	a	trc-netpoll	TRC Netpoll
2406	tu	a	jediserver	JediServer
2407	tu	a	orion	Orion
2408	t	a	railgun-webaccl	CloudFlare Railgun Web Acceleration Protocol
2408	u	r		Reserved	This entry is being removed on 2012-03-09.
2409	tu	a	sns-protocol	SNS Protocol
2410	tu	a	vrts-registry	VRTS Registry
2411	tu	a	netwave-ap-mgmt	Netwave AP Management
2412	tu	a	cdn	CDN
2413	tu	a	orion-rmi-reg	orion-rmi-reg
2414	tu	a	beeyond	Beeyond
2415	tu	a	codima-rtp	Codima Remote Transaction Protocol
2416	tu	a	rmtserver	RMT Server
2417	tu	a	composit-server	Composit Server
2418	tu	a	cas	cas
2419	tu	a	attachmate-s2s	Attachmate S2S
2420	tu	a	dslremote-mgmt	DSL Remote Management
2421	tu	a	g-talk	G-Talk
2422	tu	a	crmsbits	CRMSBITS
2423	tu	a	rnrp	RNRP
2424	tu	a	kofax-svr	KOFAX-SVR
2425	tu	a	fjitsuappmgr	Fujitsu App Manager
2426	tu	a	vcmp	VeloCloud MultiPath Protocol	This port was previously removed on 2002-04-29.
2427	tu	a	mgcp-gateway	Media Gateway Control Protocol Gateway
2428	tu	a	ott	One Way Trip Time
2429	tu	a	ft-role	FT-ROLE
2430	tu	a	venus	venus
2431	tu	a	venus-se	venus-se
2432	tu	a	codasrv	codasrv
2433	tu	a	codasrv-se	codasrv-se
2434	tu	a	pxc-epmap	pxc-epmap
2435	tu	a	optilogic	OptiLogic
2436	tu	a	topx	TOP/X
2437	tu	a	unicontrol	UniControl
2438	tu	a	msp	MSP
2439	tu	a	sybasedbsynch	SybaseDBSynch
2440	tu	a	spearway	Spearway Lockers
2441	tu	a	pvsw-inet	Pervasive I*net Data Server
2442	tu	a	netangel	Netangel
2443	tu	a	powerclientcsf	PowerClient Central Storage Facility
2444	tu	a	btpp2sectrans	BT PP2 Sectrans
2445	tu	a	dtn1	DTN1
2446	t	a	bues-service	bues_service IANA assigned this well-formed service name as a replacement for "bues_service".
2446	t	a	bues_service	bues_service	This entry is an alias to "bues-service". This entry is now historic, not usable for use with many common service discovery mechanisms.
2446	u	a	bues-service	bues_service IANA assigned this well-formed service name as a replacement for "bues_service".
2446	u	a	bues_service	bues_service	This entry is an alias to "bues-service". This entry is now historic, not usable for use with many common service discovery mechanisms.
2447	tu	a	ovwdb	OpenView NNM daemon
2448	tu	a	hpppssvr	hpppsvr
2449	tu	a	ratl	RATL
2450	tu	a	netadmin	netadmin
2451	tu	a	netchat	netchat
2452	tu	a	snifferclient	SnifferClient
2453	tu	a	madge-ltd	madge ltd
2454	tu	a	indx-dds	IndX-DDS
2455	tu	a	wago-io-system	WAGO-IO-SYSTEM
2456	tu	a	altav-remmgt	altav-remmgt
2457	tu	a	rapido-ip	Rapido_IP
2458	tu	a	griffin	griffin
2459	tu	a	xrpl	Community
2460	tu	a	ms-theater	ms-theater
2461	tu	a	qadmifoper	qadmifoper
2462	tu	a	qadmifevent	qadmifevent
2463	tu	a	lsi-raid-mgmt	LSI RAID Management
2464	tu	a	direcpc-si	DirecPC SI
2465	tu	a	lbm	Load Balance Management
2466	tu	a	lbf	Load Balance Forwarding
2467	tu	a	high-criteria	High Criteria
2468	tu	a	qip-msgd	qip_msgd
2469	tu	a	mti-tcs-comm	MTI-TCS-COMM
2470	tu	a	taskman-port	taskman port
2471	tu	a	seaodbc	SeaODBC
2472	tu	a	c3	C3
2473	tu	a	aker-cdp	Aker-cdp
2474	tu	a	vitalanalysis	Vital Analysis
2475	tu	a	ace-server	ACE Server
2476	tu	a	ace-svr-prop	ACE Server Propagation
2477	tu	a	ssm-cvs	SecurSight Certificate Valifation Service
2478	tu	a	ssm-cssps	SecurSight Authentication Server (SSL)
2479	tu	a	ssm-els	SecurSight Event Logging Server (SSL)
2480	tu	a	powerexchange	Informatica PowerExchange Listener
2481	tu	a	giop	Oracle GIOP
2482	tu	a	giop-ssl	Oracle GIOP SSL
2483	tu	a	ttc	Oracle TTC
2484	tu	a	ttc-ssl	Oracle TTC SSL
2485	tu	a	netobjects1	Net Objects1
2486	tu	a	netobjects2	Net Objects2
2487	tu	a	pns	Policy Notice Service
2488	tu	a	moy-corp	Moy Corporation
2489	tu	a	tsilb	TSILB
2490	tu	a	qip-qdhcp	qip_qdhcp
2491	tu	a	conclave-cpp	Conclave CPP
2492	tu	a	groove	GROOVE
2493	tu	a	talarian-mqs	Talarian MQS
2494	tu	a	bmc-ar	BMC AR
2495	tu	a	fast-rem-serv	Fast Remote Services
2496	tu	a	dirgis	DIRGIS
2497	tu	a	quaddb	Quad DB
2498	tu	a	odn-castraq	ODN-CasTraq
2499	tu	a	unicontrol	UniControl
2500	tu	a	rtsserv	Resource Tracking system server
2501	tu	a	rtsclient	Resource Tracking system client
2502	tu	a	kentrox-prot	Kentrox Protocol
2503	tu	a	nms-dpnss	NMS-DPNSS
2504	tu	a	wlbs	WLBS
2505	tu	a	ppcontrol	PowerPlay Control
2506	tu	a	jbroker	jbroker
2507	tu	a	spock	spock
2508	tu	a	jdatastore	JDataStore
2509	tu	a	fjmpss	fjmpss
2510	tu	a	fjappmgrbulk	fjappmgrbulk
2511	tu	a	metastorm	Metastorm
2512	tu	a	citrixima	Citrix IMA
2513	tu	a	citrixadmin	Citrix ADMIN
2514	tu	a	facsys-ntp	Facsys NTP
2515	tu	a	facsys-router	Facsys Router
2516	tu	a	maincontrol	Main Control
2517	tu	a	call-sig-trans	H.323 Annex E Call Control Signalling Transport
2518	tu	a	willy	Willy
2519	tu	a	globmsgsvc	globmsgsvc
2520	tu	a	pvsw	Pervasive Listener
2521	tu	a	adaptecmgr	Adaptec Manager
2522	tu	a	windb	WinDb
2523	tu	a	qke-llc-v3	Qke LLC V.3
2524	tu	a	optiwave-lm	Optiwave License Management
2525	tu	a	ms-v-worlds	MS V-Worlds
2526	tu	a	ema-sent-lm	EMA License Manager
2527	tu	a	iqserver	IQ Server
2528	t	a	ncr-ccl	NCR CCL IANA assigned this well-formed service name as a replacement for "ncr_ccl".
2528	t	a	ncr_ccl	NCR CCL	This entry is an alias to "ncr-ccl". This entry is now historic, not usable for use with many common service discovery mechanisms.
2528	u	a	ncr-ccl	NCR CCL IANA assigned this well-formed service name as a replacement for "ncr_ccl".
2528	u	a	ncr_ccl	NCR CCL	This entry is an alias to "ncr-ccl". This entry is now historic, not usable for use with many common service discovery mechanisms.
2529	tu	a	utsftp	UTS FTP
2530	tu	a	vrcommerce	VR Commerce
2531	tu	a	ito-e-gui	ITO-E GUI
2532	tu	a	ovtopmd	OVTOPMD
2533	tu	a	snifferserver	SnifferServer
2534	tu	a	combox-web-acc	Combox Web Access
2535	tu	a	madcap	MADCAP
2536	tu	a	btpp2audctr1	btpp2audctr1
2537	tu	a	upgrade	Upgrade Protocol
2538	tu	a	vnwk-prapi	vnwk-prapi
2539	tu	a	vsiadmin	VSI Admin
2540	tu	a	lonworks	LonWorks
2541	tu	a	lonworks2	LonWorks2
2542	tu	a	udrawgraph	uDraw(Graph)
2543	tu	a	reftek	REFTEK
2544	tu	a	novell-zen	Management Daemon Refresh
2545	tu	a	sis-emt	sis-emt
2546	tu	a	vytalvaultbrtp	vytalvaultbrtp
2547	tu	a	vytalvaultvsmp	vytalvaultvsmp
2548	tu	a	vytalvaultpipe	vytalvaultpipe
2549	tu	a	ipass	IPASS
2550	tu	a	ads	ADS
2551	tu	a	isg-uda-server	ISG UDA Server
2552	tu	a	call-logging	Call Logging
2553	tu	a	efidiningport	efidiningport
2554	tu	a	vcnet-link-v10	VCnet-Link v10
2555	tu	a	compaq-wcp	Compaq WCP
2556	tu	a	nicetec-nmsvc	nicetec-nmsvc
2557	tu	a	nicetec-mgmt	nicetec-mgmt
2558	tu	a	pclemultimedia	PCLE Multi Media
2559	tu	a	lstp	LSTP
2560	tu	a	labrat	labrat
2561	tu	a	mosaixcc	MosaixCC
2562	tu	a	delibo	Delibo
2563	tu	a	cti-redwood	CTI Redwood
2564	tu	a	hp-3000-telnet	HP 3000 NS/VT block mode telnet
2565	tu	a	coord-svr	Coordinator Server
2566	tu	a	pcs-pcw	pcs-pcw
2567	tu	a	clp	Cisco Line Protocol
2568	tu	a	spamtrap	SPAM TRAP
2569	tu	a	sonuscallsig	Sonus Call Signal
2570	tu	a	hs-port	HS Port
2571	tu	a	cecsvc	CECSVC
2572	tu	a	ibp	IBP
2573	tu	a	trustestablish	Trust Establish
2574	tu	a	blockade-bpsp	Blockade BPSP
2575	tu	a	hl7	HL7
2576	tu	a	tclprodebugger	TCL Pro Debugger
2577	tu	a	scipticslsrvr	Scriptics Lsrvr
2578	tu	a	rvs-isdn-dcp	RVS ISDN DCP
2579	tu	a	mpfoncl	mpfoncl
2580	tu	a	tributary	Tributary
2581	tu	a	argis-te	ARGIS TE
2582	tu	a	argis-ds	ARGIS DS
2583	tu	a	mon	MON
2584	tu	a	cyaserv	cyaserv
2585	tu	a	netx-server	NETX Server
2586	tu	a	netx-agent	NETX Agent
2587	tu	a	masc	MASC
2588	tu	a	privilege	Privilege
2589	tu	a	quartus-tcl	quartus tcl
2590	tu	a	idotdist	idotdist
2591	tu	a	maytagshuffle	Maytag Shuffle
2592	tu	a	netrek	netrek
2593	tu	a	mns-mail	MNS Mail Notice Service
2594	tu	a	dts	Data Base Server
2595	tu	a	worldfusion1	World Fusion 1
2596	tu	a	worldfusion2	World Fusion 2
2597	tu	a	homesteadglory	Homestead Glory
2598	tu	a	citriximaclient	Citrix MA Client
2599	tu	a	snapd	Snap Discovery
2600	tu	a	hpstgmgr	HPSTGMGR
2601	tu	a	discp-client	discp client
2602	tu	a	discp-server	discp server
2603	tu	a	servicemeter	Service Meter
2604	tu	a	nsc-ccs	NSC CCS
2605	tu	a	nsc-posa	NSC POSA
2606	tu	a	netmon	Dell Netmon
2607	tu	a	connection	Dell Connection
2608	tu	a	wag-service	Wag Service
2609	tu	a	system-monitor	System Monitor
2610	tu	a	versa-tek	VersaTek
2611	tu	a	lionhead	LIONHEAD
2612	tu	a	qpasa-agent	Qpasa Agent
2613	tu	a	smntubootstrap	SMNTUBootstrap
2614	tu	a	neveroffline	Never Offline
2615	tu	a	firepower	firepower
2616	tu	a	appswitch-emp	appswitch-emp
2617	tu	a	cmadmin	Clinical Context Managers
2618	tu	a	priority-e-com	Priority E-Com
2619	tu	a	bruce	bruce
2620	tu	a	lpsrecommender	LPSRecommender
2621	tu	a	miles-apart	Miles Apart Jukebox Server
2622	tu	a	metricadbc	MetricaDBC
2623	tu	a	lmdp	LMDP
2624	tu	a	aria	Aria
2625	tu	a	blwnkl-port	Blwnkl Port
2626	tu	a	gbjd816	gbjd816
2627	tu	a	moshebeeri	Moshe Beeri
2628	tu	a	dict	DICT
2629	tu	a	sitaraserver	Sitara Server
2630	tu	a	sitaramgmt	Sitara Management
2631	tu	a	sitaradir	Sitara Dir
2632	tu	a	irdg-post	IRdg Post
2633	tu	a	interintelli	InterIntelli
2634	tu	a	pk-electronics	PK Electronics
2635	tu	a	backburner	Back Burner
2636	tu	a	solve	Solve
2637	tu	a	imdocsvc	Import Document Service
2638	tu	a	sybaseanywhere	Sybase Anywhere
2639	tu	a	aminet	AMInet
2640	tu	a	ami-control	Alcorn McBride Inc protocol used for device control
2641	tu	a	hdl-srv	HDL Server
2642	tu	a	tragic	Tragic
2643	tu	a	gte-samp	GTE-SAMP
2644	tu	a	travsoft-ipx-t	Travsoft IPX Tunnel
2645	tu	a	novell-ipx-cmd	Novell IPX CMD
2646	tu	a	and-lm	AND License Manager
2647	tu	a	syncserver	SyncServer
2648	tu	a	upsnotifyprot	Upsnotifyprot
2649	tu	a	vpsipport	VPSIPPORT
2650	tu	a	eristwoguns	eristwoguns
2651	tu	a	ebinsite	EBInSite
2652	tu	a	interpathpanel	InterPathPanel
2653	tu	a	sonus	Sonus
2654	t	a	corel-vncadmin	Corel VNC Admin IANA assigned this well-formed service name as a replacement for "corel_vncadmin".
2654	t	a	corel_vncadmin	Corel VNC Admin	This entry is an alias to "corel-vncadmin". This entry is now historic, not usable for use with many common service discovery mechanisms.
2654	u	a	corel-vncadmin	Corel VNC Admin IANA assigned this well-formed service name as a replacement for "corel_vncadmin".
2654	u	a	corel_vncadmin	Corel VNC Admin	This entry is an alias to "corel-vncadmin". This entry is now historic, not usable for use with many common service discovery mechanisms.
2655	tu	a	unglue	UNIX Nt Glue
2656	tu	a	kana	Kana
2657	tu	a	sns-dispatcher	SNS Dispatcher
2658	tu	a	sns-admin	SNS Admin
2659	tu	a	sns-query	SNS Query
2660	tu	a	gcmonitor	GC Monitor
2661	tu	a	olhost	OLHOST
2662	tu	a	bintec-capi	BinTec-CAPI		Unauthorized Use Known on port 2662
2663	tu	a	bintec-tapi	BinTec-TAPI
2664	tu	a	patrol-mq-gm	Patrol for MQ GM
2665	tu	a	patrol-mq-nm	Patrol for MQ NM
2666	tu	a	extensis	extensis
2667	tu	a	alarm-clock-s	Alarm Clock Server
2668	tu	a	alarm-clock-c	Alarm Clock Client
2669	tu	a	toad	TOAD
2670	tu	a	tve-announce	TVE Announce
2671	tu	a	newlixreg	newlixreg
2672	tu	a	nhserver	nhserver
2673	tu	a	firstcall42	First Call 42
2674	tu	a	ewnn	ewnn
2675	tu	a	ttc-etap	TTC ETAP
2676	tu	a	simslink	SIMSLink
2677	tu	a	gadgetgate1way	Gadget Gate 1 Way
2678	tu	a	gadgetgate2way	Gadget Gate 2 Way
2679	tu	a	syncserverssl	Sync Server SSL
2680	tu	a	pxc-sapxom	pxc-sapxom
2681	tu	a	mpnjsomb	mpnjsomb
2682	*	u		Removed
2683	tu	a	ncdloadbalance	NCDLoadBalance
2684	tu	a	mpnjsosv	mpnjsosv
2685	tu	a	mpnjsocl	mpnjsocl
2686	tu	a	mpnjsomg	mpnjsomg
2687	tu	a	pq-lic-mgmt	pq-lic-mgmt
2688	tu	a	md-cg-http	md-cf-http
2689	tu	a	fastlynx	FastLynx
2690	tu	a	hp-nnm-data	HP NNM Embedded Database
2691	tu	a	itinternet	ITInternet ISM Server
2692	tu	a	admins-lms	Admins LMS
2693	tu	u		Unassigned	(Removed 2004-2-6)
2694	tu	a	pwrsevent	pwrsevent
2695	tu	a	vspread	VSPREAD
2696	tu	a	unifyadmin	Unify Admin
2697	tu	a	oce-snmp-trap	Oce SNMP Trap Port
2698	tu	a	mck-ivpip	MCK-IVPIP
2699	tu	a	csoft-plusclnt	Csoft Plus Client
2700	tu	a	tqdata	tqdata
2701	tu	a	sms-rcinfo	SMS RCINFO
2702	tu	a	sms-xfer	SMS XFER
2703	tu	a	sms-chat	SMS CHAT
2704	tu	a	sms-remctrl	SMS REMCTRL
2705	tu	a	sds-admin	SDS Admin
2706	tu	a	ncdmirroring	NCD Mirroring
2707	tu	a	emcsymapiport	EMCSYMAPIPORT
2708	tu	a	banyan-net	Banyan-Net
2709	tu	a	supermon	Supermon
2710	tu	a	sso-service	SSO Service
2711	tu	a	sso-control	SSO Control
2712	tu	a	aocp	Axapta Object Communication Protocol
2713	tu	a	raventbs	Raven Trinity Broker Service
2714	tu	a	raventdm	Raven Trinity Data Mover
2715	tu	a	hpstgmgr2	HPSTGMGR2
2716	tu	a	inova-ip-disco	Inova IP Disco
2717	tu	a	pn-requester	PN REQUESTER
2718	tu	a	pn-requester2	PN REQUESTER 2
2719	tu	a	scan-change	Scan & Change
2720	tu	a	wkars	wkars
2721	tu	a	smart-diagnose	Smart Diagnose
2722	tu	a	proactivesrvr	Proactive Server
2723	tu	a	watchdog-nt	WatchDog NT Protocol
2724	tu	a	qotps	qotps
2725	tu	a	msolap-ptp2	MSOLAP PTP2
2726	tu	a	tams	TAMS
2727	tu	a	mgcp-callagent	Media Gateway Control Protocol Call Agent
2728	tu	a	sqdr	SQDR
2729	tu	a	tcim-control	TCIM Control
2730	tu	a	nec-raidplus	NEC RaidPlus
2731	tu	a	fyre-messanger	Fyre Messanger
2732	tu	a	g5m	G5M
2733	tu	a	signet-ctf	Signet CTF
2734	tu	a	ccs-software	CCS Software
2735	tu	a	netiq-mc	NetIQ Monitor Console
2736	tu	a	radwiz-nms-srv	RADWIZ NMS SRV
2737	tu	a	srp-feedback	SRP Feedback
2738	tu	a	ndl-tcp-ois-gw	NDL TCP-OSI Gateway
2739	tu	a	tn-timing	TN Timing
2740	tu	a	alarm	Alarm
2741	tu	a	tsb	TSB
2742	tu	a	tsb2	TSB2
2743	tu	a	murx	murx
2744	tu	a	honyaku	honyaku
2745	tu	a	urbisnet	URBISNET
2746	tu	a	cpudpencap	CPUDPENCAP
2747	tu	a	fjippol-swrly	
2748	tu	a	fjippol-polsvr	
2749	tu	a	fjippol-cnsl	
2750	tu	a	fjippol-port1	
2751	tu	a	fjippol-port2	
2752	tu	a	rsisysaccess	RSISYS ACCESS
2753	tu	a	de-spot	de-spot
2754	tu	a	apollo-cc	APOLLO CC
2755	tu	a	expresspay	Express Pay
2756	tu	a	simplement-tie	simplement-tie
2757	tu	a	cnrp	CNRP
2758	tu	a	apollo-status	APOLLO Status
2759	tu	a	apollo-gms	APOLLO GMS
2760	tu	a	sabams	Saba MS
2761	tu	a	dicom-iscl	DICOM ISCL
2762	tu	a	dicom-tls	DICOM TLS
2763	tu	a	desktop-dna	Desktop DNA
2764	tu	a	data-insurance	Data Insurance
2765	tu	a	qip-audup	qip-audup
2766	tu	a	compaq-scp	Compaq SCP
2767	tu	a	uadtc	UADTC
2768	tu	a	uacs	UACS
2769	tu	a	exce	eXcE
2770	tu	a	veronica	Veronica
2771	tu	a	vergencecm	Vergence CM
2772	tu	a	auris	auris
2773	tu	a	rbakcup1	RBackup Remote Backup
2774	tu	a	rbakcup2	RBackup Remote Backup
2775	tu	a	smpp	SMPP
2776	tu	a	ridgeway1	Ridgeway Systems & Software
2777	tu	a	ridgeway2	Ridgeway Systems & Software
2778	tu	a	gwen-sonya	Gwen-Sonya
2779	tu	a	lbc-sync	LBC Sync
2780	tu	a	lbc-control	LBC Control
2781	tu	a	whosells	whosells
2782	tu	a	everydayrc	everydayrc
2783	tu	a	aises	AISES
2784	tu	a	www-dev	world wide web - development
2785	tu	a	aic-np	aic-np
2786	tu	a	aic-oncrpc	aic-oncrpc - Destiny MCD database
2787	tu	a	piccolo	piccolo - Cornerstone Software
2788	tu	a	fryeserv	NetWare Loadable Module - Seagate Software
2789	tu	a	media-agent	Media Agent
2790	tu	a	plgproxy	PLG Proxy
2791	tu	a	mtport-regist	MT Port Registrator
2792	tu	a	f5-globalsite	f5-globalsite
2793	tu	a	initlsmsad	initlsmsad
2794	tu	a	urp	Uniform Resource Platform
2795	tu	a	livestats	LiveStats
2796	tu	a	ac-tech	ac-tech
2797	tu	a	esp-encap	esp-encap
2798	tu	a	tmesis-upshot	TMESIS-UPShot
2799	tu	a	icon-discover	ICON Discover
2800	tu	a	acc-raid	ACC RAID
2801	tu	a	igcp	IGCP
2802	t	a	veritas-tcp1	Veritas TCP1
2802	u	a	veritas-udp1	Veritas UDP1
2803	tu	a	btprjctrl	btprjctrl
2804	tu	a	dvr-esm	March Networks Digital Video Recorders and Enterprise Service Manager products
2805	tu	a	wta-wsp-s	WTA WSP-S
2806	tu	a	cspuni	cspuni
2807	tu	a	cspmulti	cspmulti
2808	tu	a	j-lan-p	J-LAN-P
2809	tu	a	corbaloc	CORBA LOC
2810	tu	a	netsteward	Active Net Steward
2811	tu	a	gsiftp	GSI FTP
2812	tu	a	atmtcp	atmtcp
2813	tu	a	llm-pass	llm-pass
2814	tu	a	llm-csv	llm-csv
2815	tu	a	lbc-measure	LBC Measurement
2816	tu	a	lbc-watchdog	LBC Watchdog
2817	tu	a	nmsigport	NMSig Port
2818	tu	a	rmlnk	rmlnk
2819	tu	a	fc-faultnotify	FC Fault Notification
2820	tu	a	univision	UniVision
2821	tu	a	vrts-at-port	VERITAS Authentication Service
2822	tu	a	ka0wuc	ka0wuc
2823	tu	a	cqg-netlan	CQG Net/LAN
2824	t	a	cqg-netlan-1	CQG Net/LAN 1
2824	u	a	cqg-netlan-1	CQG Net/Lan 1
2825	*	u		(unassigned) Possibly assigned
2826	tu	a	slc-systemlog	slc systemlog
2827	tu	a	slc-ctrlrloops	slc ctrlrloops
2828	tu	a	itm-lm	ITM License Manager
2829	tu	a	silkp1	silkp1
2830	tu	a	silkp2	silkp2
2831	tu	a	silkp3	silkp3
2832	tu	a	silkp4	silkp4
2833	tu	a	glishd	glishd
2834	tu	a	evtp	EVTP
2835	tu	a	evtp-data	EVTP-DATA
2836	tu	a	catalyst	catalyst
2837	tu	a	repliweb	Repliweb
2838	tu	a	starbot	Starbot
2839	tu	a	nmsigport	NMSigPort
2840	tu	a	l3-exprt	l3-exprt
2841	tu	a	l3-ranger	l3-ranger
2842	tu	a	l3-hawk	l3-hawk
2843	tu	a	pdnet	PDnet
2844	tu	a	bpcp-poll	BPCP POLL
2845	tu	a	bpcp-trap	BPCP TRAP
2846	tu	a	aimpp-hello	AIMPP Hello
2847	tu	a	aimpp-port-req	AIMPP Port Req
2848	tu	a	amt-blc-port	AMT-BLC-PORT
2849	tu	a	fxp	FXP
2850	tu	a	metaconsole	MetaConsole
2851	tu	a	webemshttp	webemshttp
2852	tu	a	bears-01	bears-01
2853	tu	a	ispipes	ISPipes
2854	tu	a	infomover	InfoMover
2855	t	a	msrp	MSRP over TCP
2855	u	r		Reserved
2856	tu	a	cesdinv	cesdinv
2857	tu	a	simctlp	SimCtIP
2858	tu	a	ecnp	ECNP
2859	tu	a	activememory	Active Memory
2860	tu	a	dialpad-voice1	Dialpad Voice 1
2861	tu	a	dialpad-voice2	Dialpad Voice 2
2862	tu	a	ttg-protocol	TTG Protocol
2863	tu	a	sonardata	Sonar Data
2864	tu	a	astronova-main	main 5001 cmd
2865	tu	a	pit-vpn	pit-vpn
2866	tu	a	iwlistener	iwlistener
2867	tu	a	esps-portal	esps-portal
2868	tu	a	npep-messaging	Norman Proprietaqry Events Protocol
2869	tu	a	icslap	ICSLAP
2870	tu	a	daishi	daishi
2871	tu	a	msi-selectplay	MSI Select Play
2872	tu	a	radix	RADIX
2873	tu	a	psrt	PubSub Realtime Telemetry Protocol
2874	tu	a	dxmessagebase1	DX Message Base Transport Protocol
2875	tu	a	dxmessagebase2	DX Message Base Transport Protocol
2876	tu	a	sps-tunnel	SPS Tunnel
2877	tu	a	bluelance	BLUELANCE
2878	tu	a	aap	AAP
2879	tu	a	ucentric-ds	ucentric-ds
2880	tu	a	synapse	Synapse Transport
2881	tu	a	ndsp	NDSP
2882	tu	a	ndtp	NDTP
2883	tu	a	ndnp	NDNP
2884	tu	a	flashmsg	Flash Msg
2885	tu	a	topflow	TopFlow
2886	tu	a	responselogic	RESPONSELOGIC
2887	tu	a	aironetddp	aironet
2888	tu	a	spcsdlobby	SPCSDLOBBY
2889	tu	a	rsom	RSOM
2890	tu	a	cspclmulti	CSPCLMULTI
2891	tu	a	cinegrfx-elmd	CINEGRFX-ELMD License Manager
2892	tu	a	snifferdata	SNIFFERDATA
2893	tu	a	vseconnector	VSECONNECTOR
2894	tu	a	abacus-remote	ABACUS-REMOTE
2895	tu	a	natuslink	NATUS LINK
2896	tu	a	ecovisiong6-1	ECOVISIONG6-1
2897	tu	a	citrix-rtmp	Citrix RTMP
2898	tu	a	appliance-cfg	APPLIANCE-CFG
2899	tu	a	powergemplus	POWERGEMPLUS
2900	tu	a	quicksuite	QUICKSUITE
2901	tu	a	allstorcns	ALLSTORCNS
2902	tu	a	netaspi	NET ASPI
2903	tu	a	suitcase	SUITCASE
2904	tus	a	m2ua	M2UA
2905	t	a	m3ua	M3UA
2905	u	u		De-registered
2905	s	a	m3ua	M3UA
2906	tu	a	caller9	CALLER9
2907	tu	a	webmethods-b2b	WEBMETHODS B2B
2908	tu	a	mao	mao
2909	tu	a	funk-dialout	Funk Dialout
2910	tu	a	tdaccess	TDAccess
2911	tu	a	blockade	Blockade
2912	tu	a	epicon	Epicon
2913	tu	a	boosterware	Booster Ware
2914	tu	a	gamelobby	Game Lobby
2915	tu	a	tksocket	TK Socket
2916	t	a	elvin-server	Elvin Server IANA assigned this well-formed service name as a replacement for "elvin_server".
2916	t	a	elvin_server	Elvin Server	This entry is an alias to "elvin-server". This entry is now historic, not usable for use with many common service discovery mechanisms.
2916	u	a	elvin-server	Elvin Server IANA assigned this well-formed service name as a replacement for "elvin_server".
2916	u	a	elvin_server	Elvin Server	This entry is an alias to "elvin-server". This entry is now historic, not usable for use with many common service discovery mechanisms.
2917	t	a	elvin-client	Elvin Client IANA assigned this well-formed service name as a replacement for "elvin_client".
2917	t	a	elvin_client	Elvin Client	This entry is an alias to "elvin-client". This entry is now historic, not usable for use with many common service discovery mechanisms.
2917	u	a	elvin-client	Elvin Client IANA assigned this well-formed service name as a replacement for "elvin_client".
2917	u	a	elvin_client	Elvin Client	This entry is an alias to "elvin-client". This entry is now historic, not usable for use with many common service discovery mechanisms.
2918	tu	a	kastenchasepad	Kasten Chase Pad
2919	tu	a	roboer	roboER
2920	tu	a	roboeda	roboEDA
2921	tu	a	cesdcdman	CESD Contents Delivery Management
2922	tu	a	cesdcdtrn	CESD Contents Delivery Data Transfer
2923	tu	a	wta-wsp-wtp-s	WTA-WSP-WTP-S
2924	tu	a	precise-vip	PRECISE-VIP
2925	*	u		Unassigned (FRP-Released 12/7/00)
2926	tu	a	mobile-file-dl	MOBILE-FILE-DL
2927	tu	a	unimobilectrl	UNIMOBILECTRL
2928	tu	a	redstone-cpss	REDSTONE-CPSS
2929	tu	a	amx-webadmin	AMX-WEBADMIN
2930	tu	a	amx-weblinx	AMX-WEBLINX
2931	tu	a	circle-x	Circle-X
2932	tu	a	incp	INCP
2933	tu	a	4-tieropmgw	4-TIER OPM GW
2934	tu	a	4-tieropmcli	4-TIER OPM CLI
2935	tu	a	qtp	QTP
2936	tu	a	otpatch	OTPatch
2937	tu	a	pnaconsult-lm	PNACONSULT-LM
2938	tu	a	sm-pas-1	SM-PAS-1
2939	tu	a	sm-pas-2	SM-PAS-2
2940	tu	a	sm-pas-3	SM-PAS-3
2941	tu	a	sm-pas-4	SM-PAS-4
2942	tu	a	sm-pas-5	SM-PAS-5
2943	tu	a	ttnrepository	TTNRepository
2944	tu	a	megaco-h248	Megaco H-248
2944	s	a	megaco-h248	Megaco-H.248 text
2945	tu	a	h248-binary	H248 Binary
2945	s	a	h248-binary	Megaco/H.248 binary
2946	tu	a	fjsvmpor	FJSVmpor
2947	tu	a	gpsd	GPS Daemon request/response protocol
2948	tu	a	wap-push	WAP PUSH
2949	tu	a	wap-pushsecure	WAP PUSH SECURE
2950	tu	a	esip	ESIP
2951	tu	a	ottp	OTTP
2952	tu	a	mpfwsas	MPFWSAS
2953	tu	a	ovalarmsrv	OVALARMSRV
2954	tu	a	ovalarmsrv-cmd	OVALARMSRV-CMD
2955	tu	a	csnotify	CSNOTIFY
2956	tu	a	ovrimosdbman	OVRIMOSDBMAN
2957	tu	a	jmact5	JAMCT5
2958	tu	a	jmact6	JAMCT6
2959	tu	a	rmopagt	RMOPAGT
2960	tu	a	dfoxserver	DFOXSERVER
2961	tu	a	boldsoft-lm	BOLDSOFT-LM
2962	tu	a	iph-policy-cli	IPH-POLICY-CLI
2963	tu	a	iph-policy-adm	IPH-POLICY-ADM
2964	tu	a	bullant-srap	BULLANT SRAP
2965	tu	a	bullant-rap	BULLANT RAP
2966	tu	a	idp-infotrieve	IDP-INFOTRIEVE
2967	tu	a	ssc-agent	SSC-AGENT
2968	tu	a	enpp	ENPP
2969	tu	a	essp	ESSP
2970	tu	a	index-net	INDEX-NET
2971	tu	a	netclip	NetClip clipboard daemon
2972	tu	a	pmsm-webrctl	PMSM Webrctl
2973	tu	a	svnetworks	SV Networks
2974	tu	a	signal	Signal
2975	tu	a	fjmpcm	Fujitsu Configuration Management Service
2976	tu	a	cns-srv-port	CNS Server Port
2977	tu	a	ttc-etap-ns	TTCs Enterprise Test Access Protocol - NS
2978	tu	a	ttc-etap-ds	TTCs Enterprise Test Access Protocol - DS
2979	tu	a	h263-video	H.263 Video Streaming
2980	tu	a	wimd	Instant Messaging Service
2981	tu	a	mylxamport	MYLXAMPORT
2982	tu	a	iwb-whiteboard	IWB-WHITEBOARD
2983	tu	a	netplan	NETPLAN
2984	tu	a	hpidsadmin	HPIDSADMIN
2985	tu	a	hpidsagent	HPIDSAGENT
2986	tu	a	stonefalls	STONEFALLS
2987	tu	a	identify	identify
2988	tu	a	hippad	HIPPA Reporting Protocol
2989	tu	a	zarkov	ZARKOV Intelligent Agent Communication
2990	tu	a	boscap	BOSCAP
2991	tu	a	wkstn-mon	WKSTN-MON
2992	tu	a	avenyo	Avenyo Server
2993	tu	a	veritas-vis1	VERITAS VIS1
2994	tu	a	veritas-vis2	VERITAS VIS2
2995	tu	a	idrs	IDRS
2996	tu	a	vsixml	vsixml
2997	tu	a	rebol	REBOL
2998	tu	a	realsecure	Real Secure
2999	tu	a	remoteware-un	RemoteWare Unassigned
3000	tu	a	hbci	HBCI
3000	tu	a	remoteware-cl	RemoteWare Client	This entry records an unassigned but widespread use
3001	t	a	origo-native	OrigoDB Server Native Interface	port 3001 previously "Removed on 2006-05-25"
3001	u	r		Reserved	port 3001 previously "Removed on 2006-05-25"
3002	tu	a	exlm-agent	EXLM Agent
3002	tu	a	remoteware-srv	RemoteWare Server	This entry records an unassigned but widespread use
3003	tu	a	cgms	CGMS
3004	tu	a	csoftragent	Csoft Agent
3005	tu	a	geniuslm	Genius License Manager
3006	tu	a	ii-admin	Instant Internet Admin
3007	tu	a	lotusmtap	Lotus Mail Tracking Agent Protocol
3008	tu	a	midnight-tech	Midnight Technologies
3009	tu	a	pxc-ntfy	PXC-NTFY
3010	t	a	gw	Telerate Workstation
3010	u	a	ping-pong	Telerate Workstation
3011	tu	a	trusted-web	Trusted Web
3012	tu	a	twsdss	Trusted Web Client
3013	tu	a	gilatskysurfer	Gilat Sky Surfer
3014	t	a	broker-service	Broker Service IANA assigned this well-formed service name as a replacement for "broker_service".
3014	t	a	broker_service	Broker Service	This entry is an alias to "broker-service". This entry is now historic, not usable for use with many common service discovery mechanisms.
3014	u	a	broker-service	Broker Service IANA assigned this well-formed service name as a replacement for "broker_service".
3014	u	a	broker_service	Broker Service	This entry is an alias to "broker-service". This entry is now historic, not usable for use with many common service discovery mechanisms.
3015	tu	a	nati-dstp	NATI DSTP
3016	t	a	notify-srvr	Notify Server IANA assigned this well-formed service name as a replacement for "notify_srvr".
3016	t	a	notify_srvr	Notify Server	This entry is an alias to "notify-srvr". This entry is now historic, not usable for use with many common service discovery mechanisms.
3016	u	a	notify-srvr	Notify Server IANA assigned this well-formed service name as a replacement for "notify_srvr".
3016	u	a	notify_srvr	Notify Server	This entry is an alias to "notify-srvr". This entry is now historic, not usable for use with many common service discovery mechanisms.
3017	t	a	event-listener	Event Listener IANA assigned this well-formed service name as a replacement for "event_listener".
3017	t	a	event_listener	Event Listener	This entry is an alias to "event-listener". This entry is now historic, not usable for use with many common service discovery mechanisms.
3017	u	a	event-listener	Event Listener IANA assigned this well-formed service name as a replacement for "event_listener".
3017	u	a	event_listener	Event Listener	This entry is an alias to "event-listener". This entry is now historic, not usable for use with many common service discovery mechanisms.
3018	t	a	srvc-registry	Service Registry IANA assigned this well-formed service name as a replacement for "srvc_registry".
3018	t	a	srvc_registry	Service Registry	This entry is an alias to "srvc-registry". This entry is now historic, not usable for use with many common service discovery mechanisms.
3018	u	a	srvc-registry	Service Registry IANA assigned this well-formed service name as a replacement for "srvc_registry".
3018	u	a	srvc_registry	Service Registry	This entry is an alias to "srvc-registry". This entry is now historic, not usable for use with many common service discovery mechanisms.
3019	t	a	resource-mgr	Resource Manager IANA assigned this well-formed service name as a replacement for "resource_mgr".
3019	t	a	resource_mgr	Resource Manager	This entry is an alias to "resource-mgr". This entry is now historic, not usable for use with many common service discovery mechanisms.
3019	u	a	resource-mgr	Resource Manager IANA assigned this well-formed service name as a replacement for "resource_mgr".
3019	u	a	resource_mgr	Resource Manager	This entry is an alias to "resource-mgr". This entry is now historic, not usable for use with many common service discovery mechanisms.
3020	tu	a	cifs	CIFS
3021	tu	a	agriserver	AGRI Server
3022	tu	a	csregagent	CSREGAGENT
3023	tu	a	magicnotes	magicnotes
3024	t	a	nds-sso	NDS_SSO IANA assigned this well-formed service name as a replacement for "nds_sso".
3024	t	a	nds_sso	NDS_SSO	This entry is an alias to "nds-sso". This entry is now historic, not usable for use with many common service discovery mechanisms.
3024	u	a	nds-sso	NDS_SSO IANA assigned this well-formed service name as a replacement for "nds_sso".
3024	u	a	nds_sso	NDS_SSO	This entry is an alias to "nds-sso". This entry is now historic, not usable for use with many common service discovery mechanisms.
3025	tu	a	arepa-raft	Arepa Raft
3026	tu	a	agri-gateway	AGRI Gateway
3027	t	a	LiebDevMgmt-C	LiebDevMgmt_C IANA assigned this well-formed service name as a replacement for "LiebDevMgmt_C".
3027	t	a	LiebDevMgmt_C	LiebDevMgmt_C	This entry is an alias to "LiebDevMgmt-C". This entry is now historic, not usable for use with many common service discovery mechanisms.
3027	u	a	LiebDevMgmt-C	LiebDevMgmt_C IANA assigned this well-formed service name as a replacement for "LiebDevMgmt_C".
3027	u	a	LiebDevMgmt_C	LiebDevMgmt_C	This entry is an alias to "LiebDevMgmt-C". This entry is now historic, not usable for use with many common service discovery mechanisms.
3028	t	a	LiebDevMgmt-DM	LiebDevMgmt_DM IANA assigned this well-formed service name as a replacement for "LiebDevMgmt_DM".
3028	t	a	LiebDevMgmt_DM	LiebDevMgmt_DM	This entry is an alias to "LiebDevMgmt-DM". This entry is now historic, not usable for use with many common service discovery mechanisms.
3028	u	a	LiebDevMgmt-DM	LiebDevMgmt_DM IANA assigned this well-formed service name as a replacement for "LiebDevMgmt_DM".
3028	u	a	LiebDevMgmt_DM	LiebDevMgmt_DM	This entry is an alias to "LiebDevMgmt-DM". This entry is now historic, not usable for use with many common service discovery mechanisms.
3029	t	a	LiebDevMgmt-A	LiebDevMgmt_A IANA assigned this well-formed service name as a replacement for "LiebDevMgmt_A".
3029	t	a	LiebDevMgmt_A	LiebDevMgmt_A	This entry is an alias to "LiebDevMgmt-A". This entry is now historic, not usable for use with many common service discovery mechanisms.
3029	u	a	LiebDevMgmt-A	LiebDevMgmt_A IANA assigned this well-formed service name as a replacement for "LiebDevMgmt_A".
3029	u	a	LiebDevMgmt_A	LiebDevMgmt_A	This entry is an alias to "LiebDevMgmt-A". This entry is now historic, not usable for use with many common service discovery mechanisms.
3030	tu	a	arepa-cas	Arepa Cas
3031	tu	a	eppc	Remote AppleEvents/PPC Toolbox
3032	tu	a	redwood-chat	Redwood Chat
3033	tu	a	pdb	PDB
3034	tu	a	osmosis-aeea	Osmosis / Helix (R) AEEA Port
3035	tu	a	fjsv-gssagt	FJSV gssagt
3036	tu	a	hagel-dump	Hagel DUMP
3037	tu	a	hp-san-mgmt	HP SAN Mgmt
3038	tu	a	santak-ups	Santak UPS
3039	tu	a	cogitate	Cogitate, Inc.
3040	tu	a	tomato-springs	Tomato Springs
3041	tu	a	di-traceware	di-traceware
3042	tu	a	journee	journee
3043	tu	a	brp	Broadcast Routing Protocol
3044	tu	a	epp	EndPoint Protocol
3045	tu	a	responsenet	ResponseNet
3046	tu	a	di-ase	di-ase
3047	tu	a	hlserver	Fast Security HL Server
3048	tu	a	pctrader	Sierra Net PC Trader
3049	tu	a	nsws	NSWS
3050	t	a	gds-db	gds_db IANA assigned this well-formed service name as a replacement for "gds_db".
3050	t	a	gds_db	gds_db	This entry is an alias to "gds-db". This entry is now historic, not usable for use with many common service discovery mechanisms.
3050	u	a	gds-db	gds_db IANA assigned this well-formed service name as a replacement for "gds_db".
3050	u	a	gds_db	gds_db	This entry is an alias to "gds-db". This entry is now historic, not usable for use with many common service discovery mechanisms.
3051	tu	a	galaxy-server	Galaxy Server
3052	tu	a	apc-3052	APC 3052
3053	tu	a	dsom-server	dsom-server
3054	tu	a	amt-cnf-prot	AMT CNF PROT
3055	tu	a	policyserver	Policy Server
3056	tu	a	cdl-server	CDL Server
3057	tu	a	goahead-fldup	GoAhead FldUp
3058	tu	a	videobeans	videobeans
3059	tu	a	qsoft	qsoft
3060	tu	a	interserver	interserver		Known Unauthorized Use on port 3060
3061	tu	a	cautcpd	cautcpd
3062	tu	a	ncacn-ip-tcp	ncacn-ip-tcp
3063	tu	a	ncadg-ip-udp	ncadg-ip-udp
3064	tu	a	rprt	Remote Port Redirector
3065	tu	a	slinterbase	slinterbase
3066	tu	a	netattachsdmp	NETATTACHSDMP
3067	tu	a	fjhpjp	FJHPJP
3068	tu	a	ls3bcast	ls3 Broadcast
3069	tu	a	ls3	ls3
3070	tu	a	mgxswitch	MGXSWITCH
3071	t	a	xplat-replicate	Crossplatform replication protocol
3071	u	r		Reserved
3072	tu	a	csd-monitor	ContinuStor Monitor Port
3073	tu	a	vcrp	Very simple chatroom prot
3074	tu	a	xbox	Xbox game port
3075	tu	a	orbix-locator	Orbix 2000 Locator
3076	tu	a	orbix-config	Orbix 2000 Config
3077	tu	a	orbix-loc-ssl	Orbix 2000 Locator SSL
3078	tu	a	orbix-cfg-ssl	Orbix 2000 Locator SSL
3079	tu	a	lv-frontpanel	LV Front Panel
3080	t	a	stm-pproc	stm_pproc IANA assigned this well-formed service name as a replacement for "stm_pproc".
3080	t	a	stm_pproc	stm_pproc	This entry is an alias to "stm-pproc". This entry is now historic, not usable for use with many common service discovery mechanisms.
3080	u	a	stm-pproc	stm_pproc IANA assigned this well-formed service name as a replacement for "stm_pproc".
3080	u	a	stm_pproc	stm_pproc	This entry is an alias to "stm-pproc". This entry is now historic, not usable for use with many common service discovery mechanisms.
3081	tu	a	tl1-lv	TL1-LV
3082	tu	a	tl1-raw	TL1-RAW
3083	tu	a	tl1-telnet	TL1-TELNET
3084	tu	a	itm-mccs	ITM-MCCS
3085	tu	a	pcihreq	PCIHReq
3086	tu	a	jdl-dbkitchen	JDL-DBKitchen
3087	tu	a	asoki-sma	Asoki SMA
3088	tu	a	xdtp	eXtensible Data Transfer Protocol
3089	tu	a	ptk-alink	ParaTek Agent Linking
3090	tu	a	stss	Senforce Session Services
3091	tu	a	1ci-smcs	1Ci Server Management
3092	*	u		Unassigned
3093	tu	a	rapidmq-center	Jiiva RapidMQ Center
3094	tu	a	rapidmq-reg	Jiiva RapidMQ Registry
3095	tu	a	panasas	Panasas rendezvous port
3096	tu	a	ndl-aps	Active Print Server Port
3097	tu	r		Reserved
3097	s	a	itu-bicc-stc	ITU-T Q.1902.1/Q.2150.3
3098	tu	a	umm-port	Universal Message Manager
3099	tu	a	chmd	CHIPSY Machine Daemon
3100	tu	a	opcon-xps	OpCon/xps
3101	tu	a	hp-pxpib	HP PolicyXpert PIB Server
3102	tu	a	slslavemon	SoftlinK Slave Mon Port
3103	tu	a	autocuesmi	Autocue SMI Protocol
3104	t	a	autocuelog	Autocue Logger Protocol
3104	u	a	autocuetime	Autocue Time Service
3105	tu	a	cardbox	Cardbox
3106	tu	a	cardbox-http	Cardbox HTTP
3107	tu	a	business	Business protocol
3108	tu	a	geolocate	Geolocate protocol
3109	tu	a	personnel	Personnel protocol
3110	tu	a	sim-control	simulator control port
3111	tu	a	wsynch	Web Synchronous Services
3112	tu	a	ksysguard	KDE System Guard
3113	tu	a	cs-auth-svr	CS-Authenticate Svr Port
3114	tu	a	ccmad	CCM AutoDiscover
3115	tu	a	mctet-master	MCTET Master
3116	tu	a	mctet-gateway	MCTET Gateway
3117	tu	a	mctet-jserv	MCTET Jserv
3118	tu	a	pkagent	PKAgent
3119	tu	a	d2000kernel	D2000 Kernel Port
3120	tu	a	d2000webserver	D2000 Webserver Port
3121	t	a	pcmk-remote	The pacemaker remote (pcmk-remote) service extends high availability functionality outside of the Linux cluster into remote nodes.	port 3121 previously noted "Removed on 2003-09-17"
3121	u	r		Reserved	port 3121 previously noted "Removed on 2003-09-17"
3122	tu	a	vtr-emulator	MTI VTR Emulator port
3123	tu	a	edix	EDI Translation Protocol
3124	tu	a	beacon-port	Beacon Port
3125	tu	a	a13-an	A13-AN Interface
3126	*	u		Unassigned
3127	tu	a	ctx-bridge	CTX Bridge Port
3128	tu	a	ndl-aas	Active API Server Port
3129	tu	a	netport-id	NetPort Discovery Port
3130	tu	a	icpv2	ICPv2
3131	tu	a	netbookmark	Net Book Mark		Known Unauthorized Use on port 3131
3132	tu	a	ms-rule-engine	Microsoft Business Rule Engine Update Service
3133	tu	a	prism-deploy	Prism Deploy User Port
3134	tu	a	ecp	Extensible Code Protocol
3135	tu	a	peerbook-port	PeerBook Port
3136	tu	a	grubd	Grub Server Port
3137	tu	a	rtnt-1	rtnt-1 data packets
3138	tu	a	rtnt-2	rtnt-2 data packets
3139	tu	a	incognitorv	Incognito Rendez-Vous
3140	tu	a	ariliamulti	Arilia Multiplexor
3141	tu	a	vmodem	VMODEM
3142	tu	a	rdc-wh-eos	RDC WH EOS
3143	tu	a	seaview	Sea View
3144	tu	a	tarantella	Tarantella
3145	tu	a	csi-lfap	CSI-LFAP		Known UNAUTHORIZED USE: port 3145
3146	tu	a	bears-02	bears-02
3147	tu	a	rfio	RFIO
3148	tu	a	nm-game-admin	NetMike Game Administrator
3149	tu	a	nm-game-server	NetMike Game Server
3150	tu	a	nm-asses-admin	NetMike Assessor Administrator
3151	tu	a	nm-assessor	NetMike Assessor
3152	tu	a	feitianrockey	FeiTian Port
3153	tu	a	s8-client-port	S8Cargo Client Port
3154	tu	a	ccmrmi	ON RMI Registry
3155	tu	a	jpegmpeg	JpegMpeg Port
3156	tu	a	indura	Indura Collector
3157	tu	a	lsa-comm	LSA Communicator
3158	tu	a	stvp	SmashTV Protocol
3159	tu	a	navegaweb-port	NavegaWeb Tarification
3160	tu	a	tip-app-server	TIP Application Server
3161	tu	a	doc1lm	DOC1 License Manager
3162	tu	a	sflm	SFLM
3163	tu	a	res-sap	RES-SAP
3164	tu	a	imprs	IMPRS
3165	tu	a	newgenpay	Newgenpay Engine Service
3166	tu	a	sossecollector	Quest Spotlight Out-Of-Process Collector
3167	tu	a	nowcontact	Now Contact Public Server
3168	tu	a	poweronnud	Now Up-to-Date Public Server
3169	tu	a	serverview-as	SERVERVIEW-AS
3170	tu	a	serverview-asn	SERVERVIEW-ASN
3171	tu	a	serverview-gf	SERVERVIEW-GF
3172	tu	a	serverview-rm	SERVERVIEW-RM
3173	tu	a	serverview-icc	SERVERVIEW-ICC
3174	tu	a	armi-server	ARMI Server
3175	tu	a	t1-e1-over-ip	T1_E1_Over_IP
3176	tu	a	ars-master	ARS Master
3177	tu	a	phonex-port	Phonex Protocol
3178	tu	a	radclientport	Radiance UltraEdge Port
3179	tu	a	h2gf-w-2m	H2GF W.2m Handover prot.
3180	tu	a	mc-brk-srv	Millicent Broker Server
3181	tu	a	bmcpatrolagent	BMC Patrol Agent
3182	tu	a	bmcpatrolrnvu	BMC Patrol Rendezvous
3183	tu	a	cops-tls	COPS/TLS
3184	tu	a	apogeex-port	ApogeeX Port
3185	tu	a	smpppd	SuSE Meta PPPD
3186	tu	a	iiw-port	IIW Monitor User Port
3187	tu	a	odi-port	Open Design Listen Port
3188	tu	a	brcm-comm-port	Broadcom Port
3189	tu	a	pcle-infex	Pinnacle Sys InfEx Port
3190	tu	a	csvr-proxy	ConServR Proxy
3191	tu	a	csvr-sslproxy	ConServR SSL Proxy
3192	tu	a	firemonrcc	FireMon Revision Control
3193	tu	a	spandataport	SpanDataPort
3194	tu	a	magbind	Rockstorm MAG protocol
3195	tu	a	ncu-1	Network Control Unit
3196	tu	a	ncu-2	Network Control Unit
3197	tu	a	embrace-dp-s	Embrace Device Protocol Server
3198	tu	a	embrace-dp-c	Embrace Device Protocol Client
3199	tu	a	dmod-workspace	DMOD WorkSpace
3200	tu	a	tick-port	Press-sense Tick Port
3201	tu	a	cpq-tasksmart	CPQ-TaskSmart
3202	tu	a	intraintra	IntraIntra
3203	tu	a	netwatcher-mon	Network Watcher Monitor
3204	tu	a	netwatcher-db	Network Watcher DB Access
3205	tu	a	isns	iSNS Server Port
3206	tu	a	ironmail	IronMail POP Proxy
3207	tu	a	vx-auth-port	Veritas Authentication Port
3208	tu	a	pfu-prcallback	PFU PR Callback
3209	tu	a	netwkpathengine	HP OpenView Network Path Engine Server
3210	tu	a	flamenco-proxy	Flamenco Networks Proxy
3211	tu	a	avsecuremgmt	Avocent Secure Management
3212	tu	a	surveyinst	Survey Instrument
3213	tu	a	neon24x7	NEON 24X7 Mission Control
3214	tu	a	jmq-daemon-1	JMQ Daemon Port 1
3215	tu	a	jmq-daemon-2	JMQ Daemon Port 2
3216	tu	a	ferrari-foam	Ferrari electronic FOAM
3217	tu	a	unite	Unified IP & Telecom Environment
3218	tu	a	smartpackets	EMC SmartPackets
3219	tu	a	wms-messenger	WMS Messenger
3220	tu	a	xnm-ssl	XML NM over SSL
3221	tu	a	xnm-clear-text	XML NM over TCP
3222	tu	a	glbp	Gateway Load Balancing Pr
3223	tu	a	digivote	DIGIVOTE (R) Vote-Server
3224	tu	a	aes-discovery	AES Discovery Port
3225	tu	a	fcip-port	FCIP
3226	tu	a	isi-irp	ISI Industry Software IRP
3227	tu	a	dwnmshttp	DiamondWave NMS Server
3228	tu	a	dwmsgserver	DiamondWave MSG Server
3229	tu	a	global-cd-port	Global CD Port
3230	tu	a	sftdst-port	Software Distributor Port
3231	tu	a	vidigo	VidiGo communication (previous was: Delta Solutions Direct)
3232	tu	a	mdtp	MDT port
3233	tu	a	whisker	WhiskerControl main port
3234	tu	a	alchemy	Alchemy Server
3235	t	a	mdap-port	MDAP port
3235	u	a	mdap-port	MDAP Port
3236	tu	a	apparenet-ts	appareNet Test Server
3237	tu	a	apparenet-tps	appareNet Test Packet Sequencer
3238	tu	a	apparenet-as	appareNet Analysis Server
3239	tu	a	apparenet-ui	appareNet User Interface
3240	tu	a	triomotion	Trio Motion Control Port
3241	tu	a	sysorb	SysOrb Monitoring Server
3242	tu	a	sdp-id-port	Session Description ID
3243	tu	a	timelot	Timelot Port
3244	tu	a	onesaf	OneSAF
3245	tu	a	vieo-fe	VIEO Fabric Executive
3246	tu	a	dvt-system	DVT SYSTEM PORT
3247	tu	a	dvt-data	DVT DATA LINK
3248	tu	a	procos-lm	PROCOS LM
3249	tu	a	ssp	State Sync Protocol
3250	tu	a	hicp	HMS hicp port
3251	tu	a	sysscanner	Sys Scanner
3252	tu	a	dhe	DHE port
3253	tu	a	pda-data	PDA Data
3254	tu	a	pda-sys	PDA System
3255	tu	a	semaphore	Semaphore Connection Port
3256	tu	a	cpqrpm-agent	Compaq RPM Agent Port
3257	tu	a	cpqrpm-server	Compaq RPM Server Port
3258	tu	a	ivecon-port	Ivecon Server Port
3259	tu	a	epncdp2	Epson Network Common Devi
3260	tu	a	iscsi-target	iSCSI port
3261	tu	a	winshadow	winShadow
3262	tu	a	necp	NECP
3263	tu	a	ecolor-imager	E-Color Enterprise Imager
3264	tu	a	ccmail	cc:mail/lotus
3265	tu	a	altav-tunnel	Altav Tunnel
3266	tu	a	ns-cfg-server	NS CFG Server
3267	tu	a	ibm-dial-out	IBM Dial Out
3268	tu	a	msft-gc	Microsoft Global Catalog
3269	tu	a	msft-gc-ssl	Microsoft Global Catalog with LDAP/SSL
3270	tu	a	verismart	Verismart
3271	tu	a	csoft-prev	CSoft Prev Port
3272	tu	a	user-manager	Fujitsu User Manager
3273	tu	a	sxmp	Simple Extensible Multiplexed Protocol
3274	tu	a	ordinox-server	Ordinox Server
3275	tu	a	samd	SAMD
3276	tu	a	maxim-asics	Maxim ASICs
3277	tu	a	awg-proxy	AWG Proxy
3278	tu	a	lkcmserver	LKCM Server
3279	tu	a	admind	admind
3280	tu	a	vs-server	VS Server
3281	tu	a	sysopt	SYSOPT
3282	tu	a	datusorb	Datusorb
3283	tu	a	net-assistant	Net Assistant
3284	tu	a	4talk	4Talk
3285	tu	a	plato	Plato
3286	tu	a	e-net	E-Net
3287	tu	a	directvdata	DIRECTVDATA
3288	tu	a	cops	COPS
3289	tu	a	enpc	ENPC
3290	tu	a	caps-lm	CAPS LOGISTICS TOOLKIT - LM
3291	tu	a	sah-lm	S A Holditch & Associates - LM
3292	tu	a	cart-o-rama	Cart O Rama
3293	tu	a	fg-fps	fg-fps
3294	tu	a	fg-gip	fg-gip
3295	tu	a	dyniplookup	Dynamic IP Lookup
3296	tu	a	rib-slm	Rib License Manager
3297	tu	a	cytel-lm	Cytel License Manager
3298	tu	a	deskview	DeskView
3299	tu	a	pdrncs	pdrncs
3300	t	a	ceph	Ceph monitor		Known Unauthorized Use on port 3300
3300	u	r		Reserved
3301	tu	a	tarantool	Tarantool in-memory computing platform		Known Unauthorized Use on port 3301
3302	tu	a	mcs-fastmail	MCS Fastmail
3303	tu	a	opsession-clnt	OP Session Client
3304	tu	a	opsession-srvr	OP Session Server
3305	tu	a	odette-ftp	ODETTE-FTP
3306	tu	a	mysql	MySQL
3307	tu	a	opsession-prxy	OP Session Proxy
3308	tu	a	tns-server	TNS Server
3309	tu	a	tns-adv	TNS ADV
3310	tu	a	dyna-access	Dyna Access
3311	tu	a	mcns-tel-ret	MCNS Tel Ret
3312	tu	a	appman-server	Application Management Server
3313	tu	a	uorb	Unify Object Broker
3314	tu	a	uohost	Unify Object Host
3315	tu	a	cdid	CDID
3316	tu	a	aicc-cmi	AICC/CMI
3317	tu	a	vsaiport	VSAI PORT
3318	tu	a	ssrip	Swith to Swith Routing Information Protocol
3319	tu	a	sdt-lmd	SDT License Manager
3320	tu	a	officelink2000	Office Link 2000
3321	tu	a	vnsstr	VNSSTR
3322-3325	*	a	active-net	Active Networks
3326	tu	a	sftu	SFTU
3327	tu	a	bbars	BBARS
3328	tu	a	egptlm	Eaglepoint License Manager
3329	tu	a	hp-device-disc	HP Device Disc
3330	tu	a	mcs-calypsoicf	MCS Calypso ICF
3331	tu	a	mcs-messaging	MCS Messaging
3332	tu	a	mcs-mailsvr	MCS Mail Server
3333	tu	a	dec-notes	DEC Notes
3334	tu	a	directv-web	Direct TV Webcasting
3335	tu	a	directv-soft	Direct TV Software Updates
3336	tu	a	directv-tick	Direct TV Tickers
3337	tu	a	directv-catlg	Direct TV Data Catalog
3338	tu	a	anet-b	OMF data b
3339	tu	a	anet-l	OMF data l
3340	tu	a	anet-m	OMF data m
3341	tu	a	anet-h	OMF data h
3342	tu	a	webtie	WebTIE
3343	tu	a	ms-cluster-net	MS Cluster Net
3344	tu	a	bnt-manager	BNT Manager
3345	tu	a	influence	Influence
3346	tu	a	trnsprntproxy	Trnsprnt Proxy
3347	tu	a	phoenix-rpc	Phoenix RPC
3348	tu	a	pangolin-laser	Pangolin Laser
3349	tu	a	chevinservices	Chevin Services
3350	tu	a	findviatv	FINDVIATV
3351	tu	a	btrieve	Btrieve port
3352	tu	a	ssql	Scalable SQL
3353	tu	a	fatpipe	FATPIPE
3354	tu	a	suitjd	SUITJD
3355	tu	a	ordinox-dbase	Ordinox Dbase
3356	tu	a	upnotifyps	UPNOTIFYPS
3357	tu	a	adtech-test	Adtech Test IP
3358	tu	a	mpsysrmsvr	Mp Sys Rmsvr
3359	tu	a	wg-netforce	WG NetForce
3360	tu	a	kv-server	KV Server
3361	tu	a	kv-agent	KV Agent
3362	tu	a	dj-ilm	DJ ILM
3363	tu	a	nati-vi-server	NATI Vi Server
3364	tu	a	creativeserver	Creative Server
3365	tu	a	contentserver	Content Server
3366	tu	a	creativepartnr	Creative Partner
3367-3371	*	a	satvid-datalnk	Satellite Video Data Link
3372	tu	a	tip2	TIP 2
3373	tu	a	lavenir-lm	Lavenir License Manager
3374	tu	a	cluster-disc	Cluster Disc
3375	tu	a	vsnm-agent	VSNM Agent
3376	tu	a	cdbroker	CD Broker
3377	tu	a	cogsys-lm	Cogsys Network License Manager
3378	tu	a	wsicopy	WSICOPY
3379	tu	a	socorfs	SOCORFS
3380	tu	a	sns-channels	SNS Channels
3381	tu	a	geneous	Geneous
3382	tu	a	fujitsu-neat	Fujitsu Network Enhanced Antitheft function
3383	tu	a	esp-lm	Enterprise Software Products License Manager
3384	t	a	hp-clic	Cluster Management Services
3384	u	a	hp-clic	Hardware Management
3385	tu	a	qnxnetman	qnxnetman
3386	t	a	gprs-data	GPRS Data
3386	u	a	gprs-sig	GPRS SIG
3387	tu	a	backroomnet	Back Room Net
3388	tu	a	cbserver	CB Server
3389	tu	a	ms-wbt-server	MS WBT Server
3390	tu	a	dsc	Distributed Service Coordinator
3391	tu	a	savant	SAVANT
3392	tu	a	efi-lm	EFI License Management
3393	tu	a	d2k-tapestry1	D2K Tapestry Client to Server
3394	tu	a	d2k-tapestry2	D2K Tapestry Server to Server
3395	tu	a	dyna-lm	Dyna License Manager (Elam)
3396	t	a	printer-agent	Printer Agent IANA assigned this well-formed service name as a replacement for "printer_agent".
3396	t	a	printer_agent	Printer Agent	This entry is an alias to "printer-agent". This entry is now historic, not usable for use with many common service discovery mechanisms.
3396	u	a	printer-agent	Printer Agent IANA assigned this well-formed service name as a replacement for "printer_agent".
3396	u	a	printer_agent	Printer Agent	This entry is an alias to "printer-agent". This entry is now historic, not usable for use with many common service discovery mechanisms.
3397	tu	a	cloanto-lm	Cloanto License Manager
3398	tu	a	mercantile	Mercantile
3399	tu	a	csms	CSMS
3400	tu	a	csms2	CSMS2
3401	tu	a	filecast	filecast
3402	tu	a	fxaengine-net	FXa Engine Network Port
3403	*	u		De-registered
3404	*	u		Removed
3405	tu	a	nokia-ann-ch1	Nokia Announcement ch 1
3406	tu	a	nokia-ann-ch2	Nokia Announcement ch 2
3407	tu	a	ldap-admin	LDAP admin server port
3408	tu	a	BESApi	BES Api Port
3409	tu	a	networklens	NetworkLens Event Port
3410	tu	a	networklenss	NetworkLens SSL Event
3411	tu	a	biolink-auth	BioLink Authenteon server
3412	tu	a	xmlblaster	xmlBlaster
3413	tu	a	svnet	SpecView Networking
3414	tu	a	wip-port	BroadCloud WIP Port
3415	tu	a	bcinameservice	BCI Name Service
3416	tu	a	commandport	AirMobile IS Command Port
3417	tu	a	csvr	ConServR file translation
3418	tu	a	rnmap	Remote nmap
3419	t	a	softaudit	Isogon SoftAudit
3419	u	a	softaudit	ISogon SoftAudit
3420	tu	a	ifcp-port	iFCP User Port
3421	tu	a	bmap	Bull Apprise portmapper
3422	tu	a	rusb-sys-port	Remote USB System Port
3423	tu	a	xtrm	xTrade Reliable Messaging
3424	tu	a	xtrms	xTrade over TLS/SSL
3425	tu	a	agps-port	AGPS Access Port
3426	tu	a	arkivio	Arkivio Storage Protocol
3427	tu	a	websphere-snmp	WebSphere SNMP
3428	tu	a	twcss	2Wire CSS
3429	tu	a	gcsp	GCSP user port
3430	tu	a	ssdispatch	Scott Studios Dispatch
3431	tu	a	ndl-als	Active License Server Port
3432	tu	a	osdcp	Secure Device Protocol
3433	tu	a	opnet-smp	OPNET Service Management Platform
3434	tu	a	opencm	OpenCM Server
3435	tu	a	pacom	Pacom Security User Port
3436	tu	a	gc-config	GuardControl Exchange Protocol
3437	tu	a	autocueds	Autocue Directory Service
3438	tu	a	spiral-admin	Spiralcraft Admin
3439	tu	a	hri-port	HRI Interface Port
3440	tu	a	ans-console	Net Steward Mgmt Console
3441	tu	a	connect-client	OC Connect Client
3442	tu	a	connect-server	OC Connect Server
3443	tu	a	ov-nnm-websrv	OpenView Network Node Manager WEB Server
3444	tu	a	denali-server	Denali Server
3445	tu	a	monp	Media Object Network Protocol
3446	tu	a	3comfaxrpc	3Com FAX RPC port
3447	tu	a	directnet	DirectNet IM System
3448	tu	a	dnc-port	Discovery and Net Config
3449	tu	a	hotu-chat	HotU Chat
3450	tu	a	castorproxy	CAStorProxy
3451	tu	a	asam	ASAM Services
3452	tu	a	sabp-signal	SABP-Signalling Protocol
3453	tu	a	pscupd	PSC Update
3454	tu	a	mira	Apple Remote Access Protocol
3455	tu	a	prsvp	RSVP Port
3456	tu	a	vat	VAT default data
3457	tu	a	vat-control	VAT default control
3458	tu	a	d3winosfi	D3WinOSFI
3459	tu	a	integral	TIP Integral
3460	tu	a	edm-manager	EDM Manger
3461	tu	a	edm-stager	EDM Stager
3462	tu	a	edm-std-notify	EDM STD Notify
3463	tu	a	edm-adm-notify	EDM ADM Notify
3464	tu	a	edm-mgr-sync	EDM MGR Sync
3465	tu	a	edm-mgr-cntrl	EDM MGR Cntrl
3466	tu	a	workflow	WORKFLOW
3467	tu	a	rcst	RCST
3468	tu	a	ttcmremotectrl	TTCM Remote Controll
3469	tu	a	pluribus	Pluribus
3470	tu	a	jt400	jt400
3471	tu	a	jt400-ssl	jt400-ssl
3472	tu	a	jaugsremotec-1	JAUGS N-G Remotec 1
3473	tu	a	jaugsremotec-2	JAUGS N-G Remotec 2
3474	tu	a	ttntspauto	TSP Automation
3475	tu	a	genisar-port	Genisar Comm Port
3476	tu	a	nppmp	NVIDIA Mgmt Protocol
3477	tu	a	ecomm	eComm link port
3478	tu	a	stun	Session Traversal Utilities for NAT (STUN) port
3478	t	a	turn	TURN over TCP
3478	u	a	turn	TURN over UDP
3478	t	a	stun-behavior	STUN Behavior Discovery over TCP
3478	u	a	stun-behavior	STUN Behavior Discovery over UDP
3479	tu	a	twrpc	2Wire RPC
3480	tu	a	plethora	Secure Virtual Workspace
3481	tu	a	cleanerliverc	CleanerLive remote ctrl
3482	tu	a	vulture	Vulture Monitoring System
3483	tu	a	slim-devices	Slim Devices Protocol
3484	tu	a	gbs-stp	GBS SnapTalk Protocol
3485	tu	a	celatalk	CelaTalk
3486	tu	a	ifsf-hb-port	IFSF Heartbeat Port
3487	t	a	ltctcp	LISA TCP Transfer Channel
3487	u	a	ltcudp	LISA UDP Transfer Channel
3488	tu	a	fs-rh-srv	FS Remote Host Server
3489	tu	a	dtp-dia	DTP/DIA
3490	tu	a	colubris	Colubris Management Port
3491	tu	a	swr-port	SWR Port
3492	tu	a	tvdumtray-port	TVDUM Tray Port
3493	tu	a	nut	Network UPS Tools
3494	tu	a	ibm3494	IBM 3494
3495	tu	a	seclayer-tcp	securitylayer over tcp
3496	tu	a	seclayer-tls	securitylayer over tls
3497	tu	a	ipether232port	ipEther232Port
3498	tu	a	dashpas-port	DASHPAS user port
3499	tu	a	sccip-media	SccIP Media
3500	tu	a	rtmp-port	RTMP Port
3501	tu	a	isoft-p2p	iSoft-P2P
3502	tu	a	avinstalldisc	Avocent Install Discovery
3503	tu	a	lsp-ping	MPLS LSP-echo Port
3504	tu	a	ironstorm	IronStorm game server
3505	tu	a	ccmcomm	CCM communications port
3506	tu	a	apc-3506	APC 3506
3507	tu	a	nesh-broker	Nesh Broker Port
3508	tu	a	interactionweb	Interaction Web
3509	tu	a	vt-ssl	Virtual Token SSL Port
3510	tu	a	xss-port	XSS Port
3511	tu	a	webmail-2	WebMail/2
3512	tu	a	aztec	Aztec Distribution Port
3513	tu	a	arcpd	Adaptec Remote Protocol
3514	tu	a	must-p2p	MUST Peer to Peer
3515	tu	a	must-backplane	MUST Backplane
3516	tu	a	smartcard-port	Smartcard Port
3517	tu	a	802-11-iapp	IEEE 802.11 WLANs WG IAPP
3518	tu	a	artifact-msg	Artifact Message Server
3519	t	a	nvmsgd	Netvion Messenger Port
3519	u	a	galileo	Netvion Galileo Port
3520	tu	a	galileolog	Netvion Galileo Log Port
3521	tu	a	mc3ss	Telequip Labs MC3SS
3522	tu	a	nssocketport	DO over NSSocketPort
3523	tu	a	odeumservlink	Odeum Serverlink
3524	tu	a	ecmport	ECM Server port
3525	tu	a	eisport	EIS Server port
3526	tu	a	starquiz-port	starQuiz Port
3527	tu	a	beserver-msg-q	VERITAS Backup Exec Server
3528	tu	a	jboss-iiop	JBoss IIOP
3529	tu	a	jboss-iiop-ssl	JBoss IIOP/SSL
3530	tu	a	gf	Grid Friendly
3531	tu	a	joltid	Joltid
3532	tu	a	raven-rmp	Raven Remote Management Control
3533	tu	a	raven-rdp	Raven Remote Management Data
3534	tu	a	urld-port	URL Daemon Port
3535	tu	a	ms-la	MS-LA
3536	tu	a	snac	SNAC
3537	tu	a	ni-visa-remote	Remote NI-VISA port
3538	tu	a	ibm-diradm	IBM Directory Server
3539	tu	a	ibm-diradm-ssl	IBM Directory Server SSL
3540	tu	a	pnrp-port	PNRP User Port
3541	tu	a	voispeed-port	VoiSpeed Port
3542	tu	a	hacl-monitor	HA cluster monitor
3543	tu	a	qftest-lookup	qftest Lookup Port
3544	tu	a	teredo	Teredo Port
3545	tu	a	camac	CAMAC equipment
3546	*	u		Unassigned
3547	tu	a	symantec-sim	Symantec SIM
3548	tu	a	interworld	Interworld
3549	tu	a	tellumat-nms	Tellumat MDR NMS
3550	tu	a	ssmpp	Secure SMPP
3551	tu	a	apcupsd	Apcupsd Information Port
3552	tu	a	taserver	TeamAgenda Server Port
3553	tu	a	rbr-discovery	Red Box Recorder ADP
3554	tu	a	questnotify	Quest Notification Server
3555	tu	a	razor	Vipul's Razor
3556	tu	a	sky-transport	Sky Transport Protocol
3557	tu	a	personalos-001	PersonalOS Comm Port
3558	tu	a	mcp-port	MCP user port
3559	tu	a	cctv-port	CCTV control port
3560	tu	a	iniserve-port	INIServe port
3561	tu	a	bmc-onekey	BMC-OneKey
3562	tu	a	sdbproxy	SDBProxy
3563	tu	a	watcomdebug	Watcom Debug
3564	tu	a	esimport	Electromed SIM port
3565	t	a	m2pa	M2PA
3565	u	r		Reserved
3565	s	a	m2pa	M2PA
3566	t	a	quest-data-hub	Quest Data Hub
3566	u	r		Reserved
3567	tu	a	dof-eps	DOF Protocol Stack
3568	tu	a	dof-tunnel-sec	DOF Secure Tunnel
3569	tu	a	mbg-ctrl	Meinberg Control Service
3570	tu	a	mccwebsvr-port	MCC Web Server Port
3571	tu	a	megardsvr-port	MegaRAID Server Port
3572	tu	a	megaregsvrport	Registration Server Port
3573	tu	a	tag-ups-1	Advantage Group UPS Suite
3574	t	a	dmaf-server	DMAF Server
3574	u	a	dmaf-caster	DMAF Caster
3575	tu	a	ccm-port	Coalsere CCM Port
3576	tu	a	cmc-port	Coalsere CMC Port
3577	tu	a	config-port	Configuration Port
3578	tu	a	data-port	Data Port
3579	tu	a	ttat3lb	Tarantella Load Balancing
3580	tu	a	nati-svrloc	NATI-ServiceLocator
3581	tu	a	kfxaclicensing	Ascent Capture Licensing
3582	tu	a	press	PEG PRESS Server
3583	tu	a	canex-watch	CANEX Watch System
3584	tu	a	u-dbap	U-DBase Access Protocol
3585	tu	a	emprise-lls	Emprise License Server
3586	tu	a	emprise-lsc	License Server Console
3587	tu	a	p2pgroup	Peer to Peer Grouping
3588	tu	a	sentinel	Sentinel Server
3589	tu	a	isomair	isomair
3590	tu	a	wv-csp-sms	WV CSP SMS Binding
3591	tu	a	gtrack-server	LOCANIS G-TRACK Server
3592	tu	a	gtrack-ne	LOCANIS G-TRACK NE Port
3593	tu	a	bpmd	BP Model Debugger
3594	tu	a	mediaspace	MediaSpace
3595	tu	a	shareapp	ShareApp
3596	tu	a	iw-mmogame	Illusion Wireless MMOG
3597	tu	a	a14	A14 (AN-to-SC/MM)
3598	tu	a	a15	A15 (AN-to-AN)
3599	tu	a	quasar-server	Quasar Accounting Server
3600	tu	a	trap-daemon	text relay-answer
3601	tu	a	visinet-gui	Visinet Gui
3602	tu	a	infiniswitchcl	InfiniSwitch Mgr Client
3603	tu	a	int-rcv-cntrl	Integrated Rcvr Control
3604	tu	a	bmc-jmx-port	BMC JMX Port
3605	tu	a	comcam-io	ComCam IO Port
3606	tu	a	splitlock	Splitlock Server
3607	tu	a	precise-i3	Precise I3
3608	tu	a	trendchip-dcp	Trendchip control protocol
3609	tu	a	cpdi-pidas-cm	CPDI PIDAS Connection Mon
3610	tu	a	echonet	ECHONET
3611	tu	a	six-degrees	Six Degrees Port
3612	tu	a	dataprotector	Micro Focus Data Protector
3613	tu	a	alaris-disc	Alaris Device Discovery
3614	tu	a	sigma-port	Satchwell Sigma
3615	tu	a	start-network	Start Messaging Network
3616	tu	a	cd3o-protocol	cd3o Control Protocol
3617	tu	a	sharp-server	ATI SHARP Logic Engine
3618	tu	a	aairnet-1	AAIR-Network 1
3619	tu	a	aairnet-2	AAIR-Network 2
3620	tu	a	ep-pcp	EPSON Projector Control Port
3621	tu	a	ep-nsp	EPSON Network Screen Port
3622	tu	a	ff-lr-port	FF LAN Redundancy Port
3623	tu	a	haipe-discover	HAIPIS Dynamic Discovery
3624	tu	a	dist-upgrade	Distributed Upgrade Port
3625	tu	a	volley	Volley
3626	tu	a	bvcdaemon-port	bvControl Daemon
3627	tu	a	jamserverport	Jam Server Port
3628	tu	a	ept-machine	EPT Machine Interface
3629	tu	a	escvpnet	ESC/VP.net
3630	tu	a	cs-remote-db	C&S Remote Database Port
3631	tu	a	cs-services	C&S Web Services Port
3632	tu	a	distcc	distributed compiler	Defined TXT keys: None
3633	tu	a	wacp	Wyrnix AIS port
3634	tu	a	hlibmgr	hNTSP Library Manager
3635	tu	a	sdo	Simple Distributed Objects
3636	tu	a	servistaitsm	SerVistaITSM
3637	tu	a	scservp	Customer Service Port
3638	tu	a	ehp-backup	EHP Backup Protocol
3639	tu	a	xap-ha	Extensible Automation
3640	tu	a	netplay-port1	Netplay Port 1
3641	tu	a	netplay-port2	Netplay Port 2
3642	tu	a	juxml-port	Juxml Replication port
3643	tu	a	audiojuggler	AudioJuggler
3644	tu	a	ssowatch	ssowatch
3645	tu	a	cyc	Cyc
3646	tu	a	xss-srv-port	XSS Server Port
3647	tu	a	splitlock-gw	Splitlock Gateway
3648	tu	a	fjcp	Fujitsu Cooperation Port
3649	tu	a	nmmp	Nishioka Miyuki Msg Protocol
3650	tu	a	prismiq-plugin	PRISMIQ VOD plug-in
3651	tu	a	xrpc-registry	XRPC Registry
3652	tu	a	vxcrnbuport	VxCR NBU Default Port
3653	tu	a	tsp	Tunnel Setup Protocol
3654	tu	a	vaprtm	VAP RealTime Messenger
3655	tu	a	abatemgr	ActiveBatch Exec Agent
3656	tu	a	abatjss	ActiveBatch Job Scheduler
3657	tu	a	immedianet-bcn	ImmediaNet Beacon
3658	tu	a	ps-ams	PlayStation AMS (Secure)
3659	tu	a	apple-sasl	Apple SASL
3660	tu	a	can-nds-ssl	IBM Tivoli Directory Service using SSL
3661	tu	a	can-ferret-ssl	IBM Tivoli Directory Service using SSL
3662	tu	a	pserver	pserver
3663	tu	a	dtp	DIRECWAY Tunnel Protocol
3664	tu	a	ups-engine	UPS Engine Port
3665	tu	a	ent-engine	Enterprise Engine Port
3666	t	a	eserver-pap	IBM eServer PAP
3666	u	a	eserver-pap	IBM EServer PAP
3667	tu	a	infoexch	IBM Information Exchange
3668	tu	a	dell-rm-port	Dell Remote Management
3669	tu	a	casanswmgmt	CA SAN Switch Management
3670	tu	a	smile	SMILE TCP/UDP Interface
3671	tu	a	efcp	e Field Control (EIBnet)
3672	tu	a	lispworks-orb	LispWorks ORB
3673	tu	a	mediavault-gui	Openview Media Vault GUI
3674	tu	a	wininstall-ipc	WinINSTALL IPC Port
3675	tu	a	calltrax	CallTrax Data Port
3676	tu	a	va-pacbase	VisualAge Pacbase server
3677	tu	a	roverlog	RoverLog IPC
3678	tu	a	ipr-dglt	DataGuardianLT
3679	tu	a	newton-dock	Newton Dock
3680	tu	a	npds-tracker	NPDS Tracker
3681	tu	a	bts-x73	BTS X73 Port
3682	tu	a	cas-mapi	EMC SmartPackets-MAPI
3683	tu	a	bmc-ea	BMC EDV/EA
3684	tu	a	faxstfx-port	FAXstfX
3685	tu	a	dsx-agent	DS Expert Agent
3686	tu	a	tnmpv2	Trivial Network Management
3687	tu	a	simple-push	simple-push
3688	tu	a	simple-push-s	simple-push Secure
3689	tu	a	daap	Digital Audio Access Protocol (iTunes)	Defined TXT keys: txtvers, Version, iTSh Version, Machine ID, Database ID, Machine Name, Password
3690	tu	a	svn	Subversion
3691	tu	a	magaya-network	Magaya Network Port
3692	tu	a	intelsync	Brimstone IntelSync
3693	t	a	easl	Emergency Automatic Structure Lockdown System	This port was previously removed on 2007-04-05.
3693	u	r		Reserved	This port was previously removed on 2007-04-05.
3694	*	u		Unassigned
3695	tu	a	bmc-data-coll	BMC Data Collection
3696	tu	a	telnetcpcd	Telnet Com Port Control
3697	tu	a	nw-license	NavisWorks License System
3698	tu	a	sagectlpanel	SAGECTLPANEL
3699	tu	a	kpn-icw	Internet Call Waiting
3700	tu	a	lrs-paging	LRS NetPage
3701	tu	a	netcelera	NetCelera
3702	tu	a	ws-discovery	Web Service Discovery
3703	tu	a	adobeserver-3	Adobe Server 3
3704	tu	a	adobeserver-4	Adobe Server 4
3705	tu	a	adobeserver-5	Adobe Server 5
3706	tu	a	rt-event	Real-Time Event Port
3707	tu	a	rt-event-s	Real-Time Event Secure Port
3708	tu	a	sun-as-iiops	Sun App Svr - Naming
3709	tu	a	ca-idms	CA-IDMS Server
3710	tu	a	portgate-auth	PortGate Authentication
3711	tu	a	edb-server2	EBD Server 2
3712	tu	a	sentinel-ent	Sentinel Enterprise
3713	tu	a	tftps	TFTP over TLS
3714	tu	a	delos-dms	DELOS Direct Messaging
3715	tu	a	anoto-rendezv	Anoto Rendezvous Port
3716	tu	a	wv-csp-sms-cir	WV CSP SMS CIR Channel
3717	tu	a	wv-csp-udp-cir	WV CSP UDP/IP CIR Channel
3718	tu	a	opus-services	OPUS Server Port
3719	tu	a	itelserverport	iTel Server Port
3720	tu	a	ufastro-instr	UF Astro. Instr. Services
3721	tu	a	xsync	Xsync
3722	tu	a	xserveraid	Xserve RAID
3723	tu	a	sychrond	Sychron Service Daemon
3724	tu	a	blizwow	World of Warcraft
3725	tu	a	na-er-tip	Netia NA-ER Port
3726	tu	a	array-manager	Xyratex Array Manager
3727	tu	a	e-mdu	Ericsson Mobile Data Unit
3728	tu	a	e-woa	Ericsson Web on Air
3729	tu	a	fksp-audit	Fireking Audit Port
3730	tu	a	client-ctrl	Client Control
3731	tu	a	smap	Service Manager
3732	tu	a	m-wnn	Mobile Wnn
3733	tu	a	multip-msg	Multipuesto Msg Port
3734	tu	a	synel-data	Synel Data Collection Port
3735	tu	a	pwdis	Password Distribution
3736	tu	a	rs-rmi	RealSpace RMI
3737	t	a	xpanel	XPanel Daemon
3737	u	r		Reserved
3738	tu	a	versatalk	versaTalk Server Port
3739	tu	a	launchbird-lm	Launchbird LicenseManager
3740	tu	a	heartbeat	Heartbeat Protocol
3741	tu	a	wysdma	WysDM Agent
3742	tu	a	cst-port	CST - Configuration & Service Tracker
3743	tu	a	ipcs-command	IP Control Systems Ltd.
3744	tu	a	sasg	SASG
3745	tu	a	gw-call-port	GWRTC Call Port
3746	tu	a	linktest	LXPRO.COM LinkTest
3747	tu	a	linktest-s	LXPRO.COM LinkTest SSL
3748	tu	a	webdata	webData
3749	tu	a	cimtrak	CimTrak
3750	tu	a	cbos-ip-port	CBOS/IP ncapsalation port
3751	tu	a	gprs-cube	CommLinx GPRS Cube
3752	tu	a	vipremoteagent	Vigil-IP RemoteAgent
3753	tu	a	nattyserver	NattyServer Port
3754	tu	a	timestenbroker	TimesTen Broker Port
3755	tu	a	sas-remote-hlp	SAS Remote Help Server
3756	tu	a	canon-capt	Canon CAPT Port
3757	tu	a	grf-port	GRF Server Port
3758	tu	a	apw-registry	apw RMI registry
3759	tu	a	exapt-lmgr	Exapt License Manager
3760	t	a	adtempusclient	adTempus Client
3760	u	a	adtempusclient	adTEmpus Client
3761	tu	a	gsakmp	gsakmp port
3762	tu	a	gbs-smp	GBS SnapMail Protocol
3763	tu	a	xo-wave	XO Wave Control Port
3764	tu	a	mni-prot-rout	MNI Protected Routing
3765	tu	a	rtraceroute	Remote Traceroute
3766	t	a	sitewatch-s	SSL e-watch sitewatch server	this port was previously updated on 2009-06-19
3766	u	r		Reserved	this port was previously updated on 2009-06-19
3767	tu	a	listmgr-port	ListMGR Port
3768	tu	a	rblcheckd	rblcheckd server daemon
3769	tu	a	haipe-otnk	HAIPE Network Keying
3770	tu	a	cindycollab	Cinderella Collaboration
3771	tu	a	paging-port	RTP Paging Port
3772	tu	a	ctp	Chantry Tunnel Protocol
3773	tu	a	ctdhercules	ctdhercules
3774	tu	a	zicom	ZICOM
3775	tu	a	ispmmgr	ISPM Manager Port
3776	tu	a	dvcprov-port	Device Provisioning Port
3777	tu	a	jibe-eb	Jibe EdgeBurst
3778	tu	a	c-h-it-port	Cutler-Hammer IT Port
3779	tu	a	cognima	Cognima Replication
3780	tu	a	nnp	Nuzzler Network Protocol
3781	tu	a	abcvoice-port	ABCvoice server port
3782	tu	a	iso-tp0s	Secure ISO TP0 port
3783	tu	a	bim-pem	Impact Mgr./PEM Gateway
3784	tu	a	bfd-control	BFD Control Protocol
3785	tu	a	bfd-echo	BFD Echo Protocol
3786	tu	a	upstriggervsw	VSW Upstrigger port
3787	tu	a	fintrx	Fintrx
3788	tu	a	isrp-port	SPACEWAY Routing port
3789	tu	a	remotedeploy	RemoteDeploy Administration Port [July 2003]
3790	tu	a	quickbooksrds	QuickBooks RDS
3791	tu	a	tvnetworkvideo	TV NetworkVideo Data port
3792	tu	a	sitewatch	e-Watch Corporation SiteWatch
3793	tu	a	dcsoftware	DataCore Software
3794	tu	a	jaus	JAUS Robots
3795	tu	a	myblast	myBLAST Mekentosj port
3796	tu	a	spw-dialer	Spaceway Dialer
3797	tu	a	idps	idps
3798	tu	a	minilock	Minilock
3799	tu	a	radius-dynauth	RADIUS Dynamic Authorization
3800	tu	a	pwgpsi	Print Services Interface
3801	tu	a	ibm-mgr	ibm manager service
3802	tu	a	vhd	VHD
3803	tu	a	soniqsync	SoniqSync
3804	tu	a	iqnet-port	Harman IQNet Port
3805	tu	a	tcpdataserver	ThorGuard Server Port
3806	tu	a	wsmlb	Remote System Manager
3807	tu	a	spugna	SpuGNA Communication Port
3808	tu	a	sun-as-iiops-ca	Sun App Svr-IIOPClntAuth
3809	tu	a	apocd	Java Desktop System Configuration Agent
3810	tu	a	wlanauth	WLAN AS server
3811	tu	a	amp	AMP
3812	tu	a	neto-wol-server	netO WOL Server
3813	tu	a	rap-ip	Rhapsody Interface Protocol
3814	tu	a	neto-dcs	netO DCS
3815	tu	a	lansurveyorxml	LANsurveyor XML
3816	tu	a	sunlps-http	Sun Local Patch Server
3817	tu	a	tapeware	Yosemite Tech Tapeware
3818	tu	a	crinis-hb	Crinis Heartbeat
3819	tu	a	epl-slp	EPL Sequ Layer Protocol
3820	tu	a	scp	Siemens AuD SCP
3821	tu	a	pmcp	ATSC PMCP Standard
3822	tu	a	acp-discovery	Compute Pool Discovery
3823	tu	a	acp-conduit	Compute Pool Conduit
3824	tu	a	acp-policy	Compute Pool Policy
3825	tu	a	ffserver	Antera FlowFusion Process Simulation
3826	tu	a	warmux	WarMUX game server
3827	tu	a	netmpi	Netadmin Systems MPI service
3828	tu	a	neteh	Netadmin Systems Event Handler
3829	tu	a	neteh-ext	Netadmin Systems Event Handler External
3830	tu	a	cernsysmgmtagt	Cerner System Management Agent
3831	tu	a	dvapps	Docsvault Application Service
3832	tu	a	xxnetserver	xxNETserver
3833	tu	a	aipn-auth	AIPN LS Authentication
3834	tu	a	spectardata	Spectar Data Stream Service
3835	tu	a	spectardb	Spectar Database Rights Service
3836	tu	a	markem-dcp	MARKEM NEXTGEN DCP
3837	tu	a	mkm-discovery	MARKEM Auto-Discovery
3838	tu	a	sos	Scito Object Server
3839	tu	a	amx-rms	AMX Resource Management Suite
3840	tu	a	flirtmitmir	www.FlirtMitMir.de
3841	t	a	shiprush-db-svr	ShipRush Database Server
3841	u	r		Reserved
3842	tu	a	nhci	NHCI status port
3843	tu	a	quest-agent	Quest Common Agent
3844	tu	a	rnm	RNM
3845	tu	a	v-one-spp	V-ONE Single Port Proxy
3846	tu	a	an-pcp	Astare Network PCP
3847	tu	a	msfw-control	MS Firewall Control
3848	tu	a	item	IT Environmental Monitor
3849	tu	a	spw-dnspreload	SPACEWAY DNS Preload
3850	tu	a	qtms-bootstrap	QTMS Bootstrap Protocol
3851	tu	a	spectraport	SpectraTalk Port
3852	tu	a	sse-app-config	SSE App Configuration
3853	tu	a	sscan	SONY scanning protocol
3854	tu	a	stryker-com	Stryker Comm Port
3855	tu	a	opentrac	OpenTRAC
3856	tu	a	informer	INFORMER
3857	tu	a	trap-port	Trap Port
3858	tu	a	trap-port-mom	Trap Port MOM
3859	tu	a	nav-port	Navini Port
3860	tu	a	sasp	Server/Application State Protocol (SASP)
3861	tu	a	winshadow-hd	winShadow Host Discovery
3862	tu	a	giga-pocket	GIGA-POCKET
3863	t	a	asap-tcp	asap tcp port
3863	u	a	asap-udp	asap udp port
3863	s	a	asap-sctp	asap sctp
3864	t	a	asap-tcp-tls	asap/tls tcp port
3864	u	r		Reserved	This entry has been removed on 2006-06-23.
3864	s	a	asap-sctp-tls	asap-sctp/tls
3865	tu	a	xpl	xpl automation protocol
3866	tu	a	dzdaemon	Sun SDViz DZDAEMON Port
3867	tu	a	dzoglserver	Sun SDViz DZOGLSERVER Port
3868	t	a	diameter	DIAMETER
3868	u	r		Reserved
3868	s	a	diameter	DIAMETER
3869	tu	a	ovsam-mgmt	hp OVSAM MgmtServer Disco
3870	tu	a	ovsam-d-agent	hp OVSAM HostAgent Disco
3871	tu	a	avocent-adsap	Avocent DS Authorization
3872	tu	a	oem-agent	OEM Agent
3873	tu	a	fagordnc	fagordnc
3874	tu	a	sixxsconfig	SixXS Configuration
3875	tu	a	pnbscada	PNBSCADA
3876	t	a	dl-agent	DirectoryLockdown Agent IANA assigned this well-formed service name as a replacement for "dl_agent".
3876	t	a	dl_agent	DirectoryLockdown Agent	This entry is an alias to "dl-agent". This entry is now historic, not usable for use with many common service discovery mechanisms.
3876	u	a	dl-agent	DirectoryLockdown Agent IANA assigned this well-formed service name as a replacement for "dl_agent".
3876	u	a	dl_agent	DirectoryLockdown Agent	This entry is an alias to "dl-agent". This entry is now historic, not usable for use with many common service discovery mechanisms.
3877	tu	a	xmpcr-interface	XMPCR Interface Port
3878	tu	a	fotogcad	FotoG CAD interface
3879	tu	a	appss-lm	appss license manager
3880	tu	a	igrs	IGRS
3881	tu	a	idac	Data Acquisition and Control
3882	tu	a	msdts1	DTS Service Port
3883	tu	a	vrpn	VR Peripheral Network
3884	tu	a	softrack-meter	SofTrack Metering
3885	tu	a	topflow-ssl	TopFlow SSL
3886	tu	a	nei-management	NEI management port
3887	tu	a	ciphire-data	Ciphire Data Transport
3888	tu	a	ciphire-serv	Ciphire Services
3889	tu	a	dandv-tester	D and V Tester Control Port
3890	tu	a	ndsconnect	Niche Data Server Connect
3891	tu	a	rtc-pm-port	Oracle RTC-PM port
3892	tu	a	pcc-image-port	PCC-image-port
3893	tu	a	cgi-starapi	CGI StarAPI Server
3894	tu	a	syam-agent	SyAM Agent Port
3895	tu	a	syam-smc	SyAm SMC Service Port
3896	tu	a	sdo-tls	Simple Distributed Objects over TLS
3897	tu	a	sdo-ssh	Simple Distributed Objects over SSH
3898	tu	a	senip	IAS, Inc. SmartEye NET Internet Protocol
3899	tu	a	itv-control	ITV Port
3900	t	a	udt-os	Unidata UDT OS IANA assigned this well-formed service name as a replacement for "udt_os".
3900	t	a	udt_os	Unidata UDT OS	This entry is an alias to "udt-os". This entry is now historic, not usable for use with many common service discovery mechanisms.
3900	u	a	udt-os	Unidata UDT OS IANA assigned this well-formed service name as a replacement for "udt_os".
3900	u	a	udt_os	Unidata UDT OS	This entry is an alias to "udt-os". This entry is now historic, not usable for use with many common service discovery mechanisms.
3901	tu	a	nimsh	NIM Service Handler
3902	tu	a	nimaux	NIMsh Auxiliary Port
3903	tu	a	charsetmgr	CharsetMGR
3904	tu	a	omnilink-port	Arnet Omnilink Port
3905	tu	a	mupdate	Mailbox Update (MUPDATE) protocol
3906	tu	a	topovista-data	TopoVista elevation data
3907	tu	a	imoguia-port	Imoguia Port
3908	tu	a	hppronetman	HP Procurve NetManagement
3909	tu	a	surfcontrolcpa	SurfControl CPA
3910	tu	a	prnrequest	Printer Request Port
3911	tu	a	prnstatus	Printer Status Port
3912	tu	a	gbmt-stars	Global Maintech Stars
3913	tu	a	listcrt-port	ListCREATOR Port
3914	tu	a	listcrt-port-2	ListCREATOR Port 2
3915	tu	a	agcat	Auto-Graphics Cataloging
3916	tu	a	wysdmc	WysDM Controller
3917	tu	a	aftmux	AFT multiplex port
3918	tu	a	pktcablemmcops	PacketCableMultimediaCOPS
3919	tu	a	hyperip	HyperIP
3920	tu	a	exasoftport1	Exasoft IP Port
3921	tu	a	herodotus-net	Herodotus Net
3922	tu	a	sor-update	Soronti Update Port
3923	tu	a	symb-sb-port	Symbian Service Broker
3924	t	a	mpl-gprs-port	MPL_GPRS_PORT
3924	u	a	mpl-gprs-port	MPL_GPRS_Port
3925	tu	a	zmp	Zoran Media Port
3926	tu	a	winport	WINPort
3927	tu	a	natdataservice	ScsTsr
3928	tu	a	netboot-pxe	PXE NetBoot Manager
3929	tu	a	smauth-port	AMS Port
3930	tu	a	syam-webserver	Syam Web Server Port
3931	tu	a	msr-plugin-port	MSR Plugin Port
3932	tu	a	dyn-site	Dynamic Site System
3933	tu	a	plbserve-port	PL/B App Server User Port
3934	tu	a	sunfm-port	PL/B File Manager Port
3935	tu	a	sdp-portmapper	SDP Port Mapper Protocol
3936	tu	a	mailprox	Mailprox
3937	tu	a	dvbservdsc	DVB Service Discovery
3938	t	a	dbcontrol-agent	Oracle dbControl Agent po IANA assigned this well-formed service name as a replacement for "dbcontrol_agent".
3938	t	a	dbcontrol_agent	Oracle dbControl Agent po	This entry is an alias to "dbcontrol-agent". This entry is now historic, not usable for use with many common service discovery mechanisms.
3938	u	a	dbcontrol-agent	Oracle dbControl Agent po IANA assigned this well-formed service name as a replacement for "dbcontrol_agent".
3938	u	a	dbcontrol_agent	Oracle dbControl Agent po	This entry is an alias to "dbcontrol-agent". This entry is now historic, not usable for use with many common service discovery mechanisms.
3939	tu	a	aamp	Anti-virus Application Management Port
3940	tu	a	xecp-node	XeCP Node Service
3941	tu	a	homeportal-web	Home Portal Web Server
3942	tu	a	srdp	satellite distribution
3943	tu	a	tig	TetraNode Ip Gateway
3944	tu	a	sops	S-Ops Management
3945	tu	a	emcads	EMCADS Server Port
3946	tu	a	backupedge	BackupEDGE Server
3947	tu	a	ccp	Connect and Control Protocol for Consumer, Commercial, and Industrial Electronic Devices
3948	tu	a	apdap	Anton Paar Device Administration Protocol
3949	tu	a	drip	Dynamic Routing Information Protocol
3950	tu	a	namemunge	Name Munging
3951	tu	a	pwgippfax	PWG IPP Facsimile
3952	tu	a	i3-sessionmgr	I3 Session Manager
3953	tu	a	xmlink-connect	Eydeas XMLink Connect
3954	tu	a	adrep	AD Replication RPC
3955	tu	a	p2pcommunity	p2pCommunity
3956	tu	a	gvcp	GigE Vision Control
3957	tu	a	mqe-broker	MQEnterprise Broker
3958	tu	a	mqe-agent	MQEnterprise Agent
3959	tu	a	treehopper	Tree Hopper Networking
3960	tu	a	bess	Bess Peer Assessment
3961	tu	a	proaxess	ProAxess Server
3962	tu	a	sbi-agent	SBI Agent Protocol
3963	tu	a	thrp	Teran Hybrid Routing Protocol
3964	tu	a	sasggprs	SASG GPRS
3965	tu	a	ati-ip-to-ncpe	Avanti IP to NCPE API
3966	tu	a	bflckmgr	BuildForge Lock Manager
3967	tu	a	ppsms	PPS Message Service
3968	tu	a	ianywhere-dbns	iAnywhere DBNS
3969	tu	a	landmarks	Landmark Messages
3970	tu	a	lanrevagent	LANrev Agent	Defined TXT keys: txtvers server=<main LANrev server for agent> vers=<version of LANrev Agent> build=<build number of LANrev Agent> id=<agent identifier>
3971	tu	a	lanrevserver	LANrev Server
3972	tu	a	iconp	ict-control Protocol
3973	tu	a	progistics	ConnectShip Progistics
3974	tu	a	xk22	Remote Applicant Tracking Service
3975	tu	a	airshot	Air Shot
3976	tu	a	opswagent	Server Automation Agent
3977	tu	a	opswmanager	Opsware Manager
3978	tu	a	secure-cfg-svr	Secured Configuration Server
3979	tu	a	smwan	Smith Micro Wide Area Network Service
3980	t	r		Reserved	Historic usage was acms. De-Assigned on 2020-12-29
3980	u	r		Reserved
3981	tu	a	starfish	Starfish System Admin
3982	tu	a	eis	ESRI Image Server
3983	tu	a	eisp	ESRI Image Service
3984	tu	a	mapper-nodemgr	MAPPER network node manager
3985	tu	a	mapper-mapethd	MAPPER TCP/IP server
3986	t	a	mapper-ws-ethd	MAPPER workstation server IANA assigned this well-formed service name as a replacement for "mapper-ws_ethd".
3986	t	a	mapper-ws_ethd	MAPPER workstation server	This entry is an alias to "mapper-ws-ethd". This entry is now historic, not usable for use with many common service discovery mechanisms.
3986	u	a	mapper-ws-ethd	MAPPER workstation server IANA assigned this well-formed service name as a replacement for "mapper-ws_ethd".
3986	u	a	mapper-ws_ethd	MAPPER workstation server	This entry is an alias to "mapper-ws-ethd". This entry is now historic, not usable for use with many common service discovery mechanisms.
3987	tu	a	centerline	Centerline
3988	tu	a	dcs-config	DCS Configuration Port
3989	tu	a	bv-queryengine	BindView-Query Engine
3990	tu	a	bv-is	BindView-IS
3991	tu	a	bv-smcsrv	BindView-SMCServer
3992	tu	a	bv-ds	BindView-DirectoryServer
3993	tu	a	bv-agent	BindView-Agent
3994	*	u		Unassigned
3995	tu	a	iss-mgmt-ssl	ISS Management Svcs SSL
3996	tu	a	abcsoftware	abcsoftware-01
3997	tu	a	agentsease-db	aes_db
3998	tu	a	dnx	Distributed Nagios Executor Service
3999	tu	a	nvcnet	Norman distributes scanning service
4000	tu	a	terabase	Terabase	Potential Conflict of ports PORT 4000 also used by ICQ <www.icq.com>
4001	tu	a	newoak	NewOak
4002	tu	a	pxc-spvr-ft	pxc-spvr-ft
4003	tu	a	pxc-splr-ft	pxc-splr-ft
4004	tu	a	pxc-roid	pxc-roid
4005	tu	a	pxc-pin	pxc-pin
4006	tu	a	pxc-spvr	pxc-spvr
4007	tu	a	pxc-splr	pxc-splr
4008	tu	a	netcheque	NetCheque accounting
4009	tu	a	chimera-hwm	Chimera HWM
4010	tu	a	samsung-unidex	Samsung Unidex
4011	tu	a	altserviceboot	Alternate Service Boot
4012	tu	a	pda-gate	PDA Gate
4013	tu	a	acl-manager	ACL Manager
4014	tu	a	taiclock	TAICLOCK
4015	tu	a	talarian-mcast1	Talarian Mcast
4016	tu	a	talarian-mcast2	Talarian Mcast
4017	tu	a	talarian-mcast3	Talarian Mcast
4018	tu	a	talarian-mcast4	Talarian Mcast
4019	tu	a	talarian-mcast5	Talarian Mcast
4020	tu	a	trap	TRAP Port
4021	tu	a	nexus-portal	Nexus Portal
4022	tu	a	dnox	DNOX
4023	tu	a	esnm-zoning	ESNM Zoning Port
4024	tu	a	tnp1-port	TNP1 User Port
4025	tu	a	partimage	Partition Image Port
4026	tu	a	as-debug	Graphical Debug Server
4027	tu	a	bxp	bitxpress
4028	tu	a	dtserver-port	DTServer Port
4029	tu	a	ip-qsig	IP Q signaling protocol
4030	tu	a	jdmn-port	Accell/JSP Daemon Port
4031	tu	a	suucp	UUCP over SSL
4032	tu	a	vrts-auth-port	VERITAS Authorization Service
4033	tu	a	sanavigator	SANavigator Peer Port
4034	tu	a	ubxd	Ubiquinox Daemon
4035	tu	a	wap-push-http	WAP Push OTA-HTTP port
4036	tu	a	wap-push-https	WAP Push OTA-HTTP secure
4037	tu	a	ravehd	RaveHD network control
4038	tu	a	fazzt-ptp	Fazzt Point-To-Point
4039	tu	a	fazzt-admin	Fazzt Administration
4040	tu	a	yo-main	Yo.net main service
4041	tu	a	houston	Rocketeer-Houston
4042	tu	a	ldxp	LDXP
4043	tu	a	nirp	Neighbour Identity Resolution
4044	tu	a	ltp	Location Tracking Protocol
4045	tu	a	npp	Network Paging Protocol		Known UNAUTHORIZED USE: Port 4045
4046	tu	a	acp-proto	Accounting Protocol
4047	tu	a	ctp-state	Context Transfer Protocol
4048	*	u		Unassigned
4049	tu	a	wafs	Wide Area File Services
4050	tu	a	cisco-wafs	Wide Area File Services
4051	tu	a	cppdp	Cisco Peer to Peer Distribution Protocol
4052	tu	a	interact	VoiceConnect Interact
4053	tu	a	ccu-comm-1	CosmoCall Universe Communications Port 1
4054	tu	a	ccu-comm-2	CosmoCall Universe Communications Port 2
4055	tu	a	ccu-comm-3	CosmoCall Universe Communications Port 3
4056	tu	a	lms	Location Message Service
4057	tu	a	wfm	Servigistics WFM server
4058	tu	a	kingfisher	Kingfisher protocol
4059	tu	a	dlms-cosem	DLMS/COSEM
4060	t	a	dsmeter-iatc	DSMETER Inter-Agent Transfer Channel IANA assigned this well-formed service name as a replacement for "dsmeter_iatc".
4060	t	a	dsmeter_iatc	DSMETER Inter-Agent Transfer Channel	This entry is an alias to "dsmeter-iatc". This entry is now historic, not usable for use with many common service discovery mechanisms.
4060	u	a	dsmeter-iatc	DSMETER Inter-Agent Transfer Channel IANA assigned this well-formed service name as a replacement for "dsmeter_iatc".
4060	u	a	dsmeter_iatc	DSMETER Inter-Agent Transfer Channel	This entry is an alias to "dsmeter-iatc". This entry is now historic, not usable for use with many common service discovery mechanisms.
4061	tu	a	ice-location	Ice Location Service (TCP)
4062	tu	a	ice-slocation	Ice Location Service (SSL)
4063	tu	a	ice-router	Ice Firewall Traversal Service (TCP)
4064	tu	a	ice-srouter	Ice Firewall Traversal Service (SSL)
4065	t	a	avanti-cdp	Avanti Common Data IANA assigned this well-formed service name as a replacement for "avanti_cdp".
4065	t	a	avanti_cdp	Avanti Common Data	This entry is an alias to "avanti-cdp". This entry is now historic, not usable for use with many common service discovery mechanisms.
4065	u	a	avanti-cdp	Avanti Common Data IANA assigned this well-formed service name as a replacement for "avanti_cdp".
4065	u	a	avanti_cdp	Avanti Common Data	This entry is an alias to "avanti-cdp". This entry is now historic, not usable for use with many common service discovery mechanisms.
4066	tu	a	pmas	Performance Measurement and Analysis
4067	tu	a	idp	Information Distribution Protocol
4068	tu	a	ipfltbcst	IP Fleet Broadcast
4069	tu	a	minger	Minger Email Address Validation Service
4070	tu	a	tripe	Trivial IP Encryption (TrIPE)
4071	tu	a	aibkup	Automatically Incremental Backup
4072	tu	a	zieto-sock	Zieto Socket Communications
4073	tu	a	iRAPP	Interactive Remote Application Pairing Protocol
4074	tu	a	cequint-cityid	Cequint City ID UI trigger
4075	tu	a	perimlan	ISC Alarm Message Service
4076	tu	a	seraph	Seraph DCS
4077	t	r		Reserved
4077	u	a	ascomalarm	Ascom IP Alarming
4078	t	a	cssp	Coordinated Security Service Protocol
4078	u	r		Reserved
4079	tu	a	santools	SANtools Diagnostic Server
4080	tu	a	lorica-in	Lorica inside facing
4081	tu	a	lorica-in-sec	Lorica inside facing (SSL)
4082	tu	a	lorica-out	Lorica outside facing
4083	tu	a	lorica-out-sec	Lorica outside facing (SSL)
4084	t	r		Reserved
4084	u	a	fortisphere-vm	Fortisphere VM Service
4085	t	a	ezmessagesrv	EZNews Newsroom Message Service
4085	u	r		Reserved
4086	t	r		Reserved
4086	u	a	ftsync	Firewall/NAT state table synchronization
4087	t	a	applusservice	APplus Service
4087	u	r		Reserved
4088	t	a	npsp	Noah Printing Service Protocol
4088	u	r		Reserved
4089	tu	a	opencore	OpenCORE Remote Control Service
4090	tu	a	omasgport	OMA BCAST Service Guide
4091	tu	a	ewinstaller	EminentWare Installer
4092	tu	a	ewdgs	EminentWare DGS
4093	tu	a	pvxpluscs	Pvx Plus CS Host
4094	tu	a	sysrqd	sysrq daemon
4095	tu	a	xtgui	xtgui information service
4096	tu	a	bre	BRE (Bridge Relay Element)
4097	tu	a	patrolview	Patrol View
4098	tu	a	drmsfsd	drmsfsd
4099	tu	a	dpcp	DPCP
4100	tu	a	igo-incognito	IGo Incognito Data Port
4101	tu	a	brlp-0	Braille protocol
4102	tu	a	brlp-1	Braille protocol
4103	tu	a	brlp-2	Braille protocol
4104	tu	a	brlp-3	Braille protocol
4105	tu	a	shofar	Shofar
4106	tu	a	synchronite	Synchronite
4107	tu	a	j-ac	JDL Accounting LAN Service
4108	tu	a	accel	ACCEL
4109	tu	a	izm	Instantiated Zero-control Messaging
4110	tu	a	g2tag	G2 RFID Tag Telemetry Data
4111	tu	a	xgrid	Xgrid
4112	tu	a	apple-vpns-rp	Apple VPN Server Reporting Protocol
4113	tu	a	aipn-reg	AIPN LS Registration
4114	tu	a	jomamqmonitor	JomaMQMonitor
4115	tu	a	cds	CDS Transfer Agent
4116	tu	a	smartcard-tls	smartcard-TLS
4117	tu	a	hillrserv	Hillr Connection Manager
4118	tu	a	netscript	Netadmin Systems NETscript service
4119	tu	a	assuria-slm	Assuria Log Manager
4120	t	a	minirem	MiniRem Remote Telemetry and Control
4120	u	r		Reserved
4121	tu	a	e-builder	e-Builder Application Communication
4122	tu	a	fprams	Fiber Patrol Alarm Service
4123	tu	a	z-wave	Z-Wave Protocol
4124	tu	a	tigv2	Rohill TetraNode Ip Gateway v2
4125	tu	a	opsview-envoy	Opsview Envoy
4126	tu	a	ddrepl	Data Domain Replication Service
4127	tu	a	unikeypro	NetUniKeyServer
4128	tu	a	nufw	NuFW decision delegation protocol
4129	tu	a	nuauth	NuFW authentication protocol
4130	tu	a	fronet	FRONET message protocol
4131	tu	a	stars	Global Maintech Stars
4132	t	a	nuts-dem	NUTS Daemon IANA assigned this well-formed service name as a replacement for "nuts_dem".
4132	t	a	nuts_dem	NUTS Daemon	This entry is an alias to "nuts-dem". This entry is now historic, not usable for use with many common service discovery mechanisms.
4132	u	a	nuts-dem	NUTS Daemon IANA assigned this well-formed service name as a replacement for "nuts_dem".
4132	u	a	nuts_dem	NUTS Daemon	This entry is an alias to "nuts-dem". This entry is now historic, not usable for use with many common service discovery mechanisms.
4133	t	a	nuts-bootp	NUTS Bootp Server IANA assigned this well-formed service name as a replacement for "nuts_bootp".
4133	t	a	nuts_bootp	NUTS Bootp Server	This entry is an alias to "nuts-bootp". This entry is now historic, not usable for use with many common service discovery mechanisms.
4133	u	a	nuts-bootp	NUTS Bootp Server IANA assigned this well-formed service name as a replacement for "nuts_bootp".
4133	u	a	nuts_bootp	NUTS Bootp Server	This entry is an alias to "nuts-bootp". This entry is now historic, not usable for use with many common service discovery mechanisms.
4134	tu	a	nifty-hmi	NIFTY-Serve HMI protocol
4135	tu	a	cl-db-attach	Classic Line Database Server Attach
4136	tu	a	cl-db-request	Classic Line Database Server Request
4137	tu	a	cl-db-remote	Classic Line Database Server Remote
4138	tu	a	nettest	nettest
4139	tu	a	thrtx	Imperfect Networks Server
4140	t	a	cedros-fds	Cedros Fraud Detection System IANA assigned this well-formed service name as a replacement for "cedros_fds".
4140	t	a	cedros_fds	Cedros Fraud Detection System	This entry is an alias to "cedros-fds". This entry is now historic, not usable for use with many common service discovery mechanisms.
4140	u	a	cedros-fds	Cedros Fraud Detection System IANA assigned this well-formed service name as a replacement for "cedros_fds".
4140	u	a	cedros_fds	Cedros Fraud Detection System	This entry is an alias to "cedros-fds". This entry is now historic, not usable for use with many common service discovery mechanisms.
4141	tu	a	oirtgsvc	Workflow Server
4142	tu	a	oidocsvc	Document Server
4143	tu	a	oidsr	Document Replication
4144	*	u		Unassigned	Compuserve (unoffically) is using port 4144
4145	tu	a	vvr-control	VVR Control
4146	tu	a	tgcconnect	TGCConnect Beacon
4147	tu	a	vrxpservman	Multum Service Manager
4148	tu	a	hhb-handheld	HHB Handheld Client
4149	tu	a	agslb	A10 GSLB Service
4150	tu	a	PowerAlert-nsa	PowerAlert Network Shutdown Agent
4151	t	a	menandmice-noh	Men & Mice Remote Control IANA assigned this well-formed service name as a replacement for "menandmice_noh".
4151	t	a	menandmice_noh	Men & Mice Remote Control	This entry is an alias to "menandmice-noh". This entry is now historic, not usable for use with many common service discovery mechanisms.
4151	u	a	menandmice-noh	Men & Mice Remote Control IANA assigned this well-formed service name as a replacement for "menandmice_noh".
4151	u	a	menandmice_noh	Men & Mice Remote Control	This entry is an alias to "menandmice-noh". This entry is now historic, not usable for use with many common service discovery mechanisms.
4152	t	a	idig-mux	iDigTech Multiplex IANA assigned this well-formed service name as a replacement for "idig_mux".
4152	t	a	idig_mux	iDigTech Multiplex	This entry is an alias to "idig-mux". This entry is now historic, not usable for use with many common service discovery mechanisms.
4152	u	a	idig-mux	iDigTech Multiplex IANA assigned this well-formed service name as a replacement for "idig_mux".
4152	u	a	idig_mux	iDigTech Multiplex	This entry is an alias to "idig-mux". This entry is now historic, not usable for use with many common service discovery mechanisms.
4153	tu	a	mbl-battd	MBL Remote Battery Monitoring
4154	tu	a	atlinks	atlinks device discovery
4155	tu	a	bzr	Bazaar version control system
4156	tu	a	stat-results	STAT Results
4157	tu	a	stat-scanner	STAT Scanner Control
4158	tu	a	stat-cc	STAT Command Center
4159	tu	a	nss	Network Security Service
4160	tu	a	jini-discovery	Jini Discovery
4161	tu	a	omscontact	OMS Contact
4162	tu	a	omstopology	OMS Topology
4163	tu	a	silverpeakpeer	Silver Peak Peer Protocol
4164	tu	a	silverpeakcomm	Silver Peak Communication Protocol
4165	tu	a	altcp	ArcLink over Ethernet
4166	tu	a	joost	Joost Peer to Peer Protocol
4167	tu	a	ddgn	DeskDirect Global Network
4168	tu	a	pslicser	PrintSoft License Server
4169	t	a	iadt	Automation Drive Interface Transport
4169	u	a	iadt-disc	Internet ADT Discovery Protocol
4170	t	a	d-cinema-csp	SMPTE Content Synchonization Protocol
4170	u	r		Reserved
4171	t	a	ml-svnet	Maxlogic Supervisor Communication
4171	u	r		Reserved
4172	tu	a	pcoip	PC over IP
4173	t	r		Reserved
4173	u	a	mma-discovery	MMA Device Discovery
4174	t	a	smcluster	StorMagic Cluster Services
4174	u	a	sm-disc	StorMagic Discovery
4175	t	a	bccp	Brocade Cluster Communication Protocol
4175	u	r		Reserved
4176	t	a	tl-ipcproxy	Translattice Cluster IPC Proxy
4176	u	r		Reserved
4177	tu	a	wello	Wello P2P pubsub service
4178	tu	a	storman	StorMan
4179	tu	a	MaxumSP	Maxum Services
4180	tu	a	httpx	HTTPX
4181	tu	a	macbak	MacBak
4182	tu	a	pcptcpservice	Production Company Pro TCP Service
4183	tu	a	cyborgnet	CyborgNet communications protocol
4184	t	a	universe-suite	UNIVERSE SUITE MESSAGE SERVICE IANA assigned this well-formed service name as a replacement for "universe_suite".
4184	t	a	universe_suite	UNIVERSE SUITE MESSAGE SERVICE	This entry is an alias to "universe-suite". This entry is now historic, not usable for use with many common service discovery mechanisms.
4184	u	a	universe-suite	UNIVERSE SUITE MESSAGE SERVICE IANA assigned this well-formed service name as a replacement for "universe_suite".
4184	u	a	universe_suite	UNIVERSE SUITE MESSAGE SERVICE	This entry is an alias to "universe-suite". This entry is now historic, not usable for use with many common service discovery mechanisms.
4185	tu	a	wcpp	Woven Control Plane Protocol
4186	t	a	boxbackupstore	Box Backup Store Service
4186	u	r		Reserved
4187	t	a	csc-proxy	Cascade Proxy IANA assigned this well-formed service name as a replacement for "csc_proxy".
4187	t	a	csc_proxy	Cascade Proxy	This entry is an alias to "csc-proxy". This entry is now historic, not usable for use with many common service discovery mechanisms.
4187	u	r		Reserved
4188	tu	a	vatata	Vatata Peer to Peer Protocol
4189	t	a	pcep	Path Computation Element Communication Protocol
4189	u	r		Reserved
4190	t	a	sieve	ManageSieve Protocol
4190	u	r		Reserved
4191	t	r		Reserved
4191	u	a	dsmipv6	Dual Stack MIPv6 NAT Traversal
4192	t	a	azeti	Azeti Agent Service
4192	u	a	azeti-bd	azeti blinddate
4193	t	a	pvxplusio	PxPlus remote file srvr
4193	u	r		Reserved
4194	t	a	spdm	Security Protocol and Data Model
4194	u	r		Reserved
4195	*	a	aws-wsp	AWS protocol for cloud remoting solution
4196	*	u		Unassigned
4197	tu	a	hctl	Harman HControl Protocol
4198	*	u		Unassigned
4199	tu	a	eims-admin	EIMS ADMIN
4200-4299	*	a	vrml-multi-use	VRML Multi User Systems
4300	tu	a	corelccam	Corel CCam
4301	tu	a	d-data	Diagnostic Data
4302	tu	a	d-data-control	Diagnostic Data Control
4303	tu	a	srcp	Simple Railroad Command Protocol
4304	tu	a	owserver	One-Wire Filesystem Server	Defined TXT keys: txtvers
4305	tu	a	batman	better approach to mobile ad-hoc networking
4306	tu	a	pinghgl	Hellgate London
4307	tu	a	trueconf	TrueConf Videoconference Service
4308	tu	a	compx-lockview	CompX-LockView
4309	tu	a	dserver	Exsequi Appliance Discovery
4310	tu	a	mirrtex	Mir-RT exchange service
4311	t	a	p6ssmc	P6R Secure Server Management Console
4311	u	r		Reserved
4312	t	a	pscl-mgt	Parascale Membership Manager
4312	u	r		Reserved
4313	t	a	perrla	PERRLA User Services
4313	u	r		Reserved
4314	t	a	choiceview-agt	ChoiceView Agent
4314	u	r		Reserved
4315	*	u		Unassigned		Unauthorized Use Known on port 4315
4316	t	a	choiceview-clt	ChoiceView Client
4316	u	r		Reserved
4317	t	a	opentelemetry	OpenTelemetry Protocol
4317	u	r		Reserved
4318	*	u		Unassigned
4319	tu	a	skytale	Sentyron SkyTale encrypted communication
4320	tu	a	fdt-rcatp	FDT Remote Categorization Protocol
4321	tu	a	rwhois	Remote Who Is
4322	tu	a	trim-event	TRIM Event Service
4323	tu	a	trim-ice	TRIM ICE Service
4324	*	r		Reserved	This entry is being removed on 2015-05-12.
4325	t	a	geognosisadmin	Cadcorp GeognoSIS Administrator
4325	u	a	geognosisman	Cadcorp GeognoSIS Administrator
4326	tu	a	geognosis	Cadcorp GeognoSIS
4327	tu	a	jaxer-web	Jaxer Web Protocol
4328	tu	a	jaxer-manager	Jaxer Manager Command Protocol
4329	t	a	publiqare-sync	PubliQare Distributed Environment Synchronisation Engine
4329	u	r		Reserved
4330	t	a	dey-sapi	DEY Storage Administration REST API
4330	u	r		Reserved
4331	t	a	ktickets-rest	ktickets REST API for event management and ticketing systems (embedded POS devices)
4331	u	r		Reserved
4332	t	a	getty-focus	Getty Images FOCUS service
4332	u	r		Reserved
4333	tus	a	ahsp	ArrowHead Service Protocol (AHSP)
4334	t	a	netconf-ch-ssh	NETCONF Call Home (SSH)
4334	u	r		Reserved
4335	t	a	netconf-ch-tls	NETCONF Call Home (TLS)
4335	u	r		Reserved
4336	t	a	restconf-ch-tls	RESTCONF Call Home (TLS)
4336	u	r		Reserved
4337-4339	*	u		Unassigned
4340	tu	a	gaia	Gaia Connector Protocol
4341	t	r		Reserved
4341	u	a	lisp-data	LISP Data Packets
4342	t	r		Reserved
4342	u	a	lisp-control	LISP Control Packets
4343	tu	a	unicall	UNICALL
4344	tu	a	vinainstall	VinaInstall
4345	tu	a	m4-network-as	Macro 4 Network AS
4346	tu	a	elanlm	ELAN LM
4347	tu	a	lansurveyor	LAN Surveyor
4348	tu	a	itose	ITOSE
4349	tu	a	fsportmap	File System Port Map
4350	tu	a	net-device	Net Device
4351	tu	a	plcy-net-svcs	PLCY Net Services
4352	tu	a	pjlink	Projector Link
4353	tu	a	f5-iquery	F5 iQuery
4354	tu	a	qsnet-trans	QSNet Transmitter
4355	tu	a	qsnet-workst	QSNet Workstation
4356	tu	a	qsnet-assist	QSNet Assistant
4357	tu	a	qsnet-cond	QSNet Conductor
4358	tu	a	qsnet-nucl	QSNet Nucleus
4359	tu	a	omabcastltkm	OMA BCAST Long-Term Key Messages
4360	t	a	matrix-vnet	Matrix VNet Communication Protocol IANA assigned this well-formed service name as a replacement for "matrix_vnet".
4360	t	a	matrix_vnet	Matrix VNet Communication Protocol	This entry is an alias to "matrix-vnet". This entry is now historic, not usable for use with many common service discovery mechanisms.
4360	u	r		Reserved
4361	t	r		Reserved
4361	u	a	nacnl	NavCom Discovery and Control Port
4362	t	r		Reserved
4362	u	a	afore-vdp-disc	AFORE vNode Discovery protocol
4363-4365	*	u		Unassigned
4366	u	a	shadowstream	ShadowStream System
4366	t	r		Reserved
4367	*	u		Unassigned
4368	tu	a	wxbrief	WeatherBrief Direct
4369	tu	a	epmd	Erlang Port Mapper Daemon
4370	t	a	elpro-tunnel	ELPRO V2 Protocol Tunnel IANA assigned this well-formed service name as a replacement for "elpro_tunnel".
4370	t	a	elpro_tunnel	ELPRO V2 Protocol Tunnel	This entry is an alias to "elpro-tunnel". This entry is now historic, not usable for use with many common service discovery mechanisms.
4370	u	a	elpro-tunnel	ELPRO V2 Protocol Tunnel IANA assigned this well-formed service name as a replacement for "elpro_tunnel".
4370	u	a	elpro_tunnel	ELPRO V2 Protocol Tunnel	This entry is an alias to "elpro-tunnel". This entry is now historic, not usable for use with many common service discovery mechanisms.
4371	t	a	l2c-control	LAN2CAN Control	Modified: 21 January 2010
4371	u	a	l2c-disc	LAN2CAN Discovery
4372	t	a	l2c-data	LAN2CAN Data	Modified: 21 January 2010
4372	u	a	l2c-data	LAN2CAN Data
4373	tu	a	remctl	Remote Authenticated Command Service
4374	t	a	psi-ptt	PSI Push-to-Talk Protocol
4374	u	r		Reserved
4375	tu	a	tolteces	Toltec EasyShare
4376	tu	a	bip	BioAPI Interworking
4377	tu	a	cp-spxsvr	Cambridge Pixel SPx Server
4378	tu	a	cp-spxdpy	Cambridge Pixel SPx Display
4379	tu	a	ctdb	CTDB
4380-4388	*	u		Unassigned
4389	tu	a	xandros-cms	Xandros Community Management Service
4390	tu	a	wiegand	Physical Access Control
4391	t	a	apwi-imserver	American Printware IMServer Protocol
4391	u	r		Reserved
4392	t	a	apwi-rxserver	American Printware RXServer Protocol
4392	u	r		Reserved
4393	t	a	apwi-rxspooler	American Printware RXSpooler Protocol
4393	u	r		Reserved
4394	t	r		Reserved
4394	u	a	apwi-disc	American Printware Discovery
4395	tu	a	omnivisionesx	OmniVision communication for Virtual environments
4396	t	a	fly	Fly Object Space
4396	u	r		Reserved
4397-4399	*	u		Unassigned
4400	tu	a	ds-srv	ASIGRA Services
4401	tu	a	ds-srvr	ASIGRA Televaulting DS-System Service
4402	tu	a	ds-clnt	ASIGRA Televaulting DS-Client Service
4403	tu	a	ds-user	ASIGRA Televaulting DS-Client Monitoring/Management
4404	tu	a	ds-admin	ASIGRA Televaulting DS-System Monitoring/Management
4405	tu	a	ds-mail	ASIGRA Televaulting Message Level Restore service
4406	tu	a	ds-slp	ASIGRA Televaulting DS-Sleeper Service
4407	t	a	nacagent	Network Access Control Agent
4407	u	r		Reserved
4408	t	a	slscc	SLS Technology Control Centre
4408	u	r		Reserved
4409	t	a	netcabinet-com	Net-Cabinet comunication
4409	u	r		Reserved
4410	t	a	itwo-server	RIB iTWO Application Server
4410	u	r		Reserved
4411	t	a	found	Found Messaging Protocol	Defined TXT keys: id, key
4411	u	r		Reserved
4412	t	r		Reserved
4412	u	a	smallchat	SmallChat
4413	t	a	vision-mon	FORTÉ Vision Monitoring platform
4413	u	a	vision-mon-disc	FORTÉ Vision Monitoring platform
4414	t	a	updog	Updog Monitoring and Status Framework
4414	u	r		Reserved
4415	t	a	brcd-vr-req	Brocade Virtual Router Request
4415	u	r		Reserved
4416	t	a	pjj-player	PJJ Media Player
4416	u	a	pjj-player-disc	PJJ Media Player discovery
4417	t	a	workflowdir	Workflow Director Communication
4417	u	r		Reserved
4418	t	r		Reserved
4418	u	a	axysbridge	AXYS communication protocol
4419	t	a	cbp	Colnod Binary Protocol
4419	u	r		Reserved
4420	tu	a	nvme	NVM Express over Fabrics storage access
4421	t	a	scaleft	Multi-Platform Remote Management for Cloud Infrastructure
4421	u	r		Reserved
4422	t	a	tsepisp	TSEP Installation Service Protocol
4422	u	r		Reserved
4423	t	a	thingkit	thingkit secure mesh
4423	u	r		Reserved
4424	*	u		Unassigned
4425	tu	a	netrockey6	NetROCKEY6 SMART Plus Service
4426	tu	a	beacon-port-2	SMARTS Beacon Port
4427	t	a	drizzle	Drizzle database server
4427	u	r		Reserved
4428	t	a	omviserver	OMV-Investigation Server-Client
4428	u	r		Reserved
4429	t	a	omviagent	OMV Investigation Agent-Server
4429	u	r		Reserved
4430	tu	a	rsqlserver	REAL SQL Server
4431	t	a	wspipe	adWISE Pipe
4431	u	r		Reserved
4432	tu	a	l-acoustics	L-ACOUSTICS management
4433	t	a	vop	Versile Object Protocol
4433	u	r		Reserved
4434-4440	*	u		Unassigned
4441	t	r		Reserved
4441	u	a	netblox	Netblox Protocol
4442	tu	a	saris	Saris
4443	tu	a	pharos	Pharos		Known Unauthorized Use on port 4443
4444	tu	a	krb524	KRB524		krb524 assigned the port, nv used it without an assignment
4444	tu	a	nv-video	NV Video default		krb524 assigned the port, nv used it without an assignment
4445	tu	a	upnotifyp	UPNOTIFYP
4446	tu	a	n1-fwp	N1-FWP
4447	tu	a	n1-rmgmt	N1-RMGMT
4448	tu	a	asc-slmd	ASC Licence Manager
4449	tu	a	privatewire	PrivateWire
4450	tu	a	camp	Common ASCII Messaging Protocol
4451	tu	a	ctisystemmsg	CTI System Msg
4452	tu	a	ctiprogramload	CTI Program Load
4453	tu	a	nssalertmgr	NSS Alert Manager
4454	tu	a	nssagentmgr	NSS Agent Manager
4455	tu	a	prchat-user	PR Chat User
4456	tu	a	prchat-server	PR Chat Server
4457	tu	a	prRegister	PR Register
4458	tu	a	mcp	Matrix Configuration Protocol
4459	*	u		Unassigned
4460	t	a	ntske	Network Time Security Key Establishment
4460	u	r		Reserved
4461-4479	*	u		Unassigned
4480	t	a	agtp	Agent Transfer Protocol
4480	u	a	agtp-quic	Agent Transfer Protocol over QUIC
4481-4483	*	u		Unassigned
4484	tu	a	hpssmgmt	hpssmgmt service
4485	t	a	assyst-dr	Assyst Data Repository Service
4485	u	r		Reserved
4486	tu	a	icms	Integrated Client Message Service
4487	t	a	prex-tcp	Protocol for Remote Execution over TCP
4487	u	r		Reserved
4488	tu	a	awacs-ice	Apple Wide Area Connectivity Service ICE Bootstrap
4489-4499	*	u		Unassigned		Known UNAUTHORIZED USE: Ports 4490 and 4491
4500	tu	a	ipsec-nat-t	IPsec NAT-Traversal
4501	*	u		Unassigned	De-registered 08 June 2001
4502	s	a	a25-fap-fgw	A25 (FAP-FGW)
4503	t	r		Reserved
4503	u	a	m-bus-oms	M-Bus-OMS over UDP
4504-4533	*	u		Unassigned
4534	t	r		Reserved
4534	u	a	armagetronad	Armagetron Advanced Game Server
4535	tu	a	ehs	Event Heap Server
4536	tu	a	ehs-ssl	Event Heap Server SSL
4537	tu	a	wssauthsvc	WSS Security Service
4538	tu	a	swx-gate	Software Data Exchange Gateway
4539-4544	*	u		Unassigned
4545	tu	a	worldscores	WorldScores
4546	tu	a	sf-lm	SF License Manager (Sentinel)
4547	tu	a	lanner-lm	Lanner License Manager
4548	tu	a	synchromesh	Synchromesh
4549	tu	a	aegate	Aegate PMR Service
4550	tu	a	gds-adppiw-db	Perman I Interbase Server
4551	tu	a	ieee-mih	MIH Services
4552	tu	a	menandmice-mon	Men and Mice Monitoring
4553	t	a	icshostsvc	ICS host services
4553	u	r		Reserved
4554	tu	a	msfrs	MS FRS Replication
4555	tu	a	rsip	RSIP Port
4556	t	a	dtn-bundle	DTN Bundle TCP CL Protocol
4556	u	a	dtn-bundle	DTN Bundle UDP CL Protocol
4556	d	a	dtn-bundle	DTN Bundle DCCP CL Protocol
4557	t	r		Reserved
4557	u	a	mtcevrunqss	Marathon everRun Quorum Service Server
4558	t	r		Reserved
4558	u	a	mtcevrunqman	Marathon everRun Quorum Service Manager
4559	tu	a	hylafax	HylaFAX
4560-4562	*	u		Unassigned
4563	t	a	amahi-anywhere	Amahi Anywhere
4563	u	r		Reserved
4564-4565	*	u		Unassigned
4566	tu	a	kwtc	Kids Watch Time Control Service
4567	tu	a	tram	TRAM
4568	tu	a	bmc-reporting	BMC Reporting
4569	tu	a	iax	Inter-Asterisk eXchange	Defined TXT keys: auth plaintext | md5 | rsakeys userid alphanumeric, additionally '_', '+', '-' secret any printable ASCII characters domain any DNS domain name or IP address extension alphanumeric, additionally '*', '#', '_', '+', '-' context alphanumeric, additionally '_', '+', '-' trunk yes | no | 0 | 1 welcome alphanumeric, additionally '*', '#', '_', '+', '-' voicemail alphanumeric, additionally '*', '#', '_', '+', '-' reception alphanumeric, additionally '*', '#', '_', '+', '-' echotest alphanumeric, additionally '*', '#', '_', '+', '-' ivrtest alphanumeric, additionally '*', '#', '_', '+', '-' All of these TXT record keys are optional, they may be omitted. Further keys may be added in the future.
4570	t	a	deploymentmap	Service to distribute and update within a site deployment information for Oracle Communications Suite
4570	u	r		Reserved
4571-4572	*	u		Unassigned
4573	t	a	cardifftec-back	A port for communication between a server and client for a custom backup system
4573	u	r		Reserved
4574-4589	*	u		Unassigned
4590	t	a	rid	RID over HTTP/TLS
4590	u	r		Reserved
4591	tu	a	l3t-at-an	HRPD L3T (AT-AN)
4592	t	r		Reserved
4592	u	a	hrpd-ith-at-an	HRPD-ITH (AT-AN)
4593	tu	a	ipt-anri-anri	IPT (ANRI-ANRI)
4594	tu	a	ias-session	IAS-Session (ANRI-ANRI)
4595	tu	a	ias-paging	IAS-Paging (ANRI-ANRI)
4596	tu	a	ias-neighbor	IAS-Neighbor (ANRI-ANRI)
4597	tu	a	a21-an-1xbs	A21 (AN-1xBS)
4598	tu	a	a16-an-an	A16 (AN-AN)
4599	tu	a	a17-an-an	A17 (AN-AN)
4600	tu	a	piranha1	Piranha1
4601	tu	a	piranha2	Piranha2
4602	t	a	mtsserver	EAX MTS Server
4602	u	r		Reserved
4603	t	a	menandmice-upg	Men & Mice Upgrade Agent
4603	u	r		Reserved
4604	t	a	irp	Identity Registration Protocol
4604	u	r		Reserved
4605	t	a	sixchat	Direct End to End Secure Chat Protocol
4605	u	r		Reserved
4606	t	a	sixid	Secure ID to IP registration and lookup
4606	u	r		Reserved
4607-4620	*	u		Unassigned
4621	t	r		Reserved
4621	u	a	ventoso	Bidirectional single port remote radio VOIP and Control stream
4622-4645	*	u		Unassigned
4646	tu	a	dots-signal	Distributed Denial-of-Service Open Threat Signaling (DOTS) Signal Channel Protocol. The service name is used to construct the SRV service names "_dots-signal._udp" and "_dots-signal._tcp" for discovering DOTS servers used to establish DOTS signal channel.
4647-4657	*	u		Unassigned
4658	tu	a	playsta2-app	PlayStation2 App Port
4659	tu	a	playsta2-lob	PlayStation2 Lobby Port
4660	tu	a	smaclmgr	smaclmgr
4661	tu	a	kar2ouche	Kar2ouche Peer location service
4662	tu	a	oms	OrbitNet Message Service
4663	tu	a	noteit	Note It! Message Service
4664	tu	a	ems	Rimage Messaging Server
4665	tu	a	contclientms	Container Client Message Service
4666	tu	a	eportcomm	E-Port Message Service
4667	tu	a	mmacomm	MMA Comm Services
4668	tu	a	mmaeds	MMA EDS Service
4669	tu	a	eportcommdata	E-Port Data Service
4670	tu	a	light	Light packets transfer protocol
4671	tu	a	acter	Bull RSF action server
4672	tu	a	rfa	remote file access server
4673	tu	a	cxws	CXWS Operations
4674	tu	a	appiq-mgmt	AppIQ Agent Management
4675	tu	a	dhct-status	BIAP Device Status
4676	tu	a	dhct-alerts	BIAP Generic Alert
4677	tu	a	bcs	Business Continuity Servi
4678	tu	a	traversal	boundary traversal
4679	tu	a	mgesupervision	MGE UPS Supervision
4680	tu	a	mgemanagement	MGE UPS Management
4681	tu	a	parliant	Parliant Telephony System
4682	tu	a	finisar	finisar
4683	tu	a	spike	Spike Clipboard Service
4684	tu	a	rfid-rp1	RFID Reader Protocol 1.0
4685	tu	a	autopac	Autopac Protocol
4686	tu	a	msp-os	Manina Service Protocol
4687	tu	a	nst	Network Scanner Tool FTP
4688	tu	a	mobile-p2p	Mobile P2P Service
4689	tu	a	altovacentral	Altova DatabaseCentral
4690	tu	a	prelude	Prelude IDS message proto
4691	tu	a	mtn	monotone Netsync Protocol
4692	tu	a	conspiracy	Conspiracy messaging
4693-4699	*	u		Unassigned
4700	tu	a	netxms-agent	NetXMS Agent
4701	tu	a	netxms-mgmt	NetXMS Management
4702	tu	a	netxms-sync	NetXMS Server Synchronization
4703	t	a	npqes-test	Network Performance Quality Evaluation System Test Service
4703	u	r		Reserved
4704	t	a	assuria-ins	Assuria Insider
4704	u	r		Reserved
4705-4710	*	u		Unassigned
4711	tus	a	trinity-dist	Trinity Trust Network Node Communication
4712-4724	*	u		Unassigned
4725	tu	a	truckstar	TruckStar Service
4726	t	r		Reserved
4726	u	a	a26-fap-fgw	A26 (FAP-FGW)
4727	t	a	fcis	F-Link Client Information Service
4727	u	a	fcis-disc	F-Link Client Information Service Discovery
4728	tu	a	capmux	CA Port Multiplexer
4729	t	r		Reserved
4729	u	a	gsmtap	GSM Interface Tap
4730	tu	a	gearman	Gearman Job Queue System
4731	t	a	remcap	Remote Capture Protocol
4731	u	r		Reserved
4732	t	r		Reserved
4732	u	a	ohmtrigger	OHM server trigger
4733	t	a	resorcs	RES Orchestration Catalog Services
4733	u	r		Reserved
4734-4736	*	u		Unassigned
4737	tu	a	ipdr-sp	IPDR/SP
4738	tu	a	solera-lpn	SoleraTec Locator
4739	tus	a	ipfix	IP Flow Info Export
4740	t	a	ipfixs	ipfix protocol over TLS
4740	us	a	ipfixs	ipfix protocol over DTLS
4741	tu	a	lumimgrd	Luminizer Manager
4742	t	a	sicct	SICCT
4742	u	a	sicct-sdp	SICCT Service Discovery Protocol
4743	tu	a	openhpid	openhpi HPI service
4744	tu	a	ifsp	Internet File Synchronization Protocol
4745	tu	a	fmp	Funambol Mobile Push
4746	t	r		Reserved
4746	u	a	intelliadm-disc	IntelliAdmin Discovery
4747	u	a	buschtrommel	peer-to-peer file exchange protocol
4747	t	r		Reserved
4748	*	u		Unassigned
4749	tu	a	profilemac	Profile for Mac
4750	tu	a	ssad	Simple Service Auto Discovery
4751	tu	a	spocp	Simple Policy Control Protocol
4752	tu	a	snap	Simple Network Audio Protocol
4753	t	a	simon	Simple Invocation of Methods Over Network (SIMON)
4753	u	a	simon-disc	Simple Invocation of Methods Over Network (SIMON) Discovery
4754	t	r		Reserved
4754	u	a	gre-in-udp	GRE-in-UDP Encapsulation
4755	t	r		Reserved
4755	u	a	gre-udp-dtls	GRE-in-UDP Encapsulation with DTLS
4756	t	a	RDCenter	Reticle Decision Center
4756	u	r		Reserved
4757-4773	*	u		Unassigned
4774	t	a	converge	Converge RPC
4774	u	r		Reserved
4775-4783	*	u		Unassigned
4784	tu	a	bfd-multi-ctl	BFD Multihop Control
4785	t	r		Reserved
4785	u	a	cncp	Cisco Nexus Control Protocol
4786	t	a	smart-install	Smart Install Service
4786	u	r		Reserved
4787	t	a	sia-ctrl-plane	Service Insertion Architecture (SIA) Control-Plane
4787	u	r		Reserved
4788	t	a	xmcp	eXtensible Messaging Client Protocol	Defined TXT keys: txtvers=1 (as described in the draft) protovers=<comma-separated list of major/minor versions supported> (examples: "protovers=1.0" "protovers=1.1,2.0"
4788	u	r		Reserved
4789	u	a	vxlan	Virtual eXtensible Local Area Network (VXLAN)
4789	t	r		Reserved
4790	u	a	vxlan-gpe	Generic Protocol Extension for Virtual eXtensible Local Area Network (VXLAN)
4790	t	r		Reserved
4791	u	a	roce	IP Routable RocE
4791	t	r		Reserved
4792	tu	a	unified-bus	IP Routable Unified Bus
4793	t	r		Reserved
4793	u	a	uet	Ultra Ethernet Transport
4794	t	r		Reserved
4794	u	a	veroce	veRoCE Transport Protocol
4795-4799	*	u		Unassigned
4800	tu	a	iims	Icona Instant Messenging System
4801	tu	a	iwec	Icona Web Embedded Chat
4802	tu	a	ilss	Icona License System Server
4803	t	a	notateit	Notateit Messaging
4803	u	a	notateit-disc	Notateit Messaging Discovery
4804	t	r		Reserved
4804	u	a	aja-ntv4-disc	AJA ntv4 Video System Discovery
4805-4826	*	u		Unassigned
4827	tu	a	htcp	HTCP
4828-4836	*	u		Unassigned
4837	tu	a	varadero-0	Varadero-0
4838	tu	a	varadero-1	Varadero-1
4839	tu	a	varadero-2	Varadero-2
4840	t	a	opcua-tcp	OPC UA Connection Protocol
4840	u	a	opcua-udp	OPC UA Multicast Datagram Protocol
4841	tu	a	quosa	QUOSA Virtual Library Service
4842	tu	a	gw-asv	nCode ICE-flow Library AppServer
4843	tu	a	opcua-tls	OPC UA TCP Protocol over TLS/SSL
4844	tu	a	gw-log	nCode ICE-flow Library LogServer
4845	tu	a	wcr-remlib	WordCruncher Remote Library Service
4846	t	a	contamac-icm	Contamac ICM Service IANA assigned this well-formed service name as a replacement for "contamac_icm".
4846	t	a	contamac_icm	Contamac ICM Service	This entry is an alias to "contamac-icm". This entry is now historic, not usable for use with many common service discovery mechanisms.
4846	u	a	contamac-icm	Contamac ICM Service IANA assigned this well-formed service name as a replacement for "contamac_icm".
4846	u	a	contamac_icm	Contamac ICM Service	This entry is an alias to "contamac-icm". This entry is now historic, not usable for use with many common service discovery mechanisms.
4847	tu	a	wfc	Web Fresh Communication
4848	tu	a	appserv-http	App Server - Admin HTTP
4849	tu	a	appserv-https	App Server - Admin HTTPS
4850	tu	a	sun-as-nodeagt	Sun App Server - NA
4851	tu	a	derby-repli	Apache Derby Replication
4852-4866	*	u		Unassigned
4867	tu	a	unify-debug	Unify Debugger
4868	tu	a	phrelay	Photon Relay
4869	tu	a	phrelaydbg	Photon Relay Debug
4870	tu	a	cc-tracking	Citcom Tracking Service
4871	tu	a	wired	Wired
4872-4875	*	u		Unassigned
4876	tu	a	tritium-can	Tritium CAN Bus Bridge Service
4877	tu	a	lmcs	Lighting Management Control System
4878	t	r		Reserved
4878	u	a	inst-discovery	Agilent Instrument Discovery
4879	t	a	wsdl-event	WSDL Event Receiver
4879	u	r		Reserved
4880	t	a	hislip	IVI High-Speed LAN Instrument Protocol
4880	u	r		Reserved
4881	t	r		Reserved
4881	u	a	socp-t	SOCP Time Synchronization Protocol
4882	t	r		Reserved
4882	u	a	socp-c	SOCP Control Protocol
4883	t	a	wmlserver	Meier-Phelps License Server
4883	u	r		Reserved
4884	tu	a	hivestor	HiveStor Distributed File System
4885	tu	a	abbs	ABBS
4886-4887	*	u		Unassigned
4888	t	a	xcap-portal	xcap code analysis portal public user access
4888	u	r		Reserved
4889	t	a	xcap-control	xcap code analysis portal cluster control and administration
4889	u	r		Reserved
4890-4893	*	u		Unassigned
4894	tu	a	lyskom	LysKOM Protocol A
4895-4898	*	u		Unassigned
4899	tu	a	radmin-port	RAdmin Port
4900	tu	a	hfcs	HFSQL Client/Server Database Engine
4901	t	a	flr-agent	FileLocator Remote Search Agent IANA assigned this well-formed service name as a replacement for "flr_agent".
4901	t	a	flr_agent	FileLocator Remote Search Agent	This entry is an alias to "flr-agent". This entry is now historic, not usable for use with many common service discovery mechanisms.
4901	u	r		Reserved
4902	t	a	magiccontrol	magicCONROL RF and Data Interface
4902	u	r		Reserved
4903-4911	*	u		Unassigned
4912	t	a	lutap	Technicolor LUT Access Protocol
4912	u	r		Reserved
4913	t	a	lutcp	LUTher Control Protocol
4914	tu	a	bones	Bones Remote Control
4915	t	a	frcs	Fibics Remote Control Service
4915	u	r		Reserved
4916-4935	*	u		Unassigned
4936	u	a	an-signaling	Signal protocol port for autonomic networking
4936	t	r		Reserved
4937	t	r		Reserved
4937	u	a	atsc-mh-ssc	ATSC-M/H Service Signaling Channel
4938-4939	*	u		Unassigned
4940	tu	a	eq-office-4940	Equitrac Office
4941	tu	a	eq-office-4941	Equitrac Office
4942	tu	a	eq-office-4942	Equitrac Office
4943-4948	*	u		Unassigned
4949	tu	a	munin	Munin Graphing Framework
4950	tu	a	sybasesrvmon	Sybase Server Monitor
4951	tu	a	pwgwims	PWG WIMS
4952	tu	a	sagxtsds	SAG Directory Server
4953	t	a	dbsyncarbiter	Synchronization Arbiter
4953	u	r		Reserved
4954-4968	*	u		Unassigned		Known UNAUTHORIZED USE: port 4967
4969	tu	a	ccss-qmm	CCSS QMessageMonitor
4970	tu	a	ccss-qsm	CCSS QSystemMonitor
4971	t	a	burp	BackUp and Restore Program
4971	u	r		Reserved
4972-4979	*	u		Unassigned
4980	u	a	ctxs-vpp	Citrix Virtual Path
4980	t	r		Reserved
4981-4982	*	u		Unassigned
4983	*	u		Unassigned
4984	t	a	webyast	WebYast
4984	u	r		Reserved
4985	t	a	gerhcs	GER HC Standard
4985	u	r		Reserved
4986	tu	a	mrip	Model Railway Interface Program
4987	tu	a	smar-se-port1	SMAR Ethernet Port 1
4988	tu	a	smar-se-port2	SMAR Ethernet Port 2
4989	tu	a	parallel	Parallel for GAUSS (tm)
4990	tu	a	busycal	BusySync Calendar Synch. Protocol	Defined TXT keys: Proprietary
4991	tu	a	vrt	VITA Radio Transport
4992-4998	*	u		Unassigned
4999	tu	a	hfcs-manager	HFSQL Client/Server Database Engine Manager
5000	tu	a	commplex-main	
5001	tu	a	commplex-link	
5002	tu	a	rfe	radio free ethernet
5003	t	a	fmpro-internal	FileMaker, Inc. - Proprietary transport
5003	u	a	fmpro-internal	FileMaker, Inc. - Proprietary name binding
5004	tud	a	avt-profile-1	RTP media data
5005	tud	a	avt-profile-2	RTP control protocol
5006	tu	a	wsm-server	wsm server
5007	tu	a	wsm-server-ssl	wsm server ssl
5008	tu	a	synapsis-edge	Synapsis EDGE
5009	tu	a	winfs	Microsoft Windows Filesystem
5010	tu	a	telelpathstart	TelepathStart
5011	tu	a	telelpathattack	TelepathAttack
5012	tu	a	nsp	NetOnTap Service
5013	tu	a	fmpro-v6	FileMaker, Inc. - Proprietary transport
5014	t	r		Reserved
5014	u	a	onpsocket	Overlay Network Protocol
5015	t	a	fmwp	FileMaker, Inc. - Web publishing
5015	u	r		Reserved
5016-5019	*	u		Unassigned
5020	tu	a	zenginkyo-1	zenginkyo-1
5021	tu	a	zenginkyo-2	zenginkyo-2
5022	tu	a	mice	mice server
5023	tu	a	htuilsrv	Htuil Server for PLD2
5024	tu	a	scpi-telnet	SCPI-TELNET
5025	tu	a	scpi-raw	SCPI-RAW
5026	tu	a	strexec-d	Storix I/O daemon (data)
5027	tu	a	strexec-s	Storix I/O daemon (stat)
5028	t	a	qvr	Quiqum Virtual Relais
5028	u	r		Reserved
5029	tu	a	infobright	Infobright Database Server
5030	tu	r		Reserved	Historic usage was surfpass. De-Assigned on 2022-01-10
5031	t	r		Reserved
5031	u	a	dmp	Direct Message Protocol
5032	t	a	signacert-agent	SignaCert Enterprise Trust Server Agent
5032	u	r		Reserved
5033	t	a	jtnetd-server	Janstor Secure Data
5033	u	r		Reserved
5034	t	a	jtnetd-status	Janstor Status
5034	u	r		Reserved
5035-5041	*	u		Unassigned
5042	tu	a	asnaacceler8db	asnaacceler8db
5043	tu	a	swxadmin	ShopWorX Administration
5044	tu	a	lxi-evntsvc	LXI Event Service
5045	t	a	osp	Open Settlement Protocol
5045	u	r		Reserved
5046	t	r		Reserved
5046	u	a	vpm-udp	Vishay PM UDP Service
5047	t	r		Reserved
5047	u	a	iscape	iSCAPE Data Broadcasting
5048	t	a	texai	Texai Message Service
5048	u	r		Reserved
5049	tu	a	ivocalize	iVocalize Web Conference
5050	tu	a	mmcc	multimedia conference control tool
5051	tu	a	ita-agent	ITA Agent
5052	tu	a	ita-manager	ITA Manager
5053	t	a	rlm	RLM License Server
5053	u	a	rlm-disc	RLM Discovery Server
5054	t	a	rlm-admin	RLM administrative interface
5054	u	r		Reserved
5055	tu	a	unot	UNOT
5056	tu	a	intecom-ps1	Intecom Pointspan 1
5057	tu	a	intecom-ps2	Intecom Pointspan 2
5058	t	r		Reserved
5058	u	a	locus-disc	Locus Discovery
5059	tu	a	sds	SIP Directory Services
5060	tus	a	sip	SIP
5061	tus	a	sips	SIP-TLS
5062	tu	a	na-localise	Localisation access
5063	t	a	csrpc	centrify secure RPC
5063	u	r		Reserved
5064	tu	a	ca-1	Channel Access 1
5065	tu	a	ca-2	Channel Access 2
5066	tu	a	stanag-5066	STANAG-5066-SUBNET-INTF
5067	tu	a	authentx	Authentx Service
5068	t	a	bitforestsrv	Bitforest Data Service
5068	u	r		Reserved
5069	tu	a	i-net-2000-npr	I/Net 2000-NPR
5070	tu	a	vtsas	VersaTrans Server Agent Service
5071	tu	a	powerschool	PowerSchool
5072	tu	a	ayiya	Anything In Anything
5073	tu	a	tag-pm	Advantage Group Port Mgr
5074	tu	a	alesquery	ALES Query
5075	t	a	pvaccess	Experimental Physics and Industrial Control System
5075	u	r		Reserved
5076-5077	*	u		Unassigned
5078	u	a	pixelpusher	PixelPusher pixel data
5078	t	r		Reserved
5079	t	r		Reserved
5079	u	a	cp-spxrpts	Cambridge Pixel SPx Reports
5080	tu	a	onscreen	OnScreen Data Collection Service
5081	tu	a	sdl-ets	SDL - Ent Trans Server
5082	tu	a	qcp	Qpur Communication Protocol
5083	tu	a	qfp	Qpur File Protocol
5084	tu	a	llrp	EPCglobal Low-Level Reader Protocol	Defined TXT keys: None. RFID reader Low Level Reader Protocol
5085	tu	a	encrypted-llrp	EPCglobal Encrypted LLRP
5086	t	a	aprigo-cs	Aprigo Collection Service
5086	u	r		Reserved
5087	t	a	biotic	BIOTIC - Binary Internet of Things Interoperable Communication
5087	u	r		Reserved
5088-5089	*	u		Unassigned
5090	s	a	car	Candidate AR
5091	s	a	cxtp	Context Transfer Protocol
5092	t	r		Reserved
5092	u	a	magpie	Magpie Binary
5093	tu	a	sentinel-lm	Sentinel LM
5094	tu	a	hart-ip	HART-IP
5095-5098	*	u		Unassigned
5099	tu	a	sentlm-srv2srv	SentLM Srv2Srv
5100	tu	a	socalia	Socalia service mux
5101	t	a	talarian-tcp	Talarian_TCP
5101	u	a	talarian-udp	Talarian_UDP
5102	tu	a	oms-nonsecure	Oracle OMS non-secure
5103	t	a	actifio-c2c	Actifio C2C
5103	u	r		Reserved
5104	t	r		Reserved
5104	u	a	tinymessage	TinyMessage
5105	t	r		Reserved
5105	u	a	hughes-ap	Hughes Association Protocol
5106	t	a	actifioudsagent	Actifio UDS Agent
5106	u	r		Reserved
5107	t	a	actifioreplic	Disk to Disk replication between Actifio Clusters
5107	u	r		Reserved
5108-5110	*	u		Unassigned
5111	tu	a	taep-as-svc	TAEP AS service
5112	tu	a	pm-cmdsvr	PeerMe Msg Cmd Service
5113	*	u		Unassigned
5114	t	a	ev-services	Enterprise Vault Services
5114	u	r		Reserved
5115	t	a	autobuild	Symantec Autobuild Service
5115	u	r		Reserved
5116	t	r		Reserved
5116	u	a	emb-proj-cmd	EPSON Projecter Image Transfer
5117	t	a	gradecam	GradeCam Image Processing
5117	u	r		Reserved
5118-5119	*	u		Unassigned
5120	tu	a	barracuda-bbs	Barracuda Backup Protocol
5121-5132	*	u		Unassigned
5133	tu	a	nbt-pc	Policy Commander
5134	t	a	ppactivation	PP ActivationServer
5134	u	r		Reserved
5135	t	a	erp-scale	ERP-Scale	Defined TXT keys: RFC=<RFC destination and status> Device=<Scale device and status>
5135	u	r		Reserved
5136	t	r		Reserved
5136	u	a	minotaur-sa	Minotaur SA
5137	tu	a	ctsd	MyCTS server port
5138-5144	*	u		Unassigned
5145	t	a	rmonitor-secure	RMONITOR SECURE IANA assigned this well-formed service name as a replacement for "rmonitor_secure".
5145	t	a	rmonitor_secure	RMONITOR SECURE	This entry is an alias to "rmonitor-secure". This entry is now historic, not usable for use with many common service discovery mechanisms.
5145	u	a	rmonitor-secure	RMONITOR SECURE IANA assigned this well-formed service name as a replacement for "rmonitor_secure".
5145	u	a	rmonitor_secure	RMONITOR SECURE	This entry is an alias to "rmonitor-secure". This entry is now historic, not usable for use with many common service discovery mechanisms.
5146	t	a	social-alarm	Social Alarm Service
5146	u	r		Reserved
5147-5149	*	u		Unassigned
5150	tu	a	atmp	Ascend Tunnel Management Protocol
5151	t	a	esri-sde	ESRI SDE Instance IANA assigned this well-formed service name as a replacement for "esri_sde".		Unauthorized Use Known on ports 5151 and 5152
5151	t	a	esri_sde	ESRI SDE Instance	This entry is an alias to "esri-sde". This entry is now historic, not usable for use with many common service discovery mechanisms.
5151	u	a	esri-sde	ESRI SDE Remote Start IANA assigned this well-formed service name as a replacement for "esri_sde".		Unauthorized Use Known on ports 5151 and 5152
5151	u	a	esri_sde	ESRI SDE Remote Start	This entry is an alias to "esri-sde". This entry is now historic, not usable for use with many common service discovery mechanisms.
5152	tu	a	sde-discovery	ESRI SDE Instance Discovery		Unauthorized Use Known on ports 5151 and 5152
5153	t	r		Reserved	Historic usage was toruxserver. De-Assigned on 2018-04-19
5153	u	r		Reserved
5154	tu	a	bzflag	BZFlag game server
5155	tu	a	asctrl-agent	Oracle asControl Agent
5156	t	a	rugameonline	Russian Online Game
5156	u	r		Reserved
5157	t	a	mediat	Mediat Remote Object Exchange
5157	u	r		Reserved
5158-5160	*	u		Unassigned
5161	t	a	snmpssh	SNMP over SSH Transport Model
5161	u	r		Reserved
5162	t	a	snmpssh-trap	SNMP Notification over SSH Transport Model		Known Unauthorized Use on port 5162
5162	u	r		Reserved		Known Unauthorized Use on port 5162
5163	t	a	sbackup	Shadow Backup
5163	u	r		Reserved
5164	t	a	vpa	Virtual Protocol Adapter
5164	u	a	vpa-disc	Virtual Protocol Adapter Discovery
5165	t	a	ife-icorp	ife_1corp IANA assigned this well-formed service name as a replacement for "ife_icorp".
5165	t	a	ife_icorp	ife_1corp	This entry is an alias to "ife-icorp". This entry is now historic, not usable for use with many common service discovery mechanisms.
5165	u	a	ife-icorp	ife_1corp IANA assigned this well-formed service name as a replacement for "ife_icorp".
5165	u	a	ife_icorp	ife_1corp	This entry is an alias to "ife-icorp". This entry is now historic, not usable for use with many common service discovery mechanisms.
5166	tu	a	winpcs	WinPCS Service Connection
5167	tu	a	scte104	SCTE104 Connection
5168	tu	a	scte30	SCTE30 Connection
5169-5171	*	u		Unassigned
5172	t	a	pcoip-mgmt	PC over IP Endpoint Management
5172	u	r		Reserved
5173-5189	*	u		Unassigned
5190	tu	a	aol	America-Online
5191	tu	a	aol-1	AmericaOnline1
5192	tu	a	aol-2	AmericaOnline2
5193	tu	a	aol-3	AmericaOnline3
5194	t	a	cpscomm	CipherPoint Config Service
5194	u	r		Reserved
5195	t	a	ampl-lic	The protocol is used by a license server and client programs to control use of program licenses that float to networked machines
5195	u	r		Reserved
5196	t	a	ampl-tableproxy	The protocol is used by two programs that exchange "table" data used in the AMPL modeling language
5196	u	r		Reserved
5197	t	a	tunstall-lwp	Tunstall Lone worker device interface
5197	u	r		Reserved
5198-5199	*	u		Unassigned
5200	tu	a	targus-getdata	TARGUS GetData
5201	tu	a	targus-getdata1	TARGUS GetData 1
5202	tu	a	targus-getdata2	TARGUS GetData 2
5203	tu	a	targus-getdata3	TARGUS GetData 3
5204-5208	*	u		Unassigned
5209	t	a	nomad	Nomad Device Video Transfer
5209	u	r		Reserved
5210-5214	*	u		Unassigned
5215	t	a	noteza	NOTEZA Data Safety Service
5215	u	r		Reserved
5215	s	a	noteza	NOTEZA Data Safety Service
5216-5220	*	u		Unassigned
5221	t	a	3exmp	3eTI Extensible Management Protocol for OAMP
5221	u	r		Reserved
5222	t	a	xmpp-client	XMPP Client Connection
5222	u	r		Reserved
5223	tu	a	hpvirtgrp	HP Virtual Machine Group Management
5224	tu	a	hpvirtctrl	HP Virtual Machine Console Operations
5225	tu	a	hp-server	HP Server
5226	tu	a	hp-status	HP Status
5227	tu	a	perfd	HP System Performance Metric Service
5228	t	a	hpvroom	HP Virtual Room Service
5228	u	r		Reserved
5229	t	a	jaxflow	Netflow/IPFIX/sFlow Collector and Forwarder Management
5229	u	r		Reserved
5230	t	a	jaxflow-data	JaxMP RealFlow application and protocol data
5230	u	r		Reserved
5231	t	a	crusecontrol	Remote Control of Scan Software for Cruse Scanners
5231	u	r		Reserved
5232	t	a	csedaemon	Cruse Scanning System Service
5232	u	r		Reserved
5233	t	a	enfs	Etinnae Network File Service
5233	u	r		Reserved
5234	tu	a	eenet	EEnet communications
5235	tu	a	galaxy-network	Galaxy Network Service
5236	tu	a	padl2sim	
5237	tu	a	mnet-discovery	m-net discovery
5238-5241	*	u		Unassigned
5242	t	a	attune	ATTUne API
5242	u	r		Reserved
5243	t	a	xycstatus	xyClient Status API and rendevous point
5243	u	r		Reserved
5244	*	u		Unassigned
5245	t	a	downtools	DownTools Control Protocol
5245	u	a	downtools-disc	DownTools Discovery Protocol
5246	t	r		Reserved
5246	u	a	capwap-control	CAPWAP Control Protocol
5247	t	r		Reserved
5247	u	a	capwap-data	CAPWAP Data Protocol
5248	tu	a	caacws	CA Access Control Web Service
5249	tu	a	caaclang2	CA AC Lang Service
5250	tu	a	soagateway	soaGateway
5251	tu	a	caevms	CA eTrust VM Service
5252	tu	a	movaz-ssc	Movaz SSC
5253	t	a	kpdp	Kohler Power Device Protocol
5253	u	r		Reserved
5254	t	a	logcabin	LogCabin storage service
5254	u	r		Reserved
5255-5263	*	u		Unassigned
5264	tu	a	3com-njack-1	3Com Network Jack Port 1
5265	tu	a	3com-njack-2	3Com Network Jack Port 2
5266-5268	*	u		Unassigned
5269	t	a	xmpp-server	XMPP Server Connection
5269	u	r		Reserved
5270	tu	a	cartographerxmp	Cartographer XMP
5271	t	a	cuelink	StageSoft CueLink messaging
5271	u	a	cuelink-disc	StageSoft CueLink discovery
5272	tu	a	pk	PK
5273-5279	*	u		Unassigned
5280	t	a	xmpp-bosh	Bidirectional-streams Over Synchronous HTTP (BOSH)
5280	u	r		Reserved
5281	t	a	undo-lm	Undo License Manager
5281	u	r		Reserved
5282	tu	a	transmit-port	Marimba Transmitter Port
5283-5297	*	u		Unassigned
5298	tu	a	presence	XMPP Link-Local Messaging	Defined TXT keys: See http://www.xmpp.org/registrar/linklocal.html
5299	tu	a	nlg-data	NLG Data Service
5300	tu	a	hacl-hb	HA cluster heartbeat
5301	tu	a	hacl-gs	HA cluster general services
5302	tu	a	hacl-cfg	HA cluster configuration
5303	tu	a	hacl-probe	HA cluster probing
5304	tu	a	hacl-local	HA Cluster Commands
5305	tu	a	hacl-test	HA Cluster Test
5306	tu	a	sun-mc-grp	Sun MC Group
5307	tu	a	sco-aip	SCO AIP
5308	tu	a	cfengine	CFengine
5309	tu	a	jprinter	J Printer
5310	tu	a	outlaws	Outlaws
5311	*	u		Unassigned
5312	tu	a	permabit-cs	Permabit Client-Server
5313	tu	a	rrdp	Real-time & Reliable Data
5314	tu	a	opalis-rbt-ipc	opalis-rbt-ipc
5315	tu	a	hacl-poll	HA Cluster UDP Polling
5316	t	a	hpbladems	HPBladeSystem Monitor Service
5316	u	u		Unassigned
5317	t	a	hpdevms	HP Device Monitor Service
5317	u	r		Reserved
5318	t	a	pkix-cmc	PKIX Certificate Management using CMS (CMC)
5318	u	r		Reserved
5319	tu	a	roughtime	Roughtime time synchronization
5320	t	a	bsfserver-zn	Webservices-based Zn interface of BSF
5320	u	r		Reserved
5321	t	a	bsfsvr-zn-ssl	Webservices-based Zn interface of BSF over SSL
5321	u	r		Reserved
5322-5342	*	u		Unassigned
5343	tu	a	kfserver	Sculptor Database Server
5344	tu	a	xkotodrcp	xkoto DRCP
5345-5348	*	u		Unassigned
5349	t	a	stuns	Session Traversal Utilities for NAT (STUN) port
5349	u	a	stuns	STUN over DTLS	This service name was initially created by [RFC5389].
5349	t	a	turns	TURN over TLS
5349	u	a	turns	TURN over DTLS	This service name was initially created by [RFC8656].
5349	t	a	stun-behaviors	STUN Behavior Discovery over TLS
5349	u	a	stun-behaviors	Reserved for a future enhancement of STUN-BEHAVIOR
5350	t	r		Reserved
5350	u	a	pcp-multicast	Port Control Protocol Multicast
5351	t	r		Reserved
5351	u	a	pcp	Port Control Protocol
5352	tu	a	dns-llq	DNS Long-Lived Queries
5353	tu	a	mdns	Multicast DNS
5354	tu	a	mdnsresponder	Multicast DNS Responder IPC
5355	tu	a	llmnr	LLMNR
5356	tu	a	ms-smlbiz	Microsoft Small Business
5357	tu	a	wsdapi	Web Services for Devices
5358	tu	a	wsdapi-s	WS for Devices Secured
5359	tu	a	ms-alerter	Microsoft Alerter
5360	tu	a	ms-sideshow	Protocol for Windows SideShow
5361	tu	a	ms-s-sideshow	Secure Protocol for Windows SideShow
5362	tu	a	serverwsd2	Microsoft Windows Server WSD2 Service
5363	tu	a	net-projection	Windows Network Projection
5364	u	a	kdnet	Microsoft Kernel Debugger
5364	t	r		Reserved
5365-5396	*	u		Unassigned
5397	tu	a	stresstester	StressTester(tm) Injector
5398	tu	a	elektron-admin	Elektron Administration
5399	tu	a	securitychase	SecurityChase
5400	tu	a	excerpt	Excerpt Search
5401	tu	a	excerpts	Excerpt Search Secure
5402	tu	a	mftp	OmniCast MFTP
5403	tu	a	hpoms-ci-lstn	HPOMS-CI-LSTN
5404	tu	a	hpoms-dps-lstn	HPOMS-DPS-LSTN
5405	tu	a	netsupport	NetSupport
5406	tu	a	systemics-sox	Systemics Sox
5407	tu	a	foresyte-clear	Foresyte-Clear
5408	tu	a	foresyte-sec	Foresyte-Sec
5409	tu	a	salient-dtasrv	Salient Data Server
5410	tu	a	salient-usrmgr	Salient User Manager
5411	tu	a	actnet	ActNet
5412	tu	a	continuus	Continuus
5413	tu	a	wwiotalk	WWIOTALK
5414	tu	a	statusd	StatusD
5415	tu	a	ns-server	NS Server
5416	tu	a	sns-gateway	SNS Gateway
5417	tu	a	sns-agent	SNS Agent
5418	tu	a	mcntp	MCNTP
5419	tu	a	dj-ice	DJ-ICE
5420	tu	a	cylink-c	Cylink-C
5421	tu	a	netsupport2	Net Support 2
5422	tu	a	salient-mux	Salient MUX
5423	tu	a	virtualuser	VIRTUALUSER
5424	tu	a	beyond-remote	Beyond Remote
5425	tu	a	br-channel	Beyond Remote Command Channel
5426	tu	a	devbasic	DEVBASIC
5427	tu	a	sco-peer-tta	SCO-PEER-TTA
5428	tu	a	telaconsole	TELACONSOLE
5429	tu	a	base	Billing and Accounting System Exchange
5430	tu	a	radec-corp	RADEC CORP
5431	tu	a	park-agent	PARK AGENT
5432	tu	a	postgresql	PostgreSQL Database
5433	tu	a	pyrrho	Pyrrho DBMS
5434	tu	a	sgi-arrayd	SGI Array Services Daemon
5435	tu	a	sceanics	SCEANICS situation and action notification
5436	t	r		Reserved
5436	u	a	pmip6-cntl	pmip6-cntl
5437	t	r		Reserved
5437	u	a	pmip6-data	pmip6-data
5438-5442	*	u		Unassigned
5443	tu	a	spss	Pearson HTTPS
5444	*	u		Unassigned		Known UNAUTHORIZED USE: Port 5444
5445	t	a	smbdirect	Server Message Block over Remote Direct Memory Access
5445	u	r		Reserved
5445	s	a	smbdirect	Server Message Block over Remote Direct Memory Access
5446-5449	*	u		Unassigned
5450	t	a	tiepie	TiePie engineering data acquisition
5450	u	a	tiepie-disc	TiePie engineering data acquisition (discovery)
5451-5452	*	u		Unassigned
5453	tu	a	surebox	SureBox
5454	tu	a	apc-5454	APC 5454
5455	tu	a	apc-5455	APC 5455
5456	tu	a	apc-5456	APC 5456
5457-5460	*	u		Unassigned
5461	tu	a	silkmeter	SILKMETER
5462	tu	a	ttl-publisher	TTL Publisher
5463	tu	a	ttlpriceproxy	TTL Price Proxy
5464	tu	a	quailnet	Quail Networks Object Broker
5465	tu	a	netops-broker	NETOPS-BROKER
5466-5469	*	u		Unassigned
5470	t	a	apsolab-col	The Apsolab company's data collection protocol (native api)
5470	u	r		Reserved
5471	t	a	apsolab-cols	The Apsolab company's secure data collection protocol (native api)
5471	u	r		Reserved
5472	t	a	apsolab-tag	The Apsolab company's dynamic tag protocol
5472	u	r		Reserved
5473	t	a	apsolab-tags	The Apsolab company's secure dynamic tag protocol
5473	u	r		Reserved
5474	u	a	apsolab-rpc	The Apsolab company's status query protocol
5474	t	r		Reserved
5475	t	a	apsolab-data	The Apsolab company's data retrieval protocol
5475	u	r		Reserved
5476-5499	*	u		Unassigned
5500	tu	a	fcp-addr-srvr1	fcp-addr-srvr1
5501	tu	a	fcp-addr-srvr2	fcp-addr-srvr2
5502	tu	a	fcp-srvr-inst1	fcp-srvr-inst1
5503	tu	a	fcp-srvr-inst2	fcp-srvr-inst2
5504	tu	a	fcp-cics-gw1	fcp-cics-gw1
5505	tu	a	checkoutdb	Checkout Database
5506	tu	a	amc	Amcom Mobile Connect
5507	t	a	psl-management	PowerSysLab Electrical Management
5507	u	r		Reserved
5508-5539	*	u		Unassigned
5540	tu	a	matter	Matter Operational Discovery and Communi
5541-5542	*	u		Unassigned
5543	t	a	qftest-licserve	QF-Test License Server
5543	u	r		Reserved
5544-5549	*	u		Unassigned
5550	t	a	cbus	Model Railway control using the CBUS message protocol
5550	u	r		Reserved
5551-5552	*	u		Unassigned
5553	tu	a	sgi-eventmond	SGI Eventmond Port
5554	tu	a	sgi-esphttp	SGI ESP HTTP
5555	tu	a	personal-agent	Personal Agent		Known UNAUTHORIZED USEs on port 5555
5556	tu	a	freeciv	Freeciv gameplay		Known Unauthorized Use on port 5556
5557	t	a	farenet	Sandlab FARENET
5557	u	r		Reserved
5558-5564	*	u		Unassigned
5565	t	a	dp-bura	Data Protector BURA
5565	u	r		Reserved
5566	t	a	westec-connect	Westec Connect
5566	u	r		Reserved
5567	tu	a	dof-dps-mc-sec	DOF Protocol Stack Multicast/Secure Transport
5568	tu	a	sdt	Session Data Transport Multicast
5569	t	a	rdmnet-ctrl	PLASA E1.33, Remote Device Management (RDM) controller status notifications
5569	u	a	rdmnet-device	PLASA E1.33, Remote Device Management (RDM) messages
5570-5572	*	u		Unassigned		Known UNAUTHORIZED USE on Port 5570
5573	tu	a	sdmmp	SAS Domain Management Messaging Protocol
5574	t	a	lsi-bobcat	SAS IO Forwarding
5574	u	r		Reserved
5575	t	a	ora-oap	Oracle Access Protocol
5575	u	r		Reserved
5576-5578	*	u		Unassigned
5579	t	a	fdtracks	FleetDisplay Tracking Service
5579	u	r		Reserved
5580	tu	a	tmosms0	T-Mobile SMS Protocol Message 0
5581	tu	a	tmosms1	T-Mobile SMS Protocol Message 1
5582	tu	a	fac-restore	T-Mobile SMS Protocol Message 3
5583	tu	a	tmo-icon-sync	T-Mobile SMS Protocol Message 2
5584	tu	a	bis-web	BeInSync-Web
5585	tu	a	bis-sync	BeInSync-sync
5586	t	a	att-mt-sms	Planning to send mobile terminated SMS to the specific port so that the SMS is not visible to the client
5586	u	r		Reserved
5587-5596	*	u		Unassigned
5597	tu	a	ininmessaging	inin secure messaging
5598	tu	a	mctfeed	MCT Market Data Feed
5599	tu	a	esinstall	Enterprise Security Remote Install
5600	tu	a	esmmanager	Enterprise Security Manager
5601	tu	a	esmagent	Enterprise Security Agent
5602	tu	a	a1-msc	A1-MSC
5603	tu	a	a1-bs	A1-BS
5604	tu	a	a3-sdunode	A3-SDUNode
5605	tu	a	a4-sdunode	A4-SDUNode
5606-5617	*	u		Unassigned
5618	t	a	efr	Fiscal Registering Protocol
5618	u	r		Reserved
5619-5626	*	u		Unassigned
5627	tu	a	ninaf	Node Initiated Network Association Forma
5628	tu	a	htrust	HTrust API
5629	tu	a	symantec-sfdb	Symantec Storage Foundation for Database
5630	tu	a	precise-comm	PreciseCommunication
5631	tu	a	pcanywheredata	pcANYWHEREdata
5632	tu	a	pcanywherestat	pcANYWHEREstat
5633	tu	a	beorl	BE Operations Request Listener
5634	tu	a	xprtld	SF Message Service
5635	t	a	sfmsso	SFM Authentication Subsystem
5635	u	r		Reserved
5636	t	a	sfm-db-server	SFMdb - SFM DB server
5636	u	r		Reserved
5637	t	a	cssc	Symantec CSSC
5637	u	r		Reserved
5638	t	a	flcrs	Symantec Fingerprint Lookup and Container Reference Service
5638	u	r		Reserved
5639	t	a	ics	Symantec Integrity Checking Service
5639	u	r		Reserved
5640-5645	*	u		Unassigned
5646	t	a	vfmobile	Ventureforth Mobile
5646	u	r		Reserved
5647-5665	*	u		Unassigned
5666	t	a	nrpe	Nagios Remote Plugin Executor
5666	u	r		Reserved
5667-5669	*	u		Unassigned
5670	t	a	filemq	ZeroMQ file publish-subscribe protocol
5670	u	a	zre-disc	Local area discovery and messaging over ZeroMQ
5671	tu	a	amqps	amqp protocol over TLS/SSL
5672	tus	a	amqp	AMQP
5673	tu	a	jms	JACL Message Server
5674	tu	a	hyperscsi-port	HyperSCSI Port
5675	tus	a	v5ua	V5UA application port
5676	tu	a	raadmin	RA Administration
5677	tu	a	questdb2-lnchr	Quest Central DB2 Launchr
5678	tu	a	rrac	Remote Replication Agent Connection
5679	tu	a	dccm	Direct Cable Connect Manager
5680	tu	a	auriga-router	Auriga Router Service
5681	tu	a	ncxcp	Net-coneX Control Protocol
5682	t	r		Reserved
5682	u	a	brightcore	BrightCore control & data transfer exchange
5683	t	a	coap	Constrained Application Protocol (CoAP)
5683	u	a	coap	Constrained Application Protocol
5684	t	a	coaps	Constrained Application Protocol (CoAP)
5684	u	a	coaps	DTLS-secured CoAP
5685-5686	*	u		Unassigned
5687	u	a	gog-multiplayer	GOG multiplayer game protocol
5687	t	r		Reserved
5688	tu	a	ggz	GGZ Gaming Zone
5689	tu	a	qmvideo	QM video network management protocol
5690-5692	*	u		Unassigned
5693	t	a	rbsystem	Robert Bosch Data Transfer
5693	u	r		Reserved
5694-5695	*	u		Unassigned
5696	t	a	kmip	Key Management Interoperability Protocol
5696	u	r		Reserved
5697-5699	*	u		Unassigned
5700	t	a	supportassist	Dell SupportAssist data center management
5700	u	r		Reserved
5701-5704	*	u		Unassigned
5705	t	a	storageos	StorageOS REST API
5705	u	r		Reserved
5706-5712	*	u		Unassigned
5713	tu	a	proshareaudio	proshare conf audio
5714	tu	a	prosharevideo	proshare conf video
5715	tu	a	prosharedata	proshare conf data
5716	tu	a	prosharerequest	proshare conf request
5717	tu	a	prosharenotify	proshare conf notify
5718	tu	a	dpm	DPM Communication Server
5719	tu	a	dpm-agent	DPM Agent Coordinator
5720	tu	a	ms-licensing	MS-Licensing
5721	tu	a	dtpt	Desktop Passthru Service
5722	tu	a	msdfsr	Microsoft DFS Replication Service
5723	tu	a	omhs	Operations Manager - Health Service
5724	tu	a	omsdk	Operations Manager - SDK Service
5725	t	a	ms-ilm	Microsoft Identity Lifecycle Manager
5725	u	r		Reserved
5726	t	a	ms-ilm-sts	Microsoft Lifecycle Manager Secure Token Service
5726	u	r		Reserved
5727	t	a	asgenf	ASG Event Notification Framework
5727	u	r		Reserved
5728	t	a	io-dist-data	Dist. I/O Comm. Service Data and Control
5728	u	a	io-dist-group	Dist. I/O Comm. Service Group Membership
5729	tu	a	openmail	Openmail User Agent Layer
5730	tu	a	unieng	Steltor's calendar access
5731-5740	*	u		Unassigned
5741	tu	a	ida-discover1	IDA Discover Port 1
5742	tu	a	ida-discover2	IDA Discover Port 2
5743	tu	a	watchdoc-pod	Watchdoc NetPOD Protocol
5744	tu	a	watchdoc	Watchdoc Server
5745	tu	a	fcopy-server	fcopy-server
5746	tu	a	fcopys-server	fcopys-server
5747	tu	a	tunatic	Wildbits Tunatic
5748	tu	a	tunalyzer	Wildbits Tunalyzer
5749	*	u		Unassigned
5750	tu	a	rscd	Bladelogic Agent Service
5751-5754	*	u		Unassigned
5755	tu	a	openmailg	OpenMail Desk Gateway server
5756	*	u		Unassigned
5757	tu	a	x500ms	OpenMail X.500 Directory Server
5758-5765	*	u		Unassigned
5766	tu	a	openmailns	OpenMail NewMail Server
5767	tu	a	s-openmail	OpenMail Suer Agent Layer (Secure)
5768	tu	a	openmailpxy	OpenMail CMTS Server
5769	tu	a	spramsca	x509solutions Internal CA
5770	tu	a	spramsd	x509solutions Secure Data
5771	tu	a	netagent	NetAgent
5772-5776	*	u		Unassigned
5777	tu	a	starfield-io	Control commands and responses
5778-5779	*	u		Unassigned
5780	t	a	vts-rpc	Visual Tag System RPC
5780	u	r		Reserved
5781	tu	a	3par-evts	3PAR Event Reporting Service
5782	tu	a	3par-mgmt	3PAR Management Service
5783	tu	a	3par-mgmt-ssl	3PAR Management Service with SSL
5784	t	r		Reserved
5784	u	a	ibar	Cisco Interbox Application Redundancy
5785	tu	a	3par-rcopy	3PAR Inform Remote Copy
5786	t	r		Reserved
5786	u	a	cisco-redu	redundancy notification
5787	t	r		Reserved
5787	u	a	waascluster	Cisco WAAS Cluster Protocol
5788-5792	*	u		Unassigned
5793	tu	a	xtreamx	XtreamX Supervised Peer message
5794	t	r		Reserved
5794	u	a	spdp	Simple Peered Discovery Protocol
5795-5797	*	u		Unassigned
5798	t	a	enlabel-dpl	Proprietary Website deployment service
5798	u	r		Reserved
5799-5812	*	u		Unassigned
5813	tu	a	icmpd	ICMPD
5814	tu	a	spt-automation	Support Automation
5815-5819	*	u		Unassigned
5820	t	a	autopassdaemon	AutoPass licensing
5820	u	r		Reserved
5821-5840	*	u		Unassigned
5841	t	a	shiprush-d-ch	Z-firm ShipRush interface for web access and bidirectional data
5841	u	r		Reserved
5842	t	a	reversion	Reversion Backup/Restore
5842	u	r		Reserved
5843-5858	*	u		Unassigned
5859	tu	a	wherehoo	WHEREHOO
5860-5862	*	u		Unassigned
5863	tu	a	ppsuitemsg	PlanetPress Suite Messeng
5864-5867	*	u		Unassigned
5868	t	a	diameters	Diameter over TLS/TCP
5868	u	r		Reserved
5868	s	a	diameters	Diameter over DTLS/SCTP
5869-5882	*	u		Unassigned
5883	t	a	jute	Javascript Unit Test Environment
5884-5899	*	u		Unassigned
5900	tu	a	rfb	Remote Framebuffer
5901-5902	*	u		Unassigned
5903	tus	a	ff-ice	Flight & Flow Info for Collaborative Env	Defined TXT keys: FF-ICE
5904	tus	a	ag-swim	Air-Ground SWIM	Defined TXT keys: AG-SWIM
5905	tus	a	asmgcs	Adv Surface Mvmnt and Guidance Cont Sys	Defined TXT keys: ASMGCS
5906	tus	a	rpas-c2	Remotely Piloted Vehicle C&C	Defined TXT keys: RPAS-C2
5907	tus	a	dsd	Distress and Safety Data App	Defined TXT keys: DSD
5908	tus	a	ipsma	IPS Management Application	Defined TXT keys: IPSMA
5909	tus	a	agma	Air-ground media advisory	Defined TXT keys: AGMA
5910	tu	a	ats-atn	Air Traffic Services applications using ATN
5910	s	a	cm	Context Management
5911	tu	a	ats-acars	Air Traffic Services applications using ACARS
5911	s	a	cpdlc	Controller Pilot Data Link Communication
5912	tu	a	ais-met	Aeronautical Information Service/Meteorological applications using ACARS
5912	s	a	fis	Flight Information Services
5913	tu	a	aoc-acars	Airline operational communications applications using ACARS
5913	s	a	ads-c	Automatic Dependent Surveillance
5914	tus	a	ipsdtls	Security for Internet Protocol Suite	Defined TXT keys: IPSDTLS
5915-5962	*	u		Unassigned
5963	tu	a	indy	Indy Application Server
5964-5967	*	u		Unassigned
5968	tu	a	mppolicy-v5	mppolicy-v5
5969	tu	a	mppolicy-mgr	mppolicy-mgr
5970-5983	*	u		Unassigned
5984	tu	a	couchdb	CouchDB
5985	tu	a	wsman	WBEM WS-Management HTTP
5986	tu	a	wsmans	WBEM WS-Management HTTP over TLS/SSL
5987	tu	a	wbem-rmi	WBEM RMI
5988	tu	a	wbem-http	WBEM CIM-XML (HTTP)
5989	tu	a	wbem-https	WBEM CIM-XML (HTTPS)
5990	tu	a	wbem-exp-https	WBEM Export HTTPS
5991	tu	a	nuxsl	NUXSL
5992	tu	a	consul-insight	Consul InSight Security
5993	t	a	cim-rs	DMTF WBEM CIM REST
5993	u	r		Reserved
5994	t	a	rms-agent	RMS Agent Listening Service
5994	u	r		Reserved
5995-5998	*	u		Unassigned
5999	tu	a	cvsup	CVSup
6000-6063	tu	a	x11	X Window System		Known Unauthorized Use on port 6003
6064	tu	a	ndl-ahp-svc	NDL-AHP-SVC
6065	tu	a	winpharaoh	WinPharaoh
6066	tu	a	ewctsp	EWCTSP
6067	*	u		Unassigned
6068	t	a	gsmp-ancp	GSMP/ANCP
6068	u	r		Reserved
6069	tu	a	trip	TRIP
6070	tu	a	messageasap	Messageasap
6071	tu	a	ssdtp	SSDTP
6072	tu	a	diagnose-proc	DIAGNOSE-PROC
6073	tu	a	directplay8	DirectPlay8
6074	tu	a	max	Microsoft Max
6075	t	a	dpm-acm	Microsoft DPM Access Control Manager
6075	u	r		Reserved
6076	t	a	msft-dpm-cert	Microsoft DPM WCF Certificates
6076	u	r		Reserved
6077	t	a	iconstructsrv	iConstruct Server
6077	u	r		Reserved
6078-6079	*	u		Unassigned
6080	u	a	gue	Generic UDP Encapsulation
6080	t	r		Reserved
6081	u	a	geneve	Generic Network Virtualization Encapsulation (Geneve)
6081	t	r		Reserved
6082	t	r		Reserved
6082	u	a	p25cai	APCO Project 25 Common Air Interface - UDP encapsulation
6083	t	r		Reserved
6083	u	a	miami-bcast	telecomsoftware miami broadcast
6084	t	a	reload-config	Peer to Peer Infrastructure Configuration
6084	u	r		Reserved
6085	tu	a	konspire2b	konspire2b p2p network
6086	tu	a	pdtp	PDTP P2P
6087	tu	a	ldss	Local Download Sharing Service
6088	t	a	doglms	SuperDog License Manager
6088	u	a	doglms-notify	SuperDog License Manager Notifier
6089-6098	*	u		Unassigned
6099	t	a	raxa-mgmt	RAXA Management
6099	u	r		Reserved
6100	tu	a	synchronet-db	SynchroNet-db		Known Unauthorized Use on port 6100
6101	tu	a	synchronet-rtc	SynchroNet-rtc
6102	tu	a	synchronet-upd	SynchroNet-upd
6103	tu	a	rets	RETS
6104	tu	a	dbdb	DBDB
6105	tu	a	primaserver	Prima Server
6106	tu	a	mpsserver	MPS Server
6107	tu	a	etc-control	ETC Control
6108	tu	a	sercomm-scadmin	Sercomm-SCAdmin
6109	tu	a	globecast-id	GLOBECAST-ID
6110	tu	a	softcm	HP SoftBench CM
6111	tu	a	spc	HP SoftBench Sub-Process Control
6112	tu	a	dtspcd	Desk-Top Sub-Process Control Daemon
6113	t	a	dayliteserver	Daylite Server
6113	u	r		Reserved
6114	t	a	wrspice	WRspice IPC Service
6114	u	r		Reserved
6115	t	a	xic	Xic IPC Service
6115	u	r		Reserved
6116	t	a	xtlserv	XicTools License Manager Service
6116	u	r		Reserved
6117	t	a	daylitetouch	Daylite Touch Sync
6117	u	r		Reserved
6118	u	a	tipc	Transparent Inter Process Communication
6118	t	r		Reserved
6119-6120	*	u		Unassigned
6121	t	a	spdy	SPDY for a faster web
6121	u	r		Reserved
6122	tu	a	bex-webadmin	Backup Express Web Server
6123	tu	a	backup-express	Backup Express
6124	tu	a	pnbs	Phlexible Network Backup Service
6125-6129	*	u		Unassigned
6130	t	a	damewaremobgtwy	The DameWare Mobile Gateway Service
6130	u	r		Reserved
6131-6132	*	u		Unassigned
6133	tu	a	nbt-wol	New Boundary Tech WOL
6134-6139	*	u		Unassigned
6140	tu	a	pulsonixnls	Pulsonix Network License Service
6141	tu	a	meta-corp	Meta Corporation License Manager
6142	tu	a	aspentec-lm	Aspen Technology License Manager
6143	tu	a	watershed-lm	Watershed License Manager
6144	tu	a	statsci1-lm	StatSci License Manager - 1
6145	tu	a	statsci2-lm	StatSci License Manager - 2
6146	tu	a	lonewolf-lm	Lone Wolf Systems License Manager
6147	tu	a	montage-lm	Montage License Manager
6148	tu	a	ricardo-lm	Ricardo North America License Manager
6149	tu	a	tal-pod	tal-pod
6150-6158	*	u		Unassigned
6159	t	a	efb-aci	EFB Application Control Interface
6159	u	r		Reserved
6160	t	a	ecmp	Emerson Extensible Control and Management Protocol
6160	u	a	ecmp-data	Emerson Extensible Control and Management Protocol Data
6161	tu	a	patrol-ism	PATROL Internet Srv Mgr
6162	tu	a	patrol-coll	PATROL Collector
6163	tu	a	pscribe	Precision Scribe Cnx Port
6164-6199	*	u		Unassigned
6200	tu	a	lm-x	LM-X License Manager by X-Formation		Known Unauthorized Use on port 6200
6201	t	r		Reserved
6201	u	a	thermo-calc	Management of service nodes in a processing grid for thermodynamic calculations
6202-6208	*	u		Unassigned
6209	tu	a	qmtps	QMTP over TLS
6210-6221	*	u		Unassigned
6222	tu	a	radmind	Radmind Access Protocol
6223-6240	*	u		Unassigned
6241	t	a	jeol-nsdtp-1	JEOL Network Services Data Transport Protocol 1
6241	u	a	jeol-nsddp-1	JEOL Network Services Dynamic Discovery Protocol 1
6242	t	a	jeol-nsdtp-2	JEOL Network Services Data Transport Protocol 2
6242	u	a	jeol-nsddp-2	JEOL Network Services Dynamic Discovery Protocol 2
6243	t	a	jeol-nsdtp-3	JEOL Network Services Data Transport Protocol 3
6243	u	a	jeol-nsddp-3	JEOL Network Services Dynamic Discovery Protocol 3
6244	t	a	jeol-nsdtp-4	JEOL Network Services Data Transport Protocol 4
6244	u	a	jeol-nsddp-4	JEOL Network Services Dynamic Discovery Protocol 4
6245-6250	*	u		Unassigned
6251	tu	a	tl1-raw-ssl	TL1 Raw Over SSL/TLS
6252	tu	a	tl1-ssh	TL1 over SSH
6253	tu	a	crip	CRIP
6254-6266	*	u		Unassigned
6267	t	a	gld	GridLAB-D User Interface
6267	u	r		Reserved
6268	tu	a	grid	Grid Authentication
6269	tu	a	grid-alt	Grid Authentication Alt
6270-6299	*	u		Unassigned
6300	tu	a	bmc-grx	BMC GRX
6301	t	a	bmc-ctd-ldap	BMC CONTROL-D LDAP SERVER IANA assigned this well-formed service name as a replacement for "bmc_ctd_ldap".
6301	t	a	bmc_ctd_ldap	BMC CONTROL-D LDAP SERVER	This entry is an alias to "bmc-ctd-ldap". This entry is now historic, not usable for use with many common service discovery mechanisms.
6301	u	a	bmc-ctd-ldap	BMC CONTROL-D LDAP SERVER IANA assigned this well-formed service name as a replacement for "bmc_ctd_ldap".
6301	u	a	bmc_ctd_ldap	BMC CONTROL-D LDAP SERVER	This entry is an alias to "bmc-ctd-ldap". This entry is now historic, not usable for use with many common service discovery mechanisms.
6302-6305	*	u		Unassigned
6306	tu	a	ufmp	Unified Fabric Management Protocol
6307-6314	*	u		Unassigned
6315	t	a	scup	Sensor Control Unit Protocol
6315	u	a	scup-disc	Sensor Control Unit Protocol Discovery Protocol
6316	tu	a	abb-escp	Ethernet Sensor Communications Protocol
6317	t	a	nav-data-cmd	Navtech Radar Sensor Data Command
6317	u	a	nav-data	Navtech Radar Sensor Data
6318	t	a	iona-data	IONA Measurement and control data
6318	u	r		Reserved
6319	*	u		Unassigned
6320	tu	a	repsvc	Double-Take Replication Service
6321	tu	a	emp-server1	Empress Software Connectivity Server 1
6322	tu	a	emp-server2	Empress Software Connectivity Server 2
6323	*	u		Unassigned
6324	t	a	hrd-ncs	HR Device Network Configuration Service
6324	u	a	hrd-ns-disc	HR Device Network service
6325	t	a	dt-mgmtsvc	Double-Take Management Service
6325	u	r		Reserved
6326	t	a	dt-vra	Double-Take Virtual Recovery Assistant
6326	u	r		Reserved
6327-6342	*	u		Unassigned
6343	tu	a	sflow	sFlow traffic monitoring
6344	t	a	streletz	Argus-Spectr security and fire-prevention systems service
6344	u	r		Reserved
6345	*	u		Unassigned
6346	tu	a	gnutella-svc	gnutella-svc
6347	tu	a	gnutella-rtr	gnutella-rtr
6348-6349	*	u		Unassigned
6350	tu	a	adap	App Discovery and Access Protocol
6351-6354	*	u		Unassigned
6355	tu	a	pmcs	PMCS applications
6356-6359	*	u		Unassigned
6360	tu	a	metaedit-mu	MetaEdit+ Multi-User
6361-6362	*	u		Unassigned
6363	u	a	ndn	Named Data Networking
6363	t	r		Reserved
6364-6369	*	u		Unassigned
6370	tu	a	metaedit-se	MetaEdit+ Server Administration
6371-6378	*	u		Unassigned
6379	t	a	redis	An advanced key-value cache and store
6379	u	r		Reserved
6380-6381	*	u		Unassigned
6382	tu	a	metatude-mds	Metatude Dialogue Server
6383-6388	*	u		Unassigned
6389	tu	a	clariion-evr01	clariion-evr01
6390	tu	a	metaedit-ws	MetaEdit+ WebService API
6391-6399	*	u		Unassigned
6400	*	a	boe-cms	Business Objects CMS contact port
6401	*	a	boe-was	boe-was
6402	*	a	boe-eventsrv	boe-eventsrv
6403	*	a	boe-cachesvr	boe-cachesvr
6404	*	a	boe-filesvr	Business Objects Enterprise internal server
6405	*	a	boe-pagesvr	Business Objects Enterprise internal server
6406	*	a	boe-processsvr	Business Objects Enterprise internal server
6407	*	a	boe-resssvr1	Business Objects Enterprise internal server
6408	*	a	boe-resssvr2	Business Objects Enterprise internal server
6409	*	a	boe-resssvr3	Business Objects Enterprise internal server
6410	*	a	boe-resssvr4	Business Objects Enterprise internal server
6411-6416	*	u		Unassigned
6417	tu	a	faxcomservice	Faxcom Message Service
6418	t	a	syserverremote	SYserver remote commands
6418	u	r		Reserved
6419	t	a	svdrp	Simple VDR Protocol
6419	u	a	svdrp-disc	Simple VDR Protocol Discovery
6420	tu	a	nim-vdrshell	NIM_VDRShell
6421	tu	a	nim-wan	NIM_WAN
6422-6431	*	u		Unassigned
6432	t	a	pgbouncer	PgBouncer
6432	u	r		Reserved
6433-6439	*	u		Unassigned
6440	t	a	heliosd	heliosd daemon
6440	u	r		Reserved
6441	*	u		Unassigned
6442	t	a	tarp	Transitory Application Request Protocol
6442	u	r		Reserved
6443	tu	a	sun-sr-https	Service Registry Default HTTPS Domain
6444	t	a	sge-qmaster	Grid Engine Qmaster Service IANA assigned this well-formed service name as a replacement for "sge_qmaster".
6444	t	a	sge_qmaster	Grid Engine Qmaster Service	This entry is an alias to "sge-qmaster". This entry is now historic, not usable for use with many common service discovery mechanisms.
6444	u	a	sge-qmaster	Grid Engine Qmaster Service IANA assigned this well-formed service name as a replacement for "sge_qmaster".
6444	u	a	sge_qmaster	Grid Engine Qmaster Service	This entry is an alias to "sge-qmaster". This entry is now historic, not usable for use with many common service discovery mechanisms.
6445	t	a	sge-execd	Grid Engine Execution Service IANA assigned this well-formed service name as a replacement for "sge_execd".
6445	t	a	sge_execd	Grid Engine Execution Service	This entry is an alias to "sge-execd". This entry is now historic, not usable for use with many common service discovery mechanisms.
6445	u	a	sge-execd	Grid Engine Execution Service IANA assigned this well-formed service name as a replacement for "sge_execd".
6445	u	a	sge_execd	Grid Engine Execution Service	This entry is an alias to "sge-execd". This entry is now historic, not usable for use with many common service discovery mechanisms.
6446	tu	a	mysql-proxy	MySQL Proxy
6447-6454	*	u		Unassigned
6455	tu	a	skip-cert-recv	SKIP Certificate Receive
6456	tu	a	skip-cert-send	SKIP Certificate Send
6457-6463	*	u		Unassigned
6464	tu	a	ieee11073-20701	Port assignment for medical device communication in accordance to IEEE 11073-20701
6465-6470	*	u		Unassigned
6471	tu	a	lvision-lm	LVision License Manager
6472-6479	*	u		Unassigned
6480	tu	a	sun-sr-http	Service Registry Default HTTP Domain
6481	tu	a	servicetags	Service Tags
6482	tu	a	ldoms-mgmt	Logical Domains Management Interface
6483	tu	a	SunVTS-RMI	SunVTS RMI
6484	tu	a	sun-sr-jms	Service Registry Default JMS Domain
6485	tu	a	sun-sr-iiop	Service Registry Default IIOP Domain
6486	tu	a	sun-sr-iiops	Service Registry Default IIOPS Domain
6487	tu	a	sun-sr-iiop-aut	Service Registry Default IIOPAuth Domain
6488	tu	a	sun-sr-jmx	Service Registry Default JMX Domain
6489	tu	a	sun-sr-admin	Service Registry Default Admin Domain
6490-6499	*	u		Unassigned
6500	tu	a	boks	BoKS Master
6501	t	a	boks-servc	BoKS Servc IANA assigned this well-formed service name as a replacement for "boks_servc".		Known Unauthorized Use on port 6501
6501	t	a	boks_servc	BoKS Servc	This entry is an alias to "boks-servc". This entry is now historic, not usable for use with many common service discovery mechanisms.	Known Unauthorized Use on port 6501
6501	u	a	boks-servc	BoKS Servc IANA assigned this well-formed service name as a replacement for "boks_servc".
6501	u	a	boks_servc	BoKS Servc	This entry is an alias to "boks-servc". This entry is now historic, not usable for use with many common service discovery mechanisms.
6502	t	a	boks-servm	BoKS Servm IANA assigned this well-formed service name as a replacement for "boks_servm".
6502	t	a	boks_servm	BoKS Servm	This entry is an alias to "boks-servm". This entry is now historic, not usable for use with many common service discovery mechanisms.
6502	u	a	boks-servm	BoKS Servm IANA assigned this well-formed service name as a replacement for "boks_servm".
6502	u	a	boks_servm	BoKS Servm	This entry is an alias to "boks-servm". This entry is now historic, not usable for use with many common service discovery mechanisms.
6503	t	a	boks-clntd	BoKS Clntd IANA assigned this well-formed service name as a replacement for "boks_clntd".
6503	t	a	boks_clntd	BoKS Clntd	This entry is an alias to "boks-clntd". This entry is now historic, not usable for use with many common service discovery mechanisms.
6503	u	a	boks-clntd	BoKS Clntd IANA assigned this well-formed service name as a replacement for "boks_clntd".
6503	u	a	boks_clntd	BoKS Clntd	This entry is an alias to "boks-clntd". This entry is now historic, not usable for use with many common service discovery mechanisms.
6504	*	u		Unassigned
6505	t	a	badm-priv	BoKS Admin Private Port IANA assigned this well-formed service name as a replacement for "badm_priv".
6505	t	a	badm_priv	BoKS Admin Private Port	This entry is an alias to "badm-priv". This entry is now historic, not usable for use with many common service discovery mechanisms.
6505	u	a	badm-priv	BoKS Admin Private Port IANA assigned this well-formed service name as a replacement for "badm_priv".
6505	u	a	badm_priv	BoKS Admin Private Port	This entry is an alias to "badm-priv". This entry is now historic, not usable for use with many common service discovery mechanisms.
6506	t	a	badm-pub	BoKS Admin Public Port IANA assigned this well-formed service name as a replacement for "badm_pub".
6506	t	a	badm_pub	BoKS Admin Public Port	This entry is an alias to "badm-pub". This entry is now historic, not usable for use with many common service discovery mechanisms.
6506	u	a	badm-pub	BoKS Admin Public Port IANA assigned this well-formed service name as a replacement for "badm_pub".
6506	u	a	badm_pub	BoKS Admin Public Port	This entry is an alias to "badm-pub". This entry is now historic, not usable for use with many common service discovery mechanisms.
6507	t	a	bdir-priv	BoKS Dir Server, Private Port IANA assigned this well-formed service name as a replacement for "bdir_priv".
6507	t	a	bdir_priv	BoKS Dir Server, Private Port	This entry is an alias to "bdir-priv". This entry is now historic, not usable for use with many common service discovery mechanisms.
6507	u	a	bdir-priv	BoKS Dir Server, Private Port IANA assigned this well-formed service name as a replacement for "bdir_priv".
6507	u	a	bdir_priv	BoKS Dir Server, Private Port	This entry is an alias to "bdir-priv". This entry is now historic, not usable for use with many common service discovery mechanisms.
6508	t	a	bdir-pub	BoKS Dir Server, Public Port IANA assigned this well-formed service name as a replacement for "bdir_pub".
6508	t	a	bdir_pub	BoKS Dir Server, Public Port	This entry is an alias to "bdir-pub". This entry is now historic, not usable for use with many common service discovery mechanisms.
6508	u	a	bdir-pub	BoKS Dir Server, Public Port IANA assigned this well-formed service name as a replacement for "bdir_pub".
6508	u	a	bdir_pub	BoKS Dir Server, Public Port	This entry is an alias to "bdir-pub". This entry is now historic, not usable for use with many common service discovery mechanisms.
6509	tu	a	mgcs-mfp-port	MGCS-MFP Port
6510	tu	a	mcer-port	MCER Port
6511	t	r		Reserved
6511	u	a	dccp-udp	Datagram Congestion Control Protocol Encapsulation for NAT Traversal
6512	*	u		Unassigned
6513	t	a	netconf-tls	NETCONF over TLS
6513	u	r		Reserved
6514	t	a	syslog-tls	Syslog over TLS
6514	ud	a	syslog-tls	syslog over DTLS
6515	tu	a	elipse-rec	Elipse RPC Protocol
6516-6542	*	u		Unassigned
6543	tu	a	lds-distrib	lds_distrib
6544	tu	a	lds-dump	LDS Dump Service
6545-6546	*	u		Unassigned
6547	tu	a	apc-6547	APC 6547
6548	tu	a	apc-6548	APC 6548
6549	tu	a	apc-6549	APC 6549
6550	tu	a	fg-sysupdate	fg-sysupdate
6551	tu	a	sum	Software Update Manager
6552-6555	*	u		Unassigned
6556	t	a	checkmk-agent	Checkmk Monitoring Agent
6556	u	r		Reserved
6557	*	u		Unassigned
6558	tu	a	xdsxdm		possible contact
6559-6565	*	u		Unassigned
6566	tu	a	sane-port	SANE Control Port
6567	*	r		Reserved	This entry has been removed on 2011-08-26.
6568	t	a	canit-store	CanIt Storage Manager IANA assigned this well-formed service name as a replacement for "canit_store".
6568	t	a	canit_store	CanIt Storage Manager	This entry is an alias to "canit-store". This entry is now historic, not usable for use with many common service discovery mechanisms.
6568	u	a	rp-reputation	Roaring Penguin IP Address Reputation Collection
6569-6578	*	u		Unassigned
6579	tu	a	affiliate	Affiliate
6580	tu	a	parsec-master	Parsec Masterserver
6581	tu	a	parsec-peer	Parsec Peer-to-Peer
6582	tu	a	parsec-game	Parsec Gameserver
6583	tu	a	joaJewelSuite	JOA Jewel Suite
6584-6587	*	u		Unassigned
6588	*	u		Unassigned		Unofficial use of port 6588 by AnalogX and Microsoft
6589-6599	*	u		Unassigned
6600	t	a	mshvlm	Microsoft Hyper-V Live Migration
6600	u	r		Reserved
6601	t	a	mstmg-sstp	Microsoft Threat Management Gateway SSTP
6601	u	r		Reserved
6602	t	a	wsscomfrmwk	Windows WSS Communication Framework
6602	u	r		Reserved
6603-6609	*	u		Unassigned
6610	tu	a	bencher	Bencher API
6611-6618	*	u		Unassigned
6619	tu	a	odette-ftps	ODETTE-FTP over TLS/SSL
6620	tu	a	kftp-data	Kerberos V5 FTP Data
6621	tu	a	kftp	Kerberos V5 FTP Control
6622	tu	a	mcftp	Multicast FTP
6623	tu	a	ktelnet	Kerberos V5 Telnet
6624	t	a	datascaler-db	DataScaler database
6624	u	r		Reserved
6625	t	a	datascaler-ctl	DataScaler control
6625	u	r		Reserved
6626	tu	a	wago-service	WAGO Service and Update
6627	tu	a	nexgen	Allied Electronics NeXGen
6628	tu	a	afesc-mc	AFE Stock Channel M/C
6629	tu	a	nexgen-aux	Secondary, (non ANDI) multi-protocol multi-function interface to the Allied ANDI-based family of forecourt controllers
6630	*	u		Unassigned
6631	*	u		Unassigned
6632	t	a	mxodbc-connect	eGenix mxODBC Connect		Unauthorized Use Known on port 6632
6632	u	r		Reserved
6633	t	r		Reserved
6633	u	a	cisco-vpath-tun	Cisco vPath Services Overlay
6634	u	a	mpls-pm	MPLS Performance Measurement out-of-band response
6634	t	r		Reserved
6635	t	r		Reserved
6635	u	a	mpls-udp	Encapsulate MPLS packets in UDP tunnels.
6636	t	r		Reserved
6636	u	a	mpls-udp-dtls	Encapsulate MPLS packets in UDP tunnels with DTLS.
6637-6639	*	u		Unassigned
6640	t	a	ovsdb	Open vSwitch Database protocol
6640	u	r		Reserved
6641-6652	*	u		Unassigned
6653	tu	a	openflow	OpenFlow
6654	*	u		Unassigned
6655	t	a	pcs-sf-ui-man	PC SOFT - Software factory UI/manager
6655	u	r		Reserved
6656	t	a	emgmsg	Emergency Message Control Service
6656	u	r		Reserved
6657	t	r		Reserved
6657	u	a	palcom-disc	PalCom Discovery
6658-6664	*	u		Unassigned		Unauthorized Use Known on Port 6659
6665-6669	t	a	ircu	IRCU
6665-6669	u	r		Reserved
6670	tu	a	vocaltec-gold	Vocaltec Global Online Directory
6671	tu	a	p4p-portal	P4P Portal Service
6672	t	a	vision-server	vision_server IANA assigned this well-formed service name as a replacement for "vision_server".
6672	t	a	vision_server	vision_server	This entry is an alias to "vision-server". This entry is now historic, not usable for use with many common service discovery mechanisms.
6672	u	a	vision-server	vision_server IANA assigned this well-formed service name as a replacement for "vision_server".
6672	u	a	vision_server	vision_server	This entry is an alias to "vision-server". This entry is now historic, not usable for use with many common service discovery mechanisms.
6673	t	a	vision-elmd	vision_elmd IANA assigned this well-formed service name as a replacement for "vision_elmd".
6673	t	a	vision_elmd	vision_elmd	This entry is an alias to "vision-elmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
6673	u	a	vision-elmd	vision_elmd IANA assigned this well-formed service name as a replacement for "vision_elmd".
6673	u	a	vision_elmd	vision_elmd	This entry is an alias to "vision-elmd". This entry is now historic, not usable for use with many common service discovery mechanisms.
6674-6677	*	u		Unassigned
6678	t	a	vfbp	Viscount Freedom Bridge Protocol
6678	u	a	vfbp-disc	Viscount Freedom Bridge Discovery
6679	tu	a	osaut	Osorno Automation
6680-6686	*	u		Unassigned
6687	t	a	clever-ctrace	CleverView for cTrace Message Service
6687	u	r		Reserved
6688	t	a	clever-tcpip	CleverView for TCP/IP Message Service
6688	u	r		Reserved
6689	tu	a	tsa	Tofino Security Appliance
6690	t	a	cleverdetect	CLEVERDetect Message Service
6690	u	r		Reserved
6691-6695	*	u		Unassigned
6696	t	r		Reserved
6696	u	a	babel	Babel Routing Protocol
6697	t	a	ircs-u	Internet Relay Chat via TLS/SSL
6697	u	r		Reserved
6698	*	u		Unassigned
6699	t	r		Reserved
6699	u	a	babel-dtls	Babel Routing Protocol over DTLS
6700	*	u		Unassigned
6701	tu	a	kti-icad-srvr	KTI/ICAD Nameserver
6701	s	u		Unassigned
6702	tu	a	e-design-net	e-Design network
6702	s	u		Unassigned
6703	tu	a	e-design-web	e-Design web
6704	tu	r		Reserved
6704	s	a	frc-hp	ForCES HP (High Priority) channel
6705	tu	r		Reserved
6705	s	a	frc-mp	ForCES MP (Medium Priority) channel
6706	tu	r		Reserved
6706	s	a	frc-lp	ForCES LP (Low priority) channel
6707-6713	*	u		Unassigned
6714	tu	a	ibprotocol	Internet Backplane Protocol
6715	tu	a	fibotrader-com	Fibotrader Communications
6716	t	a	princity-agent	Princity Agent
6716	u	r		Reserved
6717-6766	*	u		Unassigned
6767	tu	a	bmc-perf-agent	BMC PERFORM AGENT
6768	tu	a	bmc-perf-mgrd	BMC PERFORM MGRD
6769	tu	a	adi-gxp-srvprt	ADInstruments GxP Server
6770	tu	a	plysrv-http	PolyServe http
6771	tu	a	plysrv-https	PolyServe https
6772-6776	*	u		Unassigned
6777	t	a	ntz-tracker	netTsunami Tracker
6777	u	r		Reserved
6778	t	a	ntz-p2p-storage	netTsunami p2p storage system
6778	u	r		Reserved
6779-6783	*	u		Unassigned
6784	t	r		Reserved
6784	u	a	bfd-lag	Bidirectional Forwarding Detection (BFD) on Link Aggregation Group (LAG) Interfaces
6785	tu	a	dgpf-exchg	DGPF Individual Exchange
6786	tu	a	smc-jmx	Sun Java Web Console JMX
6787	tu	a	smc-admin	Sun Web Console Admin
6788	tu	a	smc-http	SMC-HTTP
6789	t	a	radg	GSS-API for the Oracle Remote Administration Daemon
6789	u	r		Reserved
6790	tu	a	hnmp	HNMP
6791	tu	a	hnm	Halcyon Network Manager
6792-6800	*	u		Unassigned
6801	tu	a	acnet	ACNET Control System Protocol
6802-6816	*	u		Unassigned
6817	t	a	pentbox-sim	PenTBox Secure IM Protocol
6817	u	r		Reserved
6818-6830	*	u		Unassigned
6831	tu	a	ambit-lm	ambit-lm
6832-6840	*	u		Unassigned
6841	tu	a	netmo-default	Netmo Default
6842	tu	a	netmo-http	Netmo HTTP
6843-6849	*	u		Unassigned
6850	tu	a	iccrushmore	ICCRUSHMORE
6851-6867	*	u		Unassigned
6868	t	a	acctopus-cc	Acctopus Command Channel
6868	u	a	acctopus-st	Acctopus Status
6869-6887	*	u		Unassigned
6888	tu	a	muse	MUSE
6889-6899	*	u		Unassigned
6900	t	a	rtimeviewer	R*TIME Viewer Data Interface
6900	u	r		Reserved
6901	t	a	jetstream	Novell Jetstream messaging protocol
6901	u	r		Reserved
6902-6923	*	u		Unassigned
6924	tu	a	split-ping	Ping with RX/TX latency/loss split
6925-6934	*	u		Unassigned
6935	tu	a	ethoscan	EthoScan Service
6936	tu	a	xsmsvc	XenSource Management Service
6937-6945	*	u		Unassigned
6946	tu	a	bioserver	Biometrics Server
6947-6950	*	u		Unassigned
6951	tu	a	otlp	OTLP
6952-6960	*	u		Unassigned
6961	tu	a	jmact3	JMACT3
6962	tu	a	jmevt2	jmevt2
6963	tu	a	swismgr1	swismgr1
6964	tu	a	swismgr2	swismgr2
6965	tu	a	swistrap	swistrap
6966	tu	a	swispol	swispol
6967-6968	*	u		Unassigned
6969	tu	a	acmsoda	acmsoda
6970	t	a	conductor	Conductor test coordination protocol
6970	u	r		Reserved
6970	s	a	conductor-mpx	conductor for multiplex
6971-6979	*	u		Unassigned
6980	t	r		Reserved
6980	u	a	qolyester	QoS-extended OLSR protocol
6981-6996	*	u		Unassigned
6997	tu	a	MobilitySrv	Mobility XE Protocol
6998	tu	a	iatp-highpri	IATP-highPri
6999	tu	a	iatp-normalpri	IATP-normalPri
7000	tu	a	afs3-fileserver	file server itself
7001	tu	a	afs3-callback	callbacks to cache managers		Known Unauthorized Use on port 7001
7002	tu	a	afs3-prserver	users & groups database		Known Unauthorized Use on port 7002
7003	tu	a	afs3-vlserver	volume location database
7004	tu	a	afs3-kaserver	AFS/Kerberos authentication service
7005	tu	a	afs3-volser	volume managment server		Known Unauthorized Use on port 7005
7006	tu	a	afs3-errors	error interpretation service
7007	tu	a	afs3-bos	basic overseer process
7008	tu	a	afs3-update	server-to-server updater
7009	tu	a	afs3-rmtsys	remote cache manager service
7010	tu	a	ups-onlinet	onlinet uninterruptable power supplies
7011	tu	a	talon-disc	Talon Discovery Port		Known Unauthorized Use on 7011
7012	tu	a	talon-engine	Talon Engine		Known Unauthorized Use on 7011
7013	tu	a	microtalon-dis	Microtalon Discovery
7014	tu	a	microtalon-com	Microtalon Communications
7015	tu	a	talon-webserver	Talon Webserver
7016	tu	a	spg	SPG Controls Carrier
7017	tu	a	grasp	GeneRic Autonomic Signaling Protocol
7018	t	a	fisa-svc	FISA Service
7018	u	r		Reserved
7019	t	a	doceri-ctl	doceri drawing service control
7019	u	a	doceri-view	doceri drawing service screen view
7020	tu	a	dpserve	DP Serve
7021	tu	a	dpserveadmin	DP Serve Admin
7022	tu	a	ctdp	CT Discovery Protocol
7023	tu	a	ct2nmcs	Comtech T2 NMCS
7024	tu	a	vmsvc	Vormetric service
7025	tu	a	vmsvc-2	Vormetric Service II
7026	t	a	loreji-panel	Loreji Webhosting Panel
7026	u	r		Reserved
7027-7029	*	u		Unassigned
7030	tu	a	op-probe	ObjectPlanet probe
7031	t	a	iposplanet	IPOSPLANET retailing multi devices protocol
7031	u	r		Reserved
7032-7039	*	u		Unassigned
7040	t	r		Reserved
7040	u	a	quest-disc	Quest application level network service discovery
7041-7069	*	u		Unassigned
7070	tu	a	arcp	ARCP
7071	tu	a	iwg1	IWGADTS Aircraft Housekeeping Message
7072	t	a	iba-cfg	iba Device Configuration Protocol
7072	u	a	iba-cfg-disc	iba Device Configuration Protocol
7073	t	a	martalk	MarTalk protocol
7073	u	r		Reserved
7074-7079	*	u		Unassigned
7080	tu	a	empowerid	EmpowerID Communication
7081-7087	*	u		Unassigned
7088	t	r		Reserved
7088	u	a	zixi-transport	Zixi live video transport protocol
7089-7094	*	u		Unassigned
7095	u	a	jdp-disc	Java Discovery Protocol
7095	t	r		Reserved
7096-7098	*	u		Unassigned
7099	tu	a	lazy-ptop	lazy-ptop
7100	tu	a	font-service	X Font Service
7101	tu	a	elcn	Embedded Light Control Network
7102-7106	*	u		Unassigned
7107	t	r		Reserved
7107	u	a	aes-x170	AES-X170
7108-7116	*	u		Unassigned
7117	t	a	rothaga	Encrypted chat and file transfer service
7117	u	r		Reserved
7118-7120	*	u		Unassigned
7121	tu	a	virprot-lm	Virtual Prototypes License Manager
7122	*	u		Unassigned
7123	t	a	snif	SNIF End-to-End TLS Relay Control Connection
7123	u	a	snif	SNIF End-to-End TLS Relay over QUIC
7124-7127	*	u		Unassigned
7128	tu	a	scenidm	intelligent data manager
7129	tu	a	scenccs	Catalog Content Search
7130-7160	*	u		Unassigned
7161	tu	a	cabsm-comm	CA BSM Comm
7162	tu	a	caistoragemgr	CA Storage Manager
7163	tu	a	cacsambroker	CA Connection Broker
7164	tu	a	fsr	File System Repository Agent
7165	tu	a	doc-server	Document WCF Server
7166	tu	a	aruba-server	Aruba eDiscovery Server
7167	t	a	casrmagent	CA SRM Agent
7167	u	r		Reserved
7168	t	a	cnckadserver	cncKadServer DB & Inventory Services
7168	u	r		Reserved
7169	tu	a	ccag-pib	Consequor Consulting Process Integration Bridge
7170	tu	a	nsrp	Adaptive Name/Service Resolution
7171	tu	a	drm-production	Discovery and Retention Mgt Production
7172	t	a	metalbend	Port used for MetalBend programmable interface
7172	u	r		Reserved
7173	t	a	zsecure	zSecure Server
7173	u	r		Reserved
7174	tu	a	clutild	Clutild
7175-7180	*	u		Unassigned
7181	u	a	janus-disc	Janus Guidewire Enterprise Discovery Service Bus
7181	t	r		Reserved
7182-7199	*	u		Unassigned
7200	tu	a	fodms	FODMS FLIP
7201	tu	a	dlip	DLIP
7202	t	a	pon-ictp	Inter-Channel Termination Protocol (ICTP) for multi-wavelength PON (Passive Optical Network) systems
7202	u	r		Reserved
7203-7214	*	u		Unassigned
7215	t	a	PS-Server	Communication ports for PaperStream Server services
7215	u	r		Reserved
7216	t	a	PS-Capture-Pro	PaperStream Capture Professional
7216	u	r		Reserved
7217-7226	*	u		Unassigned
7227	tu	a	ramp	Registry A & M Protocol
7228	t	a	citrixupp	Citrix Universal Printing Port
7228	u	r		Reserved
7229	t	a	citrixuppg	Citrix UPP Gateway
7229	u	r		Reserved
7230-7233	*	u		Unassigned
7234	t	a	asa-gateways	Traffic forwarding for Okta cloud infra
7234	u	r		Reserved
7235	u	a	aspcoordination	ASP Coordination Protocol
7235	t	r		Reserved
7236	t	a	display	Wi-Fi Alliance Wi-Fi Display Protocol	Defined TXT keys: _display.tcp. Display Protocol
7236	u	r		Reserved
7237	t	a	pads	PADS (Public Area Display System) Server
7237	u	r		Reserved
7238-7243	*	u		Unassigned
7244	t	a	frc-hicp	FrontRow Calypso Human Interface Control Protocol
7244	u	a	frc-hicp-disc	FrontRow Calypso Human Interface Control Protocol
7245-7261	*	u		Unassigned
7262	tu	a	cnap	Calypso Network Access Protocol
7263-7271	*	u		Unassigned
7272	tu	a	watchme-7272	WatchMe Monitoring 7272
7273	tu	a	oma-rlp	OMA Roaming Location
7274	tu	a	oma-rlp-s	OMA Roaming Location SEC
7275	tu	a	oma-ulp	OMA UserPlane Location
7276	tu	a	oma-ilp	OMA Internal Location Protocol
7277	tu	a	oma-ilp-s	OMA Internal Location Secure Protocol
7278	tu	a	oma-dcdocbs	OMA Dynamic Content Delivery over CBS
7279	tu	a	ctxlic	Citrix Licensing
7280	tu	a	itactionserver1	ITACTIONSERVER 1
7281	tu	a	itactionserver2	ITACTIONSERVER 2
7282	t	a	mzca-action	eventACTION/ussACTION (MZCA) server
7282	u	a	mzca-alert	eventACTION/ussACTION (MZCA) alert
7283	t	a	genstat	General Statistics Rendezvous Protocol
7283	u	r		Reserved
7284-7299	*	u		Unassigned
7300-7359	*	a	swx	The Swiss Exchange
7360-7364	*	u		Unassigned
7365	tu	a	lcm-server	LifeKeeper Communications
7366-7390	*	u		Unassigned
7391	tu	a	mindfilesys	mind-file system server
7392	tu	a	mrssrendezvous	mrss-rendezvous server
7393	tu	a	nfoldman	nFoldMan Remote Publish
7394	tu	a	fse	File system export of backup images
7395	tu	a	winqedit	winqedit
7396	*	u		Unassigned
7397	tu	a	hexarc	Hexarc Command Language
7398-7399	*	u		Unassigned
7400	tu	a	rtps-discovery	RTPS Discovery
7401	tu	a	rtps-dd-ut	RTPS Data-Distribution User-Traffic
7402	tu	a	rtps-dd-mt	RTPS Data-Distribution Meta-Traffic
7403-7409	*	u		Unassigned
7410	tu	a	ionixnetmon	Ionix Network Monitor
7411	tu	a	daqstream	Streaming of measurement data
7412-7419	*	u		Unassigned
7420	t	r		Reserved
7420	u	a	ipluminary	Multichannel real-time lighting control
7421	tu	a	mtportmon	Matisse Port Monitor
7422-7425	*	u		Unassigned
7426	tu	a	pmdmgr	OpenView DM Postmaster Manager
7427	tu	a	oveadmgr	OpenView DM Event Agent Manager
7428	tu	a	ovladmgr	OpenView DM Log Agent Manager
7429	tu	a	opi-sock	OpenView DM rqt communication
7430	tu	a	xmpv7	OpenView DM xmpv7 api pipe
7431	tu	a	pmd	OpenView DM ovc/xmpv3 api pipe
7432-7436	*	u		Unassigned
7437	tu	a	faximum	Faximum
7438-7442	*	u		Unassigned
7443	tu	a	oracleas-https	Oracle Application Server HTTPS
7444-7470	*	u		Unassigned
7471	t	a	sttunnel	Stateless Transport Tunneling Protocol
7471	u	r		Reserved
7472	*	u		Unassigned
7473	tu	a	rise	Rise: The Vieneo Province
7474	t	a	neo4j	Neo4j Graph Database
7474	u	r		Reserved
7475-7477	*	u		Unassigned
7478	t	a	openit	IT Asset Management
7478	u	r		Reserved
7479-7490	*	u		Unassigned
7491	tu	a	telops-lmd	telops-lmd
7492-7499	*	u		Unassigned		Known Unauthorized Use on port 7499
7500	tu	a	silhouette	Silhouette User
7501	tu	a	ovbus	HP OpenView Bus Daemon		Known Unauthorized Use on port 7501
7502-7507	*	u		Unassigned
7508	t	a	adcp	Automation Device Configuration Protocol
7508	u	r		Reserved
7509	t	a	acplt	ACPLT - process automation service
7509	u	r		Reserved
7510	tu	a	ovhpas	HP OpenView Application Server
7511	tu	a	pafec-lm	pafec-lm
7512-7541	*	u		Unassigned
7542	tu	a	saratoga	Saratoga Transfer Protocol
7543	tu	a	atul	atul server
7544	tu	a	nta-ds	FlowAnalyzer DisplayServer
7545	tu	a	nta-us	FlowAnalyzer UtilityServer
7546	tu	a	cfs	Cisco Fabric service
7547	tu	a	cwmp	Broadband Forum CWMP
7548	tu	a	tidp	Threat Information Distribution Protocol
7549	tu	a	nls-tl	Network Layer Signaling Transport Layer
7550	t	r		Reserved
7550	u	a	cloudsignaling	Cloud Signaling Service
7551	t	a	controlone-con	ControlONE Console signaling
7551	u	r		Reserved
7552-7559	*	u		Unassigned
7560	tu	a	sncp	Sniffer Command Protocol
7561-7562	*	u		Unassigned
7563	t	a	cfw	Control Framework
7563	u	r		Reserved
7564-7565	*	u		Unassigned
7566	tu	a	vsi-omega	VSI Omega
7567-7568	*	u		Unassigned
7569	t	a	dell-eql-asm	Dell EqualLogic Host Group Management
7569	u	r		Reserved
7570	tu	a	aries-kfinder	Aries Kfinder
7571-7573	*	u		Unassigned
7574	t	a	coherence	Oracle Coherence Cluster Service
7574	u	a	coherence-disc	Oracle Coherence Cluster discovery service
7575	t	a	wtmi-panel	Main access port for WTMI Panel
7575	u	r		Reserved
7576-7587	*	u		Unassigned
7588	tu	a	sun-lm	Sun License Manager
7589-7605	*	u		Unassigned
7606	tu	a	mipi-debug	MIPI Alliance Debug
7607-7623	*	u		Unassigned
7624	tu	a	indi	Instrument Neutral Distributed Interface
7625	*	u		Unassigned
7626	t	a	simco	SImple Middlebox COnfiguration (SIMCO) Server
7626	u	u		De-registered
7626	s	a	simco	SImple Middlebox COnfiguration (SIMCO)
7627	tu	a	soap-http	SOAP Service Port
7628	tu	a	zen-pawn	Primary Agent Work Notification
7629	tu	a	xdas	OpenXDAS Wire Protocol
7630	t	a	hawk	HA Web Konsole
7630	u	r		Reserved
7631	t	a	tesla-sys-msg	TESLA System Messaging
7631	u	r		Reserved
7632	*	u		Unassigned
7633	tu	a	pmdfmgt	PMDF Management
7634-7647	*	u		Unassigned
7648	tu	a	cuseeme	bonjour-cuseeme
7649-7662	*	u		Unassigned
7663	tu	a	rome	Proprietary immutable distributed data storage
7664-7667	*	u		Unassigned
7668	t	a	authoritygate	AuthorityGate Secure API communication for Orchestrated task sequencing
7668	u	r		Reserved
7669-7671	*	u		Unassigned
7672	t	a	imqstomp	iMQ STOMP Server
7672	u	r		Reserved
7673	t	a	imqstomps	iMQ STOMP Server over SSL
7673	u	r		Reserved
7674	tu	a	imqtunnels	iMQ SSL tunnel
7675	tu	a	imqtunnel	iMQ Tunnel
7676	tu	a	imqbrokerd	iMQ Broker Rendezvous
7677	tu	a	sun-user-https	Sun App Server - HTTPS
7678-7679	*	u		Unassigned
7680	tu	a	ms-do	Microsoft Delivery Optimization Peer-to-Peer
7681-7682	*	u		Unassigned
7683	t	a	dmt	Cleondris DMT
7683	u	r		Reserved
7684-7686	*	u		Unassigned
7687	t	a	bolt	Bolt database connection
7687	u	r		Reserved
7688	*	u		Unassigned
7689	tu	a	collaber	Collaber Network Service
7690	t	a	sovd	Service-Oriented Vehicle Diagnostics
7690	u	r		Reserved
7691-7696	*	u		Unassigned
7697	tu	a	klio	KLIO communications
7698-7699	*	u		Unassigned
7700	t	a	em7-secom	EM7 Secure Communications
7700	u	r		Reserved
7701	tu	r		Reserved
7701	s	a	nfapi	SCF nFAPI defining MAC/PHY split
7702-7706	*	u		Unassigned
7707	tu	a	sync-em7	EM7 Dynamic Updates
7708	tu	a	scinet	scientia.net
7709-7719	*	u		Unassigned
7720	tu	a	medimageportal	MedImage Portal
7721-7723	*	u		Unassigned
7724	tu	a	nsdeepfreezectl	Novell Snap-in Deep Freeze Control
7725	tu	a	nitrogen	Nitrogen Service
7726	tu	a	freezexservice	FreezeX Console Service
7727	tu	a	trident-data	Trident Systems Data
7728	tus	a	osvr	Open-Source Virtual Reality
7729-7733	*	u		Unassigned
7734	tu	a	smip	Smith Protocol over IP
7735-7737	*	u		Unassigned
7738	tu	a	aiagent	HP Enterprise Discovery Agent
7739-7740	*	u		Unassigned
7741	tu	a	scriptview	ScriptView Network
7742	t	a	msss	Mugginsoft Script Server Service
7742	u	r		Reserved
7743	tu	a	sstp-1	Sakura Script Transfer Protocol
7744	tu	a	raqmon-pdu	RAQMON PDU
7745-7746	*	u		Unassigned
7747	tu	a	prgp	Put/Run/Get Protocol
7748-7776	*	u		Unassigned
7775	t	a	inetfs	A File System using TLS over a wide area network
7775	u	r		Reserved
7776	*	u		Unassigned
7777	tu	a	cbt	cbt		Known Unauthorized Use on port 7777
7778	tu	a	interwise	Interwise
7779	tu	a	vstat	VSTAT
7780	*	u		Unassigned
7781	tu	a	accu-lmgr	accu-lmgr
7782-7783	*	u		Unassigned
7784	u	a	s-bfd	Seamless Bidirectional Forwarding Detection (S-BFD)
7784	t	r		Reserved
7785	*	u		Unassigned		Known Unauthorized Use on port 7785
7786	tu	a	minivend	MINIVEND		Known Unauthorized Use on port 7786
7787	tu	a	popup-reminders	Popup Reminders Receive		Known Unauthorized Use on port 7787
7788	*	u		Unassigned		Known Unauthorized Use on port 7788
7789	tu	a	office-tools	Office Tools Pro Receive		Known Unauthorized Use on port 7789
7790-7793	*	u		Unassigned
7794	tu	a	q3ade	Q3ADE Cluster Service
7795-7796	*	u		Unassigned
7797	tu	a	pnet-conn	Propel Connector port
7798	tu	a	pnet-enc	Propel Encoder port
7799	tu	a	altbsdp	Alternate BSDP Service
7800	tu	a	asr	Apple Software Restore	Defined TXT keys: image=<HTTP URL of disk image>
7801	tu	a	ssp-client	Secure Server Protocol - client
7802	u	a	vns-tp	Virtualized Network Services Tunnel Protocol
7802	t	r		Reserved
7803-7809	*	u		Unassigned
7810	tu	a	rbt-wanopt	Riverbed WAN Optimization Protocol
7811-7844	*	u		Unassigned
7845	tu	a	apc-7845	APC 7845
7846	tu	a	apc-7846	APC 7846
7847	t	a	csoauth	A product key authentication protocol made by CSO
7847	u	r		Reserved
7848-7868	*	u		Unassigned
7869	t	a	mobileanalyzer	MobileAnalyzer& MobileMonitor
7869	u	r		Reserved
7870	t	a	rbt-smc	Riverbed Steelhead Mobile Service
7870	u	r		Reserved
7871	t	a	mdm	Mobile Device Management
7871	u	r		Reserved
7872	t	r		Reserved
7872	u	a	mipv6tls	TLS-based Mobile IPv6 Security
7873-7877	*	u		Unassigned
7878	t	a	owms	Opswise Message Service
7878	u	r		Reserved
7879	*	u		Unassigned
7880	tu	a	pss	Pearson
7881-7886	*	u		Unassigned
7887	tu	a	ubroker	Universal Broker
7888-7899	*	u		Unassigned
7900	tu	a	mevent	Multicast Event
7901	tu	a	tnos-sp	TNOS Service Protocol
7902	tu	a	tnos-dp	TNOS shell Protocol
7903	tu	a	tnos-dps	TNOS Secure DiaguardProtocol
7904-7912	*	u		Unassigned
7913	tu	a	qo-secure	QuickObjects secure port
7914-7931	*	u		Unassigned
7932	tu	a	t2-drm	Tier 2 Data Resource Manager
7933	tu	a	t2-brm	Tier 2 Business Rules Manager
7934-7961	*	u		Unassigned
7962	tu	a	generalsync	Encrypted, extendable, general-purpose synchronization protocol
7963-7966	*	u		Unassigned
7967	tu	a	supercell	Supercell
7968-7978	*	u		Unassigned
7979	tu	a	micromuse-ncps	Micromuse-ncps
7980	tu	a	quest-vista	Quest Vista
7981	t	a	sossd-collect	Spotlight on SQL Server Desktop Collect
7981	u	r		Reserved
7982	t	a	sossd-agent	Spotlight on SQL Server Desktop Agent
7982	u	a	sossd-disc	Spotlight on SQL Server Desktop Agent Discovery
7983-7997	*	u		Unassigned
7997	t	a	pushns	PUSH Notification Service
7997	u	r		Reserved
7998	t	r		Reserved
7998	u	a	usicontentpush	USI Content Push Service
7999	tu	a	irdmi2	iRDMI2
8000	tu	a	irdmi	iRDMI
8001	tu	a	vcom-tunnel	VCOM Tunnel		Known Unauthorized Use on port 8001
8002	tu	a	teradataordbms	Teradata ORDBMS
8003	tu	a	mcreport	Mulberry Connect Reporting Service
8004	t	a	p2pevolvenet	Opensource Evolv Enterprise Platform P2P Network Node Connection Protocol
8004	u	r		Reserved
8005	tu	a	mxi	MXI Generation II for z/OS
8006	t	a	wpl-analytics	World Programming analytics
8006	u	a	wpl-disc	World Programming analytics discovery
8007	tu	a	warppipe	I/O oriented cluster computing software
8008	tu	a	http-alt	HTTP Alternate
8009	t	a	nvme-disc	NVMe over Fabrics Discovery Service
8009	u	r		Reserved
8010	*	r		Reserved		yes
8011-8014	*	u		Unassigned
8015	t	a	cfg-cloud	Configuration Cloud Service
8015	u	r		Reserved
8016	t	a	ads-s	Beckhoff Automation Device Specification
8016	u	r		Reserved
8017	t	r		Reserved
8017	u	a	cisco-cloudsec	Cisco Cloudsec Dataplane Port Number
8018	*	u		Unassigned
8019	tu	a	qbdb	QB DB Dynamic Port
8020	tu	a	intu-ec-svcdisc	Intuit Entitlement Service and Discovery
8021	tu	a	intu-ec-client	Intuit Entitlement Client
8022	tu	a	oa-system	oa-system
8023	tu	a	arca-api	ARCATrust vault API
8024	*	u		Unassigned
8025	tu	a	ca-audit-da	CA Audit Distribution Agent
8026	tu	a	ca-audit-ds	CA Audit Distribution Server
8027	tu	a	papachi-p2p-srv	peer tracker and data relay service
8028-8031	*	u		Unassigned
8032	tu	a	pro-ed	ProEd
8033	tu	a	mindprint	MindPrint
8034	tu	a	vantronix-mgmt	.vantronix Management
8035-8039	*	u		Unassigned
8040	tu	a	ampify	Ampify Messaging Protocol
8041	tu	a	enguity-xccetp	Xcorpeon ASIC Carrier Ethernet Transport
8042	t	a	fs-agent	FireScope Agent
8042	u	r		Reserved
8043	t	a	fs-server	FireScope Server
8043	u	r		Reserved
8044	t	a	fs-mgmt	FireScope Management Interface
8044	u	r		Reserved
8045-8050	*	u		Unassigned
8051	t	a	rocrail	Rocrail Client Service
8051	u	r		Reserved
8052	tu	a	senomix01	Senomix Timesheets Server
8053	tu	a	senomix02	Senomix Timesheets Client [1 year assignment]
8054	tu	a	senomix03	Senomix Timesheets Server [1 year assignment]
8055	tu	a	senomix04	Senomix Timesheets Server [1 year assignment]
8056	tu	a	senomix05	Senomix Timesheets Server [1 year assignment]
8057	tu	a	senomix06	Senomix Timesheets Client [1 year assignment]
8058	tu	a	senomix07	Senomix Timesheets Client [1 year assignment]
8059	tu	a	senomix08	Senomix Timesheets Client [1 year assignment]
8060	t	r		Reserved
8060	u	a	aero	Asymmetric Extended Route Optimization (AERO)
8061	t	a	nikatron-dev	Nikatron Device Protocol
8061	u	r		Reserved
8062-8065	*	u		Unassigned
8066	t	a	toad-bi-appsrvr	Toad BI Application Server
8066	u	r		Reserved
8067	t	a	infi-async	Infinidat async replication
8067	u	r		Reserved
8068-8069	*	u		Unassigned
8070	t	a	ucs-isc	Oracle Unified Communication Suite's Indexed Search Converter
8070	u	r		Reserved
8071-8073	*	u		Unassigned
8074	tu	a	gadugadu	Gadu-Gadu
8075-8076	*	u		Unassigned
8077	t	r		Reserved	De-Assigned on 2024-01-05.
8077	u	r		Reserved
8078-8079	*	u		Unassigned
8080	tu	a	http-alt	HTTP Alternate (see port 80)
8081	tu	a	sunproxyadmin	Sun Proxy Admin Service
8082	tu	a	us-cli	Utilistor (Client)
8083	tu	a	us-srv	Utilistor (Server)
8084	t	a	websnp	Snarl Network Protocol over HTTP
8084	u	r		Reserved
8085	*	u		Unassigned
8086	tu	a	d-s-n	Distributed SCADA Networking Rendezvous Port
8087	tu	a	simplifymedia	Simplify Media SPP Protocol
8088	tu	a	radan-http	Radan HTTP
8089	*	u		Unassigned
8090	t	a	opsmessaging	Vehicle to station messaging
8090	u	r		Reserved
8091	t	a	jamlink	Jam Link Framework
8091	u	r		Reserved
8092-8096	*	u		Unassigned
8097	tu	a	sac	SAC Port Id
8098-8099	*	u		Unassigned
8100	tu	a	xprint-server	Xprint Server
8101	t	a	ldoms-migr	Logical Domains Migration
8101	u	r		Reserved
8102	t	a	kz-migr	Oracle Kernel zones migration server
8102	u	r		Reserved
8103-8110	*	u		Unassigned
8111	t	r		Reserved
8111	u	a	skynetflow	Skynetflow network services
8112-8114	*	u		Unassigned
8115	tu	a	mtl8000-matrix	MTL8000 Matrix
8116	tu	a	cp-cluster	Check Point Clustering
8117	t	a	purityrpc	Purity replication clustering and remote management
8117	u	r		Reserved
8118	tu	a	privoxy	Privoxy HTTP proxy
8119-8120	*	u		Unassigned
8121	tu	a	apollo-data	Apollo Data Port
8122	tu	a	apollo-admin	Apollo Admin Port
8123-8127	*	u		Unassigned
8128	tu	a	paycash-online	PayCash Online Protocol
8129	tu	a	paycash-wbp	PayCash Wallet-Browser
8130	tu	a	indigo-vrmi	INDIGO-VRMI
8131	tu	a	indigo-vbcp	INDIGO-VBCP
8132	tu	a	dbabble	dbabble
8133-8139	*	u		Unassigned
8140	t	a	puppet	The Puppet master service
8140	u	r		Reserved
8141-8147	*	u		Unassigned
8148	tu	a	isdd	i-SDD file transfer
8149	t	r		Reserved
8149	u	a	eor-game	Edge of Reality game data
8150-8152	*	u		Unassigned
8153	t	a	quantastor	QuantaStor Management Interface
8153	u	r		Reserved
8154-8159	*	u		Unassigned
8160	tu	a	patrol	Patrol
8161	tu	a	patrol-snmp	Patrol SNMP
8162	t	a	lpar2rrd	LPAR2RRD client server communication
8162	u	r		Reserved
8163-8180	*	u		Unassigned
8181	t	a	intermapper	Intermapper network management system
8181	u	r		Reserved
8182	tu	a	vmware-fdm	VMware Fault Domain Manager
8183	t	a	proremote	ProRemote
8183	u	r		Reserved
8184	tu	a	itach	Remote iTach Connection
8185-8189	*	u		Unassigned
8190	t	a	gcp-rphy	Generic control plane for RPHY
8190	u	r		Reserved
8191	t	a	limnerpressure	Limner Pressure
8191	u	r		Reserved
8192	tu	a	spytechphone	SpyTech Phone Service
8193	*	u		Unassigned
8194	tu	a	blp1	Bloomberg data API
8195	tu	a	blp2	Bloomberg feed
8196-8198	*	u		Unassigned
8199	tu	a	vvr-data	VVR DATA
8200	tu	a	trivnet1	TRIVNET
8201	tu	a	trivnet2	TRIVNET
8202	t	r		Reserved
8202	u	a	aesop	Audio+Ethernet Standard Open Protocol
8203	*	u		Unassigned
8204	tu	a	lm-perfworks	LM Perfworks
8205	tu	a	lm-instmgr	LM Instmgr
8206	tu	a	lm-dta	LM Dta
8207	tu	a	lm-sserver	LM SServer
8208	tu	a	lm-webwatcher	LM Webwatcher
8209-8210	*	u		Unassigned
8211	t	r		Reserved
8211	u	a	aruba-papi	Aruba Networks AP management
8212-8229	*	u		Unassigned
8230	tu	a	rexecj	RexecJ Server
8231	t	r		Reserved
8231	u	a	hncp-udp-port	HNCP
8232	t	r		Reserved
8232	u	a	hncp-dtls-port	HNCP over DTLS
8233-8242	*	u		Unassigned
8243	tu	a	synapse-nhttps	Synapse Non Blocking HTTPS
8244-8265	*	u		Unassigned
8266	t	r		Reserved
8266	u	a	espeasy-p2p	ESPeasy peer-2-peer communication
8267-8269	*	u		Unassigned
8270	t	a	robot-remote	Robot Framework Remote Library Interface
8270	u	r		Reserved
8271-8275	*	u		Unassigned
8276	tu	a	ms-mcc	Microsoft Connected Cache
8277-8279	*	u		Unassigned
8280	tu	a	synapse-nhttp	Synapse Non Blocking HTTP
8281	*	u		Unassigned
8282	t	a	libelle	Libelle EnterpriseBus
8282	u	a	libelle-disc	Libelle EnterpriseBus discovery
8282	sd	r		Reserved
8283-8291	*	u		Unassigned
8292	tu	a	blp3	Bloomberg professional
8293	t	a	hiperscan-id	Hiperscan Identification Service
8293	u	r		Reserved
8294	tu	a	blp4	Bloomberg intelligent client
8295-8299	*	u		Unassigned
8300	tu	a	tmi	Transport Management Interface
8301	tu	a	amberon	Amberon PPC/PPS
8302-8312	*	u		Unassigned
8313	t	a	hub-open-net	Hub Open Network	Defined TXT keys: _hub._tcp.host.example.com
8313	u	r		Reserved
8314-8319	*	u		Unassigned
8320	tu	a	tnp-discover	Thin(ium) Network Protocol
8321	tu	a	tnp	Thin(ium) Network Protocol
8322	tu	a	garmin-marine	Garmin Marine
8323-8350	*	u		Unassigned
8351	tu	a	server-find	Server Find
8352-8375	*	u		Unassigned
8376	tu	a	cruise-enum	Cruise ENUM
8377	tu	a	cruise-swroute	Cruise SWROUTE
8378	tu	a	cruise-config	Cruise CONFIG
8379	tu	a	cruise-diags	Cruise DIAGS
8380	tu	a	cruise-update	Cruise UPDATE
8381-8382	*	u		Unassigned
8383	tu	a	m2mservices	M2m Services
8384	u	a	marathontp	Marathon Transport Protocol
8384	t	r		Reserved
8385-8399	*	u		Unassigned
8400	tu	a	cvd	cvd
8401	tu	a	sabarsd	sabarsd
8402	tu	a	abarsd	abarsd
8403	tu	a	admind	admind
8404	t	a	svcloud	SuperVault Cloud
8404	u	r		Reserved
8405	t	a	svbackup	SuperVault Backup
8405	u	r		Reserved
8406-8414	*	u		Unassigned
8415	t	a	dlpx-sp	Delphix Session Protocol
8415	u	r		Reserved
8416	tu	a	espeech	eSpeech Session Protocol
8417	tu	a	espeech-rtp	eSpeech RTP Protocol
8418-8422	*	u		Unassigned
8423	t	a	aritts	Aristech text-to-speech server
8423	u	r		Reserved
8424-8431	*	u		Unassigned
8432	t	a	pgbackrest	PostgreSQL Backup
8432	u	r		Reserved
8433	t	r		Reserved
8433	u	a	aws-as2	Non Persistent Desktop and Application Streaming
8434-8441	*	u		Unassigned
8442	tu	a	cybro-a-bus	CyBro A-bus Protocol
8443	tu	a	pcsync-https	PCsync HTTPS
8444	tu	a	pcsync-http	PCsync HTTP
8445	t	a	copy	Port for copy peer sync feature
8445	u	a	copy-disc	Port for copy discovery
8446-8447	*	u		Unassigned
8448	t	a	matrix-fed	Matrix Federation Protocol
8448	u	r		Reserved
8449	*	u		Unassigned
8450	tu	a	npmp	npmp
8451-8456	*	u		Unassigned
8457	t	a	nexentamv	Nexenta Management GUI
8457	u	r		Reserved
8458-8469	*	u		Unassigned
8470	t	a	cisco-avp	Cisco Address Validation Protocol
8470	u	r		Reserved
8471	ts	a	pim-port	PIM over Reliable Transport
8471	u	r		Reserved
8472	tu	a	otv	Overlay Transport Virtualization (OTV)
8473	tu	a	vp2p	Virtual Point to Point
8474	tu	a	noteshare	AquaMinds NoteShare
8475-8499	*	u		Unassigned
8500	tu	a	fmtp	Flight Message Transfer Protocol
8501	t	a	cmtp-mgt	CYTEL Message Transfer Management
8501	u	a	cmtp-av	CYTEL Message Transfer Audio and Video
8502	t	a	ftnmtp	FTN Message Transfer Protocol
8502	u	r		Reserved
8503	u	a	lsp-self-ping	MPLS LSP Self-Ping
8503	t	r		Reserved
8504-8553	*	u		Unassigned
8554	tu	a	rtsp-alt	RTSP Alternate (see port 554)
8555	tu	a	d-fence	SYMAX D-FENCE
8556-8566	*	u		Unassigned
8567	tu	a	dof-tunnel	DOF Tunneling Protocol
8568-8599	*	u		Unassigned
8600	tu	a	asterix	Surveillance Data
8601-8608	*	u		Unassigned
8609	t	r		Reserved
8609	u	a	canon-cpp-disc	Canon Compact Printer Protocol Discovery
8610	tu	a	canon-mfnp	Canon MFNP Service
8611	tu	a	canon-bjnp1	Canon BJNP Port 1
8612	tu	a	canon-bjnp2	Canon BJNP Port 2
8613	tu	a	canon-bjnp3	Canon BJNP Port 3
8614	tu	a	canon-bjnp4	Canon BJNP Port 4
8615	t	a	imink	Imink Service Control
8615	u	r		Reserved
8616-8664	*	u		Unassigned		Unauthorized Use Known on ports 8616 and 8617
8665	t	a	monetra	Monetra
8665	u	r		Reserved
8666	t	a	monetra-admin	Monetra Administrative Access
8666	u	r		Reserved
8667	*	u		Unassigned
8668	t	a	spartan	Spartan management
8668	u	r		Reserved
8669-8674	*	u		Unassigned
8675	t	a	msi-cps-rm	Motorola Solutions Customer Programming Software for Radio Management
8675	u	a	msi-cps-rm-disc	Motorola Solutions Customer Programming Software for Radio Management Discovery
8676-8685	*	u		Unassigned
8686	tu	a	sun-as-jmxrmi	Sun App Server - JMX/RMI
8687	*	u		Unassigned
8688	t	a	openremote-ctrl	OpenRemote Controller HTTP/REST
8688	u	r		Reserved
8689-8698	*	u		Unassigned
8699	t	a	vnyx	VNYX Primary Port
8699	u	r		Reserved	This entry is being removed on 2013-05-24.
8700-8709	*	u		Unassigned
8710	t	a	semi-grpc	gRPC for SEMI Standards implementations
8710	u	r		Reserved
8711	t	a	nvc	Nuance Voice Control
8711	u	r		Reserved
8712-8731	*	u		Unassigned
8732	t	r		Reserved
8732	u	a	dtp-net	DASGIP Net Services
8733	tu	a	ibus	iBus
8734-8749	*	u		Unassigned
8750	t	a	dey-keyneg	DEY Storage Key Negotiation
8750	u	r		Reserved
8751-8762	*	u		Unassigned
8763	tu	a	mc-appserver	MC-APPSERVER
8764	tu	a	openqueue	OPENQUEUE
8765	tu	a	ultraseek-http	Ultraseek HTTP
8766	tu	a	amcs	Agilent Connectivity Service
8767	t	a	core-of-source	Online mobile multiplayer game
8767	u	r		Reserved
8768	t	a	sandpolis	Sandpolis Server
8768	u	r		Reserved
8769	t	a	oktaauthenticat	Okta MultiPlatform Access Mgmt for Cloud Svcs
8769	u	r		Reserved
8770	tu	a	dpap	Digital Photo Access Protocol (iPhoto)	Defined TXT keys: txtvers, Version, iPSh Version, Machine ID, Machine Name, Password
8771-8777	*	u		Unassigned
8778	t	a	uec	Stonebranch Universal Enterprise Controller
8778	u	r		Reserved
8779-8785	*	u		Unassigned
8786	tu	a	msgclnt	Message Client
8787	tu	a	msgsrvr	Message Server
8788-8792	*	u		Unassigned
8793	tu	a	acd-pm	Accedian Performance Measurement
8794-8799	*	u		Unassigned
8800	tu	a	sunwebadmin	Sun Web Server Admin Service
8801-8803	*	u		Unassigned		Known UNAUTHORIZED USE: Port 8801
8804	tu	a	truecm	truecm
8805	t	r		Reserved
8805	u	a	pfcp	Destination Port number for PFCP
8806	*	u		Unassigned
8807	t	r		Reserved
8807	u	a	hes-clip	HES-CLIP Interoperability protocol
8808	t	r		Reserved
8808	u	a	ssports-bcast	STATSports Broadcast Service
8809	t	r		Reserved
8809	u	a	3gpp-monp	MCPTT Off-Network Protocol (MONP)
8810-8872	*	u		Unassigned
8873	tu	a	dxspider	dxspider linking protocol
8874-8879	*	u		Unassigned
8880	tu	a	cddbp-alt	CDDBP
8881	t	a	galaxy4d	Galaxy4D Online Game Engine
8881	u	r		Reserved
8882	*	u		Unassigned		Unauthorized Use Known on port 8882
8883	tu	a	secure-mqtt	Secure MQTT
8884-8887	*	u		Unassigned
8888	t	a	ddi-tcp-1	NewsEDGE server TCP (TCP 1)		Known Unauthorized Use on port 8888
8888	u	a	ddi-udp-1	NewsEDGE server UDP (UDP 1)		Known Unauthorized Use on port 8888
8889	t	a	ddi-tcp-2	Desktop Data TCP 1		Known Unauthorized Use on port 8889
8889	u	a	ddi-udp-2	NewsEDGE server broadcast		Known Unauthorized Use on port 8889
8890	t	a	ddi-tcp-3	Desktop Data TCP 2		Known Unauthorized Use on port 8890
8890	u	a	ddi-udp-3	NewsEDGE client broadcast		Known Unauthorized Use on port 8890
8891	t	a	ddi-tcp-4	Desktop Data TCP 3: NESS application
8891	u	a	ddi-udp-4	Desktop Data UDP 3: NESS application
8892	t	a	ddi-tcp-5	Desktop Data TCP 4: FARM product
8892	u	a	ddi-udp-5	Desktop Data UDP 4: FARM product
8893	t	a	ddi-tcp-6	Desktop Data TCP 5: NewsEDGE/Web application
8893	u	a	ddi-udp-6	Desktop Data UDP 5: NewsEDGE/Web application
8894	t	a	ddi-tcp-7	Desktop Data TCP 6: COAL application
8894	u	a	ddi-udp-7	Desktop Data UDP 6: COAL application
8895-8898	*	u		Unassigned
8899	tu	a	ospf-lite	ospf-lite
8900	tu	a	jmb-cds1	JMB-CDS 1
8901	tu	a	jmb-cds2	JMB-CDS 2
8902-8907	*	u		Unassigned
8908	t	a	dpp	WFA Device Provisioning Protocol
8908	u	r		Reserved
8909	*	u		Unassigned
8910	tu	a	manyone-http	manyone-http
8911	tu	a	manyone-xml	manyone-xml
8912	tu	a	wcbackup	Windows Client Backup
8913	tu	a	dragonfly	Dragonfly System Service
8914-8936	*	u		Unassigned
8937	t	a	twds	Transaction Warehouse Data Service
8937	u	r		Reserved
8938-8952	*	u		Unassigned
8953	t	a	ub-dns-control	unbound dns nameserver control
8953	u	r		Reserved
8954	tu	a	cumulus-admin	Cumulus Admin Port
8955-8979	*	u		Unassigned
8980	tu	a	nod-provider	Network of Devices Provider
8981	u	a	nod-client	Network of Devices Client
8981	t	r		Reserved
8982-8988	*	u		Unassigned
8989	tu	a	sunwebadmins	Sun Web Server SSL Admin Service
8990	tu	a	http-wmap	webmail HTTP service
8991	tu	a	https-wmap	webmail HTTPS service
8992-8996	*	u		Unassigned
8997	t	a	oracle-ms-ens	Oracle Messaging Server Event Notification Service
8997	u	r		Reserved
8998	t	a	canto-roboflow	Canto RoboFlow Control
8998	u	r		Reserved
8999	tu	a	bctp	Brodos Crypto Trade Protocol
9000	tu	a	cslistener	CSlistener
9001	tu	a	etlservicemgr	ETL Service Manager		Known Unauthorized Use on port 9001
9002	tu	a	dynamid	DynamID authentication
9003-9004	*	u		Unassigned
9005	t	a	golem	Golem Inter-System RPC
9005	u	r		Reserved
9006	*	u		De-Commissioned Port
9007	t	r		Reserved
9007	u	a	ogs-client	Open Grid Services Client
9008	t	a	ogs-server	Open Grid Services Server
9008	u	r		Reserved
9009	tu	a	pichat	Pichat Server
9010	t	a	sdr	Secure Data Replicator Protocol
9010	u	r		Reserved
9011	t	r		Reserved
9011	u	a	d-star	D-Star Routing digital voice+data for amateur radio
9012-9019	*	u		Unassigned
9020	tu	a	tambora	TAMBORA
9021	tu	a	panagolin-ident	Pangolin Identification
9022	tu	a	paragent	PrivateArk Remote Agent
9023	tu	a	swa-1	Secure Web Access - 1
9024	tu	a	swa-2	Secure Web Access - 2
9025	tu	a	swa-3	Secure Web Access - 3
9026	tu	a	swa-4	Secure Web Access - 4
9027-9049	*	u		Unassigned
9050	t	a	versiera	Versiera Agent Listener
9050	u	r		Reserved
9051	t	a	fio-cmgmt	Fusion-io Central Manager Service
9051	u	r		Reserved
9052-9059	*	u		Unassigned
9060	t	a	CardWeb-IO	CardWeb request-response I/O exchange
9060	u	a	CardWeb-RT	CardWeb realtime device data
9061-9079	*	u		Unassigned
9080	tu	a	glrpc	Groove GLRPC
9081	t	r		Reserved
9081	u	a	cisco-aqos	Required for Adaptive Quality of Service
9082	s	a	lcs-ap	LCS Application Protocol
9083	t	a	emc-pp-mgmtsvc	EMC PowerPath Mgmt Service
9083	u	r		Reserved
9084	tus	a	aurora	IBM AURORA Performance Visualizer
9085	tu	a	ibm-rsyscon	IBM Remote System Console
9086	tu	a	net2display	Vesa Net2Display
9087	tu	a	classic	Classic Data Server
9088	tu	a	sqlexec	IBM Informix SQL Interface
9089	tu	a	sqlexec-ssl	IBM Informix SQL Interface - Encrypted
9090	tu	a	websm	WebSM
9091	tu	a	xmltec-xmlmail	xmltec-xmlmail
9092	tu	a	XmlIpcRegSvc	Xml-Ipc Server Reg
9093	t	a	copycat	Copycat database replication service
9093	u	r		Reserved
9094-9099	*	u		Unassigned
9100	tu	a	hp-pdl-datastr	PDL Data Streaming Port
9100	tu	a	pdl-datastream	Printer PDL Data Stream	The protocol name "pdl-datastream" is primarily registered for use in DNS SRV records (RFC 2782). DNS SRV records allow a protocol to run on any port number, but the default port for this protocol is 9100.
9101	tu	a	bacula-dir	Bacula Director
9102	tu	a	bacula-fd	Bacula File Daemon
9103	tu	a	bacula-sd	Bacula Storage Daemon
9104	tu	a	peerwire	PeerWire
9105	tu	a	xadmin	Xadmin Control Service
9106	t	a	astergate	Astergate Control Service
9106	u	a	astergate-disc	Astergate Discovery Service
9107	t	a	astergatefax	AstergateFax Control Service
9107	u	r		Reserved
9108-9110	*	u		Unassigned
9111	tu	a	hexxorecore	Multiple Purpose, Distributed Message Bus
9112-9118	*	u		Unassigned
9119	tu	a	mxit	MXit Instant Messaging
9120-9121	*	u		Unassigned
9122	t	a	grcmp	Global Relay compliant mobile instant messaging protocol
9122	u	r		Reserved
9123	t	a	grcp	Global Relay compliant instant messaging protocol
9123	u	r		Reserved
9124-9130	*	u		Unassigned
9131	tu	a	dddp	Dynamic Device Discovery
9132-9159	*	u		Unassigned
9160	tu	a	apani1	apani1
9161	tu	a	apani2	apani2
9162	tu	a	apani3	apani3
9163	tu	a	apani4	apani4
9164	tu	a	apani5	apani5
9165-9182	*	u		Unassigned
9183	tu	a	sirius-agent	Sirius Configuration Agent
9184-9190	*	u		Unassigned
9191	tu	a	sun-as-jpda	Sun AppSvr JPDA
9192-9199	*	u		Unassigned
9200	tu	a	wap-wsp	WAP connectionless session service
9201	tu	a	wap-wsp-wtp	WAP session service
9202	tu	a	wap-wsp-s	WAP secure connectionless session service
9203	tu	a	wap-wsp-wtp-s	WAP secure session service
9204	tu	a	wap-vcard	WAP vCard
9205	tu	a	wap-vcal	WAP vCal
9206	tu	a	wap-vcard-s	WAP vCard Secure
9207	tu	a	wap-vcal-s	WAP vCal Secure
9208	tu	a	rjcdb-vcards	rjcdb vCard
9209	tu	a	almobile-system	ALMobile System Service
9210	tu	a	oma-mlp	OMA Mobile Location Protocol
9211	tu	a	oma-mlp-s	OMA Mobile Location Protocol Secure
9212	tu	a	serverviewdbms	Server View dbms access
9213	tu	a	serverstart	ServerStart RemoteControl
9214	tu	a	ipdcesgbs	IPDC ESG BootstrapService
9215	tu	a	insis	Integrated Setup and Install Service
9216	tu	a	acme	Aionex Communication Management Engine
9217	tu	a	fsc-port	FSC Communication Port
9218-9221	*	u		Unassigned
9222	tu	a	teamcoherence	QSC Team Coherence
9223-9254	*	u		Unassigned
9255	tu	a	mon	Manager On Network
9256-9276	*	u		Unassigned
9277	u	a	traingpsdata	GPS Data transmitted from train to ground network
9277	t	r		Reserved
9278	tu	a	pegasus	Pegasus GPS Platform
9279	tu	a	pegasus-ctl	Pegaus GPS System Control Interface
9280	tu	a	pgps	Predicted GPS
9281	tu	a	swtp-port1	SofaWare transport port 1
9282	tu	a	swtp-port2	SofaWare transport port 2
9283	tu	a	callwaveiam	CallWaveIAM
9284	tu	a	visd	VERITAS Information Serve
9285	tu	a	n2h2server	N2H2 Filter Service Port
9286	t	r		Reserved
9286	u	a	n2receive	n2 monitoring receiver
9287	tu	a	cumulus	Cumulus
9288-9291	*	u		Unassigned
9292	tu	a	armtechdaemon	ArmTech Daemon
9293	tu	a	storview	StorView Client
9294	tu	a	armcenterhttp	ARMCenter http Service
9295	tu	a	armcenterhttps	ARMCenter https Service
9296-9299	*	u		Unassigned
9300	tu	a	vrace	Virtual Racing Service
9301-9305	*	u		Unassigned
9306	t	a	sphinxql	Sphinx search server (MySQL listener)
9306	u	r		Reserved
9307-9309	*	u		Unassigned
9310	t	a	sapms	SAP Message Server
9310	u	r		Reserved
9311	*	u		Unassigned
9312	t	a	sphinxapi	Sphinx search server
9312	u	r		Reserved
9313-9317	*	u		Unassigned
9318	tu	a	secure-ts	PKIX TimeStamp over TLS
9319-9320	*	u		Unassigned
9321	tu	a	guibase	guibase
9322-9338	*	u		Unassigned
9339	t	a	gnmi-gnoi	gRPC Network Mgmt/Operations Interface
9339	u	r		Reserved
9340	t	a	gribi	gRPC Routing Information Base Interface
9340	u	r		Reserved
9341-9342	*	u		Unassigned
9343	tu	a	mpidcmgr	MpIdcMgr
9344	tu	a	mphlpdmc	Mphlpdmc
9345	t	a	rancher	Rancher Agent
9345	u	r		Reserved
9346	tu	a	ctechlicensing	C Tech Licensing
9347-9373	*	u		Unassigned
9374	tu	a	fjdmimgr	fjdmimgr
9375-9379	*	u		Unassigned
9380	tu	a	boxp	Brivs! Open Extensible Protocol
9381-9386	*	u		Unassigned
9387	t	a	d2dconfig	D2D Configuration Service
9387	u	r		Reserved
9388	t	a	d2ddatatrans	D2D Data Transfer Service
9388	u	r		Reserved
9389	t	a	adws	Active Directory Web Services
9389	u	r		Reserved
9390	t	a	otp	OpenVAS Transfer Protocol
9390	u	r		Reserved
9391-9395	*	u		Unassigned
9396	tu	a	fjinvmgr	fjinvmgr
9397	tu	a	mpidcagt	MpIdcAgt
9398-9399	*	u		Unassigned
9400	tu	a	sec-t4net-srv	Samsung Twain for Network Server
9401	tu	a	sec-t4net-clt	Samsung Twain for Network Client
9402	tu	a	sec-pc2fax-srv	Samsung PC2FAX for Network Server
9403-9417	*	u		Unassigned
9418	tu	a	git	git pack transfer service
9419-9442	*	u		Unassigned
9443	tu	a	tungsten-https	WSO2 Tungsten HTTPS
9444	tu	a	wso2esb-console	WSO2 ESB Administration Console HTTPS
9445	t	a	mindarray-ca	MindArray Systems Console Agent
9445	u	r		Reserved
9446-9449	*	u		Unassigned
9450	tu	a	sntlkeyssrvr	Sentinel Keys Server
9451-9499	*	u		Unassigned
9500	tu	a	ismserver	ismserver
9501-9521	*	u		Unassigned
9522	t	r		Reserved
9522	u	a	sma-spw	SMA Speedwire
9523-9534	*	u		Unassigned
9535	tu	a	mngsuite	Management Suite Remote Control
9536	tu	a	laes-bf	Surveillance buffering function
9537-9554	*	u		Unassigned
9555	tu	a	trispen-sra	Trispen Secure Remote Access
9556-9558	*	u		Unassigned
9559	t	a	p4runtime	P4Runtime gRPC Service
9559	u	r		Reserved
9560-9591	*	u		Unassigned
9592	tu	a	ldgateway	LANDesk Gateway
9593	tu	a	cba8	LANDesk Management Agent (cba8)
9594	tu	a	msgsys	Message System
9595	tu	a	pds	Ping Discovery Service
9596	tu	a	mercury-disc	Mercury Discovery
9597	tu	a	pd-admin	PD Administration
9598	tu	a	vscp	Very Simple Ctrl Protocol
9599	tu	a	robix	Robix
9600	tu	a	micromuse-ncpw	MICROMUSE-NCPW
9601-9611	*	u		Unassigned
9612	tu	a	streamcomm-ds	StreamComm User Directory
9613	*	u		Unassigned
9614	t	a	iadt-tls	iADT Protocol over TLS
9614	u	r		Reserved
9615	*	u		Unassigned
9616	t	a	erunbook-agent	eRunbook Agent IANA assigned this well-formed service name as a replacement for "erunbook_agent".
9616	t	a	erunbook_agent	eRunbook Agent	This entry is an alias to "erunbook-agent". This entry is now historic, not usable for use with many common service discovery mechanisms.
9616	u	r		Reserved
9617	t	a	erunbook-server	eRunbook Server IANA assigned this well-formed service name as a replacement for "erunbook_server".
9617	t	a	erunbook_server	eRunbook Server	This entry is an alias to "erunbook-server". This entry is now historic, not usable for use with many common service discovery mechanisms.
9617	u	r		Reserved
9618	tu	a	condor	Condor Collector Service
9619-9627	*	u		Unassigned
9628	tu	a	odbcpathway	ODBC Pathway Service
9629	tu	a	uniport	UniPort SSO Controller
9630	t	a	peoctlr	Peovica Controller
9630	u	r		Reserved
9631	t	a	peocoll	Peovica Collector
9631	u	r		Reserved
9632	t	r		Reserved
9632	u	a	mc-comm	Mobile-C Communications
9633-9639	*	u		Unassigned
9640	t	a	pqsflows	ProQueSys Flows Service
9640	u	r		Reserved
9641-9665	*	u		Unassigned
9666	t	a	zoomcp	Zoom Control Panel Game Server Management
9666	u	r		Reserved
9667	tu	a	xmms2	Cross-platform Music Multiplexing System
9668	tu	a	tec5-sdctp	tec5 Spectral Device Control Protocol
9669-9693	*	u		Unassigned
9694	tu	a	client-wakeup	T-Mobile Client Wakeup Message
9695	tu	a	ccnx	Content Centric Networking
9696-9699	*	u		Unassigned
9700	tu	a	board-roar	Board M.I.T. Service
9701-9746	*	u		Unassigned
9747	tu	a	l5nas-parchan	L5NAS Parallel Channel
9748-9749	*	u		Unassigned
9750	tu	a	board-voip	Board M.I.T. Synchronous Collaboration
9751-9752	*	u		Unassigned
9753	tu	a	rasadv	rasadv
9754-9761	*	u		Unassigned
9762	tu	a	tungsten-http	WSO2 Tungsten HTTP
9763-9799	*	u		Unassigned
9800	tu	a	davsrc	WebDav Source Port
9801	tu	a	sstp-2	Sakura Script Transfer Protocol-2
9802	tu	a	davsrcs	WebDAV Source TLS/SSL
9803-9874	*	u		Unassigned
9875	tu	a	sapv1	Session Announcement v1
9876	t	a	sd	Session Director
9877	t	a	x510	The X.510 wrapper protocol
9877	u	r		Reserved
9878	u	a	kca-service	The KX509 Kerberized Certificate Issuance Protocol in Use in 2012	Historically, this service has been referred to as "kca_service", but this service name does not meet the registry requirements.
9878	t	r		Reserved
9879-9887	*	u		Unassigned
9888	tu	a	cyborg-systems	CYBORG Systems
9889	tu	a	gt-proxy	Port for Cable network related data proxy or repeater
9890-9897	*	u		Unassigned
9898	tu	a	monkeycom	MonkeyCom
9899	t	r		Reserved
9899	u	a	sctp-tunneling	SCTP TUNNELING
9900	tus	a	iua	IUA
9901	u	a	enrp	enrp server channel
9901	s	a	enrp-sctp	enrp server channel
9902	s	a	enrp-sctp-tls	enrp/tls server channel
9903	t	r		Reserved
9903	u	a	multicast-ping	Multicast Ping Protocol
9904-9908	*	u		Unassigned
9909	tu	a	domaintime	domaintime
9910	*	u		Unassigned
9911	tu	a	sype-transport	SYPECom Transport Protocol
9912-9924	*	u		Unassigned
9925	t	a	xybrid-cloud	XYBRID Cloud
9925	u	r		Reserved
9926-9949	*	u		Unassigned
9950	tu	a	apc-9950	APC 9950
9951	tu	a	apc-9951	APC 9951
9952	tu	a	apc-9952	APC 9952
9953	tu	a	acis	9953
9954	t	a	hinp	HaloteC Instrument Network Protocol
9954	u	r		Reserved
9955	t	a	alljoyn-stm	Contact Port for AllJoyn standard messaging
9955	u	a	alljoyn-mcm	Contact Port for AllJoyn multiplexed constrained messaging
9956	t	r		Reserved
9956	u	a	alljoyn	Alljoyn Name Service
9957-9965	*	u		Unassigned
9966	tu	a	odnsp	OKI Data Network Setting Protocol
9967-9977	*	u		Unassigned
9978	t	a	xybrid-rt	XYBRID RT Server
9978	u	r		Reserved
9979	t	a	visweather	Valley Information Systems Weather station data
9979	u	r		Reserved
9980	*	u		Unassigned
9981	t	a	pumpkindb	Event sourcing database engine with a built-in programming language
9981	u	r		Reserved
9982-9985	*	u		Unassigned
9986	t	a	kaostransport	KAOS secure message transport protocol for safety-critical environments
9986	u	r		Reserved
9987	tu	a	dsm-scm-target	DSM/SCM Target Interface
9988	t	a	nsesrvr	Software Essentials Secure HTTP server
9988	u	r		Reserved
9989	*	u		Unassigned
9990	tu	a	osm-appsrvr	OSM Applet Server
9991	tu	a	osm-oev	OSM Event Server
9992	tu	a	palace-1	OnLive-1
9993	tu	a	palace-2	OnLive-2
9994	tu	a	palace-3	OnLive-3
9995	tu	a	palace-4	Palace-4
9996	tu	a	palace-5	Palace-5
9997	tu	a	palace-6	Palace-6
9998	tu	a	distinct32	Distinct32
9999	tu	a	distinct	distinct
10000	tu	a	ndmp	Network Data Management Protocol
10001	tu	a	scp-config	SCP Configuration
10002	tu	a	documentum	EMC-Documentum Content Server Product
10003	t	a	documentum-s	EMC-Documentum Content Server Product IANA assigned this well-formed service name as a replacement for "documentum_s".
10003	t	a	documentum_s	EMC-Documentum Content Server Product	This entry is an alias to "documentum-s". This entry is now historic, not usable for use with many common service discovery mechanisms.
10003	u	a	documentum-s	EMC-Documentum Content Server Product IANA assigned this well-formed service name as a replacement for "documentum_s".
10003	u	a	documentum_s	EMC-Documentum Content Server Product	This entry is an alias to "documentum-s". This entry is now historic, not usable for use with many common service discovery mechanisms.
10004	t	a	emcrmirccd	EMC Replication Manager Client
10004	u	r		Reserved
10005	t	a	emcrmird	EMC Replication Manager Server
10005	u	r		Reserved
10006	t	a	netapp-sync	Sync replication protocol among different NetApp platforms
10006	u	r		Reserved
10007	tu	a	mvs-capacity	MVS Capacity
10008	tu	a	octopus	Octopus Multiplexer
10009	tu	a	swdtp-sv	Systemwalker Desktop Patrol
10010	t	a	rxapi	ooRexx rxapi services
10010	u	r		Reserved
10011-10019	*	u		Unassigned
10020	t	a	abb-hw	Hardware configuration and maintenance
10020	u	r		Reserved
10021-10022	*	u		Unassigned
10023	u	a	cefd-vmp	Comtech EF-Data's Vipersat Management Protocol
10023	t	r		Reserved
10024-10049	*	u		Unassigned
10050	tu	a	zabbix-agent	Zabbix Agent
10051	tu	a	zabbix-trapper	Zabbix Trapper
10052-10054	*	u		Unassigned
10055	t	a	qptlmd	Quantapoint FLEXlm Licensing Service
10055	u	r		Reserved
10056-10079	*	u		Unassigned
10080	tu	a	amanda	Amanda
10081	tu	a	famdc	FAM Archive Server
10082-10099	*	u		Unassigned
10100	tu	a	itap-ddtp	VERITAS ITAP DDTP
10101	tu	a	ezmeeting-2	eZmeeting
10102	tu	a	ezproxy-2	eZproxy
10103	tu	a	ezrelay	eZrelay
10104	tu	a	swdtp	Systemwalker Desktop Patrol
10105-10106	*	u		Unassigned
10107	tu	a	bctp-server	VERITAS BCTP, server
10108-10109	*	u		Unassigned
10110	tu	a	nmea-0183	NMEA-0183 Navigational Data
10111	t	r		Reserved
10111	u	a	nmea-onenet	NMEA OneNet multicast messaging
10112	*	u		Unassigned
10113	tu	a	netiq-endpoint	NetIQ Endpoint
10114	tu	a	netiq-qcheck	NetIQ Qcheck
10115	tu	a	netiq-endpt	NetIQ Endpoint
10116	tu	a	netiq-voipa	NetIQ VoIP Assessor
10117	tu	a	iqrm	NetIQ IQCResource Managament Svc
10118-10124	*	u		Unassigned
10125	t	a	cimple	HotLink CIMple REST API
10125	u	r		Reserved
10126-10127	*	u		Unassigned
10128	tu	a	bmc-perf-sd	BMC-PERFORM-SERVICE DAEMON
10129	t	a	bmc-gms	BMC General Manager Server
10129	u	r		Reserved
10130-10159	*	u		Unassigned
10160	tu	a	qb-db-server	QB Database Server
10161	t	a	snmptls	SNMP-TLS
10161	u	a	snmpdtls	SNMP-DTLS
10162	t	a	snmptls-trap	SNMP-Trap-TLS
10162	u	a	snmpdtls-trap	SNMP-Trap-DTLS
10163-10199	*	u		Unassigned
10200	tu	a	trisoap	Trigence AE Soap Service
10201	t	a	rsms	Remote Server Management Service
10201	u	a	rscs	Remote Server Control and Test Service
10202-10251	*	u		Unassigned
10252	tu	a	apollo-relay	Apollo Relay Port
10253	u	a	eapol-relay	Relay of EAPOL frames
10253	t	r		Reserved
10254-10259	*	u		Unassigned
10260	tu	a	axis-wimp-port	Axis WIMP Port
10261	t	a	tile-ml	Tile remote machine learning
10261	u	r		Reserved
10262-10287	*	u		Unassigned
10288	tu	a	blocks	Blocks
10289-10320	*	u		Unassigned
10321	t	r		Reserved	De-Assigned on 2023-12-05.
10321	u	r		Reserved
10322-10438	*	u		Unassigned
10439	u	a	bngsync	BalanceNG session table synchronization protocol
10439	t	r		Reserved
10440-10442	*	u		Unassigned
10443	t	a	cirrossp	CirrosSP Workstation Communication
10443	u	r		Reserved
10444-10499	*	u		Unassigned
10500	t	r		Reserved
10500	u	a	hip-nat-t	HIP NAT-Traversal
10501-10539	*	u		Unassigned
10540	tu	a	MOS-lower	MOS Media Object Metadata Port
10541	tu	a	MOS-upper	MOS Running Order Port
10542	tu	a	MOS-aux	MOS Low Priority Port
10543	tu	a	MOS-soap	MOS SOAP Default Port
10544	tu	a	MOS-soap-opt	MOS SOAP Optional Port
10545-10547	*	u		Unassigned
10548	t	a	serverdocs	Apple Document Sharing Service
10548	u	r		Reserved
10549-10630	*	u		Unassigned
10631	t	a	printopia	Printopia Serve
10631	u	r		Reserved
10632-10799	*	u		Unassigned
10800	tu	a	gap	Gestor de Acaparamiento para Pocket PCs
10801-10804	*	u		Unassigned
10805	tu	a	lpdg	LUCIA Pareja Data Group
10806-10808	*	u		Unassigned
10809	t	a	nbd	Network Block Device
10809	u	r		Reserved
10810	t	r		Reserved
10810	u	a	nmc-disc	Nuance Mobile Care Discovery
10811-10859	*	u		Unassigned
10860	tu	a	helix	Helix Client/Server
10861-10879	*	u		Unassigned
10880	tu	a	bveapi	BVEssentials HTTP API
10881-10932	*	u		Unassigned
10933	t	a	octopustentacle	Listen port used by the Octopus Deploy Tentacle deployment agent
10933	u	r		Reserved
10934-10989	*	u		Unassigned
10990	tu	a	rmiaux	Auxiliary RMI Port
10991-10999	*	u		Unassigned
11000	tu	a	irisa	IRISA
11001	tu	a	metasys	Metasys
11002-11094	*	u		Unassigned
11095	tu	a	weave	Nest device-to-device and device-to-service application protocol
11096-11102	*	u		Unassigned
11103	t	a	origo-sync	OrigoDB Server Sync Interface
11103	u	r		Reserved
11104	t	a	netapp-icmgmt	NetApp Intercluster Management
11104	u	r		Reserved
11105	t	a	netapp-icdata	NetApp Intercluster Data
11105	u	r		Reserved
11106	tu	a	sgi-lk	SGI LK Licensing service
11107	*	u		Unassigned
11108	u	a	myq-termlink	Hardware Terminals Discovery and Low-Level Communication Protocol
11108	t	r		Reserved
11109	t	a	sgi-dmfmgr	Data migration facility Manager (DMF) is a browser based interface to DMF
11109	u	r		Reserved
11110	t	a	sgi-soap	Data migration facility (DMF) SOAP is a web server protocol to support remote access to DMF
11110	u	r		Reserved
11111	tu	a	vce	Viral Computing Environment (VCE)
11112	tu	a	dicom	DICOM
11113-11160	*	u		Unassigned
11161	tu	a	suncacao-snmp	sun cacao snmp access point
11162	tu	a	suncacao-jmxmp	sun cacao JMX-remoting access point
11163	tu	a	suncacao-rmi	sun cacao rmi registry access point
11164	tu	a	suncacao-csa	sun cacao command-streaming access point
11165	tu	a	suncacao-websvc	sun cacao web service access point
11166-11170	*	u		Unassigned
11171	t	r		Reserved
11171	u	a	snss	Surgical Notes Security Service Discovery (SNSS)
11172	t	a	oemcacao-jmxmp	OEM cacao JMX-remoting access point
11172	u	r		Reserved
11173	t	a	t5-straton	Straton Runtime Programing
11173	u	r		Reserved
11174	t	a	oemcacao-rmi	OEM cacao rmi registry access point
11174	u	r		Reserved
11175	t	a	oemcacao-websvc	OEM cacao web service access point
11175	u	r		Reserved
11176-11200	*	u		Unassigned
11201	tu	a	smsqp	smsqp
11202	t	a	dcsl-backup	DCSL Network Backup Services	Defined TXT keys: DCSL-Service
11202	u	r		Reserved
11203-11207	*	u		Unassigned
11208	tu	a	wifree	WiFree Service
11209-11210	*	u		Unassigned
11211	tu	a	memcache	Memory cache service
11212-11234	*	u		Unassigned
11235	t	a	xcompute	numerical systems messaging
11235	u	r		Reserved
11235	s	a	xcompute	numerical systems messaging
11236-11318	*	u		Unassigned
11319	tu	a	imip	IMIP
11320	tu	a	imip-channels	IMIP Channels Port
11321	tu	a	arena-server	Arena Server Listen
11322-11366	*	u		Unassigned
11367	tu	a	atm-uhas	ATM UHAS
11368-11370	*	u		Unassigned
11371	tu	a	hkp	OpenPGP HTTP Keyserver
11372-11429	*	u		Unassigned
11430	u	a	lsdp	Lenbrook Service Discovery Protocol
11430	t	r		Reserved
11431-11433	*	u		Unassigned
11434	t	a	ollama	Ollama
11434	u	r		Reserved
11435-11488	*	u		Unassigned		Known UNAUTHORIZED USE: port 11488
11489	t	a	asgcypresstcps	ASG Cypress Secure Only
11489	u	r		Reserved
11490-11599	*	u		Unassigned
11600	tu	a	tempest-port	Tempest Protocol Port
11601-11622	*	u		Unassigned
11623	t	a	emc-xsw-dconfig	EMC XtremSW distributed config
11623	u	r		Reserved
11624-11719	*	u		Unassigned		Unauthorized Use Known on port 11711
11720	tu	a	h323callsigalt	H.323 Call Control Signalling Alternate
11721-11722	*	u		Unassigned
11723	tu	a	emc-xsw-dcache	EMC XtremSW distributed cache
11724-11750	*	u		Unassigned
11751	tu	a	intrepid-ssl	Intrepid SSL
11752-11795	*	u		Unassigned
11796	t	a	lanschool	LanSchool
11796	u	a	lanschool-mpt	Lanschool Multipoint
11797-11875	*	u		Unassigned
11876	tu	a	xoraya	X2E Xoraya Multichannel protocol
11877	t	r		Reserved
11877	u	a	x2e-disc	X2E service discovery protocol
11878-11966	*	u		Unassigned
11967	tu	a	sysinfo-sp	SysInfo Service Protocol
11968-11970	*	u		Unassigned
11971	t	a	tibsd	TiBS Service
11971	u	r		Reserved
11972-11996	*	u		Unassigned
11997	s	a	wmereceiving	WorldMailExpress
11998	s	a	wmedistribution	WorldMailExpress
11999	s	a	wmereporting	WorldMailExpress
12000	tu	a	entextxid	IBM Enterprise Extender SNA XID Exchange
12001	tu	a	entextnetwk	IBM Enterprise Extender SNA COS Network Priority
12002	tu	a	entexthigh	IBM Enterprise Extender SNA COS High Priority
12003	tu	a	entextmed	IBM Enterprise Extender SNA COS Medium Priority
12004	tu	a	entextlow	IBM Enterprise Extender SNA COS Low Priority
12005	tu	a	dbisamserver1	DBISAM Database Server - Regular
12006	tu	a	dbisamserver2	DBISAM Database Server - Admin
12007	tu	a	accuracer	Accuracer Database System Server
12008	tu	a	accuracer-dbms	Accuracer Database System Admin
12009	t	r		Reserved
12009	u	a	ghvpn	Green Hills VPN
12010	t	a	edbsrvr	ElevateDB Server
12010	u	r		Reserved
12011	*	u		Unassigned
12012	tu	a	vipera	Vipera Messaging Service
12013	tu	a	vipera-ssl	Vipera Messaging Service over SSL Communication
12014-12108	*	u		Unassigned
12109	tu	a	rets-ssl	RETS over SSL
12110-12120	*	u		Unassigned
12121	tu	a	nupaper-ss	NuPaper Session Service
12122-12167	*	u		Unassigned
12168	tu	a	cawas	CA Web Access Service
12169-12171	*	u		Unassigned
12172	tu	a	hivep	HiveP
12173-12299	*	u		Unassigned
12300	tu	a	linogridengine	LinoGrid Engine
12301	*	u		Unassigned
12302	t	a	rads	Remote Administration Daemon (RAD) is a system service that offers secure, remote, programmatic access to Solaris system configuration and run-time state
12302	u	r		Reserved
12303-12320	*	u		Unassigned
12321	tu	a	warehouse-sss	Warehouse Monitoring Syst SSS
12322	tu	a	warehouse	Warehouse Monitoring Syst
12323-12344	*	u		Unassigned
12345	tu	a	italk	Italk Chat System
12346-12545	*	u		Unassigned
12546	t	a	carb-repl-ctrl	Carbonite Server Replication Control
12546	u	r		Reserved
12547-12752	*	u		Unassigned
12753	tu	a	tsaf	tsaf port
12754-12864	*	u		Unassigned
12865	t	a	netperf	control port for the netperf benchmark
12865	u	r		Reserved
12866-13159	*	u		Unassigned
13160	tu	a	i-zipqd	I-ZIPQD
13161-13215	*	u		Unassigned
13216	tu	a	bcslogc	Black Crow Software application logging
13217	tu	a	rs-pias	R&S Proxy Installation Assistant Service
13218	t	a	emc-vcas-tcp	EMC Virtual CAS Service
13218	u	a	emc-vcas-udp	EMV Virtual CAS Service Discovery
13219-13222	*	u		Unassigned
13223	tu	a	powwow-client	PowWow Client
13224	tu	a	powwow-server	PowWow Server
13225-13399	*	u		Unassigned
13400	t	a	doip-data	DoIP Data
13400	u	a	doip-disc	DoIP Discovery
13401-13719	*	u		Unassigned
13720	tu	a	bprd	BPRD Protocol (VERITAS NetBackup)
13721	tu	a	bpdbm	BPDBM Protocol (VERITAS NetBackup)
13722	tu	a	bpjava-msvc	BP Java MSVC Protocol
13723	*	u		Unassigned
13724	tu	a	vnetd	Veritas Network Utility
13725-13781	*	u		Unassigned
13782	tu	a	bpcd	VERITAS NetBackup
13783	tu	a	vopied	VOPIED Protocol
13784	*	u		Unassigned
13785	tu	a	nbdb	NetBackup Database
13786	tu	a	nomdb	Veritas-nomdb
13787-13817	*	u		Unassigned
13818	tu	a	dsmcc-config	DSMCC Config
13819	tu	a	dsmcc-session	DSMCC Session Messages
13820	tu	a	dsmcc-passthru	DSMCC Pass-Thru Messages
13821	tu	a	dsmcc-download	DSMCC Download Protocol
13822	tu	a	dsmcc-ccp	DSMCC Channel Change Protocol
13823	t	a	bmdss	Blackmagic Design Streaming Server
13823	u	r		Reserved
13824-13831	*	u		Unassigned
13832	t	a	a-trust-rpc	Certificate Management and Issuing
13832	u	r		Reserved
13833-13893	*	u		Unassigned
13894	tu	a	ucontrol	Ultimate Control communication protocol
13895-13928	*	u		Unassigned
13929	tu	a	dta-systems	D-TA SYSTEMS
13930	t	a	medevolve	MedEvolve Port Requester
13930	u	r		Reserved
13931-13999	*	u		Unassigned
14000	tu	a	scotty-ft	SCOTTY High-Speed Filetransfer
14001	t	a	sua	SUA
14001	u	a	sua	De-Registered
14001	s	a	sua	SUA
14002	u	a	scotty-disc	Discovery of a SCOTTY hardware codec board
14002	t	r		Reserved
14003-14032	*	u		Unassigned
14033	tu	a	sage-best-com1	sage Best! Config Server 1
14034	tu	a	sage-best-com2	sage Best! Config Server 2
14035-14140	*	u		Unassigned
14141	tu	a	vcs-app	VCS Application
14142	tu	a	icpp	IceWall Cert Protocol
14143	t	a	icpps	IceWall Cert Protocol over TLS
14143	u	r		Reserved
14144	*	u		Unassigned
14145	tu	a	gcm-app	GCM Application
14146-14148	*	u		Unassigned
14149	tu	a	vrts-tdd	Veritas Traffic Director
14150	t	a	vcscmd	Veritas Cluster Server Command Server
14150	u	r		Reserved
14151-14153	*	u		Unassigned
14154	tu	a	vad	Veritas Application Director
14155-14249	*	u		Unassigned
14250	tu	a	cps	Fencing Server
14251-14413	*	u		Unassigned
14414	tu	a	ca-web-update	CA eTrust Web Update Service
14415-14499	*	u		Unassigned
14500	t	a	xpra	xpra network protocol
14500	u	r		Reserved
14501-14935	*	u		Unassigned
14936	tu	a	hde-lcesrvr-1	hde-lcesrvr-1
14937	tu	a	hde-lcesrvr-2	hde-lcesrvr-2
14938-14999	*	u		Unassigned
15000	tu	a	hydap	Hypack Data Aquisition
15001	*	u		Unassigned
15002	t	a	onep-tls	Open Network Environment TLS
15002	u	r		Reserved
15003-15117	*	u		Unassigned
15118	t	r		Reserved
15118	u	a	v2g-secc	v2g Supply Equipment Communication Controller Discovery Protocol
15119-15344	*	u		Unassigned
15345	tu	a	xpilot	XPilot Contact Port
15346-15362	*	u		Unassigned
15363	tu	a	3link	3Link Negotiation
15364-15554	*	u		Unassigned
15555	tu	a	cisco-snat	Cisco Stateful NAT
15556-15659	*	u		Unassigned
15660	tu	a	bex-xr	Backup Express Restore Server
15661-15739	*	u		Unassigned
15740	tu	a	ptp	Picture Transfer Protocol	Defined TXT keys: guid=<Device guid>
15741-15997	*	u		Unassigned
15998	t	r		Reserved
15998	u	a	2ping	2ping Bi-Directional Ping Service
15999	t	a	programmar	ProGrammar Enterprise
15999	u	r		Reserved
16000	t	a	fmsas	Administration Server Access		Known Unauthorized Use on port 16000
16000	u	r		Reserved		Known Unauthorized Use on port 16000
16001	t	a	fmsascon	Administration Server Connector
16001	u	r		Reserved
16002	t	a	gsms	GoodSync Mediation Service
16002	u	r		Reserved
16003	t	r		Reserved
16003	u	a	alfin	Automation and Control by REGULACE.ORG
16004-16019	*	u		Unassigned
16020	t	a	jwpc	Filemaker Java Web Publishing Core
16020	u	r		Reserved
16021	t	a	jwpc-bin	Filemaker Java Web Publishing Core Binary
16021	u	r		Reserved
16022-16160	*	u		Unassigned
16161	tu	a	sun-sea-port	Solaris SEA Port
16162	t	a	solaris-audit	Solaris Audit - secure remote audit log
16162	u	r		Reserved
16163-16308	*	u		Unassigned
16309	tu	a	etb4j	etb4j
16310	tu	a	pduncs	Policy Distribute, Update Notification
16311	tu	a	pdefmns	Policy definition and update management
16312-16359	*	u		Unassigned
16360	tu	a	netserialext1	Network Serial Extension Ports One
16361	tu	a	netserialext2	Network Serial Extension Ports Two
16362-16366	*	u		Unassigned
16367	tu	a	netserialext3	Network Serial Extension Ports Three
16368	tu	a	netserialext4	Network Serial Extension Ports Four
16369-16383	*	u		Unassigned
16384	tu	a	connected	Connected Corp
16385	t	a	rdgs	Reliable Datagram Sockets
16385	u	r		Reserved
16386-16618	*	u		Unassigned
16619	t	a	xoms	X509 Objects Management Service
16619	u	r		Reserved
16620-16664	*	u		Unassigned
16665	t	a	axon-tunnel	Reliable multipath data transport for high latencies
16665	u	r		Reserved
16666	t	r		Reserved
16666	u	a	vtp	Vidder Tunnel Protocol
16667-16788	*	u		Unassigned
16789	t	a	cadsisvr	This server provides callable services to mainframe External Security Managers from any TCP/IP platform
16789	u	r		Reserved
16790-16899	*	u		Unassigned
16900	tu	a	newbay-snc-mc	Newbay Mobile Client Update Service
16901-16949	*	u		Unassigned
16950	tu	a	sgcip	Simple Generic Client Interface Protocol
16951-16990	*	u		Unassigned
16991	tu	a	intel-rci-mp	INTEL-RCI-MP
16992	tu	a	amt-soap-http	Intel(R) AMT SOAP/HTTP
16993	tu	a	amt-soap-https	Intel(R) AMT SOAP/HTTPS
16994	tu	a	amt-redir-tcp	Intel(R) AMT Redirection/TCP
16995	tu	a	amt-redir-tls	Intel(R) AMT Redirection/TLS
16996-17006	*	u		Unassigned
17007	tu	a	isode-dua	
17008-17009	*	u		Unassigned
17010	t	a	ncpu	Plan 9 cpu port	Defined TXT keys: u=username; k=keypattern; f=fstabFILE; n=namespace; h=hostkey; r=root
17010	u	r		Reserved
17011-17183	*	u		Unassigned
17184	t	a	vestasdlp	Vestas Data Layer Protocol
17184	u	r		Reserved
17185	tu	a	soundsvirtual	Sounds Virtual
17186-17218	*	u		Unassigned
17219	tu	a	chipper	Chipper
17220	tu	a	avtp	IEEE 1722 Transport Protocol for Time Sensitive Applications
17221	tu	a	avdecc	IEEE 1722.1 AVB Discovery, Enumeration, Connection management, and Control
17222	t	r		Reserved
17222	u	a	cpsp	Control Plane Synchronization Protocol (SPSP)
17223	t	a	isa100-gci	ISA100 GCI is a service utilizing a common interface between an ISA100 Wireless gateway and a client application
17223	u	r		Reserved
17224	u	a	trdp-pd	Train Realtime Data Protocol (TRDP) Process Data
17224	t	r		Reserved
17225	tu	a	trdp-md	Train Realtime Data Protocol (TRDP) Message Data
17226-17233	*	u		Unassigned
17234	tu	a	integrius-stp	Integrius Secure Tunnel Protocol
17235	tu	a	ssh-mgmt	SSH Tectia Manager
17236-17499	*	u		Unassigned
17500	t	a	db-lsp	Dropbox LanSync Protocol
17500	u	a	db-lsp-disc	Dropbox LanSync Discovery
17501-17554	*	u		Unassigned
17555	t	a	ailith	Ailith management of routers
17555	u	r		Reserved
17556-17728	*	u		Unassigned
17729	tu	a	ea	Eclipse Aviation
17730-17753	*	u		Unassigned
17754	tu	a	zep	Encap. ZigBee Packets
17755	tu	a	zigbee-ip	ZigBee IP Transport Service
17756	tu	a	zigbee-ips	ZigBee IP Transport Secure Service
17757-17776	*	u		Unassigned
17777	t	a	sw-orion	SolarWinds Orion
17777	u	r		Reserved
17778-17999	*	u		Unassigned
18000	tu	a	biimenu	Beckman Instruments, Inc.
18001-18103	*	u		Unassigned
18104	t	a	radpdf	RAD PDF Service
18104	u	r		Reserved
18105-18135	*	u		Unassigned
18136	t	a	racf	z/OS Resource Access Control Facility
18136	u	r		Reserved
18137-18180	*	u		Unassigned
18181	tu	a	opsec-cvp	OPSEC CVP
18182	tu	a	opsec-ufp	OPSEC UFP
18183	tu	a	opsec-sam	OPSEC SAM
18184	tu	a	opsec-lea	OPSEC LEA
18185	tu	a	opsec-omi	OPSEC OMI
18186	t	a	ohsc	Occupational Health SC
18186	u	a	ohsc	Occupational Health Sc
18187	tu	a	opsec-ela	OPSEC ELA
18188-18240	*	u		Unassigned
18241	tu	a	checkpoint-rtm	Check Point RTM
18242	t	a	iclid	Checkpoint router monitoring
18242	u	r		Reserved
18243	t	a	clusterxl	Checkpoint router state backup
18243	u	r		Reserved
18244-18258	*	u		Unassigned
18259	*	u		Unassigned		Known Unauthorized Use on port 18259
18260-18261	*	u		Unassigned
18262	tu	a	gv-pf	GV NetConfig Service
18263-18462	*	u		Unassigned
18463	tu	a	ac-cluster	AC Cluster
18464-18515	*	u		Unassigned
18516	t	r		Reserved
18516	u	a	heythings	HeyThings Device communicate service	Defined TXT keys: heythings
18517-18633	*	u		Unassigned
18634	tu	a	rds-ib	Reliable Datagram Service
18635	tu	a	rds-ip	Reliable Datagram Service over IP
18636-18667	*	u		Unassigned
18668	t	a	vdmmesh	Manufacturing Execution Systems Mesh Communication
18668	u	a	vdmmesh-disc	Manufacturing Execution Systems Mesh Communication
18669-18768	*	u		Unassigned
18769	tu	a	ique	IQue Protocol
18770-18880	*	u		Unassigned
18881	tu	a	infotos	Infotos
18882-18887	*	u		Unassigned
18888	tu	a	apc-necmp	APCNECMP
18889-18999	*	u		Unassigned
19000	tu	a	igrid	iGrid Server
19001-19006	*	u		Unassigned
19007	tu	a	scintilla	Scintilla protocol for device services
19008-19019	*	u		Unassigned
19020	t	a	j-link	J-Link TCP/IP Protocol
19020	u	r		Reserved
19021-19190	*	u		Unassigned
19191	tu	a	opsec-uaa	OPSEC UAA
19192-19193	*	u		Unassigned
19194	tu	a	ua-secureagent	UserAuthority SecureAgent
19195-19219	*	u		Unassigned
19220	t	a	cora	Client Connection Management and Data Exchange Service
19220	u	a	cora-disc	Discovery for Client Connection Management and Data Exchange Service
19221-19282	*	u		Unassigned
19283	tu	a	keysrvr	Key Server for SASSAFRAS
19284-19314	*	u		Unassigned
19315	tu	a	keyshadow	Key Shadow for SASSAFRAS
19316-19397	*	u		Unassigned
19398	tu	a	mtrgtrans	mtrgtrans
19399-19409	*	u		Unassigned
19410	tu	a	hp-sco	hp-sco
19411	tu	a	hp-sca	hp-sca
19412	tu	a	hp-sessmon	HP-SESSMON
19413-19538	*	u		Unassigned
19539	tu	a	fxuptp	FXUPTP
19540	tu	a	sxuptp	SXUPTP
19541	tu	a	jcp	JCP Client
19542-19787	*	u		Unassigned
19788	u	a	mle	Mesh Link Establishment
19788	t	r		Reserved
19789	*	u		Unassigned
19790	t	a	faircom-db	FairCom Database
19790	u	r		Reserved
19791-19997	*	u		Unassigned
19998	t	a	iec-104-sec	IEC 60870-5-104 process control - secure
19998	u	r		Reserved
19999	tu	a	dnp-sec	Distributed Network Protocol - Secure
19999	s	a	dnp-sec	Distributed Network Protocol - secured
20000	tu	a	dnp	DNP
20000	s	a	dnp	Distributed Network Protocol
20001	tu	a	microsan	MicroSAN
20002	tu	a	commtact-http	Commtact HTTP
20003	tu	a	commtact-https	Commtact HTTPS
20004	*	u		Unassigned
20005	tu	a	openwebnet	OpenWebNet protocol for electric network
20006-20011	*	u		Unassigned
20012	t	r		Reserved
20012	u	a	ss-idi-disc	Samsung Interdevice Interaction discovery
20013	t	a	ss-idi	Samsung Interdevice Interaction
20013	u	r		Reserved
20014	tu	a	opendeploy	OpenDeploy Listener
20015-20033	*	u		Unassigned
20034	t	a	nburn-id	NetBurner ID Port IANA assigned this well-formed service name as a replacement for "nburn_id".
20034	t	a	nburn_id	NetBurner ID Port	This entry is an alias to "nburn-id". This entry is now historic, not usable for use with many common service discovery mechanisms.
20034	u	a	nburn-id	NetBurner ID Port IANA assigned this well-formed service name as a replacement for "nburn_id".
20034	u	a	nburn_id	NetBurner ID Port	This entry is an alias to "nburn-id". This entry is now historic, not usable for use with many common service discovery mechanisms.
20035-20045	*	u		Unassigned
20046	tu	a	tmophl7mts	TMOP HL7 Message Transfer Service
20047	*	u		Unassigned
20048	tu	a	mountd	NFS mount protocol
20049	tus	a	nfsrdma	Network File System (NFS) over RDMA
20050-20056	*	u		Unassigned
20057	t	a	avesterra	AvesTerra Hypergraph Transfer Protocol (HGTP)
20057	u	r		Reserved
20058-20166	*	u		Unassigned
20167	tu	a	tolfab	TOLfab Data Change
20168-20201	*	u		Unassigned
20202	tu	a	ipdtp-port	IPD Tunneling Port
20203-20221	*	u		Unassigned
20222	tu	a	ipulse-ics	iPulse-ICS
20223-20479	*	u		Unassigned
20480	tu	a	emwavemsg	emWave Message Service
20481-20669	*	u		Unassigned
20670	tu	a	track	Track
20671-20809	*	u		Unassigned
20810	t	a	crtech-nlm	CRTech NLM
20810	u	r		Reserved
20811-20998	*	u		Unassigned
20999	t	a	athand-mmp	At Hand MMP
20999	u	a	athand-mmp	AT Hand MMP
21000	tu	a	irtrans	IRTrans Control
21001-21009	*	u		Unassigned
21010	t	a	notezilla-lan	Notezilla.Lan Server
21010	u	r		Reserved
21011-21211	*	u		Unassigned
21212	t	a	trinket-agent	Distributed artificial intelligence
21212	u	r		Reserved
21213	t	a	cohesity-agent	Cohesity backup agents
21213	u	r		Reserved
21214-21220	*	u		Unassigned
21221	t	a	aigairserver	Services for Air Server
21221	u	r		Reserved
21222-21336	*	u		Unassigned
21337	t	a	xahaud	Xahau P2P network protocol
21337	u	r		Reserved
21338-21552	*	u		Unassigned
21553	t	a	rdm-tfs	Raima RDM TFS
21553	u	r		Reserved
21554	tu	a	dfserver	MineScape Design File Server
21555-21589	*	u		Unassigned
21590	tu	a	vofr-gateway	VoFR Gateway
21591-21799	*	u		Unassigned
21800	tu	a	tvpm	TVNC Pro Multiplexing
21801	t	a	sal	Safe AutoLogon
21802-21844	*	u		Unassigned
21845	tu	a	webphone	webphone
21846	tu	a	netspeak-is	NetSpeak Corp. Directory Services
21847	tu	a	netspeak-cs	NetSpeak Corp. Connection Services
21848	tu	a	netspeak-acd	NetSpeak Corp. Automatic Call Distribution
21849	tu	a	netspeak-cps	NetSpeak Corp. Credit Processing System
21850-21999	*	u		Unassigned
22000	tu	a	snapenetio	SNAPenetIO
22001	tu	a	optocontrol	OptoControl
22002	tu	a	optohost002	Opto Host Port 2
22003	tu	a	optohost003	Opto Host Port 3
22004	tu	a	optohost004	Opto Host Port 4
22005	tu	a	optohost004	Opto Host Port 5
22006-22124	*	u		Unassigned
22125	t	a	dcap	dCache Access Protocol
22125	u	r		Reserved
22126-22127	*	u		Unassigned
22128	t	a	gsidcap	GSI dCache Access Protocol
22128	u	r		Reserved
22129-22221	*	u		Unassigned
22222	t	a	easyengine	EasyEngine is CLI tool to manage WordPress Sites on Nginx server
22222	u	r		Reserved
22223-22272	*	u		Unassigned
22273	tu	a	wnn6	wnn6
22274-22304	*	u		Unassigned
22305	tu	a	cis	CompactIS Tunnel
22306-22332	*	u		Unassigned
22333	tu	a	showcockpit-net	ShowCockpit Networking
22334	*	u		Unassigned
22335	t	a	shrewd-control	Initium Labs Security and Automation Control
22335	u	a	shrewd-stream	Initium Labs Security and Automation Streaming
22336-22342	*	u		Unassigned
22343	tu	a	cis-secure	CompactIS Secure Tunnel
22344-22346	*	u		Unassigned
22347	tu	a	wibukey	WibuKey Standard WkLan
22348-22349	*	u		Unassigned
22350	tu	a	codemeter	CodeMeter Standard
22351	t	a	codemeter-cmwan	TPC/IP requests of copy protection software to a server
22351	u	r		Reserved
22352-22536	*	u		Unassigned
22537	t	a	caldsoft-backup	CaldSoft Backup server file transfer
22537	u	r		Reserved
22538-22554	*	u		Unassigned
22555	t	a	vocaltec-wconf	Vocaltec Web Conference
22555	u	a	vocaltec-phone	Vocaltec Internet Phone
22556-22762	*	u		Unassigned
22763	tu	a	talikaserver	Talika Main Server
22764-22799	*	u		Unassigned
22800	tu	a	aws-brf	Telerate Information Platform LAN
22801-22950	*	u		Unassigned
22951	tu	a	brf-gw	Telerate Information Platform WAN
22952-22999	*	u		Unassigned
23000	tu	a	inovaport1	Inova LightLink Server Type 1
23001	tu	a	inovaport2	Inova LightLink Server Type 2
23002	tu	a	inovaport3	Inova LightLink Server Type 3
23003	tu	a	inovaport4	Inova LightLink Server Type 4
23004	tu	a	inovaport5	Inova LightLink Server Type 5
23005	tu	a	inovaport6	Inova LightLink Server Type 6
23006-23052	*	u		Unassigned
23053	t	a	gntp	Generic Notification Transport Protocol
23053	u	r		Reserved
23054-23271	*	u		Unassigned
23272	t	r		Reserved
23272	u	a	s102	S102 application
23273-23293	*	u		Unassigned
23294	t	a	5afe-dir	5AFE SDN Directory
23294	u	a	5afe-disc	5AFE SDN Directory discovery
23295-23332	*	u		Unassigned
23333	tu	a	elxmgmt	Emulex HBAnyware Remote Management
23334-23399	*	u		Unassigned
23400	tu	a	novar-dbase	Novar Data
23401	tu	a	novar-alarm	Novar Alarm
23402	tu	a	novar-global	Novar Global
23403-23455	*	u		Unassigned
23456	t	a	aequus	Aequus Service
23456	u	r		Reserved
23457	t	a	aequus-alt	Aequus Service Mgmt
23457	u	r		Reserved
23458-23545	*	u		Unassigned
23546	t	a	areaguard-neo	AreaGuard Neo - WebServer
23546	u	r		Reserved
23547-23999	*	u		Unassigned
24000	tu	a	med-ltp	med-ltp
24001	tu	a	med-fsp-rx	med-fsp-rx
24002	tu	a	med-fsp-tx	med-fsp-tx
24003	tu	a	med-supp	med-supp
24004	tu	a	med-ovw	med-ovw
24005	tu	a	med-ci	med-ci
24006	tu	a	med-net-svc	med-net-svc
24007-24241	*	u		Unassigned
24242	tu	a	filesphere	fileSphere
24243-24248	*	u		Unassigned
24249	tu	a	vista-4gl	Vista 4GL
24250-24320	*	u		Unassigned
24321	tu	a	ild	Isolv Local Directory
24322	u	a	hid	Transport of Human Interface Device data streams
24322	t	r		Reserved
24323	t	a	vrmg-ip	Verimag mobile class protocol over TCP
24323	u	r		Reserved
24324-24385	*	u		Unassigned
24386	t	a	intel-rci	Intel RCI IANA assigned this well-formed service name as a replacement for "intel_rci".
24386	t	a	intel_rci	Intel RCI	This entry is an alias to "intel-rci". This entry is now historic, not usable for use with many common service discovery mechanisms.
24386	u	a	intel-rci	Intel RCI IANA assigned this well-formed service name as a replacement for "intel_rci".
24386	u	a	intel_rci	Intel RCI	This entry is an alias to "intel-rci". This entry is now historic, not usable for use with many common service discovery mechanisms.
24387-24464	*	u		Unassigned
24465	tu	a	tonidods	Tonido Domain Server
24466-24553	*	u		Unassigned
24554	tu	a	binkp	BINKP
24555-24576	*	u		Unassigned
24577	t	a	bilobit	bilobit Service
24577	u	a	bilobit-update	bilobit Service Update
24578-24600	*	u		Unassigned
24601	u	a	udpstp	UDP-based IP-Layer Capacity and Performance Measurement protocol
24601	t	r		Reserved
24602-24665	*	u		Unassigned
24666	t	a	sdtvwcam	Service used by SmarDTV to communicate between a CAM and a second screen application
24666	u	r		Reserved
24667-24675	*	u		Unassigned
24676	tu	a	canditv	Canditv Message Service
24677	tu	a	flashfiler	FlashFiler
24678	tu	a	proactivate	Turbopower Proactivate
24679	*	u		Unassigned
24680	tu	a	tcc-http	TCC User HTTP Service
24681-24726	*	u		Unassigned
24727	*	u		Unassigned		Unauthorized Use Known on port 24727
24728-24753	*	u		Unassigned
24754	t	a	cslg	Citrix StorageLink Gateway
24754	u	r		Reserved
24755-24849	*	u		Unassigned
24850	t	r		Reserved
24850	u	a	assoc-disc	Device Association Discovery
24851-24921	*	u		Unassigned
24922	tu	a	find	Find Identification of Network Devices
24923-24999	*	u		Unassigned
25000	tu	a	icl-twobase1	icl-twobase1
25001	tu	a	icl-twobase2	icl-twobase2
25002	tu	a	icl-twobase3	icl-twobase3
25003	tu	a	icl-twobase4	icl-twobase4
25004	tu	a	icl-twobase5	icl-twobase5
25005	tu	a	icl-twobase6	icl-twobase6
25006	tu	a	icl-twobase7	icl-twobase7
25007	tu	a	icl-twobase8	icl-twobase8
25008	tu	a	icl-twobase9	icl-twobase9
25009	tu	a	icl-twobase10	icl-twobase10
25010-25099	*	u		Unassigned
25100	t	a	db2c-tls	IBM Db2 Client Interface - Encrypted
25100	u	r		Reserved
25101-25470	*	u		Unassigned
25471	s	a	rna	RNSAP User Adaptation for Iurh
25472-25575	*	u		Unassigned
25576	t	a	sauterdongle	Sauter Dongle
25576	u	r		Reserved
25577-25603	*	u		Unassigned
25604	t	a	idtp	Identifier Tracing Protocol
25604	u	r		Reserved
25605-25792	*	u		Unassigned
25793	tu	a	vocaltec-hos	Vocaltec Address Server
25794-25899	*	u		Unassigned
25900	tu	a	tasp-net	TASP Network Comm
25901	tu	a	niobserver	NIObserver
25902	tu	a	nilinkanalyst	NILinkAnalyst
25903	tu	a	niprobe	NIProbe
25904-25953	*	u		Unassigned
25954	u	a	bf-game	Bitfighter game server
25954	t	r		Reserved
25955	u	a	bf-master	Bitfighter master server
25955	t	r		Reserved
25956-25999	*	u		Unassigned
26000	tu	a	quake	quake
26001-26132	*	u		Unassigned
26133	tu	a	scscp	Symbolic Computation Software Composability Protocol
26134-26207	*	u		Unassigned
26208	tu	a	wnn6-ds	wnn6-ds
26209-26256	*	u		Unassigned
26257	t	a	cockroach	CockroachDB
26257	u	r		Reserved
26258-26259	*	u		Unassigned
26260	tu	a	ezproxy	eZproxy
26261	tu	a	ezmeeting	eZmeeting
26262	tu	a	k3software-svr	K3 Software-Server
26263	tu	a	k3software-cli	K3 Software-Client
26264	*	u		De-registered
26265-26485	*	u		Unassigned
26486	t	a	exoline-tcp	EXOline-TCP
26486	u	a	exoline-udp	EXOline-UDP
26487	tu	a	exoconfig	EXOconfig
26488	*	u		Unassigned
26489	tu	a	exonet	EXOnet
26490-26999	*	u		Unassigned
27000-27009	*	a	flex-lm	FLEX LM (1-10)
27010	t	a	flex-lmadmin	A protocol for managing license services
27010	u	r		Reserved
27011-27015	*	u		Unassigned
27016	t	a	chlenix	Cloud hosting environment network
27016	u	r		Reserved
27017	t	a	mongodb	Mongo database system
27017	u	r		Reserved
27018-27344	*	u		Unassigned		Unauthorized Use Known on ports 27018 and 27019
27345	tu	a	imagepump	ImagePump
27346-27441	*	u		Unassigned
27442	tu	a	jesmsjc	Job controller service
27443-27503	*	u		Unassigned
27504	tu	a	kopek-httphead	Kopek HTTP Head Port
27505-27781	*	u		Unassigned
27782	tu	a	ars-vista	ARS VISTA Application
27783-27875	*	u		Unassigned
27876	t	a	astrolink	Astrolink Protocol
27876	u	r		Reserved
27877-27998	*	u		Unassigned
27999	t	a	tw-auth-key	TW Authentication/Key Distribution and
27999	u	a	tw-auth-key	Attribute Certificate Services
28000	t	a	nxlmd	NX License Manager		Unauthorized Use Known on port 28000
28000	u	a	nxlmd	NX License Manager
28001	t	a	pqsp	PQ Service
28001	u	r		Reserved
28002-28009	*	u		Unassigned
28010	t	a	gruber-cashreg	Gruber cash registry protocol
28010	u	r		Reserved
28011-28079	*	u		Unassigned		Unauthorized Use Known on ports 28017, 28018 and 28019
28080	t	a	thor-engine	thor/server - ML engine
28080	u	r		Reserved
28081-28118	*	u		Unassigned
28119	t	r		Reserved
28119	u	a	a27-ran-ran	A27 cdma2000 RAN Management
28120-28199	*	u		Unassigned
28200	tu	a	voxelstorm	VoxelStorm game server
28201-28239	*	u		Unassigned
28240	tu	a	siemensgsm	Siemens GSM
28241-28588	*	u		Unassigned
28589	t	a	bosswave	Building operating system services wide area verified exchange
28589	u	r		Reserved
28590-28999	*	u		Unassigned
29000	t	a	saltd-licensing	Siemens Licensing Server
29000	u	r		Reserved
29001-29117	*	u		Unassigned
29118	tu	r		Reserved
29118	s	a	sgsap	SGsAP in 3GPP
29119-29166	*	u		Unassigned
29167	tu	a	otmp	ObTools Message Protocol
29168	tu	r		Reserved
29168	s	a	sbcap	SBcAP in 3GPP
29169	s	a	iuhsctpassoc	HNBAP and RUA Common Association
29170-29998	*	u		Unassigned
29999	t	a	bingbang	data exchange protocol for IEC61850 in wind power plants
29999	u	r		Reserved
30000	t	a	ndmps	Secure Network Data Management Protocol
30000	u	r		Reserved
30001	tu	a	pago-services1	Pago Services 1
30002	tu	a	pago-services2	Pago Services 2
30003	tu	a	amicon-fpsu-ra	Amicon FPSU-IP Remote Administration
30004	u	a	amicon-fpsu-s	Amicon FPSU-IP VPN
30004	t	r		Reserved
30005-30099	*	u		Unassigned
30100	t	a	rwp	Remote Window Protocol
30100	u	r		Reserved
30100	s	a	rwp	Remote Window Protocol
30101-30259	*	u		Unassigned
30260	tu	a	kingdomsonline	Kingdoms Online (CraigAvenue)
30261-30399	*	u		Unassigned
30400	t	a	gs-realtime	GroundStar RealTime System
30400	u	r		Reserved
30401-30831	*	u		Unassigned
30832	u	a	samsung-disc	Samsung Convergence Discovery Protocol
30832	t	r		Reserved
30833-30938	*	u		Unassigned
30939	t	a	dilithium3	Persistent peer-to-peer connections for block propagation, transaction relay, and BFT consensus message exchange.
30939	u	a	dilithium3	Kademlia DHT peer discovery and routing table maintenance.
30940-30998	*	u		Unassigned
30999	tu	a	ovobs	OpenView Service Desk Client
31000-31015	*	u		Unassigned
31016	t	a	ka-sddp	Kollective Agent Secure Distributed Delivery Protocol
31016	u	a	ka-kdp	Kollective Agent Kollective Delivery Protocol
31017-31019	*	u		Unassigned
31020	t	a	autotrac-acp	Autotrac ACP 245
31020	u	r		Reserved
31021-31028	*	u		Unassigned
31029	t	r		Reserved
31029	u	a	yawn	YaWN - Yet Another Windows Notifier
31030-31336	*	u		Unassigned
31337	tu	a	eldim	eldim is a secure file upload proxy
31338-31399	*	u		Unassigned
31400	t	a	pace-licensed	PACE license server
31400	u	r		Reserved
31401-31415	*	u		Unassigned
31416	tu	a	xqosd	XQoS network monitor
31417-31456	*	u		Unassigned
31457	tu	a	tetrinet	TetriNET Protocol
31458-31619	*	u		Unassigned
31620	tu	a	lm-mon	lm mon
31621-31684	*	u		Unassigned
31685	t	a	dsx-monitor	DS Expert Monitor IANA assigned this well-formed service name as a replacement for "dsx_monitor".
31685	t	a	dsx_monitor	DS Expert Monitor	This entry is an alias to "dsx-monitor". This entry is now historic, not usable for use with many common service discovery mechanisms.
31685	u	r		Reserved
31686-31764	*	u		Unassigned
31765	tu	a	gamesmith-port	GameSmith Port
31766-31947	*	u		Unassigned
31948	t	a	iceedcp-tx	Embedded Device Configuration Protocol TX IANA assigned this well-formed service name as a replacement for "iceedcp_tx".
31948	t	a	iceedcp_tx	Embedded Device Configuration Protocol TX	This entry is an alias to "iceedcp-tx". This entry is now historic, not usable for use with many common service discovery mechanisms.
31948	u	a	iceedcp-tx	Embedded Device Configuration Protocol TX IANA assigned this well-formed service name as a replacement for "iceedcp_tx".
31948	u	a	iceedcp_tx	Embedded Device Configuration Protocol TX	This entry is an alias to "iceedcp-tx". This entry is now historic, not usable for use with many common service discovery mechanisms.
31949	t	a	iceedcp-rx	Embedded Device Configuration Protocol RX IANA assigned this well-formed service name as a replacement for "iceedcp_rx".
31949	t	a	iceedcp_rx	Embedded Device Configuration Protocol RX	This entry is an alias to "iceedcp-rx". This entry is now historic, not usable for use with many common service discovery mechanisms.
31949	u	a	iceedcp-rx	Embedded Device Configuration Protocol RX IANA assigned this well-formed service name as a replacement for "iceedcp_rx".
31949	u	a	iceedcp_rx	Embedded Device Configuration Protocol RX	This entry is an alias to "iceedcp-rx". This entry is now historic, not usable for use with many common service discovery mechanisms.
31950-32033	*	u		Unassigned
32034	tu	a	iracinghelper	iRacing helper service
32035-32248	*	u		Unassigned
32249	tu	a	t1distproc60	T1 Distributed Processor
32250-32399	*	u		Unassigned
32400	t	a	plex	Plex multimedia
32400	u	r		Reserved
32401-32482	*	u		Unassigned
32483	tu	a	apm-link	Access Point Manager Link
32484-32634	*	u		Unassigned
32635	tu	a	sec-ntb-clnt	SecureNotebook-CLNT
32636	tu	a	DMExpress	DMExpress
32637-32766	*	u		Unassigned
32767	tu	a	filenet-powsrm	FileNet BPM WS-ReliableMessaging Client
32768	tu	a	filenet-tms	Filenet TMS
32769	tu	a	filenet-rpc	Filenet RPC
32770	tu	a	filenet-nch	Filenet NCH
32771	t	a	filenet-rmi	FileNET RMI
32771	u	a	filenet-rmi	FileNet RMI
32772	tu	a	filenet-pa	FileNET Process Analyzer
32773	tu	a	filenet-cm	FileNET Component Manager
32774	tu	a	filenet-re	FileNET Rules Engine
32775	tu	a	filenet-pch	Performance Clearinghouse
32776	tu	a	filenet-peior	FileNET BPM IOR
32777	tu	a	filenet-obrok	FileNet BPM CORBA
32778-32800	*	u		Unassigned
32801	tu	a	mlsn	Multiple Listing Service Network
32802-32810	*	u		Unassigned
32811	t	a	retp	Real Estate Transport Protocol
32811	u	r		Reserved
32812-32895	*	u		Unassigned
32896	tu	a	idmgratm	Attachmate ID Manager
32897-32999	*	u		Unassigned
33000	t	a	wg-endpt-comms	WatchGuard Endpoint Communications
33000	u	r		Reserved
33001-33059	*	u		Unassigned
33060	t	a	mysqlx	MySQL Database Extended Interface
33060	u	r		Reserved
33061-33122	*	u		Unassigned
33123	tu	a	aurora-balaena	Aurora (Balaena Ltd)
33124-33330	*	u		Unassigned
33331	tu	a	diamondport	DiamondCentral Interface
33332	*	u		Unassigned
33333	t	a	dgi-serv	Digital Gaslight Service
33333	u	r		Reserved
33334	t	a	speedtrace	SpeedTrace TraceAgent
33334	u	a	speedtrace-disc	SpeedTrace TraceAgent Discovery
33335-33433	*	u		Unassigned
33434	tu	a	traceroute	traceroute use
33435	t	r		Reserved
33435	u	a	mtrace	IP Multicast Traceroute		Known Unauthorized Use on port 33435
33436-33655	*	u		Unassigned		Known Unauthorized Use on ports 33436-33534
33656	tu	a	snip-slave	SNIP Slave
33657-33889	*	u		Unassigned
33890	t	a	digilent-adept	Adept IP protocol
33890	u	r		Reserved
33891-34248	*	u		Unassigned
34249	tu	a	turbonote-2	TurboNote Relay Server Default Port
34250-34377	*	u		Unassigned
34378	tu	a	p-net-local	P-Net on IP local
34379	tu	a	p-net-remote	P-Net on IP remote
34380-34566	*	u		Unassigned
34567	t	a	dhanalakshmi	dhanalakshmi.org EDI Service
34567	u	a	edi_service	dhanalakshmi.org EDI Service
34568-34961	*	u		Unassigned
34962	tu	a	profinet-rt	PROFInet RT Unicast
34963	tu	a	profinet-rtm	PROFInet RT Multicast
34964	tu	a	profinet-cm	PROFInet Context Manager
34965	tu	a	profinet-cm-sec	PROFINET secure connection management and key provisioning
34966	t	r		Reserved
34966	u	a	profinet-rt-sec	PROFINET secure real-time data transfer over UDP (unicast and multicast)
34967-34979	*	u		Unassigned
34980	tu	a	ethercat	EtherCAT Port
34981-34999	*	u		Unassigned
35000	t	a	heathview	HeathView
35000	u	r		Reserved
35001	tu	a	rt-viewer	ReadyTech Viewer
35002	t	a	rt-sound	ReadyTech Sound Server
35002	u	r		Reserved
35003	t	a	rt-devicemapper	ReadyTech DeviceMapper Server
35003	u	r		Reserved
35004	tu	a	rt-classmanager	ReadyTech ClassManager
35005	t	a	rt-labtracker	ReadyTech LabTracker
35005	u	r		Reserved
35006	t	a	rt-helper	ReadyTech Helper Service
35006	u	r		Reserved
35007-35099	*	u		Unassigned
35100	tu	a	axio-disc	Axiomatic discovery protocol
35101-35353	*	u		Unassigned
35354	t	a	kitim	KIT Messenger
35354	u	r		Reserved
35355	t	a	altova-lm	Altova License Management
35355	u	a	altova-lm-disc	Altova License Management Discovery
35356	t	a	guttersnex	Gutters Note Exchange
35356	u	r		Reserved
35357	t	a	openstack-id	OpenStack ID Service
35357	u	r		Reserved
35358-36000	*	u		Unassigned
36001	tu	a	allpeers	AllPeers Network
36002-36410	*	u		Unassigned
36411	u	a	wlcp	Wireless LAN Control plane Protocol (WLCP)
36411	t	r		Reserved
36412	tu	r		Reserved
36412	s	a	s1-control	S1-Control Plane (3GPP)
36413-36421	*	u		Unassigned
36422	tu	r		Reserved
36422	s	a	x2-control	X2-Control Plane (3GPP)
36423	s	a	slmap	SLm Interface Application Protocol
36424	s	a	nq-ap	Nq and Nq' Application Protocol
36425-36442	*	u		Unassigned
36443	s	a	m2ap	M2 Application Part
36444	s	a	m3ap	M3 Application Part
36445-36461	*	u		Unassigned
36462	tu	r		Reserved
36462	s	a	xw-control	Xw-Control Plane (3GPP)
36463-36523	*	u		Unassigned
36524	t	a	febooti-aw	Febooti Automation Workshop
36524	u	r		Reserved
36525-36601	*	u		Unassigned
36602	t	a	observium-agent	Observium statistics collection agent
36602	u	r		Reserved
36603-36699	*	u		Unassigned
36700	t	a	mapx	MapX communication
36700	u	r		Reserved
36701-36864	*	u		Unassigned
36865	tu	a	kastenxpipe	KastenX Pipe
36866-37471	*	u		Unassigned
37472	tu	r		Reserved
37472	s	a	3gpp-w1ap	W1 signalling transport
37473-37474	*	u		Unassigned
37475	tu	a	neckar	science + computing's Venus Administration Port
37476-37482	*	u		Unassigned
37483	t	a	gdrive-sync	Google Drive Sync
37483	u	r		Reserved
37484-37600	*	u		Unassigned
37601	t	a	eftp	Epipole File Transfer Protocol
37601	u	r		Reserved
37602-37653	*	u		Unassigned
37654	tu	a	unisys-eportal	Unisys ClearPath ePortal
37655-37999	*	u		Unassigned
38000	t	a	ivs-database	InfoVista Server Database
38000	u	r		Reserved
38001	t	a	ivs-insertion	InfoVista Server Insertion
38001	u	r		Reserved
38002	t	a	cresco-control	Cresco Controller
38002	u	a	crescoctrl-disc	Cresco Controller Discovery
38003-38200	*	u		Unassigned
38201	tu	a	galaxy7-data	Galaxy7 Data Tunnel
38202	tu	a	fairview	Fairview Message Service	Defined TXT keys: DevID=<device id>, DevType=<device type>, DevStat=<device status>
38203	tu	a	agpolicy	AppGate Policy Server
38204-38411	*	u		Unassigned
38412	tu	r		Reserved
38412	s	a	ng-control	NG Control Plane (3GPP)
38413-38421	*	u		Unassigned
38422	tu	r		Reserved
38422	s	a	xn-control	Xn Control Plane (3GPP)
38423-38461	*	u		Unassigned
38462	tu	r		Reserved
38462	s	a	e1-interface	E1 signalling transport (3GPP)
38463-38471	*	u		Unassigned
38472	tu	r		Reserved
38472	s	a	f1-control	F1 Control Plane (3GPP)
38473-38637	*	u		Unassigned
38638	t	a	psqlmws	Premier SQL Middleware Server
38638	u	r		Reserved
38639-38799	*	u		Unassigned
38800	t	a	sruth	Sruth is a service for the distribution of routinely- generated but arbitrary files based on a publish/subscribe distribution model and implemented using a peer-to-peer transport mechanism
38800	u	r		Reserved
38801-38864	*	u		Unassigned
38865	t	a	secrmmsafecopya	Security approval process for use of the secRMM SafeCopy program
38865	u	r		Reserved
38866-39062	*	u		Unassigned
39063	t	a	vroa	Children's hearing test/Telemedicine
39063	u	r		Reserved
39064-39680	*	u		Unassigned
39681	tu	a	turbonote-1	TurboNote Default Port
39682-39999	*	u		Unassigned
40000	tu	a	safetynetp	SafetyNET p
40001-40022	*	u		Unassigned
40023	t	r		Reserved
40023	u	a	k-patentssensor	K-PatentsSensorInformation
40024-40403	*	u		Unassigned
40404	t	a	sptx	Simplify Printing TX
40404	u	r		Reserved
40405-40840	*	u		Unassigned
40841	tu	a	cscp	CSCP
40842	tu	a	csccredir	CSCCREDIR
40843	tu	a	csccfirewall	CSCCFIREWALL
40844-40852	*	u		Unassigned
40853	t	r		Reserved
40853	u	a	ortec-disc	ORTEC Service Discovery
40854-41110	*	u		Unassigned
41111	tu	a	fs-qos	Foursticks QoS Protocol
41112-41120	*	u		Unassigned
41121	t	a	tentacle	Tentacle Server
41121	u	r		Reserved
41122-41229	*	u		Unassigned
41230	t	a	z-wave-s	Z-Wave Protocol over SSL/TLS
41230	u	a	z-wave-s	Z-Wave Protocol over DTLS
41231-41793	*	u		Unassigned
41794	tu	a	crestron-cip	Crestron Control Port
41795	tu	a	crestron-ctp	Crestron Terminal Port
41796	t	a	crestron-cips	Crestron Secure Control Port
41796	u	r		Reserved
41797	t	a	crestron-ctps	Crestron Secure Terminal Port
41797	u	r		Reserved
41798-42507	*	u		Unassigned		Unauthorized Use Known on port 42000
42508	tu	a	candp	Computer Associates network discovery protocol
42509	tu	a	candrp	CA discovery response
42510	tu	a	caerpc	CA eTrust RPC
42511-42998	*	u		Unassigned
42999	t	a	curiosity	API endpoint for search application
42999	u	r		Reserved
43000	t	a	recvr-rc	Receiver Remote Control
43000	u	a	recvr-rc-disc	Receiver Remote Control Discovery
43001-43187	*	u		Unassigned
43188	tu	a	reachout	REACHOUT
43189	tu	a	ndm-agent-port	NDM-AGENT-PORT
43190	tu	a	ip-provision	IP-PROVISION
43191	t	a	noit-transport	Reconnoiter Agent Data Transport
43191	u	r		Reserved
43192-43209	*	u		Unassigned
43210	t	a	shaperai	Shaper Automation Server Management
43210	u	a	shaperai-disc	Shaper Automation Server Management Discovery
43211-43437	*	u		Unassigned
43438	t	r		Reserved
43438	u	a	hmip-routing	HmIP LAN Routing
43439	t	a	eq3-update	EQ3 firmware update
43439	u	a	eq3-config	EQ3 discovery and configuration
43440	t	a	ew-mgmt	Cisco EnergyWise Management
43440	u	a	ew-disc-cmd	Cisco EnergyWise Discovery and Command Flooding
43441	tu	a	ciscocsdb	Cisco NetMgmt DB Ports
43442-44122	*	u		Unassigned
44123	t	a	z-wave-tunnel	Z-Wave Secure Tunnel
44123	u	r		Reserved
44124-44320	*	u		Unassigned
44321	tu	a	pmcd	PCP server (pmcd)
44322	tu	a	pmproxy	PCP proxy (pmproxy)
44323	t	a	pmwebapi	HTTP binding for Performance Co-Pilot client API
44323	u	u		Unassigned	"pcp" assignment withdrawn, moved to port 5351 per RFC6887
44324-44443	*	u		Unassigned
44444	t	a	cognex-dataman	Cognex DataMan Management Protocol
44444	u	r		Reserved
44445	t	a	acronis-backup	Acronis Backup Gateway service port
44445	u	r		Reserved
44446-44543	*	u		Unassigned		Known UNAUTHORIZED USE: Ports 44515 & 44516
44544	t	r		Reserved
44544	u	a	domiq	DOMIQ Building Automation
44545-44552	*	u		Unassigned
44553	tu	a	rbr-debug	REALbasic Remote Debug
44554-44599	*	u		Unassigned
44600	t	r		Reserved
44600	u	a	asihpi	AudioScience HPI
44601-44817	*	u		Unassigned
44818	t	a	EtherNet-IP-2	EtherNet/IP messaging IANA assigned this well-formed service name as a replacement for "EtherNet/IP-2".	New contact added for port 44818 on 2008-02-01
44818	t	a	EtherNet/IP-2	EtherNet/IP messaging	New contact added for port 44818 on 2008-02-01 This entry is an alias to "EtherNet-IP-2". This entry is now historic, not usable for use with many common service discovery mechanisms.
44818	u	a	EtherNet-IP-2	EtherNet/IP messaging IANA assigned this well-formed service name as a replacement for "EtherNet/IP-2".	New contact added for port 44818 on 2008-02-01
44818	u	a	EtherNet/IP-2	EtherNet/IP messaging	New contact added for port 44818 on 2008-02-01 This entry is an alias to "EtherNet-IP-2". This entry is now historic, not usable for use with many common service discovery mechanisms.
44819-44899	*	u		Unassigned
44900	t	a	m3da	M3DA is used for efficient machine-to-machine communications
44900	u	a	m3da-disc	M3DA Discovery is used for efficient machine-to-machine communications
44901-44999	*	u		Unassigned
45000	t	a	asmp	Nuance AutoStore Status Monitoring Protocol (data transfer)
45000	u	a	asmp-mon	Nuance AutoStore Status Monitoring Protocol (device monitoring)
45001	t	a	asmps	Nuance AutoStore Status Monitoring Protocol (secure data transfer)
45001	u	r		Reserved
45002	t	a	rs-status	Redspeed Status Monitor
45002	u	r		Reserved
45003-45044	*	u		Unassigned
45045	t	a	synctest	Remote application control protocol
45045	u	r		Reserved
45046-45053	*	u		Unassigned
45054	tu	a	invision-ag	InVision AG
45055-45184	*	u		Unassigned
45185	tu	a	witsnet	Wire and Wireless transfer on synchroniz
45186-45513	*	u		Unassigned
45514	t	a	cloudcheck	ASSIA CloudCheck WiFi Management System
45514	u	a	cloudcheck-ping	ASSIA CloudCheck WiFi Management keepalive
45515-45677	*	u		Unassigned
45678	tu	a	eba	EBA PRISE
45679-45823	*	u		Unassigned
45824	t	a	dai-shell	Server for the DAI family of client-server products
45824	u	r		Reserved
45825	tu	a	qdb2service	Qpuncture Data Access Service
45826-45965	*	u		Unassigned
45966	tu	a	ssr-servermgr	SSRServerMgr
45967-46335	*	u		Unassigned
46336	t	a	inedo	Listen port used for Inedo agent communication
46336	u	r		Reserved
46337-46997	*	u		Unassigned
46998	t	a	spremotetablet	Connection between a desktop computer or server and a signature tablet to capture handwritten signatures
46998	u	r		Reserved
46999	tu	a	mediabox	MediaBox Server
47000	tu	a	mbus	Message Bus
47001	t	a	winrm	Windows Remote Management Service
47001	u	r		Reserved
47002-47099	*	u		Unassigned
47100	u	a	jvl-mactalk	Configuration of motors connected to Industrial Ethernet
47100	t	r		Reserved
47101-47556	*	u		Unassigned
47557	tu	a	dbbrowse	Databeam Corporation
47558-47623	*	u		Unassigned
47624	tu	a	directplaysrvr	Direct Play Server
47625-47805	*	u		Unassigned
47806	tu	a	ap	ALC Protocol
47807	*	u		Unassigned
47808	tu	a	bacnet	Building Automation and Control Networks
47809	u	a	presonus-ucnet	PreSonus Universal Control Network Protocol
47809	t	r		Reserved
47810-47999	*	u		Unassigned
48000	tu	a	nimcontroller	Nimbus Controller
48001	tu	a	nimspooler	Nimbus Spooler
48002	tu	a	nimhub	Nimbus Hub
48003	tu	a	nimgtw	Nimbus Gateway
48004	t	a	nimbusdb	NimbusDB Connector
48004	u	r		Reserved
48005	t	a	nimbusdbctrl	NimbusDB Control
48005	u	r		Reserved
48006-48047	*	u		Unassigned
48048	t	a	juka	Juliar Programming Language Protocol
48048	u	r		Reserved
48049	t	a	3gpp-cbsp	3GPP Cell Broadcast Service Protocol
48049	u	r		Reserved
48050	t	a	weandsf	WeFi Access Network Discovery and Selection Function
48050	u	r		Reserved
48051-48127	*	u		Unassigned
48128	tu	a	isnetserv	Image Systems Network Services
48129	tu	a	blp5	Bloomberg locator
48130-48555	*	u		Unassigned
48556	tu	a	com-bardac-dw	com-bardac-dw
48557-48618	*	u		Unassigned
48619	tu	a	iqobject	iqobject
48620-48652	*	u		Unassigned
48653	tu	a	robotraconteur	Robot Raconteur transport
48654-48999	*	u		Unassigned
49000	t	a	matahari	Matahari Broker
49000	u	r		Reserved
49001	t	a	nusrp	Nuance Unity Service Request Protocol
49001	u	a	nusdp-disc	Nuance Unity Service Discovery Protocol
49002-49149	*	u		Unassigned
49150	t	a	inspider	InSpider System
49150	u	r		Reserved
49151	*	r		Reserved
`,
};

;// CONCATENATED MODULE: ./src/registry/registry.ts


const MAX_PORT = 65535;
const SYSTEM_PORTS_END = 1023;
const DYNAMIC_PORTS_START = 49152;
const PROTOCOL_BIT = { tcp: 1, udp: 2, sctp: 4, dccp: 8 };
const LETTER_BITS = { t: 1, u: 2, s: 4, d: 8, '*': 15 };
const STATUS_OF_LETTER = { a: 'assigned', r: 'reserved', u: 'unassigned' };
/** Descriptions that only restate the status; anything else on such a record is worth a note. */
const PLAIN_DESCRIPTIONS = new Set(['unassigned', 'reserved']);
/** IANA's range of a port number: System 0-1023, User 1024-49151, Dynamic/Private 49152-65535. */
function portRange(port) {
    if (port <= SYSTEM_PORTS_END)
        return 'system';
    return port < DYNAMIC_PORTS_START ? 'user' : 'dynamic';
}
/** Decodes one data line; throws on a malformed line (the data is generated, so that is a bug). */
function decodeRecord(line) {
    const [number = '', letters = '', statusLetter = '', name = '', description = '', note = '', unauthorized = '',] = line.split('\t');
    const dash = number.indexOf('-');
    const start = Number(dash < 0 ? number : number.slice(0, dash));
    const end = dash < 0 ? start : Number(number.slice(dash + 1));
    let protocols = 0;
    for (const letter of letters)
        protocols |= LETTER_BITS[letter] ?? 0;
    const status = STATUS_OF_LETTER[statusLetter];
    const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= MAX_PORT;
    if (!valid || protocols === 0 || status === undefined) {
        throw new Error(`malformed IANA registry data line: ${JSON.stringify(line)}`);
    }
    return { start, end, protocols, status, name, description, note, unauthorized };
}
const CHAR_0 = 48;
const CHAR_9 = 57;
const CHAR_DASH = 45;
const CHAR_TAB = 9;
const CHAR_NEWLINE = 10;
/** Protocol bit of a letter's char code in the protocols field. */
function protocolBitsOfChar(code) {
    return LETTER_BITS[String.fromCharCode(code)] ?? 0;
}
/** One pass over the data text; throws on a malformed line (the data is generated, so a bug). */
function readRecordTable(text) {
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        count++;
    const offsets = new Int32Array(count);
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const protocols = new Uint8Array(count);
    const nameStarts = new Int32Array(count);
    const nameEnds = new Int32Array(count);
    let id = 0;
    for (let i = 0; i < text.length;) {
        if (text.charCodeAt(i) === CHAR_NEWLINE) {
            i++;
            continue;
        }
        const lineStart = i;
        const newline = text.indexOf('\n', i);
        const lineEnd = newline < 0 ? text.length : newline;
        // `start[-end]`, digits read in place: this loop runs once per record on first use.
        let start = 0;
        let c = text.charCodeAt(i);
        for (; c >= CHAR_0 && c <= CHAR_9 && i - lineStart < 6; c = text.charCodeAt(++i)) {
            start = start * 10 + c - CHAR_0;
        }
        let valid = i > lineStart;
        let end = start;
        if (c === CHAR_DASH) {
            const endStart = ++i;
            end = 0;
            for (c = text.charCodeAt(i); c >= CHAR_0 && c <= CHAR_9 && i - endStart < 6; c = text.charCodeAt(++i)) {
                end = end * 10 + c - CHAR_0;
            }
            valid &&= i > endStart;
        }
        let mask = 0;
        if (c === CHAR_TAB) {
            for (i++; i < lineEnd && text.charCodeAt(i) !== CHAR_TAB; i++) {
                mask |= protocolBitsOfChar(text.charCodeAt(i));
            }
        }
        const status = STATUS_OF_LETTER[text.charAt(i + 1)];
        if (!valid ||
            end < start ||
            end > MAX_PORT ||
            mask === 0 ||
            status === undefined ||
            text.charCodeAt(i + 2) !== CHAR_TAB) {
            throw new Error(`malformed IANA registry data line: ${JSON.stringify(text.slice(lineStart, lineEnd))}`);
        }
        offsets[id] = lineStart;
        starts[id] = start;
        ends[id] = end;
        protocols[id] = mask;
        nameStarts[id] = -1;
        if (status === 'assigned') {
            const tab = text.indexOf('\t', i + 3);
            nameStarts[id] = i + 3;
            nameEnds[id] = tab >= 0 && tab < lineEnd ? tab : lineEnd;
        }
        id++;
        i = lineEnd;
    }
    return {
        text,
        offsets: offsets.subarray(0, id),
        starts: starts.subarray(0, id),
        ends: ends.subarray(0, id),
        protocols: protocols.subarray(0, id),
        nameStarts: nameStarts.subarray(0, id),
        nameEnds: nameEnds.subarray(0, id),
        decoded: [],
    };
}
/** The full record `id`, decoded from its line on first use. */
function recordAt(table, id) {
    let record = table.decoded[id];
    if (record === undefined) {
        const offset = table.offsets[id];
        const lineEnd = table.text.indexOf('\n', offset);
        record = decodeRecord(table.text.slice(offset, lineEnd < 0 ? undefined : lineEnd));
        table.decoded[id] = record;
    }
    return record;
}
/** Last index k with sorted[k] <= value, or -1. */
function floorIndex(sorted, value) {
    let low = 0;
    let high = sorted.length - 1;
    let found = -1;
    while (low <= high) {
        const mid = (low + high) >>> 1;
        if (sorted[mid] <= value) {
            found = mid;
            low = mid + 1;
        }
        else {
            high = mid - 1;
        }
    }
    return found;
}
function buildProtocolIndex(table, bit) {
    const { starts: recordStarts, protocols } = table;
    let count = 0;
    let sorted = true;
    let previousStart = 0;
    for (let id = 0; id < protocols.length; id++) {
        if ((protocols[id] & bit) === 0)
            continue;
        if (recordStarts[id] < previousStart)
            sorted = false;
        previousStart = recordStarts[id];
        count++;
    }
    let ids = new Int32Array(count);
    count = 0;
    for (let id = 0; id < protocols.length; id++)
        if ((protocols[id] & bit) !== 0)
            ids[count++] = id;
    // Only hand-made data can be out of order; a stable sort keeps registry order within a start.
    if (!sorted) {
        ids = Int32Array.from(Array.from(ids).sort((a, b) => recordStarts[a] - recordStarts[b] || a - b));
    }
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const maxEnds = new Int32Array(count);
    for (let k = 0; k < count; k++) {
        const id = ids[k];
        starts[k] = recordStarts[id];
        ends[k] = table.ends[id];
        maxEnds[k] = k === 0 ? ends[k] : Math.max(maxEnds[k - 1], ends[k]);
    }
    return { ids, starts, ends, maxEnds };
}
/** Ids of the records covering `port`, in registry order. */
function coveringIds(index, port) {
    const found = [];
    for (let k = floorIndex(index.starts, port); k >= 0 && index.maxEnds[k] >= port; k--) {
        if (index.ends[k] >= port)
            found.push(index.ids[k]);
    }
    return found.length > 1 ? found.sort((a, b) => a - b) : found;
}
function assertPort(port) {
    if (!Number.isInteger(port) || port < 0 || port > MAX_PORT) {
        throw new RangeError(`not a port number (0-${MAX_PORT}): ${port}`);
    }
}
/** Appends `text` unless it is empty or already there. */
function pushUnique(list, text) {
    if (text !== '' && !list.includes(text))
        list.push(text);
}
/**
 * Combines the records that cover one (port, protocol). `assigned` beats `reserved` beats
 * `unassigned`; notes and unauthorized uses are kept from every record; Dynamic ports are
 * `dynamic` whatever their records say.
 */
function describePort(port, protocol, records) {
    const range = portRange(port);
    const services = [];
    const seenServices = new Set();
    const notes = [];
    const unauthorizedUse = [];
    for (const record of records) {
        if (record.status === 'assigned') {
            // Unnamed assignments (`any private mail system`) are told apart by their description.
            const key = record.name === '' ? `\0${record.description}` : record.name;
            if (!seenServices.has(key)) {
                seenServices.add(key);
                services.push({ name: record.name, description: record.description });
            }
        }
        else if (!PLAIN_DESCRIPTIONS.has(record.description.toLowerCase())) {
            pushUnique(notes, record.description); // `De-registered`, `Unassigned [was netstat]`, ...
        }
        pushUnique(notes, record.note);
        pushUnique(unauthorizedUse, record.unauthorized);
    }
    const recordStatus = records.some((r) => r.status === 'assigned')
        ? 'assigned'
        : records.some((r) => r.status === 'reserved')
            ? 'reserved'
            : 'unassigned';
    const status = range === 'dynamic' ? 'dynamic' : recordStatus;
    const info = { port, protocol, range, status, services, notes };
    const governing = records.find((r) => r.status === recordStatus);
    if (governing !== undefined && governing.end > governing.start) {
        info.block = { start: governing.start, end: governing.end };
    }
    if (unauthorizedUse.length > 0)
        info.unauthorizedUse = unauthorizedUse;
    return info;
}
/** Enough for every number a large scan asks about; a bound, so memory cannot grow without one. */
const MAX_REMEMBERED_ANSWERS = 50_000;
/** A deep copy of a PortInfo, keys in describePort's order (reports serialize them as they are). */
function copyPortInfo(info) {
    const copy = {
        port: info.port,
        protocol: info.protocol,
        range: info.range,
        status: info.status,
        services: info.services.map((s) => ({ ...s })),
        notes: [...info.notes],
    };
    if (info.block)
        copy.block = { ...info.block };
    if (info.unauthorizedUse)
        copy.unauthorizedUse = [...info.unauthorizedUse];
    return copy;
}
/**
 * A Registry over `data` (pure: no I/O, no shared state). The record numbers are decoded on
 * first use, each protocol's interval index on its first lookup and a record's texts when a
 * lookup returns it, so building one costs next to nothing.
 */
function buildRegistry(data) {
    let table;
    const indexes = new Map();
    let recordsByName;
    /** lookup()'s answers by port * 4 + protocol index; never handed out, only copied. */
    const answers = new Map();
    const records = () => (table ??= readRecordTable(data.records));
    const indexOf = (protocol) => {
        let index = indexes.get(protocol);
        if (index === undefined) {
            const bit = PROTOCOL_BIT[protocol];
            if (bit === undefined)
                throw new RangeError(`unknown protocol: ${String(protocol)}`);
            index = buildProtocolIndex(records(), bit);
            indexes.set(protocol, index);
        }
        return index;
    };
    const byName = () => {
        if (recordsByName !== undefined)
            return recordsByName;
        const built = new Map();
        const all = records();
        for (let id = 0; id < all.nameStarts.length; id++) {
            const nameStart = all.nameStarts[id];
            const name = nameStart < 0 ? '' : all.text.slice(nameStart, all.nameEnds[id]).toLowerCase();
            if (name === '')
                continue;
            const ids = built.get(name);
            if (ids === undefined)
                built.set(name, [id]);
            else
                ids.push(id);
        }
        return (recordsByName = built);
    };
    return {
        updated: data.updated,
        lookup(port, protocol) {
            assertPort(port);
            // Rules and suggestions ask about the same numbers over and over (a suggestion's search
            // asks about hundreds): each answer is worked out once and handed out as a fresh copy.
            const key = port * PROTOCOLS.length + PROTOCOLS.indexOf(protocol);
            let answer = answers.get(key);
            if (answer === undefined) {
                const all = records();
                const covering = coveringIds(indexOf(protocol), port).map((id) => recordAt(all, id));
                answer = describePort(port, protocol, covering);
                if (answers.size < MAX_REMEMBERED_ANSWERS)
                    answers.set(key, answer);
            }
            return copyPortInfo(answer);
        },
        portsOf(serviceName) {
            const all = records();
            const seen = new Set();
            const ports = [];
            for (const id of byName().get(serviceName.toLowerCase()) ?? []) {
                for (let port = all.starts[id]; port <= all.ends[id]; port++) {
                    PROTOCOLS.forEach((protocol, bitIndex) => {
                        const key = port * 4 + bitIndex; // one entry per (port, protocol), even if recorded twice
                        if ((all.protocols[id] & (1 << bitIndex)) === 0 || seen.has(key))
                            return;
                        seen.add(key);
                        ports.push({ port, protocol });
                    });
                }
            }
            return ports.sort((a, b) => a.port - b.port || PROTOCOLS.indexOf(a.protocol) - PROTOCOLS.indexOf(b.protocol));
        },
        hasService(serviceName) {
            return byName().has(serviceName.toLowerCase());
        },
        serviceNames() {
            return [...byName().keys()];
        },
        spansIn(start, end, protocol) {
            assertPort(start);
            assertPort(end);
            const all = records();
            const index = indexOf(protocol);
            const spans = [];
            for (let k = floorIndex(index.starts, end); k >= 0 && index.maxEnds[k] >= start; k--) {
                if (index.ends[k] < start)
                    continue;
                const status = statusOfRecord(all, index.ids[k]);
                spans.push({ start: Math.max(start, index.starts[k]), end: Math.min(end, index.ends[k]), status });
            }
            return spans.reverse();
        },
        isPlainlyUnassigned(port, protocol) {
            assertPort(port);
            if (port >= DYNAMIC_PORTS_START)
                return false;
            const all = records();
            return coveringIds(indexOf(protocol), port).every((id) => isPlainUnassignedRecord(all, id));
        },
    };
}
/** The generated line of a plain Unassigned record ends `<protocols>\tu\t\tUnassigned`. */
const PLAIN_UNASSIGNED_TAIL = '\tu\t\tUnassigned';
/** The status letter follows the number and protocols fields: `start[-end]\tletters\tstatus\t...`. */
function statusOfRecord(table, id) {
    const offset = table.offsets[id];
    const second = table.text.indexOf('\t', table.text.indexOf('\t', offset) + 1);
    return STATUS_OF_LETTER[table.text.charAt(second + 1)];
}
function isPlainUnassignedRecord(table, id) {
    const offset = table.offsets[id];
    const newline = table.text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? table.text.length : newline;
    return table.text.endsWith(PLAIN_UNASSIGNED_TAIL, lineEnd);
}
let shared;
/** The registry portlint ships (IANA's data as of `updated`), built once and shared. */
function loadRegistry() {
    return (shared ??= buildRegistry(IANA_PORTS));
}

;// CONCATENATED MODULE: ./src/classify/aliases.ts
/**
 * Names that projects use for software, mapped to the IANA service names that software registers.
 * Data, reviewed entry by entry: a token on the left matches any IANA name on the right.
 * A token that already equals an IANA service name needs no entry.
 */
/**
 * IANA service names that describe HTTP itself rather than one product (RFC 7605 sec. 6): 80, 443,
 * 280, 591/8008/8080 (`http-alt`, "HTTP Alternate"), and 8443 (`pcsync-https`), HTTPS's usual
 * alternate port (Tomcat, Kubernetes API servers, most ingress controllers).
 */
const HTTP_SERVICES = [
    'http',
    'www',
    'www-http',
    'https',
    'http-alt',
    'http-mgmt',
    'pcsync-https',
];
/** What a web server is also fine on: HTTP itself and the HTTP-alternate names of other numbers. */
const HTTP_FAMILY = [...HTTP_SERVICES, 'webcache', 'radan-http', 'sun-answerbook', 'https-alt'];
const SERVICE_ALIASES = {
    // Web servers, proxies and application front ends speak HTTP.
    nginx: HTTP_FAMILY,
    httpd: HTTP_FAMILY,
    apache: HTTP_FAMILY,
    apache2: HTTP_FAMILY,
    caddy: HTTP_FAMILY,
    traefik: HTTP_FAMILY,
    haproxy: HTTP_FAMILY,
    envoy: HTTP_FAMILY,
    web: HTTP_FAMILY,
    www: HTTP_FAMILY,
    http: HTTP_FAMILY,
    https: HTTP_FAMILY,
    frontend: HTTP_FAMILY,
    proxy: HTTP_FAMILY,
    ingress: HTTP_FAMILY,
    gateway: HTTP_FAMILY,
    tomcat: HTTP_FAMILY,
    jetty: HTTP_FAMILY,
    // Web applications whose images serve their UI or API over HTTP.
    httpbin: HTTP_FAMILY,
    pgadmin: HTTP_FAMILY,
    pgadmin4: HTTP_FAMILY,
    adminer: HTTP_FAMILY,
    phpmyadmin: HTTP_FAMILY,
    phpldapadmin: HTTP_FAMILY,
    meteor: HTTP_FAMILY,
    nagios: HTTP_FAMILY,
    wordpress: HTTP_FAMILY,
    drupal: HTTP_FAMILY,
    nextcloud: HTTP_FAMILY,
    jenkins: HTTP_FAMILY,
    keycloak: HTTP_FAMILY,
    nginxplus: HTTP_FAMILY,
    'nginx-plus': HTTP_FAMILY,
    openresty: HTTP_FAMILY,
    varnish: HTTP_FAMILY,
    lighttpd: HTTP_FAMILY,
    ssl: ['https'],
    tls: ['https'],
    // OpenTelemetry collectors and backends that receive OTLP on its registered ports.
    otel: ['opentelemetry'],
    otelcol: ['opentelemetry'],
    opentelemetry: ['opentelemetry'],
    jaeger: ['opentelemetry'],
    // Databases and brokers under their common names.
    postgres: ['postgresql'],
    postgresql: ['postgresql'],
    pg: ['postgresql'],
    postgis: ['postgresql'],
    timescaledb: ['postgresql'],
    pgbouncer: ['postgresql'],
    mongo: ['mongodb'],
    mongodb: ['mongodb'],
    mariadb: ['mysql'],
    mysql: ['mysql'],
    percona: ['mysql'],
    redis: ['redis'],
    valkey: ['redis'],
    keydb: ['redis'],
    rabbitmq: ['amqp', 'amqps'],
    rabbit: ['amqp', 'amqps'],
    activemq: ['amqp', 'amqps'],
    mosquitto: ['mqtt', 'secure-mqtt'],
    emqx: ['mqtt', 'secure-mqtt'],
    memcache: ['memcache'],
    memcached: ['memcache'],
    mssql: ['ms-sql-s', 'ms-sql-m'],
    sqlserver: ['ms-sql-s', 'ms-sql-m'],
    etcd: ['etcd-client', 'etcd-server'],
    // Mail, directory and name services.
    smtp: ['smtp', 'submission', 'submissions', 'smtps'],
    postfix: ['smtp', 'submission', 'submissions'],
    mailhog: ['smtp'],
    mailpit: ['smtp'],
    imap: ['imap', 'imaps'],
    dovecot: ['imap', 'imaps', 'pop3', 'pop3s'],
    ldap: ['ldap', 'ldaps'],
    openldap: ['ldap', 'ldaps'],
    slapd: ['ldap', 'ldaps'],
    dns: ['domain'],
    coredns: ['domain'],
    bind: ['domain'],
    bind9: ['domain'],
    unbound: ['domain'],
    dnsmasq: ['domain', 'bootps'],
    ntp: ['ntp'],
    ntpd: ['ntp'],
    chrony: ['ntp'],
    sshd: ['ssh'],
    openssh: ['ssh'],
    ssh: ['ssh'],
    git: ['git', 'ssh'],
    gitea: ['ssh'],
    gitlab: ['ssh'],
    ftp: ['ftp', 'ftp-data', 'ftps', 'ftps-data'],
    vsftpd: ['ftp', 'ftp-data'],
    proftpd: ['ftp', 'ftp-data'],
    'pure-ftpd': ['ftp', 'ftp-data'],
    // A Samba AD DC is also a Global Catalog server (3268/3269).
    samba: ['microsoft-ds', 'netbios-ssn', 'netbios-ns', 'netbios-dgm', 'msft-gc', 'msft-gc-ssl'],
    smb: ['microsoft-ds', 'netbios-ssn'],
    syslog: ['syslog', 'syslog-tls', 'shell'],
    rsyslog: ['syslog', 'syslog-tls', 'shell'],
    snmp: ['snmp', 'snmptrap'],
    radius: ['radius', 'radius-acct'],
    freeradius: ['radius', 'radius-acct'],
    turn: ['stun', 'turn', 'stuns', 'turns'],
    coturn: ['stun', 'turn', 'stuns', 'turns'],
    stun: ['stun', 'stuns'],
    sip: ['sip', 'sip-tls'],
    asterisk: ['sip', 'sip-tls'],
    vnc: ['rfb'],
    rdp: ['ms-wbt-server'],
    xrdp: ['ms-wbt-server'],
    x11: ['x11'],
    xvfb: ['x11'],
    docker: ['docker', 'docker-s'],
    dind: ['docker', 'docker-s'],
    squid: ['squid-http', 'http-alt'],
    cups: ['ipp'],
    dhcp: ['bootps', 'bootpc'],
    tftp: ['tftp'],
    // PXE boot is DHCP plus TFTP.
    pxe: ['bootps', 'tftp'],
    // Pi-hole answers DNS, serves DHCP and (v6) NTP: https://docs.pi-hole.net/main/prerequisites/#ports
    pihole: ['domain', 'bootps', 'ntp'],
    cockroachdb: ['cockroach'],
    // PostgreSQL-compatible servers speak its wire protocol on its port.
    opengauss: ['postgresql'],
    nfs: ['nfs', 'sunrpc'],
    rsync: ['rsync'],
    irc: ['ircd', 'ircs-u'],
    xmpp: ['xmpp-client', 'xmpp-server'],
    prosody: ['xmpp-client', 'xmpp-server'],
    ejabberd: ['xmpp-client', 'xmpp-server'],
    jabber: ['xmpp-client', 'xmpp-server'],
    openvpn: ['openvpn'],
    couchdb: ['couchdb'],
    // Network UPS Tools: its daemon upsd listens on nut's 3493 (networkupstools.org, upsd(8)).
    nut: ['nut'],
};
/**
 * Parts that make a name another program about the software (`redis-exporter`, `mongo-express`,
 * `mysql-client`): the parts before them do not name what runs.
 */
const COMPANION_PARTS = new Set([
    'exporter',
    'adapter',
    'ui',
    'admin',
    'commander',
    'express',
    'insight',
    'dashboard',
    'operator',
    'backup',
    'client',
    'cli',
    'migrate',
    'migrations',
    'init',
    'sidecar',
]);
/** Words too generic to name a service: they never count as a match on their own. */
const IGNORED_TOKENS = new Set([
    'app',
    'server',
    'service',
    'svc',
    'main',
    'port',
    'ports',
    'default',
    'container',
    'latest',
    'stable',
    'alpine',
    'slim',
    'library',
    'io',
    'com',
    'org',
    'net',
    'local',
    'dev',
    'prod',
    'test',
    'values',
    'spec',
    'tcp',
    'udp',
]);

;// CONCATENATED MODULE: ./src/classify/identity.ts


/**
 * Words that say nothing about which software runs: generic roles, packaging and layout folders,
 * operating systems and language runtimes (a `node` or `python` image runs the user's own app).
 */
const GENERIC_NAMES = new Set([
    // roles
    'app',
    'apps',
    'application',
    'server',
    'service',
    'services',
    'svc',
    'main',
    'default',
    'container',
    'containers',
    'hello',
    'helloworld',
    'hello-world',
    'example',
    'examples',
    'sample',
    'samples',
    'demo',
    'test',
    'tests',
    'e2e',
    'fixtures',
    // packaging and layout
    'dockerfile',
    'dockerfiles',
    'compose',
    'docker-compose',
    'image',
    'images',
    'rootfs',
    'src',
    'source',
    'deploy',
    'deployment',
    'deployments',
    'helm',
    'chart',
    'charts',
    'templates',
    'k8s',
    'kube',
    'kubernetes',
    'manifests',
    'kustomize',
    'overlays',
    'bases',
    'config',
    'conf',
    'etc',
    'files',
    'resources',
    'terraform',
    'modules',
    'infra',
    'infrastructure',
    'ops',
    'ci',
    '.devcontainer',
    '.github',
    'workflows',
    'base',
    'runtime',
    'production',
    'prod',
    'development',
    'dev',
    'staging',
    'local',
    'build',
    'builder',
    'release',
    'dist',
    'debug',
    'latest',
    'stable',
    // operating systems
    'alpine',
    'debian',
    'ubuntu',
    'centos',
    'fedora',
    'rockylinux',
    'almalinux',
    'amazonlinux',
    'oraclelinux',
    'busybox',
    'scratch',
    'distroless',
    'ubi',
    'ubi8',
    'ubi9',
    'ubi-minimal',
    'ubi8-minimal',
    'ubi9-minimal',
    'linux',
    'windows',
    'bookworm',
    'bullseye',
    'buster',
    'trixie',
    'jammy',
    'focal',
    'noble',
    'bionic',
    // language runtimes and build images
    'node',
    'nodejs',
    'python',
    'python3',
    'golang',
    'go',
    'openjdk',
    'java',
    'jdk',
    'jre',
    'eclipse-temurin',
    'amazoncorretto',
    'ruby',
    'php',
    'perl',
    'rust',
    'dotnet',
    'aspnet',
    'sdk',
    'bun',
    'deno',
    'elixir',
    'erlang',
    'gradle',
    'maven',
    'static',
]);
/** `4.0`, `v2`, `3.11-slim`, `1.25.3-alpine`: versions, not names. */
const VERSION_LIKE = /^v?\d+(?:[._-]\w+)*$/;
/** Variables, templates and paths (`$SERVICE_NAME`, `{{ .Release.Name }}`, `a/b`) are not names. */
const NOT_A_NAME = /[$%{}<>/\\]|^\s*$/;
const MAX_NAME = 100;
/** Folders that hold manifests without naming software; as an image or service, `docker` is the daemon. */
const LAYOUT_FOLDERS = new Set(['docker']);
function isGenericName(name) {
    const lower = name.toLowerCase();
    return (GENERIC_NAMES.has(lower) || VERSION_LIKE.test(lower) || NOT_A_NAME.test(name) || name.length > MAX_NAME);
}
function isGenericFolder(name) {
    return isGenericName(name) || LAYOUT_FOLDERS.has(name.toLowerCase());
}
/**
 * Names of the software that declares the port, best evidence first; generic words, variables,
 * build-stage names, resource addresses and key paths are never among them.
 */
function evidenceOf(port) {
    const c = port.context;
    const found = [];
    const add = (name, source) => {
        if (name === undefined || (source === 'folder' ? isGenericFolder(name) : isGenericName(name)))
            return;
        found.push({ name, source });
    };
    // A Dockerfile's FROM names its base image, not what it builds: that comes last.
    if (port.kind !== 'dockerfile')
        add(imageName(c.image ?? types_factsOf(port, 'compose')?.siblingImage), 'image');
    for (const build of types_factsOf(port, 'dockerfile')?.builtBy ?? []) {
        add(imageName(build.image), 'build');
        add(build.service, 'build');
    }
    add(types_factsOf(port, 'helm-values')?.chart, 'chart');
    add(port.runs, 'name');
    const kubernetes = types_factsOf(port, 'kubernetes');
    const labels = kubernetes?.podLabels ?? kubernetes?.selector;
    add(own(labels ?? {}, 'app.kubernetes.io/name') ?? own(labels ?? {}, 'app'), 'label');
    add(c.container, 'name');
    if (port.kind !== 'terraform')
        add(c.service, 'name');
    if (port.kind === 'kubernetes')
        add(c.object?.split('/').pop(), 'name');
    if (NAMED_KINDS.has(port.kind))
        add(c.name?.replace(/\.socket$/, ''), 'name');
    if (port.kind === 'nginx')
        add('nginx', 'kind');
    // A folder says what its manifest holds only when nothing more specific does (else it is a project).
    if (found.length === 0 && !PROJECT_KINDS.has(port.kind))
        add((port.folders ?? foldersOf(port.file)).find((folder) => !isGenericFolder(folder)), 'folder');
    if (port.kind === 'dockerfile')
        add(imageName(c.image), 'image');
    return found;
}
/** Kinds whose folder is a project or an environment, not one program: `.env`, Terraform. */
const PROJECT_KINDS = new Set(['dotenv', 'terraform']);
/** Kinds whose `context.name` names the app (not a variable, property or host name). */
const NAMED_KINDS = new Set(['fly', 'devcontainer', 'systemd-socket']);
/** How many folders above a manifest may name what it declares (parse-file.ts records them). */
const FOLDER_DEPTH = 3;
/**
 * The nearest folders of a manifest from its path, innermost first; `.` and `..` are no names. For
 * ports that did not come through a scan: a scanned port has `folders` from its real path.
 */
function foldersOf(file) {
    return file
        .split('/')
        .slice(0, -1)
        .filter((part) => part !== '.' && part !== '..')
        .reverse()
        .slice(0, FOLDER_DEPTH);
}
/**
 * The software an image reference runs: `registry:5000/bitnami/rabbitmq:3.13@sha256:...` -> `rabbitmq`.
 * Compose defaults (`${REGISTRY:-acme}/x`) count; an unresolved variable does not. The namespace
 * names the publisher, except before a bare `server` (`mcr.microsoft.com/mssql/server`).
 */
function imageName(image) {
    if (image === undefined)
        return undefined;
    const written = image.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)\}/g, '$1');
    const segments = imageRepository(written).split('/');
    let name = segments.pop();
    if (name === 'server' && segments.length > 0)
        name = segments.pop();
    return name === undefined || name.includes('$') || isGenericName(name) ? undefined : name;
}
/** `registry.example.com:5000/team/postgres:15-alpine@sha256:...` -> `team/postgres`. */
function imageRepository(image) {
    let name = image.split('@')[0];
    const slash = name.lastIndexOf('/');
    const colon = name.lastIndexOf(':');
    if (colon > slash)
        name = name.slice(0, colon);
    const segments = name.split('/');
    if (segments.length > 1 && /[.:]|^localhost$/.test(segments[0]))
        segments.shift();
    return segments.join('/');
}

;// CONCATENATED MODULE: ./src/classify/match.ts



/** Shortest known name matched as the start (`mysqldb`) or the end (`appredis`) of a longer word. */
const MIN_PREFIX = 4;
const MIN_SUFFIX = 5;
/**
 * Matching is data-driven: the names of the declaration (image, service, container, port name, ...)
 * are compared with IANA names whole; their parts only count where they are software that
 * SERVICE_ALIASES or the repository's `services` config knows (`redis-master`, `mysqldb`), so a
 * generic word never becomes an IANA service by accident (`hello-app` is not IANA's `hello`).
 */
function createMatcher(extraAliases = {}) {
    const aliases = new Map();
    for (const table of [SERVICE_ALIASES, extraAliases]) {
        for (const [token, names] of Object.entries(table)) {
            const set = aliases.get(token.toLowerCase()) ?? new Set();
            for (const name of names)
                set.add(name.toLowerCase());
            aliases.set(token.toLowerCase(), set);
        }
    }
    const known = [...aliases.keys()];
    // The same words come back in port after port: each is compared with every known name once.
    const knownWords = new Map();
    const knownInWord = (word) => {
        let found = knownWords.get(word);
        if (!found)
            knownWords.set(word, (found = knownIn(word, aliases, known)));
        return found;
    };
    const cache = new WeakMap();
    const resolve = (port) => {
        let entry = cache.get(port);
        if (!entry) {
            entry = analyse(port, aliases, knownInWord);
            cache.set(port, entry);
        }
        return entry;
    };
    return {
        identify: (port) => resolve(port).identity,
        matches(port, services) {
            const names = resolve(port).names;
            return services.some((s) => names.has(s.name.toLowerCase()));
        },
        serviceNames: (port) => [...resolve(port).names],
    };
}
function analyse(port, aliases, knownInWord) {
    const evidence = evidenceOf(port);
    const c = port.context;
    // Whole names: the software's names and the port's own name (a protocol: `http`, `epmd`).
    const wholes = [...evidence.map((e) => e.name), c.portName];
    // Keys and variables name what they configure only through the software in them (`smtpPort`).
    const keys = [...(c.keyPath?.split(/[.[\]]+/) ?? []), c.job, port.kind === 'dotenv' ? c.name : undefined];
    if (port.kind === 'spring')
        keys.push(c.name);
    const names = new Set();
    const tokens = new Set();
    const addKnown = (key) => {
        names.add(key);
        for (const alias of aliases.get(key) ?? [])
            names.add(alias);
    };
    for (const [list, whole] of [
        [wholes, true],
        [keys, false],
    ]) {
        for (const written of list) {
            if (!written)
                continue;
            const lower = written.toLowerCase();
            if (whole)
                for (const name of [lower, withoutDigits(lower)])
                    addKnown(name);
            const parts = partsOf(written);
            for (const part of [lower, ...parts])
                tokens.add(part);
            // A product name split by a hyphen (`docker-pi-hole`): two adjacent parts that join into known software.
            const head = headParts(parts);
            for (let i = 0; i + 1 < head.length; i++) {
                const joined = head[i] + head[i + 1];
                if (aliases.has(joined)) {
                    addKnown(joined);
                    tokens.add(joined);
                }
            }
            for (const part of head) {
                // A generic word inside a longer name hides no software: `dockerfile` is not the Docker daemon.
                if (part !== lower && isGenericName(part))
                    continue;
                for (const key of knownInWord(withoutDigits(part))) {
                    addKnown(key);
                    tokens.add(key);
                }
            }
        }
    }
    const best = evidence[0];
    const identity = {
        label: best?.name ?? fallbackLabel(port),
        tokens: [...tokens].filter((t) => !IGNORED_TOKENS.has(t)),
    };
    if (best) {
        identity.software = best.name;
        identity.source = best.source;
    }
    return { identity, names };
}
/** `redisMaster_2` -> `redis`, `master`, `2`: words split at punctuation and camelCase. */
function partsOf(name) {
    const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
    return words.split(/[^a-z0-9]+/).filter((part) => part.length > 0);
}
/**
 * The parts that name what a compound is: those after its last companion word. `redis-exporter` is
 * an exporter, not Redis; `spark-ui-proxy` is a proxy.
 */
function headParts(parts) {
    let last = -1;
    parts.forEach((part, i) => {
        if (COMPANION_PARTS.has(part))
            last = i;
    });
    return parts.slice(last + 1);
}
function withoutDigits(word) {
    const stripped = word.replace(/\d+$/, '');
    return stripped.length > 1 ? stripped : word;
}
/** Known software in one word: the word itself, or a known name it starts (`rsyslogd`) or ends with. */
function knownIn(word, aliases, known) {
    if (aliases.has(word))
        return [word];
    return known.filter((key) => key.length < word.length &&
        ((key.length >= MIN_PREFIX && word.startsWith(key)) ||
            (key.length >= MIN_SUFFIX && word.endsWith(key))));
}
/** What the manifest calls the declaration when no name in it identifies software. */
function fallbackLabel(port) {
    const c = port.context;
    return c.service ?? c.container ?? port.file.split('/').pop() ?? port.kind;
}

;// CONCATENATED MODULE: ./src/classify/de-facto-ports.ts

const PROMETHEUS_PORTS = 'https://github.com/prometheus/prometheus/wiki/Default-port-allocations';
const GRAFANA_ALERTING_HA = 'https://grafana.com/docs/grafana/latest/alerting/set-up/configure-high-availability/';
/** A Prometheus exporter on the port the project allocated to it (PROMETHEUS_PORTS). */
function exporter(software, port, tokens, images) {
    return { software, tokens, images, ports: [{ port }], reference: PROMETHEUS_PORTS };
}
const SOFTWARE_DEFAULTS = [
    // Metrics, logs and traces.
    {
        software: 'Grafana',
        tokens: ['grafana'],
        images: ['grafana/grafana', 'grafana/grafana-oss', 'grafana/grafana-enterprise', 'bitnami/grafana'],
        ports: [
            { port: 3000 },
            {
                port: 6060,
                name: 'Grafana profiling',
                reference: 'https://grafana.com/docs/grafana/latest/troubleshooting/diagnostics/',
            },
            { port: 9094, name: 'Grafana alerting gossip', reference: GRAFANA_ALERTING_HA },
            { port: 9094, protocol: 'udp', name: 'Grafana alerting gossip', reference: GRAFANA_ALERTING_HA },
        ],
        reference: 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/',
    },
    {
        software: 'Grafana Loki',
        tokens: ['loki'],
        images: ['grafana/loki', 'bitnami/grafana-loki'],
        ports: [{ port: 3100 }, { port: 9095, name: 'Grafana Loki gRPC' }],
        reference: 'https://grafana.com/docs/loki/latest/configure/',
    },
    {
        software: 'Grafana Tempo',
        tokens: ['tempo'],
        images: ['grafana/tempo', 'bitnami/grafana-tempo'],
        ports: [{ port: 3200 }],
        reference: 'https://grafana.com/docs/tempo/latest/configuration/manifest/',
    },
    {
        software: 'Grafana Alloy',
        tokens: ['alloy', 'grafana-alloy'],
        images: ['grafana/alloy'],
        ports: [{ port: 12345 }],
        reference: 'https://grafana.com/docs/alloy/latest/reference/cli/run/',
    },
    {
        software: 'Promtail',
        tokens: ['promtail'],
        images: ['grafana/promtail'],
        ports: [{ port: 9080 }],
        reference: 'https://grafana.com/docs/loki/latest/send-data/promtail/configuration/',
    },
    {
        software: 'Prometheus',
        tokens: ['prometheus'],
        images: ['prom/prometheus', 'prometheus/prometheus', 'bitnami/prometheus'],
        ports: [{ port: 9090 }],
        reference: 'https://prometheus.io/docs/introduction/first_steps/',
    },
    {
        software: 'Prometheus Pushgateway',
        tokens: ['pushgateway'],
        images: ['prom/pushgateway', 'prometheus/pushgateway', 'bitnami/pushgateway'],
        ports: [{ port: 9091 }],
        reference: 'https://github.com/prometheus/pushgateway#readme',
    },
    {
        software: 'Prometheus Alertmanager',
        tokens: ['alertmanager'],
        images: ['prom/alertmanager', 'prometheus/alertmanager', 'bitnami/alertmanager'],
        ports: [
            { port: 9093 },
            { port: 9094, name: 'Prometheus Alertmanager cluster' },
            { port: 9094, protocol: 'udp', name: 'Prometheus Alertmanager cluster' },
        ],
        reference: 'https://github.com/prometheus/alertmanager#readme',
    },
    {
        software: 'Prometheus Node Exporter',
        tokens: ['node-exporter'],
        images: ['prom/node-exporter', 'prometheus/node-exporter', 'bitnami/node-exporter'],
        ports: [{ port: 9100 }],
        reference: 'https://prometheus.io/docs/guides/node-exporter/',
    },
    exporter('the HAProxy exporter', 9101, ['haproxy-exporter'], ['prom/haproxy-exporter']),
    exporter('the StatsD exporter', 9102, ['statsd-exporter'], ['prom/statsd-exporter']),
    exporter('the MySQL exporter', 9104, ['mysqld-exporter', 'mysql-exporter'], ['prom/mysqld-exporter', 'prometheus/mysqld-exporter', 'bitnami/mysqld-exporter']),
    exporter('the CloudWatch exporter', 9106, ['cloudwatch-exporter'], ['prom/cloudwatch-exporter', 'prometheus/cloudwatch-exporter']),
    exporter('the Consul exporter', 9107, ['consul-exporter'], ['prom/consul-exporter']),
    exporter('the Graphite exporter', 9108, ['graphite-exporter'], ['prom/graphite-exporter']),
    exporter('the NGINX Prometheus exporter', 9113, ['nginx-exporter', 'nginx-prometheus-exporter'], ['nginx/nginx-prometheus-exporter']),
    exporter('the Elasticsearch exporter', 9114, ['elasticsearch-exporter'], ['prometheuscommunity/elasticsearch-exporter', 'bitnami/elasticsearch-exporter']),
    exporter('the Blackbox exporter', 9115, ['blackbox-exporter'], ['prom/blackbox-exporter', 'prometheus/blackbox-exporter', 'bitnami/blackbox-exporter']),
    exporter('the SNMP exporter', 9116, ['snmp-exporter'], ['prom/snmp-exporter', 'prometheus/snmp-exporter']),
    exporter('the Apache exporter', 9117, ['apache-exporter'], ['bitnami/apache-exporter']),
    exporter('the BIND exporter', 9119, ['bind-exporter'], ['prometheuscommunity/bind-exporter']),
    exporter('the Redis exporter', 9121, ['redis-exporter'], ['oliver006/redis_exporter', 'bitnami/redis-exporter']),
    exporter('the PgBouncer exporter', 9127, ['pgbouncer-exporter'], ['prometheuscommunity/pgbouncer-exporter']),
    exporter('the Memcached exporter', 9150, ['memcached-exporter'], ['prom/memcached-exporter']),
    exporter('the Windows exporter', 9182, ['windows-exporter', 'wmi-exporter'], []),
    exporter('the PostgreSQL exporter', 9187, ['postgres-exporter', 'postgresql-exporter'], ['prometheuscommunity/postgres-exporter', 'bitnami/postgres-exporter']),
    exporter('the MongoDB exporter', 9216, ['mongodb-exporter'], ['percona/mongodb_exporter', 'bitnami/mongodb-exporter']),
    exporter('the Stackdriver exporter', 9255, ['stackdriver-exporter'], ['prometheuscommunity/stackdriver-exporter']),
    exporter('the process exporter', 9256, ['process-exporter'], ['ncabatoff/process-exporter']),
    exporter('the Kafka exporter', 9308, ['kafka-exporter'], ['danielqsj/kafka-exporter', 'bitnami/kafka-exporter']),
    exporter('the SQL exporter', 9399, ['sql-exporter'], ['burningalchemist/sql_exporter']),
    exporter('the RabbitMQ exporter', 9419, ['rabbitmq-exporter'], ['kbudde/rabbitmq-exporter']),
    exporter('the smartctl exporter', 9633, ['smartctl-exporter'], ['prometheuscommunity/smartctl-exporter']),
    {
        software: 'the JSON exporter',
        tokens: ['json-exporter'],
        images: ['prometheuscommunity/json-exporter'],
        ports: [{ port: 7979 }],
        reference: 'https://github.com/prometheus-community/json_exporter/blob/master/Dockerfile',
    },
    {
        software: 'the NATS exporter',
        tokens: ['nats-exporter'],
        images: ['natsio/prometheus-nats-exporter'],
        ports: [{ port: 7777 }],
        reference: 'https://github.com/nats-io/prometheus-nats-exporter#readme',
    },
    {
        software: 'the NVIDIA DCGM exporter',
        tokens: ['dcgm-exporter'],
        images: ['nvidia/k8s/dcgm-exporter', 'nvidia/dcgm-exporter'],
        ports: [{ port: 9400 }],
        reference: 'https://github.com/NVIDIA/dcgm-exporter#readme',
    },
    {
        software: 'YACE (Yet Another CloudWatch Exporter)',
        tokens: ['yet-another-cloudwatch-exporter', 'yace'],
        images: [
            'prometheuscommunity/yet-another-cloudwatch-exporter',
            'nerdswords/yet-another-cloudwatch-exporter',
        ],
        ports: [{ port: 5000 }],
        reference: 'https://github.com/prometheus-community/yet-another-cloudwatch-exporter#readme',
    },
    {
        software: 'Prometheus Adapter',
        tokens: ['prometheus-adapter'],
        images: ['prometheus-adapter/prometheus-adapter', 'directxman12/k8s-prometheus-adapter'],
        ports: [{ port: 6443 }],
        reference: 'https://github.com/kubernetes-sigs/prometheus-adapter/blob/master/deploy/manifests/deployment.yaml',
    },
    {
        software: 'Jaeger',
        tokens: ['jaeger'],
        images: ['jaegertracing/*'],
        ports: [
            { port: 16686, name: 'Jaeger UI' },
            { port: 16685, name: 'Jaeger query (gRPC)' },
            { port: 14250, name: 'Jaeger collector (gRPC)' },
            { port: 14268, name: 'Jaeger collector (HTTP)' },
            { port: 14269, name: 'Jaeger admin' },
            { port: 5778, name: 'Jaeger agent (sampling)' },
            { port: 6831, protocol: 'udp', name: 'Jaeger agent (compact Thrift)' },
            { port: 6832, protocol: 'udp', name: 'Jaeger agent (binary Thrift)' },
            {
                // Jaeger 2 is an OpenTelemetry Collector build and keeps the collector's telemetry port.
                port: 8888,
                name: 'the Jaeger 2 metrics endpoint',
                reference: 'https://www.jaegertracing.io/docs/2.20/deployment/',
            },
        ],
        // The last Jaeger 1 release's page names every port above except the Jaeger 2 metrics port
        // (`/docs/latest/` now serves Jaeger 2, whose deployment page names only a few of them).
        reference: 'https://www.jaegertracing.io/docs/1.76/deployment/',
    },
    {
        software: 'the OpenTelemetry Collector',
        tokens: ['otelcol', 'otel-collector', 'opentelemetry-collector', 'opentelemetrycollector'],
        images: [
            'otel/opentelemetry-collector',
            'otel/opentelemetry-collector-contrib',
            'otel/opentelemetry-collector-k8s',
        ],
        ports: [
            { port: 8888, name: 'the OpenTelemetry Collector metrics endpoint' },
            {
                port: 13133,
                name: 'the OpenTelemetry Collector health check',
                reference: 'https://github.com/open-telemetry/opentelemetry-collector-contrib/blob/main/extension/healthcheckextension/README.md',
            },
        ],
        reference: 'https://opentelemetry.io/docs/collector/internal-telemetry/',
    },
    {
        software: 'Zipkin',
        tokens: ['zipkin'],
        images: ['openzipkin/zipkin', 'openzipkin/zipkin-slim'],
        ports: [{ port: 9411 }],
        reference: 'https://zipkin.io/pages/quickstart.html',
    },
    {
        software: 'OpenTelemetry OTLP/HTTP',
        tokens: ['otel', 'otelcol', 'opentelemetry', 'otlp'],
        ports: [{ port: 4318 }],
        reference: 'https://opentelemetry.io/docs/specs/otlp/#otlphttp-default-port',
    },
    {
        software: 'the .NET Aspire dashboard',
        tokens: ['aspire-dashboard'],
        images: ['dotnet/aspire-dashboard', 'dotnet/nightly/aspire-dashboard'],
        ports: [{ port: 18888 }, { port: 18889, name: 'the .NET Aspire dashboard OTLP receiver' }],
        reference: 'https://learn.microsoft.com/en-us/dotnet/aspire/fundamentals/dashboard/standalone',
    },
    {
        software: 'Kibana',
        tokens: ['kibana'],
        images: ['kibana/kibana', 'bitnami/kibana'],
        ports: [{ port: 5601 }],
        reference: 'https://www.elastic.co/guide/en/kibana/current/settings.html',
    },
    {
        software: 'Logstash',
        tokens: ['logstash'],
        images: ['logstash/logstash', 'bitnami/logstash'],
        ports: [
            {
                port: 5044,
                name: 'Logstash Beats input',
                reference: 'https://www.elastic.co/guide/en/logstash/current/plugins-inputs-beats.html',
            },
            { port: 9600, name: 'Logstash monitoring API' },
        ],
        reference: 'https://www.elastic.co/guide/en/logstash/current/monitoring-logstash.html',
    },
    {
        software: 'Fluentd forward input',
        tokens: ['fluentd', 'fluent-bit'],
        images: ['fluent/fluentd', 'fluent/fluent-bit', 'bitnami/fluentd', 'bitnami/fluent-bit'],
        ports: [{ port: 24224 }],
        reference: 'https://docs.fluentd.org/input/forward',
    },
    {
        software: 'Fluent Bit',
        tokens: ['fluent-bit', 'fluentbit'],
        images: ['fluent/fluent-bit', 'bitnami/fluent-bit'],
        ports: [{ port: 2020, name: 'the Fluent Bit HTTP server' }],
        reference: 'https://docs.fluentbit.io/manual/administration/monitoring',
    },
    {
        software: 'Splunk',
        tokens: ['splunk'],
        images: ['splunk/splunk', 'splunk/universalforwarder'],
        ports: [
            { port: 8000, name: 'Splunk Web' },
            { port: 8088, name: 'the Splunk HTTP Event Collector' },
            { port: 8089, name: 'the Splunk management port' },
            { port: 9997, name: 'the Splunk receiving port' },
        ],
        reference: 'https://docs.splunk.com/Documentation/Splunk/latest/InheritedDeployment/Ports',
    },
    {
        software: 'InfluxDB',
        tokens: ['influxdb', 'influx'],
        images: ['influxdb', 'bitnami/influxdb'],
        ports: [{ port: 8086 }],
        reference: 'https://docs.influxdata.com/influxdb/v2/reference/config-options/',
    },
    // Search.
    {
        software: 'Elasticsearch',
        tokens: ['elasticsearch', 'elastic', 'es'],
        images: ['elasticsearch/elasticsearch', 'bitnami/elasticsearch'],
        ports: [{ port: 9200 }, { port: 9300, name: 'Elasticsearch transport' }],
        reference: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/modules-network.html',
    },
    {
        software: 'OpenSearch',
        tokens: ['opensearch'],
        images: ['opensearchproject/opensearch', 'bitnami/opensearch'],
        ports: [{ port: 9200 }, { port: 9300, name: 'OpenSearch transport' }],
        reference: 'https://opensearch.org/docs/latest/install-and-configure/install-opensearch/docker/',
    },
    {
        software: 'Apache Solr',
        tokens: ['solr'],
        images: ['solr', 'bitnami/solr'],
        ports: [{ port: 8983 }],
        reference: 'https://solr.apache.org/guide/solr/latest/deployment-guide/taking-solr-to-production.html',
    },
    // Messaging.
    {
        software: 'Kafka',
        tokens: ['kafka'],
        images: ['apache/kafka', 'bitnami/kafka', 'confluentinc/cp-kafka', 'wurstmeister/kafka'],
        ports: [{ port: 9092 }],
        reference: 'https://kafka.apache.org/quickstart',
    },
    {
        software: 'Redpanda',
        tokens: ['redpanda'],
        images: ['redpandadata/redpanda', 'vectorized/redpanda'],
        ports: [
            { port: 9092 },
            { port: 8081, name: 'the Redpanda Schema Registry' },
            { port: 8082, name: 'the Redpanda HTTP Proxy' },
            { port: 9644, name: 'the Redpanda Admin API' },
        ],
        reference: 'https://docs.redpanda.com/streaming/current/deploy/redpanda/manual/production/production-deployment/',
    },
    {
        software: 'Confluent Schema Registry',
        tokens: ['schema-registry'],
        images: ['confluentinc/cp-schema-registry', 'bitnami/schema-registry'],
        ports: [{ port: 8081 }],
        reference: 'https://docs.confluent.io/platform/current/schema-registry/installation/config.html',
    },
    {
        software: 'ZooKeeper',
        tokens: ['zookeeper', 'zk'],
        images: ['zookeeper', 'bitnami/zookeeper', 'confluentinc/cp-zookeeper'],
        ports: [
            { port: 2181 },
            { port: 2888, name: 'ZooKeeper quorum' },
            { port: 3888, name: 'ZooKeeper leader election' },
        ],
        reference: 'https://zookeeper.apache.org/doc/current/zookeeperStarted.html',
    },
    {
        software: 'RabbitMQ',
        tokens: ['rabbitmq', 'rabbit'],
        images: ['rabbitmq', 'bitnami/rabbitmq'],
        ports: [
            { port: 15672, name: 'RabbitMQ management' },
            { port: 15692, name: 'RabbitMQ Prometheus metrics' },
            { port: 25672, name: 'RabbitMQ inter-node' },
        ],
        reference: 'https://www.rabbitmq.com/docs/networking#ports',
    },
    {
        software: 'NATS',
        tokens: ['nats'],
        images: ['nats', 'bitnami/nats'],
        ports: [{ port: 4222 }],
        reference: 'https://docs.nats.io/running-a-nats-service/configuration',
    },
    {
        software: 'ActiveMQ web console',
        tokens: ['activemq', 'artemis'],
        ports: [{ port: 8161 }],
        reference: 'https://activemq.apache.org/components/classic/documentation/web-console',
    },
    // Databases and storage.
    {
        software: 'Cassandra',
        tokens: ['cassandra'],
        images: ['cassandra', 'bitnami/cassandra'],
        ports: [
            { port: 9042, name: 'Cassandra CQL' },
            { port: 7000, name: 'Cassandra inter-node' },
            { port: 7001, name: 'Cassandra inter-node (TLS)' },
            {
                port: 7199,
                name: 'Cassandra JMX',
                reference: 'https://docs.datastax.com/en/cassandra-oss/3.x/cassandra/configuration/secureFireWall.html',
            },
            {
                port: 9160,
                name: 'Cassandra Thrift (before 4.0)',
                reference: 'https://docs.datastax.com/en/cassandra-oss/2.2/cassandra/configuration/secureFireWall.html',
            },
        ],
        reference: 'https://cassandra.apache.org/doc/latest/cassandra/managing/configuration/cass_yaml_file.html',
    },
    {
        software: 'ClickHouse',
        tokens: ['clickhouse'],
        images: ['clickhouse/clickhouse-server', 'yandex/clickhouse-server', 'bitnami/clickhouse'],
        ports: [
            { port: 8123, name: 'ClickHouse HTTP' },
            { port: 9000, name: 'ClickHouse native protocol' },
            { port: 9009, name: 'ClickHouse inter-server' },
            { port: 9004, name: 'ClickHouse MySQL protocol' },
            { port: 9005, name: 'ClickHouse PostgreSQL protocol' },
            { port: 9440, name: 'ClickHouse native protocol (TLS)' },
        ],
        reference: 'https://clickhouse.com/docs/guides/sre/network-ports',
    },
    {
        software: 'MinIO',
        tokens: ['minio'],
        images: ['minio/minio', 'bitnami/minio'],
        ports: [
            { port: 9000 },
            {
                // The console picks a random port unless told; every MinIO guide pins it to 9001.
                port: 9001,
                name: 'MinIO console',
                reference: 'https://min.io/docs/minio/linux/administration/minio-console.html',
            },
        ],
        reference: 'https://min.io/docs/minio/linux/reference/minio-server/minio-server.html',
    },
    {
        software: 'Garage',
        tokens: ['garagehq'],
        images: ['dxflrs/garage'],
        ports: [
            { port: 3900, name: 'the Garage S3 API' },
            { port: 3901, name: 'Garage RPC' },
            { port: 3902, name: 'the Garage S3 web endpoint' },
            { port: 3903, name: 'the Garage admin API' },
        ],
        reference: 'https://garagehq.deuxfleurs.fr/documentation/quick-start/',
    },
    {
        software: 'Redis Sentinel',
        tokens: ['sentinel', 'redis-sentinel'],
        images: ['bitnami/redis-sentinel'],
        ports: [{ port: 26379 }],
        reference: 'https://redis.io/docs/latest/operate/oss_and_stack/management/sentinel/',
    },
    {
        software: 'Redis Insight',
        tokens: ['redisinsight', 'redis-insight'],
        images: ['redis/redisinsight', 'redislabs/redisinsight'],
        ports: [{ port: 5540 }],
        reference: 'https://redis.io/docs/latest/operate/redisinsight/install/install-on-docker/',
    },
    {
        software: 'Galera Cluster',
        tokens: ['galera', 'pxc', 'percona-xtradb-cluster'],
        images: ['percona/percona-xtradb-cluster', 'bitnami/mariadb-galera'],
        ports: [
            { port: 4444, name: 'Galera Cluster state snapshot transfer' },
            { port: 4567, name: 'Galera Cluster replication' },
            { port: 4567, protocol: 'udp', name: 'Galera Cluster replication (multicast)' },
            { port: 4568, name: 'Galera Cluster incremental state transfer' },
        ],
        reference: 'https://galeracluster.com/library/documentation/firewall-settings.html',
    },
    {
        software: 'MySQL Router',
        tokens: ['mysql-router', 'mysqlrouter'],
        images: ['mysql/mysql-router'],
        ports: [{ port: 6446 }],
        reference: 'https://dev.mysql.com/doc/mysql-port-reference/en/mysql-port-reference-tables.html',
    },
    {
        software: 'TiDB',
        tokens: ['tidb'],
        images: ['pingcap/tidb'],
        ports: [{ port: 4000 }, { port: 10080, name: 'the TiDB status API' }],
        reference: 'https://docs.pingcap.com/tidb/stable/command-line-flags-for-tidb-configuration',
    },
    {
        software: 'etcd metrics (kubeadm)',
        tokens: ['etcd'],
        ports: [{ port: 2381 }],
        reference: 'https://github.com/kubernetes/kubernetes/blob/master/cmd/kubeadm/app/constants/constants.go',
    },
    {
        software: 'etcd (legacy ports)',
        tokens: ['etcd'],
        images: ['coreos/etcd', 'etcd-development/etcd', 'bitnami/etcd'],
        ports: [
            { port: 4001, name: 'the etcd legacy client port' },
            { port: 7001, name: 'the etcd legacy peer port' },
        ],
        reference: 'https://etcd.io/docs/v2.3/configuration/',
    },
    // Clusters and platform services.
    {
        software: 'the Kubernetes API server',
        tokens: ['apiserver', 'kubernetes', 'k8s', 'k3s'],
        ports: [{ port: 6443 }],
        reference: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
    },
    {
        software: 'the kubelet API',
        tokens: ['kubelet'],
        ports: [{ port: 10250 }],
        reference: 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/',
    },
    {
        software: 'Consul',
        tokens: ['consul'],
        images: ['hashicorp/consul', 'consul', 'bitnami/consul'],
        ports: [
            { port: 8500, name: 'Consul HTTP API' },
            { port: 8502, name: 'Consul gRPC' },
            { port: 8300, name: 'Consul server RPC' },
            { port: 8301, name: 'Consul Serf LAN' },
            { port: 8302, name: 'Consul Serf WAN' },
            { port: 8600, name: 'Consul DNS' },
            { port: 8600, protocol: 'udp', name: 'Consul DNS' },
            {
                port: 8400,
                name: 'Consul CLI RPC (before 0.8)',
                reference: 'https://github.com/hashicorp/consul/blob/main/CHANGELOG.md#080-april-5-2017',
            },
        ],
        reference: 'https://developer.hashicorp.com/consul/docs/install/ports',
    },
    {
        software: 'Vault',
        tokens: ['vault'],
        images: ['hashicorp/vault', 'vault', 'bitnami/vault'],
        ports: [{ port: 8200 }, { port: 8201, name: 'Vault cluster' }],
        reference: 'https://developer.hashicorp.com/vault/docs/configuration/listener/tcp',
    },
    {
        software: 'Nomad',
        tokens: ['nomad'],
        images: ['hashicorp/nomad'],
        ports: [
            { port: 4646, name: 'Nomad HTTP API' },
            { port: 4647, name: 'Nomad RPC' },
            { port: 4648, name: 'Nomad Serf WAN' },
        ],
        reference: 'https://developer.hashicorp.com/nomad/docs/configuration',
    },
    {
        software: 'the Istio sidecar (Envoy admin)',
        tokens: ['istio-proxy', 'istio', 'istiod'],
        ports: [{ port: 15000 }],
        reference: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
    },
    {
        software: 'Kiali',
        tokens: ['kiali'],
        images: ['kiali/kiali'],
        ports: [{ port: 20001 }, { port: 9090, name: 'Kiali metrics' }],
        reference: 'https://kiali.io/docs/configuration/kialis.kiali.io/',
    },
    {
        software: 'Hubble UI',
        tokens: ['hubble-ui'],
        images: ['cilium/hubble-ui', 'cilium/hubble-ui-backend'],
        ports: [{ port: 8081 }, { port: 8090, name: 'the Hubble UI backend' }],
        reference: 'https://github.com/cilium/cilium/blob/main/install/kubernetes/cilium/templates/hubble-ui/deployment.yaml',
    },
    {
        software: 'the SPIRE server',
        tokens: ['spire-server'],
        images: ['spiffe/spire-server'],
        ports: [{ port: 8081 }],
        reference: 'https://spiffe.io/docs/latest/deploying/spire_server/',
    },
    {
        software: 'the Envoy rate limit service',
        tokens: ['envoy-ratelimit'],
        images: ['envoyproxy/ratelimit'],
        ports: [
            { port: 8081, name: 'the Envoy rate limit service (gRPC)' },
            { port: 6070, name: 'the Envoy rate limit service debug port' },
        ],
        reference: 'https://github.com/envoyproxy/ratelimit#readme',
    },
    {
        software: 'OAuth2 Proxy',
        tokens: ['oauth2-proxy'],
        images: ['oauth2-proxy/oauth2-proxy', 'bitnami/oauth2-proxy'],
        ports: [{ port: 4180 }],
        reference: 'https://oauth2-proxy.github.io/oauth2-proxy/configuration/overview',
    },
    {
        software: 'Vouch Proxy',
        tokens: ['vouch-proxy'],
        images: ['vouch/vouch-proxy', 'voucher/vouch-proxy'],
        ports: [{ port: 9090 }],
        reference: 'https://github.com/vouch/vouch-proxy/blob/master/config/config.yml_example',
    },
    {
        software: 'cfssl',
        tokens: ['cfssl'],
        images: ['cfssl/cfssl'],
        ports: [{ port: 8888 }],
        reference: 'https://github.com/cloudflare/cfssl#readme',
    },
    {
        software: 'Spring Cloud Config Server',
        tokens: ['config-server', 'configserver', 'spring-cloud-config'],
        images: ['hyness/spring-cloud-config-server'],
        ports: [{ port: 8888 }],
        reference: 'https://docs.spring.io/spring-cloud-config/reference/server.html',
    },
    {
        software: 'Apache Storm',
        tokens: ['storm', 'storm-supervisor'],
        images: ['storm'],
        ports: [
            { port: 6700, name: 'an Apache Storm worker slot' },
            { port: 6701, name: 'an Apache Storm worker slot' },
            { port: 6702, name: 'an Apache Storm worker slot' },
            { port: 6703, name: 'an Apache Storm worker slot' },
        ],
        reference: 'https://storm.apache.org/releases/current/Setting-up-a-Storm-cluster.html',
    },
    {
        software: 'Apache Spark',
        tokens: ['spark-master', 'spark-worker'],
        images: ['apache/spark', 'bitnami/spark'],
        ports: [
            { port: 7077, name: 'the Spark master' },
            { port: 8081, name: 'the Spark worker web UI' },
        ],
        reference: 'https://spark.apache.org/docs/latest/spark-standalone.html',
    },
    {
        software: 'Jitsi Videobridge',
        tokens: ['jvb', 'jitsi-videobridge'],
        images: ['jitsi/jvb'],
        ports: [{ port: 10000, protocol: 'udp' }],
        reference: 'https://jitsi.github.io/handbook/docs/devops-guide/devops-guide-docker/',
    },
    // Developer tools and applications.
    {
        software: 'Selenium Grid',
        tokens: ['selenium'],
        images: ['selenium/*'],
        ports: [
            { port: 4444 },
            { port: 4442, name: 'Selenium Grid event bus (publish)' },
            { port: 4443, name: 'Selenium Grid event bus (subscribe)' },
            { port: 5555, name: 'the Selenium Grid node' },
            {
                port: 7900,
                name: 'the Selenium noVNC viewer',
                reference: 'https://github.com/SeleniumHQ/docker-selenium#readme',
            },
        ],
        reference: 'https://www.selenium.dev/documentation/grid/configuration/cli_options/',
    },
    {
        software: 'Portainer',
        tokens: ['portainer'],
        images: ['portainer/portainer-ce', 'portainer/portainer-ee', 'portainer/portainer'],
        ports: [
            { port: 9443 },
            { port: 9000, name: 'Portainer (HTTP)' },
            { port: 8000, name: 'the Portainer Edge tunnel' },
        ],
        reference: 'https://docs.portainer.io/start/install-ce/server/docker/linux',
    },
    {
        software: 'SonarQube',
        tokens: ['sonarqube', 'sonar'],
        images: ['sonarqube', 'sonarsource/sonarqube', 'bitnami/sonarqube'],
        ports: [{ port: 9000 }],
        reference: 'https://docs.sonarsource.com/sonarqube-server/latest/setup-and-upgrade/install-the-server/installing-sonarqube-from-docker/',
    },
    {
        software: 'Sonatype Nexus Repository',
        tokens: ['nexus', 'nexus3'],
        images: ['sonatype/nexus3', 'sonatype/nexus'],
        ports: [{ port: 8081 }],
        reference: 'https://github.com/sonatype/docker-nexus3#readme',
    },
    {
        software: 'the Docker registry',
        tokens: ['registry', 'docker-registry'],
        images: ['registry', 'distribution/distribution'],
        ports: [{ port: 5000 }],
        reference: 'https://distribution.github.io/distribution/about/deploying/',
    },
    {
        software: 'LocalStack',
        tokens: ['localstack'],
        images: ['localstack/localstack', 'localstack/localstack-pro'],
        ports: [{ port: 4566 }, { port: 5678, name: 'the LocalStack debugger' }],
        reference: 'https://docs.localstack.cloud/references/configuration/',
    },
    {
        software: 'debugpy',
        tokens: ['debugpy'],
        ports: [{ port: 5678 }],
        reference: 'https://github.com/microsoft/debugpy#readme',
    },
    {
        software: 'n8n',
        tokens: ['n8n'],
        images: ['n8nio/n8n'],
        ports: [{ port: 5678 }],
        reference: 'https://docs.n8n.io/hosting/configuration/environment-variables/deployment/',
    },
    {
        software: 'Flask',
        tokens: ['flask'],
        ports: [{ port: 5000 }],
        reference: 'https://flask.palletsprojects.com/en/stable/quickstart/',
    },
    {
        software: 'Django',
        tokens: ['django'],
        ports: [{ port: 8000 }],
        reference: 'https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver',
    },
    {
        software: 'Jupyter',
        tokens: ['jupyter', 'jupyterlab', 'notebook'],
        images: ['jupyter/*'],
        ports: [{ port: 8888 }],
        reference: 'https://jupyter-server.readthedocs.io/en/latest/other/full-config.html',
    },
    {
        software: 'Mailpit',
        tokens: ['mailpit'],
        images: ['axllent/mailpit'],
        ports: [
            { port: 1025, name: 'Mailpit SMTP' },
            { port: 8025, name: 'Mailpit web UI' },
        ],
        reference: 'https://mailpit.axllent.org/docs/configuration/runtime-options/',
    },
    {
        software: 'MythTV backend',
        tokens: ['mythtv', 'mythbackend', 'mythtv-backend'],
        ports: [
            { port: 6543, name: 'MythTV backend protocol' },
            { port: 6544, name: 'MythTV backend status and services API' },
        ],
        reference: 'https://www.mythtv.org/wiki/Mythbackend',
    },
    {
        software: 'Redis Enterprise',
        tokens: ['redis-enterprise', 'redislabs'],
        images: ['redislabs/redis'],
        ports: [
            { port: 9443, name: 'Redis Enterprise REST API' },
            { port: 8001, name: 'Redis Enterprise discovery service' },
        ],
        reference: 'https://redis.io/docs/latest/operate/rs/networking/port-configurations/',
    },
    {
        software: 'Bridgetown',
        tokens: ['bridgetown'],
        ports: [{ port: 4000 }],
        reference: 'https://www.bridgetownrb.com/docs/command-line-usage',
    },
    {
        software: 'MailCatcher',
        tokens: ['mailcatcher'],
        images: ['schickling/mailcatcher', 'sj26/mailcatcher'],
        ports: [
            { port: 1025, name: 'MailCatcher SMTP' },
            { port: 1080, name: 'MailCatcher web UI' },
        ],
        reference: 'https://mailcatcher.me/',
    },
    {
        software: 'Kubernetes Dashboard metrics scraper',
        tokens: ['metrics-scraper', 'dashboard-metrics-scraper'],
        images: ['kubernetesui/metrics-scraper'],
        ports: [{ port: 8000 }],
        reference: 'https://github.com/kubernetes-sigs/dashboard-metrics-scraper#readme',
    },
    {
        software: 'Grafana rollout-operator',
        tokens: ['rollout-operator'],
        images: ['grafana/rollout-operator'],
        ports: [{ port: 8001 }],
        reference: 'https://github.com/grafana/rollout-operator#readme',
    },
    {
        software: 'Spring Cloud Turbine Stream',
        tokens: ['turbine-stream', 'turbine'],
        ports: [{ port: 8989 }],
        reference: 'https://docs.spring.io/spring-cloud-netflix/docs/2.2.x/reference/html/#turbine-stream',
    },
    {
        // Delve picks a random port unless told; 2345 is what its docs and IDEs (GoLand) use.
        software: 'Delve',
        tokens: ['delve', 'dlv'],
        ports: [{ port: 2345 }],
        reference: 'https://www.jetbrains.com/help/go/attach-to-running-go-processes-with-debugger.html',
    },
    {
        software: 'the Angular dev server',
        tokens: ['angular'],
        ports: [{ port: 4200 }],
        reference: 'https://angular.dev/cli/serve',
    },
    {
        software: 'Authelia',
        tokens: ['authelia'],
        images: ['authelia/authelia'],
        ports: [{ port: 9091 }],
        reference: 'https://www.authelia.com/configuration/miscellaneous/server/',
    },
    {
        software: 'SpamAssassin spamd',
        tokens: ['spamassassin', 'spamd'],
        ports: [{ port: 783 }],
        reference: 'https://spamassassin.apache.org/full/4.0.x/doc/spamd.html',
    },
    {
        // The alternative ports (RFC 5780 NAT behaviour discovery) default to the main ports plus one.
        software: 'coturn',
        tokens: ['coturn', 'turnserver'],
        images: ['coturn/coturn'],
        ports: [
            { port: 3479, name: 'coturn alternative listener' },
            { port: 3479, protocol: 'udp', name: 'coturn alternative listener' },
            { port: 5350, name: 'coturn alternative TLS listener' },
            { port: 5350, protocol: 'udp', name: 'coturn alternative DTLS listener' },
        ],
        reference: 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf',
    },
    {
        software: 'MailHog',
        tokens: ['mailhog'],
        images: ['mailhog/mailhog'],
        ports: [
            { port: 1025, name: 'MailHog SMTP' },
            { port: 8025, name: 'MailHog web UI' },
        ],
        reference: 'https://github.com/mailhog/MailHog/blob/master/docs/CONFIG.md',
    },
    {
        software: 'pgAdmin',
        tokens: ['pgadmin', 'pgadmin4'],
        images: ['dpage/pgadmin4'],
        ports: [{ port: 5050 }],
        reference: 'https://www.pgadmin.org/docs/pgadmin4/latest/config_py.html',
    },
    {
        software: 'Mongo Express',
        tokens: ['mongo-express'],
        images: ['mongo-express'],
        ports: [{ port: 8081 }],
        reference: 'https://github.com/mongo-express/mongo-express#readme',
    },
    {
        software: 'Keycloak',
        tokens: ['keycloak'],
        images: ['keycloak/keycloak', 'bitnami/keycloak'],
        ports: [{ port: 9000, name: 'the Keycloak management interface' }],
        reference: 'https://www.keycloak.org/server/management-interface',
    },
    {
        software: 'Apache Superset',
        tokens: ['superset'],
        images: ['apache/superset'],
        ports: [{ port: 8088 }],
        reference: 'https://superset.apache.org/docs/installation/docker-compose/',
    },
    {
        software: 'Metabase',
        tokens: ['metabase'],
        images: ['metabase/metabase'],
        ports: [{ port: 3000 }],
        reference: 'https://www.metabase.com/docs/latest/configuring-metabase/environment-variables',
    },
    {
        software: 'Gitea',
        tokens: ['gitea'],
        images: ['gitea/gitea'],
        ports: [
            { port: 3000 },
            {
                port: 2222,
                name: 'Gitea SSH (rootless image)',
                reference: 'https://docs.gitea.com/installation/install-with-docker-rootless',
            },
        ],
        reference: 'https://docs.gitea.com/administration/config-cheat-sheet',
    },
    {
        software: 'Ghost',
        tokens: ['ghost'],
        images: ['ghost', 'bitnami/ghost'],
        ports: [{ port: 2368 }],
        reference: 'https://ghost.org/docs/config/',
    },
    {
        software: 'Immich',
        tokens: ['immich', 'immich-server'],
        images: ['immich-app/immich-server'],
        ports: [{ port: 2283 }],
        reference: 'https://docs.immich.app/install/environment-variables/',
    },
    {
        software: 'Immich machine learning',
        tokens: ['immich-machine-learning'],
        images: ['immich-app/immich-machine-learning'],
        ports: [{ port: 3003 }],
        reference: 'https://docs.immich.app/install/environment-variables/',
    },
    {
        software: 'Vaultwarden',
        tokens: ['vaultwarden'],
        images: ['vaultwarden/server'],
        ports: [{ port: 3012, name: 'Vaultwarden WebSocket notifications (before 1.31)' }],
        reference: 'https://github.com/dani-garcia/vaultwarden/blob/1.30.5/.env.template',
    },
    {
        software: 'Uptime Kuma',
        tokens: ['uptime-kuma'],
        images: ['louislam/uptime-kuma'],
        ports: [{ port: 3001 }],
        reference: 'https://github.com/louislam/uptime-kuma#readme',
    },
    {
        software: 'Node-RED',
        tokens: ['node-red', 'nodered'],
        images: ['nodered/node-red'],
        ports: [{ port: 1880 }],
        reference: 'https://nodered.org/docs/user-guide/runtime/settings-file',
    },
    {
        software: 'Home Assistant',
        tokens: ['home-assistant', 'homeassistant'],
        images: ['homeassistant/home-assistant', 'home-assistant/home-assistant'],
        ports: [{ port: 8123 }],
        reference: 'https://www.home-assistant.io/integrations/http/',
    },
    {
        software: 'Headscale',
        tokens: ['headscale'],
        images: ['headscale/headscale', 'juanfont/headscale'],
        ports: [{ port: 9090, name: 'the Headscale metrics endpoint' }],
        reference: 'https://github.com/juanfont/headscale/blob/main/config-example.yaml',
    },
    {
        software: 'Radicale',
        tokens: ['radicale'],
        images: ['tomsquest/docker-radicale'],
        ports: [{ port: 5232 }],
        reference: 'https://radicale.org/v3.html#configuration',
    },
    {
        software: 'SnappyMail',
        tokens: ['snappymail'],
        images: ['djmaze/snappymail'],
        ports: [{ port: 8888 }],
        reference: 'https://github.com/the-djmaze/snappymail/blob/master/.docker/release/Dockerfile',
    },
    {
        software: 'the restic REST server',
        tokens: ['restic'],
        images: ['restic/rest-server'],
        ports: [{ port: 8000 }],
        reference: 'https://github.com/restic/rest-server#readme',
    },
    {
        software: 'flagd',
        tokens: ['flagd'],
        images: ['open-feature/flagd'],
        ports: [
            { port: 8013, name: 'flagd evaluation (gRPC)' },
            { port: 8014, name: 'the flagd management port' },
            { port: 8015, name: 'the flagd sync port' },
            { port: 8016, name: 'flagd OFREP' },
        ],
        reference: 'https://flagd.dev/reference/flagd-cli/flagd_start/',
    },
    {
        software: 'TensorFlow Serving',
        tokens: ['tensorflow-serving', 'tf-serving'],
        images: ['tensorflow/serving'],
        ports: [
            { port: 8500, name: 'TensorFlow Serving gRPC' },
            { port: 8501, name: 'TensorFlow Serving REST' },
        ],
        reference: 'https://www.tensorflow.org/tfx/serving/docker',
    },
];
/** The table, one row per software and (port, protocol), in table order. */
const DE_FACTO_PORTS = SOFTWARE_DEFAULTS.flatMap((entry) => entry.ports.map((p) => ({
    port: p.port,
    protocol: p.protocol ?? 'tcp',
    software: p.name ?? entry.software,
    tokens: entry.tokens,
    images: entry.images ?? [],
    reference: p.reference ?? entry.reference,
})));
const BY_PORT = new Map();
for (const row of DE_FACTO_PORTS) {
    const key = `${row.port}/${row.protocol}`;
    const rows = BY_PORT.get(key) ?? [];
    rows.push(row);
    BY_PORT.set(key, rows);
}
/** Every entry for one (port, protocol), in table order. */
function deFactoUsers(port, protocol) {
    return [...(BY_PORT.get(`${port}/${protocol}`) ?? [])];
}
/** Whether an entry token names the declaration: equal to one of its tokens, or all of its parts are. */
function tokenMatches(entryToken, tokens) {
    if (tokens.has(entryToken))
        return true;
    const parts = entryToken.split(/[^a-z0-9]+/).filter(Boolean);
    return parts.length > 1 && parts.every((part) => tokens.has(part));
}
/** `docker.io/library/Grafana:11` -> `grafana`; the form entries' `images` are written in. */
function normalizedImage(image) {
    return imageRepository(image.trim().toLowerCase()).replace(/^library\//, '');
}
function imageMatches(pattern, repository) {
    return pattern.endsWith('/*') ? repository.startsWith(pattern.slice(0, -1)) : repository === pattern;
}
/**
 * The entry for (port, protocol) whose software the declaration names: by one of its identity
 * tokens, or by the repository of the image it runs.
 */
function findDeFactoPort(port, protocol, tokens, image) {
    const rows = BY_PORT.get(`${port}/${protocol}`);
    if (!rows)
        return undefined;
    const set = new Set(tokens);
    const repository = image === undefined ? undefined : normalizedImage(image);
    return rows.find((row) => row.tokens.some((t) => tokenMatches(t, set)) ||
        (repository !== undefined && row.images.some((pattern) => imageMatches(pattern, repository))));
}
/** The entry that explains a declared port, given the declaration's identity tokens. */
function deFactoEntryFor(p, tokens) {
    return typeof p.port !== 'number'
        ? undefined
        : findDeFactoPort(p.port, p.protocol, tokens, p.context.image);
}
/** Whether any software uses (port, protocol) by convention: suggestions stay off such ports. */
function isDeFactoPort(port, protocol) {
    return BY_PORT.has(`${port}/${protocol}`);
}

;// CONCATENATED MODULE: ./src/rules/port-ranges.ts



/** Wording of rangeConflicts, part of the conflict rules' messages. */
const RANGE_CONFLICT_MESSAGES = {
    rangeRegisteredToOthers: '{{port}} covers ports registered to other services than "{{software}}": {{ports}}',
};
const hit = hitsFrom(RANGE_CONFLICT_MESSAGES);
/** Entries (a port, or neighbouring ports of one service) named in a message; the rest are counted. */
const NAMED_PORTS = 5;
/** Assigned ports looked up (and matched against the declaring software) per range. */
const LOOKUPS_PER_RANGE = 64;
const BOUNDS = {
    system: [0, SYSTEM_PORTS_END],
    user: [SYSTEM_PORTS_END + 1, DYNAMIC_PORTS_START - 1],
};
/** A range of several ports declared by a service (not a firewall opening). */
function isServiceRange(p) {
    return p.port !== null && p.endPort !== null && p.endPort > p.port && SERVICE_ROLES.has(p.role);
}
/** The part of the declared range inside one IANA range, or undefined when they do not meet. */
function clip(p, range) {
    const [low, high] = BOUNDS[range];
    const start = Math.max(p.port, low);
    const end = Math.min(p.endPort, high);
    return start <= end ? [start, end] : undefined;
}
/**
 * Declared ranges covering ports IANA assigns to other services, one hit per range naming the
 * first few: `3000-3002/tcp covers ports registered to other services than "web": 3000 hbci, ...`.
 * Ports the declaring software is assigned or uses by convention are left out.
 */
function rangeConflicts({ ports, registry, matcher }, range) {
    if (range === 'dynamic')
        return [];
    const hits = [];
    for (const p of ports) {
        const bounds = isServiceRange(p) ? clip(p, range) : undefined;
        if (!bounds)
            continue;
        const { tokens, label } = matcher.identify(p);
        const assigned = merge(registry.spansIn(bounds[0], bounds[1], p.protocol).filter((s) => s.status === 'assigned'));
        const total = assigned.reduce((sum, [start, end]) => sum + end - start + 1, 0);
        // Neighbouring ports of one service are one entry: `6005-6015 x11`.
        const named = [];
        let shownPorts = 0;
        let others = 0;
        let lookups = 0;
        for (const port of firstPorts(assigned, LOOKUPS_PER_RANGE)) {
            lookups++;
            const services = registry.lookup(port, p.protocol).services;
            if (matcher.matches(p, services) || findDeFactoPort(port, p.protocol, tokens))
                continue;
            others++;
            const names = serviceNames(services);
            const last = named.at(-1);
            if (last && last.end === port - 1 && last.names === names)
                last.end = port;
            else if (named.length < NAMED_PORTS)
                named.push({ start: port, end: port, names });
            else
                continue;
            shownPorts++;
        }
        if (named.length === 0)
            continue;
        // Ports past the lookup budget are counted as other services', unchecked.
        const more = others - shownPorts + (total - lookups);
        const list = named.map((n) => `${n.start === n.end ? n.start : `${n.start}-${n.end}`} ${n.names}`);
        const tail = more > 0 ? ` and ${more} more` : '';
        const data = { port: portLabel(p), software: label, ports: `${list.join(', ')}${tail}` };
        hits.push(hit(p, 'rangeRegisteredToOthers', data));
    }
    return hits;
}
/**
 * The well-known ports of a declared range that IANA leaves unassigned, in runs: `980-988` of
 * `980-990/tcp`, the first few, then `and N more`. Undefined when there are none.
 */
function unassignedCoverage({ registry }, p) {
    const end = Math.min(p.endPort, SYSTEM_PORTS_END);
    if (p.port > end)
        return undefined;
    // Assigned beats reserved beats unassigned, as in a lookup; a port with no record is unassigned.
    const taken = merge(registry.spansIn(p.port, end, p.protocol).filter((s) => s.status !== 'unassigned'));
    const runs = [];
    let next = p.port;
    for (const [start, stop] of taken) {
        if (start > next)
            runs.push([next, start - 1]);
        next = Math.max(next, stop + 1);
    }
    if (next <= end)
        runs.push([next, end]);
    if (runs.length === 0)
        return undefined;
    const shown = runs
        .slice(0, NAMED_PORTS)
        .map(([start, stop]) => (start === stop ? `${start}` : `${start}-${stop}`));
    const hidden = runs.length - shown.length;
    const tail = hidden > 0 ? ` and ${hidden} more` : '';
    return `${shown.join(', ')}${tail}`;
}
/** Sorted, merged `[start, end]` intervals of the spans. */
function merge(spans) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const out = [];
    for (const s of sorted) {
        const last = out.at(-1);
        if (last && s.start <= last[1] + 1)
            last[1] = Math.max(last[1], s.end);
        else
            out.push([s.start, s.end]);
    }
    return out;
}
/** The first `limit` ports of sorted, merged intervals. */
function firstPorts(intervals, limit) {
    const ports = [];
    for (const [start, end] of intervals) {
        for (let port = start; port <= end && ports.length < limit; port++)
            ports.push(port);
        if (ports.length >= limit)
            break;
    }
    return ports;
}
/** `hbci`, or `a/b` for a port with two services; an unnamed assignment by its description. */
function serviceNames(services) {
    const names = services.slice(0, 2).map((s) => (s.name === '' ? `"${s.description}"` : s.name));
    return services.length > 2 ? `${names.join('/')}/...` : names.join('/');
}

;// CONCATENATED MODULE: ./src/classify/protocols.ts

/**
 * Protocol words (as in `DeclaredPort.speaks`) and the IANA service names each stands for. Reviewed
 * entry by entry; a word maps only to names whose registry entry is that protocol.
 */
const PROTOCOL_SERVICES = new Map([
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
/**
 * Software (identity tokens, see match.ts) and the protocols it serves on its own ports. Each entry
 * is justified by the upstream page listing the ports it listens on.
 */
const SOFTWARE_PROTOCOLS = new Map([
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
].flatMap(([tokens, speaks, source]) => tokens.map((token) => [token, { speaks, source }])));
const HTTP_NAMES = new Set(HTTP_SERVICES);
function servicesOf(protocol) {
    return PROTOCOL_SERVICES.get(protocol) ?? [];
}
/** Protocols the declaring software speaks: from SOFTWARE_PROTOCOLS, or a token that is a protocol word. */
function softwareProtocols(tokens) {
    return tokens.flatMap((token) => {
        const software = SOFTWARE_PROTOCOLS.get(token);
        if (software)
            return software.speaks;
        return PROTOCOL_SERVICES.has(token) ? [token] : [];
    });
}
/** IANA names the alias data gives the declaring software (a raw token is not evidence: `hello-app`). */
function aliasServices(tokens) {
    return tokens.flatMap((token) => (Object.hasOwn(SERVICE_ALIASES, token) ? SERVICE_ALIASES[token] : []));
}
/**
 * Whether the port's evidence says it speaks the protocol IANA registered for it: its own `speaks`, or
 * what the declaring software is known to serve. On a port assigned to the HTTP family only, any
 * declaration is taken as HTTP unless the evidence positively names another protocol (a Service `vote`
 * on 80 is a web app; `postgres` on 80 or a port named `dns` on 80 is not).
 */
function speaksAssignedProtocol(port, services, matcher) {
    const assigned = services.map((s) => s.name.toLowerCase());
    const declared = port.speaks ?? [];
    const tokens = matcher.identify(port).tokens;
    const software = softwareProtocols(tokens);
    const speaks = (protocol) => servicesOf(protocol).some((name) => assigned.includes(name));
    if (declared.some(speaks) || software.some(speaks))
        return true;
    if (assigned.length === 0 || !assigned.every((name) => HTTP_NAMES.has(name)))
        return false;
    return !namesAnotherProtocol(declared, software, aliasServices(tokens));
}
/** Positive evidence of a protocol outside the HTTP family, the port's own words first. */
function namesAnotherProtocol(declared, software, aliases) {
    const isHttp = (protocol) => servicesOf(protocol).some((name) => HTTP_NAMES.has(name));
    if (declared.length > 0)
        return !declared.some(isHttp);
    if (software.some(isHttp) || aliases.some((name) => HTTP_NAMES.has(name)))
        return false;
    return software.length > 0 || aliases.length > 0;
}

;// CONCATENATED MODULE: ./src/rules/conflict.ts




/** Wording of both conflict rules (registered and well-known ports). */
const messages = {
    registeredToOther: '{{port}} is registered to {{services}}, not to "{{software}}"',
    // Without evidence of the software, say so rather than quote a variable or a resource address.
    registeredUnknownUser: '{{port}} is registered to {{services}}; nothing here says what uses it',
    ...RANGE_CONFLICT_MESSAGES,
};
const conflict_hit = hitsFrom(messages);
/**
 * Assigned ports (in `range`) whose IANA services do not include the declaring service. Software
 * that uses the port by convention (DE_FACTO_PORTS) is left to `de-facto-port`.
 */
function conflicts({ ports, matcher }, range) {
    const hits = [];
    for (const p of ports) {
        if (!isCandidate(p, range) || groupMatches(p, matcher))
            continue;
        if (deFactoUserOf(p, matcher))
            continue;
        const identity = groupIdentity(p, matcher);
        const data = { port: portLabel(p), services: describeServices(p.info.services) };
        hits.push(identity.software !== undefined
            ? conflict_hit(p, 'registeredToOther', { ...data, software: identity.label })
            : conflict_hit(p, 'registeredUnknownUser', data));
    }
    return hits;
}
/**
 * Ports the declaring software uses by convention: conflicts (either range), and reserved or
 * unassigned well-known ports, that its documented default explains. The choice was made upstream.
 */
function deFactoUses({ ports, matcher, }) {
    const uses = [];
    for (const p of ports) {
        const candidate = isCandidate(p, 'system') || isCandidate(p, 'user') || isUnownedDefaultCandidate(p);
        if (!candidate || groupMatches(p, matcher))
            continue;
        const entry = deFactoUserOf(p, matcher);
        if (entry)
            uses.push({ port: p, entry });
    }
    return uses;
}
/** A single reserved port, or an unassigned well-known one, where the software may be the reason. */
function isUnownedDefaultCandidate(p) {
    const status = p.info?.status;
    return ((status === 'reserved' || (status === 'unassigned' && p.info.range === 'system')) &&
        p.endPort === p.port &&
        SERVICE_ROLES.has(p.role));
}
/**
 * Whether `de-facto-port` reports this port instead of `reserved-port` / `unassigned-well-known`:
 * the number is the documented default of the software that declares it.
 */
function isSoftwareDefault(p, matcher) {
    return isUnownedDefaultCandidate(p) && deFactoUserOf(p, matcher) !== undefined;
}
/** The best-identified declaration of the port's group names it: a `.env` value takes the Compose service's name. */
function groupIdentity(p, matcher) {
    const own = matcher.identify(p);
    if (own.software !== undefined || !p.logicalPort)
        return own;
    for (const member of p.logicalPort.members) {
        const identity = matcher.identify(member);
        if (identity.software !== undefined)
            return identity;
    }
    return own;
}
/** The declaring service is one IANA assigned the port to, or the port speaks the registered protocol. */
function isProperUse(p, services, matcher) {
    return matcher.matches(p, services) || speaksAssignedProtocol(p, services, matcher);
}
/** What one declaration of a logical port says about its software holds for all of them. */
function groupMatches(p, matcher) {
    return groupVerdict(p, matcher).matches;
}
function deFactoUserOf(p, matcher) {
    return groupVerdict(p, matcher).deFacto;
}
/** Per matcher and logical port, so a group of n declarations is read once, not n times. */
const verdicts = new WeakMap();
function groupVerdict(p, matcher) {
    const key = p.logicalPort ?? p;
    let known = verdicts.get(matcher);
    if (!known)
        verdicts.set(matcher, (known = new WeakMap()));
    let verdict = known.get(key);
    if (verdict)
        return verdict;
    const members = p.logicalPort?.members ?? [p];
    verdict = { matches: members.some((m) => isProperUse(m, p.info.services, matcher)) };
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
function isCandidate(p, range) {
    return (p.info?.range === range &&
        p.info.status === 'assigned' &&
        p.endPort === p.port &&
        SERVICE_ROLES.has(p.role));
}
const registeredConflict = {
    id: 'registered-conflict',
    defaultSeverity: 'warning',
    suggests: true,
    description: 'A registered port (1024-49151) that IANA assigns to services other than the one declaring it.',
    messages,
    rationale: 'A registered port belongs to the service IANA assigned it to. Running something else there surprises operators, firewall rules and tools that guess the protocol from the port, and collides when the registered software runs on the same host.',
    check: (context) => [...conflicts(context, 'user'), ...rangeConflicts(context, 'user')],
};
const wellKnownConflict = {
    id: 'well-known-conflict',
    defaultSeverity: 'warning',
    description: 'A well-known port (0-1023) that IANA assigns to services other than the one declaring it.',
    messages,
    rationale: 'Well-known ports identify their protocol to every firewall, scanner and operator. Another service on one of them is misread by all of those and needs root privileges to bind.',
    check: (context) => [...conflicts(context, 'system'), ...rangeConflicts(context, 'system')],
};

;// CONCATENATED MODULE: ./src/rules/unassigned-well-known.ts



const unassigned_well_known_messages = {
    inBlock: "{{port}} is in IANA's unassigned block {{start}}-{{end}} of the well-known range",
    unassigned: "{{port}} is unassigned in IANA's well-known range",
    rangeCovers: '{{port}} covers well-known ports IANA lists as unassigned: {{ports}}',
};
const unassigned_well_known_hit = hitsFrom(unassigned_well_known_messages);
const unassignedWellKnown = {
    id: 'unassigned-well-known',
    defaultSeverity: 'error',
    messages: unassigned_well_known_messages,
    suggests: true,
    description: 'A port in the well-known range 0-1023 that IANA lists as Unassigned.',
    rationale: 'Well-known ports are handed out by IANA through IETF review. Squatting on an unassigned one collides with whatever is assigned there later and needs root privileges to bind for no benefit; a registered or dynamic port is the right home for a private service.',
    check(context) {
        const ranges = context.ports.filter(isServiceRange).flatMap((p) => {
            const unassigned = unassignedCoverage(context, p);
            return unassigned === undefined
                ? []
                : [unassigned_well_known_hit(p, 'rangeCovers', { port: portLabel(p), ports: unassigned })];
        });
        const single = context.ports
            .filter((p) => p.info?.range === 'system' &&
            p.info.status === 'unassigned' &&
            !isFirewallRange(p) &&
            !isServiceRange(p) &&
            // The software's own default is the `de-facto-port` notice: the deployer did not choose it.
            !isSoftwareDefault(p, context.matcher))
            .map((p) => {
            const block = p.info.block;
            return block
                ? unassigned_well_known_hit(p, 'inBlock', { port: portLabel(p), start: block.start, end: block.end })
                : unassigned_well_known_hit(p, 'unassigned', { port: portLabel(p) });
        });
        return [...single, ...ranges];
    },
};

;// CONCATENATED MODULE: ./src/rules/reserved-port.ts



const reserved_port_messages = {
    reserved: '{{port}} is reserved by IANA',
    reservedWithNote: '{{port}} is reserved by IANA ({{note}})',
};
const reserved_port_hit = hitsFrom(reserved_port_messages);
const reservedPort = {
    id: 'reserved-port',
    defaultSeverity: 'error',
    messages: reserved_port_messages,
    suggests: true,
    description: 'A port that IANA marks Reserved.',
    rationale: 'IANA reserves some numbers (0, 1024, 49151, de-assigned ports) so that nothing uses them; port 0 asks the kernel for a random port, and a de-assigned port may still be used by old software.',
    check({ ports, matcher }) {
        // A range is a pool (passive FTP, RTP, an emulator's service ports): a reserved number inside
        // it is not a choice anyone made, so only single ports are checked.
        return ports
            .filter((p) => p.info?.status === 'reserved' &&
            !isFirewallRange(p) &&
            !isServiceRange(p) &&
            // The software's own default is the `de-facto-port` notice: the deployer did not choose it.
            !isSoftwareDefault(p, matcher))
            .map((p) => {
            const note = p.info.notes[0];
            return note
                ? reserved_port_hit(p, 'reservedWithNote', { port: portLabel(p), note })
                : reserved_port_hit(p, 'reserved', { port: portLabel(p) });
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/de-facto-port.ts


const de_facto_port_messages = {
    registered: '{{port}} is registered to {{services}}; {{software}} uses it by convention',
    reserved: '{{port}} is reserved by IANA; {{software}} uses it by convention',
    unassigned: "{{port}} is unassigned in IANA's well-known range; {{software}} uses it by convention",
};
const de_facto_port_hit = hitsFrom(de_facto_port_messages);
/** What IANA says about the port, and who uses it by convention. */
function deFactoHit(p, software) {
    const data = { port: portLabel(p), software };
    if (p.info.status === 'assigned')
        return de_facto_port_hit(p, 'registered', { ...data, services: describeServices(p.info.services) });
    return de_facto_port_hit(p, p.info.status === 'reserved' ? 'reserved' : 'unassigned', data);
}
/**
 * A registered or well-known port that IANA assigns to another service, used by software that
 * takes it by convention (src/classify/de-facto-ports.ts). Reported instead of the conflict.
 */
const deFactoPort = {
    id: 'de-facto-port',
    defaultSeverity: 'notice',
    description: 'A port that IANA assigns to another service, declared by software that uses it by convention (Kafka on 9092, Grafana on 3000).',
    rationale: "Much widely used software ships with a default port that IANA registers to someone else. Moving it would surprise everyone who knows the convention, so this is not a conflict; the notice records both facts, so that a firewall rule or a port scan that names the port after IANA's assignment is not taken at face value.",
    messages: de_facto_port_messages,
    check: (context) => deFactoUses(context).map(({ port, entry }) => deFactoHit(port, entry.software)),
};

;// CONCATENATED MODULE: ./src/rules/addresses.ts
/** Host-address overlap for published ports, shared by the Compose and Kubernetes duplicate checks. */
function family(address) {
    return address.includes(':') ? 6 : 4;
}
function normalizeAddress(address) {
    const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
    return bare === 'localhost' ? '127.0.0.1' : bare;
}
const WILDCARDS = new Set(['0.0.0.0', '::']);
/**
 * Whether two host addresses can collide: no address means every address, `0.0.0.0` and `::`
 * cover their own family, otherwise only the same address.
 */
function addressesOverlap(a, b) {
    if (a === undefined || b === undefined)
        return true;
    const left = normalizeAddress(a);
    const right = normalizeAddress(b);
    if (WILDCARDS.has(left) || WILDCARDS.has(right))
        return family(left) === family(right);
    return left === right;
}

;// CONCATENATED MODULE: ./src/rules/finding-order.ts
/** How severe each severity is; higher is more severe (fail-on thresholds, tables, summaries). */
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
/** Deterministic order for every reporter: path, line, column, rule id, message. */
function compareFindings(a, b) {
    return ((a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}
/** Most severe first, then the usual order (annotations and tables). */
function bySeverity(a, b) {
    return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b);
}

;// CONCATENATED MODULE: ./src/parsers/variables.ts
const BRACED = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-|:\?|\?|:\+|\+|:)(.*))?\}$/s;
// Spring property names contain dots and dashes (`${server.port:8080}`).
const SPRING_BRACED = /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)(?:(:)(.*))?\}$/s;
const BARE = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;
const ANY_REFERENCE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** Names of the variables a text refers to (`"${WEB_PORT:-8080}:80"` -> WEB_PORT), defaults' too. */
function referencedVariables(text) {
    return [...text.matchAll(ANY_REFERENCE)].map((match) => match[1]);
}
/** Parse a whole token that is exactly one variable reference; undefined when it is not one. */
function parseVariable(token, options = {}) {
    const bare = BARE.exec(token);
    if (bare)
        return { name: bare[1] };
    const braced = (options.springDefaults ? SPRING_BRACED : BRACED).exec(token);
    if (!braced)
        return undefined;
    const [, name, operator, rest] = braced;
    if (operator === undefined)
        return { name: name };
    if (operator === ':-' || operator === '-')
        return { name: name, fallback: rest ?? '', operator };
    if (operator === ':' && options.springDefaults)
        return { name: name, fallback: rest ?? '', operator };
    // `:?` / `?` (error when unset) and `:+` / `+` (alternate value) carry no usable default.
    return { name: name };
}
/**
 * Resolve a reference against known values (never the process environment).
 * Returns undefined when the variable has no value and no default.
 */
function resolveVariable(ref, values) {
    const value = values.get(ref.name);
    if (ref.operator === ':-' || ref.operator === ':')
        return value !== undefined && value !== '' ? value : ref.fallback;
    if (ref.operator === '-')
        return value !== undefined ? value : ref.fallback;
    return value;
}
/** Defaults may nest (`${A:-${B:-80}}`); deeper than this is left as written. */
const MAX_NESTING = 8;
/** `B=$A$A$A...` could grow without end: past this many characters, references stay unresolved. */
const MAX_EXPANDED_LENGTH = 1_000_000;
/** A variable name at the start of a text, as Compose and the shells read it. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const OPERATORS = [':-', ':?', ':+', '-', '?', '+'];
/**
 * Read the text between `${` and its `}`; undefined for a form that is not modelled (`${#A}`,
 * `${A%x}`, `${A/x/y}`). Compose and BuildKit share this grammar; what an operator does differs.
 */
function readBracedBody(body) {
    const name = VARIABLE_NAME.exec(body)?.[0];
    if (!name)
        return undefined;
    const rest = body.slice(name.length);
    if (rest === '')
        return { name };
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    return operator ? { name, operator, argument: rest.slice(operator.length) } : undefined;
}
/**
 * Substitute every `${...}` / `$VAR` inside a string as Compose does: `$$` is a literal `$`, defaults
 * (`:-`, `-`) and alternates (`:+`, `+`) may nest, `:?`/`?` without a value is unresolved. Unknown
 * variables without defaults are left as written and reported in `unresolved`.
 */
function interpolate(text, values) {
    const { value, unresolved } = expand(text, values, { positions: false });
    return { value, unresolved };
}
/** `interpolate` that also maps each output character back to the source (for positions). */
function expand(text, values, options = { positions: true }) {
    const depth = options.depth ?? 0;
    const out = { value: '', starts: [], ends: [], unresolved: [] };
    const pieces = [];
    let length = 0;
    /** A literal run maps character by character; a substitution maps wholly to its reference. */
    const emit = (piece, start, end, literal) => {
        pieces.push(piece);
        length += piece.length;
        if (!options.positions)
            return;
        for (let k = 0; k < piece.length; k++) {
            out.starts.push(literal ? start + k : start);
            out.ends.push(literal ? start + k + 1 : end);
        }
    };
    let i = 0;
    while (i < text.length) {
        const dollar = text.indexOf('$', i);
        if (dollar < 0) {
            emit(text.slice(i), i, text.length, true);
            break;
        }
        emit(text.slice(i, dollar), i, dollar, true);
        const reference = readReference(text, dollar);
        if (!reference) {
            emit('$', dollar, dollar + 1, true);
            i = dollar + 1;
            continue;
        }
        const token = text.slice(dollar, reference.end);
        let resolved = reference.literal ?? resolveReference(reference, values, depth, out.unresolved);
        if (resolved !== undefined && length + resolved.length > MAX_EXPANDED_LENGTH) {
            out.unresolved.push(reference.name);
            resolved = undefined;
        }
        emit(resolved ?? token, dollar, reference.end, false);
        i = reference.end;
    }
    out.value = pieces.join('');
    out.unresolved = [...new Set(out.unresolved)];
    return out;
}
function readReference(text, at) {
    const next = text[at + 1];
    if (next === '$')
        return { end: at + 2, name: '', literal: '$' };
    if (next !== '{') {
        const bare = VARIABLE_NAME.exec(text.slice(at + 1, at + 257));
        return bare ? { end: at + 1 + bare[0].length, name: bare[0] } : undefined;
    }
    const close = matchingBrace(text, at + 2);
    if (close < 0)
        return undefined;
    const body = readBracedBody(text.slice(at + 2, close));
    return body && { end: close + 1, ...body };
}
/**
 * The `}` closing a `${` whose body starts at `from`, counting nested `${`; -1 when none. With an
 * `escape` character (a Dockerfile's), the character after it is skipped.
 */
function matchingBrace(text, from, escape) {
    let open = 1;
    for (let i = from; i < text.length; i++) {
        if (text[i] === escape)
            i++;
        else if (text[i] === '$' && text[i + 1] === '{') {
            open++;
            i++;
        }
        else if (text[i] === '}' && --open === 0)
            return i;
    }
    return -1;
}
function resolveReference(ref, values, depth, unresolved) {
    const value = values.get(ref.name);
    const set = value !== undefined;
    const nonEmpty = set && value !== '';
    const missing = [];
    const argument = () => {
        if (depth >= MAX_NESTING)
            return undefined;
        const inner = expand(ref.argument ?? '', values, { positions: false, depth: depth + 1 });
        missing.push(...inner.unresolved);
        return inner.unresolved.length > 0 ? undefined : inner.value;
    };
    let result;
    switch (ref.operator) {
        case ':-':
            result = nonEmpty ? value : argument();
            break;
        case '-':
            result = set ? value : argument();
            break;
        case ':+':
            result = nonEmpty ? argument() : '';
            break;
        case '+':
            result = set ? argument() : '';
            break;
        case ':?':
            result = nonEmpty ? value : undefined;
            break;
        default:
            // No operator, or `?`: the value when set.
            result = value;
    }
    // The variable itself first, then the ones its default needed.
    if (result === undefined) {
        unresolved.push(ref.name, ...missing);
    }
    return result;
}
/** Split on `separator` outside `${...}`, so `${PORT:-80}:80` splits once. */
function splitOutsideBraces(text, separator) {
    const segments = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '$' && text[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (ch === '}' && depth > 0)
            depth--;
        else if (ch === separator && depth === 0) {
            segments.push({ text: text.slice(start, i), start });
            start = i + 1;
        }
    }
    segments.push({ text: text.slice(start), start });
    return segments;
}

;// CONCATENATED MODULE: ./src/link/env-ports.ts


/** The variables a Compose port's text uses (`${DB_PORT}:5432` -> DB_PORT); none for other kinds. */
function composeVariables(port) {
    return port.kind === 'compose' && port.raw.includes('$') ? referencedVariables(port.raw) : [];
}
/**
 * A `.env` connection setting (`POSTGRES_PORT`) that a Compose file of the same folder uses in
 * `ports:`/`expose:` is where this stack listens: the role goes back to `listen`.
 */
function relistenPublishedEnvPorts(ports) {
    const usedByFolder = new Map();
    for (const port of ports) {
        const names = composeVariables(port);
        if (names.length === 0)
            continue;
        const folder = external_node_path_.posix.dirname(port.file);
        let used = usedByFolder.get(folder);
        if (!used)
            usedByFolder.set(folder, (used = new Set()));
        for (const name of names)
            used.add(name);
    }
    for (const port of ports) {
        if (port.kind !== 'dotenv' || port.role !== 'connect' || port.context.name === undefined)
            continue;
        if (usedByFolder.get(external_node_path_.posix.dirname(port.file))?.has(port.context.name))
            port.role = 'listen';
    }
}

;// CONCATENATED MODULE: ./src/link/file-key.ts

/** `./app/Dockerfile`, `app//Dockerfile` and `app/Dockerfile` name the same file. */
function fileKey(file) {
    return external_node_path_default().posix.normalize(file.replace(/\\/g, '/')).replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ./src/link/logical-ports.ts




/**
 * Group the declarations of one logical port (one socket written down in several places), so that
 * rules report it once, where its number is chosen. Only declarations of the same single number
 * and protocol are grouped:
 * - a Compose (or workflow) service's published host port, container port and `expose` entry;
 * - a Kubernetes Service port entry's `port` and `targetPort`, and the container ports of the pods
 *   its selector picks in the same folder (the `targetPort`, or `port` when the entry has none);
 * - a Kubernetes container's `containerPort` and `hostPort`;
 * - the ports of one Helm values file (one chart's values feed its templates);
 * - a Dockerfile's final-image `EXPOSE` and the container ports of the Compose services built from it;
 * - a devcontainer's `"service:port"` forward and that Compose service's port, in the devcontainer's
 *   folder or its parent;
 * - a `.env` value and the Compose ports of the same folder written with its variable (`"${WEB_PORT}:80"`).
 * Sets `logicalPort` on every member of a group of two or more. Mutates `ports` in place.
 */
function linkLogicalPorts(ports) {
    const sets = new DisjointSets(ports.length);
    const entriesWithTarget = serviceEntriesWithTarget(ports);
    const budget = { remaining: MAX_SELECTOR_CHECKS };
    for (const bucket of bySocket(ports).values()) {
        joinByKeys(bucket, ports, sets, (p) => [
            composeServiceKey(p),
            serviceEntryKey(p),
            containerKey(p),
            helmValuesKey(p),
        ]);
        joinBuiltImages(bucket, ports, sets);
        joinForwards(bucket, ports, sets);
        joinEnvValues(bucket, ports, sets);
        joinSelectedPods(bucket, ports, sets, entriesWithTarget, budget);
    }
    const groups = new Map();
    ports.forEach((port, index) => {
        const root = sets.find(index);
        const group = groups.get(root);
        if (group)
            group.push(port);
        else
            groups.set(root, [port]);
    });
    for (const members of groups.values()) {
        if (members.length < 2)
            continue;
        members.sort(byFilePosition);
        const primary = members.reduce((best, p) => (preferredFirst(p, best) < 0 ? p : best));
        const logicalPort = { primary, members };
        // Not enumerable: a group refers back to its members, and ports are serialised (JSON, workers).
        for (const member of members)
            Object.defineProperty(member, 'logicalPort', {
                value: logicalPort,
                writable: true,
                configurable: true,
            });
    }
}
/** Comparisons of Service selectors with pod labels one scan may make (a hostile repository stays linear). */
const MAX_SELECTOR_CHECKS = 1_000_000;
/**
 * Where the number is chosen, best first: the EXPOSE of an image Compose builds (every Compose file
 * that builds it follows it), the published host port of Compose, the pod's containerPort
 * (Kubernetes, Helm values); a Service's `port` before its `targetPort`, which follows the image;
 * a devcontainer forward last.
 */
const PRIMARY_RANK = new Map([
    ['dockerfile/expose', 0],
    ['dotenv/listen', 0],
    ['compose/host', 1],
    ['workflow/host', 1],
    ['kubernetes/container', 1],
    ['helm-values/container', 1],
    ['kubernetes/host', 3],
    ['helm-values/host', 3],
    ['compose/container', 4],
    ['workflow/container', 4],
    ['compose/expose', 5],
    ['kubernetes/service', 6],
    ['helm-values/service', 6],
    ['kubernetes/target', 7],
    ['helm-values/target', 7],
]);
function rank(p) {
    return PRIMARY_RANK.get(`${p.kind}/${p.role}`) ?? 9;
}
/** Negative when `a` is where a logical port's number is chosen rather than `b`. */
function preferredFirst(a, b) {
    return rank(a) - rank(b) || byFilePosition(a, b);
}
/** Indexes of single, resolved ports by protocol and number. */
function bySocket(ports) {
    const buckets = new Map();
    ports.forEach((p, index) => {
        if (p.port === null || !Number.isInteger(p.port) || p.port < 1 || p.port > 65535)
            return;
        if (p.endPort !== null && p.endPort !== p.port)
            return;
        const key = `${p.protocol}/${p.port}`;
        const bucket = buckets.get(key);
        if (bucket)
            bucket.push(index);
        else
            buckets.set(key, [index]);
    });
    return buckets;
}
/** Join every two ports of the bucket that share a key. */
function joinByKeys(bucket, ports, sets, keysOf) {
    const first = new Map();
    for (const index of bucket) {
        for (const key of keysOf(ports[index])) {
            if (key === undefined)
                continue;
            const earlier = first.get(key);
            if (earlier === undefined)
                first.set(key, index);
            else
                sets.union(earlier, index);
        }
    }
}
const COMPOSE_KINDS = new Set(['compose', 'workflow']);
function composeServiceKey(p) {
    if (!COMPOSE_KINDS.has(p.kind) || p.context.service === undefined)
        return undefined;
    return `compose\0${p.file}\0${p.context.job ?? ''}\0${p.context.service}`;
}
/** A Service port entry: Kubernetes requires distinct names once a Service has several ports. */
function entryKey(p) {
    return `entry\0${p.file}\0${p.scope ?? ''}\0${p.context.portName ?? ''}`;
}
function serviceEntryKey(p) {
    return p.kind === 'kubernetes' && (p.role === 'service' || p.role === 'target') ? entryKey(p) : undefined;
}
function containerKey(p) {
    if (p.kind !== 'kubernetes' || (p.role !== 'container' && p.role !== 'host'))
        return undefined;
    return `container\0${p.file}\0${p.scope ?? ''}\0${p.context.container ?? ''}`;
}
function helmValuesKey(p) {
    return p.kind === 'helm-values' ? `values\0${p.file}` : undefined;
}
/**
 * A Dockerfile's final-image EXPOSE and the container ports of the Compose services that build it.
 * Compose files are joined through the EXPOSE only, never to each other directly.
 */
function joinBuiltImages(bucket, ports, sets) {
    const exposed = new Map();
    for (const index of bucket) {
        const p = ports[index];
        if (p.role === 'expose' && types_factsOf(p, 'dockerfile')?.inFinalImage === true)
            exposed.set(fileKey(p.file), index);
    }
    if (exposed.size === 0)
        return;
    for (const index of bucket) {
        const p = ports[index];
        const built = types_factsOf(p, 'compose')?.buildDockerfile;
        if ((p.role !== 'container' && p.role !== 'expose') || !built)
            continue;
        const image = exposed.get(fileKey(built));
        if (image !== undefined)
            sets.union(image, index);
    }
}
/** A `.env` value is chosen in the `.env`: the Compose ports of its folder that use it follow it. */
function joinEnvValues(bucket, ports, sets) {
    const envByName = new Map();
    for (const index of bucket) {
        const p = ports[index];
        if (p.kind === 'dotenv' && p.role === 'listen' && p.context.name !== undefined)
            envByName.set(`${external_node_path_default().posix.dirname(p.file)}\0${p.context.name}`, index);
    }
    if (envByName.size === 0)
        return;
    for (const index of bucket) {
        const p = ports[index];
        const names = composeVariables(p);
        if (names.length === 0)
            continue;
        const folder = external_node_path_default().posix.dirname(p.file);
        for (const name of names) {
            const env = envByName.get(`${folder}\0${name}`);
            if (env !== undefined)
                sets.union(env, index);
        }
    }
}
/**
 * A `"db:5432"` forward and the container port of service `db` in a Compose file beside the
 * devcontainer or one folder up. Compose ports are not joined to each other this way.
 */
function joinForwards(bucket, ports, sets) {
    const composeByService = new Map();
    for (const index of bucket) {
        const p = ports[index];
        if (p.kind !== 'compose' || p.role !== 'container' || p.context.service === undefined)
            continue;
        const key = `${external_node_path_default().posix.dirname(p.file)}\0${p.context.service}`;
        const list = composeByService.get(key);
        if (list)
            list.push(index);
        else
            composeByService.set(key, [index]);
    }
    if (composeByService.size === 0)
        return;
    for (const index of bucket) {
        const p = ports[index];
        if (p.kind !== 'devcontainer' || p.role !== 'forward' || p.context.service === undefined)
            continue;
        const folder = external_node_path_default().posix.dirname(p.file);
        for (const where of new Set([folder, external_node_path_default().posix.dirname(folder)])) {
            for (const other of composeByService.get(`${where}\0${p.context.service}`) ?? [])
                sets.union(index, other);
        }
    }
}
/** Service port entries that write a `targetPort` (by number or name, resolved or not). */
function serviceEntriesWithTarget(ports) {
    const entries = new Set();
    for (const p of ports)
        if (p.kind === 'kubernetes' && p.role === 'target')
            entries.add(entryKey(p));
    return entries;
}
/**
 * A Service entry's target (its `targetPort`, else its `port`, which is then the target) and the
 * containerPorts of the pods its selector picks in its namespace.
 */
function joinSelectedPods(bucket, ports, sets, entriesWithTarget, budget) {
    // What each container port is matched on, read once: the loop below may pair a million times.
    const containers = bucket
        .filter((i) => ports[i].kind === 'kubernetes' && ports[i].role === 'container')
        .map((index) => {
        const container = ports[index];
        return {
            index,
            namespace: container.context.namespace ?? 'default',
            folder: external_node_path_default().posix.dirname(container.file),
            labels: types_factsOf(container, 'kubernetes')?.podLabels,
        };
    });
    if (containers.length === 0)
        return;
    for (const index of bucket) {
        const target = ports[index];
        // Terraform's kubernetes_* Services carry selectors too; this joins Kubernetes manifests only.
        const selector = target.kind === 'kubernetes' ? types_factsOf(target, 'kubernetes')?.selector : undefined;
        if (!selector || Object.keys(selector).length === 0)
            continue;
        const isTarget = target.role === 'target' || (target.role === 'service' && !entriesWithTarget.has(entryKey(target)));
        if (!isTarget)
            continue;
        const namespace = target.context.namespace ?? 'default';
        const folder = external_node_path_default().posix.dirname(target.file);
        for (const container of containers) {
            if (budget.remaining-- <= 0)
                return;
            if (container.namespace !== namespace)
                continue;
            // Manifests of one application sit together; elsewhere in a repository is not one cluster.
            if (container.folder !== folder)
                continue;
            if (selects(selector, container.labels))
                sets.union(index, container.index);
        }
    }
}
/** Union-find over port indexes, with path halving. */
class DisjointSets {
    parent;
    constructor(size) {
        this.parent = Array.from({ length: size }, (_, i) => i);
    }
    find(i) {
        while (this.parent[i] !== i) {
            this.parent[i] = this.parent[this.parent[i]];
            i = this.parent[i];
        }
        return i;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}

;// CONCATENATED MODULE: ./src/rules/unauthorized-use.ts

const UNAUTHORIZED_USE_MESSAGES = {
    unauthorizedUse: 'IANA records a known unauthorized use of {{port}}{{detail}}',
    /** Appended to a conflict or de-facto finding on the same port (foldUnauthorizedUse). */
    alsoRecorded: '; IANA also records a known unauthorized use{{detail}}',
};
const unauthorized_use_hit = hitsFrom(UNAUTHORIZED_USE_MESSAGES);
const unauthorizedUse = {
    id: 'unauthorized-use',
    defaultSeverity: 'notice',
    description: 'A port on which IANA records a known unauthorized use.',
    rationale: 'IANA notes when software is known to use a port it was never assigned. Expect that software, and traffic for it, on the same number.',
    messages: UNAUTHORIZED_USE_MESSAGES,
    check({ ports }) {
        return ports.flatMap((p) => {
            const uses = unauthorizedUsesOf(p);
            return uses.length > 0
                ? [unauthorized_use_hit(p, 'unauthorizedUse', { port: portLabel(p), detail: unauthorizedUseDetail(uses) })]
                : [];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/logical-merge.ts




/** Related locations one finding lists at most: a values file may declare a number a hundred times. */
const MAX_RELATED_LOCATIONS = 20;
/**
 * One hit per logical port and rule: the hit on the member where the number is chosen (or the most
 * preferred member that has one) is kept, and the group's other members become its related locations.
 */
function mergeLogicalPorts(hits) {
    const byGroup = new Map();
    const merged = [];
    for (const hit of hits) {
        const group = hit.declared?.logicalPort;
        if (!group) {
            merged.push(hit);
            continue;
        }
        const list = byGroup.get(group);
        if (list)
            list.push(hit);
        else {
            byGroup.set(group, [hit]);
            merged.push(hit);
        }
    }
    return merged.map((hit) => {
        const group = hit.declared?.logicalPort;
        if (!group)
            return hit;
        const kept = byGroup
            .get(group)
            .reduce((best, h) => (preferredFirst(h.declared, best.declared) < 0 ? h : best));
        return withMembers(kept, group);
    });
}
function withMembers(hit, group) {
    const related = [...(hit.relatedLocations ?? [])];
    // A clash's other half may be a member too: it is listed once, as the clash.
    const listed = new Set(related.map(placeKey));
    for (const member of group.members) {
        if (related.length >= MAX_RELATED_LOCATIONS)
            break;
        if (member === hit.declared || listed.has(placeKey(member)))
            continue;
        related.push({
            file: member.file,
            line: member.line,
            column: member.column,
            message: `same port: ${describeDeclaration(member)}`,
        });
    }
    return related.length ? { ...hit, relatedLocations: related } : hit;
}
function placeKey({ file, line, column }) {
    return `${file}\0${line}\0${column}`;
}
/** The other half of a clash (duplicate-port) as a related location. */
function clashWith(earlier) {
    const { file, line, column } = earlier;
    return { file, line, column, message: `already declared here: ${describeDeclaration(earlier)}` };
}
/** `containerPort of container "api"`, `targetPort of Service "api"`, `EXPOSE`, ... for related locations. */
function describeDeclaration(p) {
    const c = p.context;
    const of = (what, name) => (name === undefined ? '' : ` of ${what} "${name}"`);
    switch (p.kind) {
        case 'kubernetes': {
            if (p.role === 'container')
                return `containerPort${of('container', c.container)}`;
            if (p.role === 'host')
                return `hostPort${of('container', c.container)}`;
            const key = p.role === 'target' ? 'targetPort' : p.role === 'node' ? 'nodePort' : 'port';
            return `${key}${of('Service', c.service)}`;
        }
        case 'helm-values':
            return c.keyPath === undefined ? 'Helm value' : `Helm value ${c.keyPath}`;
        case 'compose':
        case 'workflow': {
            const what = p.role === 'host' ? 'published host port' : p.role === 'container' ? 'container port' : p.role;
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
function foldUnauthorizedUse(findings) {
    const verdicts = new Map();
    for (const f of findings) {
        if (!VERDICT_RULES.has(f.ruleId))
            continue;
        for (const key of placesOf(f))
            if (!verdicts.has(key))
                verdicts.set(key, f);
    }
    return findings.filter((f) => {
        if (f.ruleId !== 'unauthorized-use' || !f.declared?.info?.unauthorizedUse?.length)
            return true;
        const verdict = placesOf(f)
            .map((key) => verdicts.get(key))
            .find((v) => v !== undefined && SEVERITY_RANK[v.severity] >= SEVERITY_RANK[f.severity]);
        if (!verdict)
            return true;
        const detail = unauthorizedUseDetail(unauthorizedUsesOf(f.declared));
        verdict.message += formatMessage(UNAUTHORIZED_USE_MESSAGES.alsoRecorded, { detail });
        return false;
    });
}
/** The declaration a finding is on and, for a logical port, every member of it. */
function placesOf(f) {
    const members = f.declared?.logicalPort?.members ?? (f.declared ? [f.declared] : []);
    return members.map((m) => `${m.file}\0${m.line}\0${m.column}\0${m.protocol}\0${m.port}`);
}

;// CONCATENATED MODULE: ./src/rules/duplicate-port-kubernetes.ts





/** Wording of kubernetesDuplicates, part of the `duplicate-port` rule's messages. */
const KUBERNETES_DUPLICATE_MESSAGES = {
    nodePortTaken: 'nodePort {{port}} is already declared by {{owner}} at {{at}}',
    nodePortTakenOnProtocol: 'nodePort {{port}} is already declared by {{owner}} (as {{as}}) at {{at}}',
    hostPortTaken: 'hostPort {{port}} is already declared by {{owner}} at {{at}}',
    containerPortTaken: '{{port}} is already declared by {{owner}} at {{at}}',
};
const report = hitsFrom(KUBERNETES_DUPLICATE_MESSAGES);
/**
 * Kubernetes port clashes, for the `duplicate-port` rule. Each later declaration (file, line,
 * column order) is reported once, citing the first earlier declaration it clashes with:
 *
 * - nodePorts are allocated cluster-wide by number: two Services of one folder (applied together, one
 *   cluster) cannot hold the same nodePort, whatever the protocol; within one Service the same
 *   nodePort/protocol twice is refused by validation. Folders of unrelated manifests are not one cluster.
 * - containers of one pod share its network namespace: the same containerPort/protocol in two containers
 *   of one pod template clashes. Twice in one container it is one socket under two names.
 * - a hostPort/protocol binds on the node: the same one twice in one pod is refused by validation, and a
 *   DaemonSet runs on every node, so it clashes with any other workload of its folder asking for it.
 *   Other pods asking for one hostPort are placed on different nodes by the scheduler, by design: no
 *   finding. Different explicit `hostIP`s never clash.
 *
 * One object written in several files (a kustomize base and its patch, per-environment copies) is the same
 * object, not two: ports of one scope (`ns/Kind/name`) only clash within one file.
 */
function kubernetesDuplicates(ports) {
    const hits = [];
    const roles = new Set(['node', 'container', 'host']);
    for (const group of groupsOf(ports, (p) => roles.has(p.role))) {
        for (let i = 1; i < group.length; i++) {
            const later = group[i];
            const earlier = group.slice(0, i).find((candidate) => clashes(candidate, later));
            if (earlier)
                hits.push(duplicate_port_kubernetes_hit(later, earlier));
        }
    }
    return hits.sort(byFilePosition);
}
/** Kubernetes ports of the selected roles that may clash, by role and number, each in file order. */
function groupsOf(ports, selected) {
    const groups = new Map();
    for (const port of ports) {
        if (port.kind !== 'kubernetes' || port.port === null || !selected(port))
            continue;
        // nodePorts clash across protocols; the protocol is compared in `clashes`.
        const key = port.role === 'node' ? `node/${port.port}` : `${port.role}/${port.port}/${port.protocol}`;
        const group = groups.get(key);
        if (group)
            group.push(port);
        else
            groups.set(key, [port]);
    }
    const result = [...groups.values()].filter((group) => group.length > 1);
    for (const group of result)
        group.sort(byFilePosition);
    return result;
}
function clashes(earlier, later) {
    if (samePosition(earlier, later))
        return false;
    const sameScope = earlier.scope !== undefined && earlier.scope === later.scope;
    if (sameScope && earlier.file !== later.file)
        return false;
    switch (later.role) {
        case 'node':
            return sameScope ? earlier.protocol === later.protocol : sameFolder(earlier, later);
        case 'container':
            return sameScope && earlier.context.container !== later.context.container;
        case 'host':
            return (addressesOverlap(earlier.context.hostIp, later.context.hostIp) &&
                (sameScope || (sameFolder(earlier, later) && (isDaemonSet(earlier) || isDaemonSet(later)))));
        default:
            return false;
    }
}
function samePosition(a, b) {
    return a.file === b.file && a.line === b.line && a.column === b.column;
}
/** Manifests of one folder are applied together (`kubectl apply -f <folder>`): one cluster. */
function sameFolder(a, b) {
    return external_node_path_default().posix.dirname(a.file) === external_node_path_default().posix.dirname(b.file);
}
function isDaemonSet(port) {
    return port.context.object?.startsWith('DaemonSet/') === true;
}
function duplicate_port_kubernetes_hit(later, earlier) {
    const data = { port: `${later.port}/${later.protocol}`, owner: owner(earlier), at: format_location(earlier) };
    let clash;
    if (later.role === 'node') {
        const service = { ...data, owner: earlier.context.object ?? 'a Service' };
        clash =
            earlier.protocol === later.protocol
                ? report(later, 'nodePortTaken', service)
                : report(later, 'nodePortTakenOnProtocol', { ...service, as: `${earlier.port}/${earlier.protocol}` });
    }
    else {
        clash = report(later, later.role === 'host' ? 'hostPortTaken' : 'containerPortTaken', data);
    }
    return { ...clash, relatedLocations: [clashWith(earlier)] };
}
/** `container "a" in Deployment/web` */
function owner(port) {
    const object = port.context.object ?? 'a pod';
    return port.context.container !== undefined ? `container "${port.context.container}" in ${object}` : object;
}

;// CONCATENATED MODULE: ./src/rules/published-index.ts
/** Ranges wider than this are checked against everything, not bucketed number by number. */
const WIDEST_BUCKETED_RANGE = 1024;
/**
 * Published host ports in the order they were added, bucketed by protocol and number, so that
 * finding the first earlier port that overlaps a new one costs its own numbers, not the whole
 * list (a Compose file with thousands of services stays linear).
 */
class PublishedIndex {
    buckets = new Map();
    wide = [];
    added = [];
    add(port) {
        const order = this.added.push(port) - 1;
        if (isWide(port)) {
            this.wide.push(order);
            return;
        }
        for (let n = port.port; n <= end(port); n++) {
            const key = `${port.protocol}/${n}`;
            const bucket = this.buckets.get(key);
            if (bucket)
                bucket.push(order);
            else
                this.buckets.set(key, [order]);
        }
    }
    /** The earliest added port for which `accepts` holds, among those that can overlap `port`. */
    firstMatch(port, accepts) {
        let best = Infinity;
        // Every bucket is in insertion order, so each one is read only up to its first match.
        const search = (orders) => {
            for (const order of orders) {
                if (order >= best)
                    return;
                if (accepts(this.added[order])) {
                    best = order;
                    return;
                }
            }
        };
        if (isWide(port))
            search(this.added.map((_, order) => order));
        else {
            search(this.wide);
            for (let n = port.port; n <= end(port); n++)
                search(this.buckets.get(`${port.protocol}/${n}`) ?? []);
        }
        return this.added[best];
    }
}
function end(port) {
    return Math.max(port.endPort ?? port.port, port.port);
}
function isWide(port) {
    return end(port) - port.port > WIDEST_BUCKETED_RANGE;
}

;// CONCATENATED MODULE: ./src/link/compose-projects.ts


/** Compose's default file, first found wins (compose-go `DefaultFileNames`). */
const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
/** Its override file, loaded with it (compose-go `DefaultOverrideFileNames`). */
const OVERRIDE_FILES = [
    'compose.override.yml',
    'compose.override.yaml',
    'docker-compose.override.yml',
    'docker-compose.override.yaml',
];
/** Files (or extended services) one project may pull in, whatever the include chains say. */
const MAX_PROJECT_ENTRIES = 256;
/**
 * Compose projects: the files `docker compose` loads together. A folder's default file with its
 * override (or its `.env`'s COMPOSE_FILE list) is one project; every other file is run alone with
 * `-f`. `include:` pulls in whole files, `extends: { file }` one service of another file. Sets
 * `composeProjects` on every Compose port and `scope` to its first project.
 */
function linkComposeProjects(ports, loads) {
    const known = new Map(loads);
    for (const port of ports)
        if (port.kind === 'compose' && !known.has(port.file))
            known.set(port.file, { include: [], extends: [] });
    const projects = findProjects(known);
    const byFile = new Map();
    for (const project of projects) {
        for (const file of [
            ...project.files,
            ...[...project.services.keys()].map((key) => key.split('\0')[0]),
        ]) {
            const list = byFile.get(file) ?? [];
            if (!list.includes(project))
                list.push(project);
            byFile.set(file, list);
        }
    }
    for (const port of ports) {
        if (port.kind !== 'compose')
            continue;
        const service = port.context.service ?? '';
        const memberships = [];
        for (const project of byFile.get(port.file) ?? []) {
            const as = project.files.has(port.file) ? service : project.services.get(`${port.file}\0${service}`);
            if (as !== undefined)
                memberships.push({ project: project.id, folder: project.folder, service: as });
        }
        // A service of a file that other files only take services from by `extends` is never run.
        if (memberships.length === 0) {
            delete port.scope;
            continue;
        }
        addFacts(port, 'compose', { composeProjects: memberships });
        port.scope = memberships[0].project;
    }
}
function findProjects(loads) {
    const folders = new Map();
    for (const file of [...loads.keys()].sort()) {
        const folder = external_node_path_default().posix.dirname(file);
        folders.set(folder, [...(folders.get(folder) ?? []), file]);
    }
    const projects = [];
    const covered = new Set();
    const add = (id, folder, roots) => {
        const project = closure(id, folder, roots, loads);
        for (const file of project.files)
            covered.add(file);
        for (const key of project.services.keys())
            covered.add(key.split('\0')[0]);
        projects.push(project);
    };
    for (const [folder, files] of folders) {
        const roots = defaultRoots(folder, files, loads);
        if (roots.length > 0)
            add(`compose:${folder}`, folder, roots);
    }
    // A file that another one loads is not run alone; one nothing loads is (`docker compose -f`).
    const loaded = new Set();
    for (const load of loads.values()) {
        for (const file of load.include)
            loaded.add(file);
        for (const { file } of load.extends)
            loaded.add(file);
    }
    const alone = [...loads.keys()].sort();
    for (const file of alone)
        if (!covered.has(file) && !loaded.has(file))
            add(`compose:${file}`, external_node_path_default().posix.dirname(file), [file]);
    // Files only loaded by one another (a cycle) are still run somehow.
    for (const file of alone)
        if (!covered.has(file))
            add(`compose:${file}`, external_node_path_default().posix.dirname(file), [file]);
    return projects;
}
/** What `docker compose` loads in `folder`: its `.env`'s COMPOSE_FILE, else the default pair. */
function defaultRoots(folder, files, loads) {
    for (const file of files) {
        const list = loads.get(file)?.composeFile;
        if (list)
            return list;
    }
    const inFolder = (name) => (folder === '.' ? name : `${folder}/${name}`);
    const main = DEFAULT_FILES.map(inFolder).find((file) => files.includes(file));
    if (main === undefined)
        return [];
    const override = OVERRIDE_FILES.map(inFolder).find((file) => files.includes(file));
    return override === undefined ? [main] : [main, override];
}
function closure(id, folder, roots, loads) {
    const project = { id, folder, files: new Set(), services: new Map() };
    const queue = roots.map((file) => ({ file }));
    const seen = new Set();
    while (queue.length > 0 && seen.size < MAX_PROJECT_ENTRIES) {
        const entry = queue.shift();
        const key = `${entry.file}\0${entry.service ?? ''}\0${entry.as ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const load = loads.get(entry.file);
        if (entry.service === undefined) {
            project.files.add(entry.file);
            for (const file of load?.include ?? [])
                queue.push({ file });
            for (const e of load?.extends ?? [])
                queue.push({ file: e.file, service: e.service, as: e.as });
            continue;
        }
        const serviceKey = `${entry.file}\0${entry.service}`;
        if (!project.services.has(serviceKey))
            project.services.set(serviceKey, entry.as);
        // The extended service may itself extend one in a third file: it keeps the first service's name.
        for (const e of load?.extends ?? [])
            if (e.as === entry.service)
                queue.push({ file: e.file, service: e.service, as: entry.as });
    }
    return project;
}
/**
 * Compose merges a service defined in several files of one project (compose.yaml plus an override,
 * or a service and the one it `extends` in another file), so the same service name in two files is one
 * binding. The name is the one the service has in `project`.
 */
function sameServiceInAnotherFile(a, b, project) {
    if (a.file === b.file)
        return false;
    const service = serviceIn(a, project);
    return service !== undefined && service === serviceIn(b, project);
}
function serviceIn(port, project) {
    const membership = types_factsOf(port, 'compose')?.composeProjects?.find((m) => m.project === project);
    return membership ? membership.service : port.context.service;
}

;// CONCATENATED MODULE: ./src/rules/duplicate-port.ts








const duplicateMessages = {
    hostPortPublished: 'host port {{port}} of {{who}} is already published by {{other}} at {{at}}',
    ...KUBERNETES_DUPLICATE_MESSAGES,
};
const duplicateHit = hitsFrom(duplicateMessages);
const crossProjectMessages = {
    publishedByAnotherProject: 'host port {{port}} is also published by {{other}} of another Compose project at {{at}}; both cannot run on one host',
};
const crossProjectHit = hitsFrom(crossProjectMessages);
/** Kinds whose `host` ports publish on one machine per scope (Compose project, workflow job). */
const HOST_PUBLISHING_KINDS = new Set(['compose', 'workflow']);
function rangesOverlap(a, b) {
    return a.port <= (b.endPort ?? b.port) && b.port <= (a.endPort ?? a.port);
}
/** Whether two published host ports can collide on one machine. */
function publishedOverlap(a, b) {
    return (a.protocol === b.protocol && rangesOverlap(a, b) && addressesOverlap(a.context.hostIp, b.context.hostIp));
}
function publishedHostPorts(ports) {
    return ports.filter((p) => p.role === 'host' && p.port !== null && HOST_PUBLISHING_KINDS.has(p.kind) && p.scope !== undefined);
}
function who(p) {
    return p.context.service === 'container' && p.kind === 'workflow'
        ? 'the job container'
        : `service "${p.context.service}"`;
}
/** The deployment units a published port belongs to: its Compose projects, else its scope. */
function unitsOf(p) {
    return (types_factsOf(p, 'compose')?.composeProjects ?? [
        { project: p.scope, folder: external_node_path_default().posix.dirname(p.file), service: p.context.service ?? '' },
    ]);
}
/** Same host port twice in one Compose project or workflow job: the second fails to start. */
function hostPortDuplicates(ports) {
    const hits = [];
    const byScope = new Map();
    const order = new Map();
    for (const p of publishedHostPorts(ports)) {
        // A file loaded by several projects is checked in each; the port is reported once, for its first clash.
        let clash;
        for (const { project } of unitsOf(p)) {
            const match = byScope
                .get(project)
                ?.firstMatch(p, (e) => publishedOverlap(e, p) && !sameServiceInAnotherFile(e, p, project));
            if (match && (clash === undefined || order.get(match) < order.get(clash)))
                clash = match;
        }
        if (clash) {
            const data = { port: portLabel(p), who: who(p), other: who(clash), at: format_location(clash) };
            hits.push({ ...duplicateHit(p, 'hostPortPublished', data), relatedLocations: [clashWith(clash)] });
        }
        order.set(p, order.size);
        for (const { project } of unitsOf(p)) {
            const index = byScope.get(project) ?? new PublishedIndex();
            index.add(p);
            byScope.set(project, index);
        }
    }
    return hits;
}
const duplicatePort = {
    id: 'duplicate-port',
    defaultSeverity: 'error',
    messages: duplicateMessages,
    suggests: true,
    description: 'The same host port and protocol published twice where both cannot bind (one Compose project, one pod, a DaemonSet and any pod of its folder, Services of one folder for nodePorts).',
    rationale: 'Only one socket can bind an address and port. The second service fails to start, or, with SO_REUSEPORT, traffic is split between two programs.',
    check: (context) => [
        ...hostPortDuplicates(context.ports),
        ...kubernetesDuplicates(context.ports),
    ],
};
/**
 * Two Compose projects publishing one host port, unless they share a project (duplicate-port checks
 * those) or are run from one folder: alternative files of a folder are variants of one app, run one at a time.
 */
function composeNeighbours(ports) {
    const hits = [];
    const index = new PublishedIndex();
    for (const p of publishedHostPorts(ports).filter((q) => q.kind === 'compose')) {
        const other = index.firstMatch(p, (e) => publishedOverlap(e, p) && unrelatedProjects(e, p));
        if (other) {
            const data = { port: portLabel(p), other: who(other), at: format_location(other) };
            hits.push(crossProjectHit(p, 'publishedByAnotherProject', data));
        }
        index.add(p);
    }
    return hits;
}
function unrelatedProjects(a, b) {
    const units = unitsOf(a);
    return unitsOf(b).every((u) => units.every((v) => u.project !== v.project && u.folder !== v.folder));
}
const crossProjectPort = {
    id: 'cross-project-port',
    defaultSeverity: 'notice',
    messages: crossProjectMessages,
    description: 'The same host port published by two Compose projects of different folders of the repository.',
    rationale: 'Different Compose projects may run on one developer machine or host; when they do, the second one fails to bind the port.',
    check: ({ ports }) => composeNeighbours(ports),
};

;// CONCATENATED MODULE: ./src/rules/dynamic-range.ts

/** Roles that bind a socket on a host, where an outgoing connection may already hold the port. */
const BINDING_ROLES = new Set(['host', 'listen', 'forward']);
/** The default ranges by name, as the messages cite them. */
const DEFAULT_RANGES = [
    { name: "IANA's dynamic range", range: [49152, 65535] },
    { name: "Linux's default ephemeral range", range: [32768, 60999] },
];
const RANGES = {
    kind: 'port-ranges',
    default: DEFAULT_RANGES.map(({ range }) => range),
    description: 'The ephemeral ranges of your hosts, as [start, end] pairs; port suggestions avoid them too.',
    suggester: 'avoid',
};
const dynamic_range_messages = {
    inRange: '{{port}} is in {{range}} {{start}}-{{end}}, where outgoing connections can take it first',
};
const dynamic_range_hit = hitsFrom(dynamic_range_messages);
const dynamicRange = {
    id: 'dynamic-range',
    defaultSeverity: 'warning',
    description: 'A published or listening port inside the dynamic/ephemeral range, where outgoing connections take ports.',
    rationale: 'The kernel hands ports from the ephemeral range to outgoing connections. A server that listens there fails to start, at random, whenever a client socket already holds its number.',
    messages: dynamic_range_messages,
    options: { ranges: RANGES },
    suggests: true,
    check({ ports, options }) {
        const ranges = options.ranges === undefined
            ? DEFAULT_RANGES
            : options.ranges.map((range) => ({ name: `the configured range`, range }));
        return ports.flatMap((p) => {
            if (p.port === null || !BINDING_ROLES.has(p.role))
                return [];
            const end = p.endPort ?? p.port;
            const inRange = ranges.find(({ range }) => p.port <= range[1] && end >= range[0]);
            if (!inRange)
                return [];
            const [start, stop] = inRange.range;
            return [dynamic_range_hit(p, 'inRange', { port: portLabel(p), range: inRange.name, start, end: stop })];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/invalid-port.ts

const invalid_port_messages = {
    notAPort: '{{value}} is not a valid port (1-65535) in "{{raw}}"',
    reversed: 'range "{{raw}}" is reversed: {{start}} > {{end}}',
    // What the parsers report when a written port cannot be read as one.
    notANumber: '{{key}} "{{raw}}" is not a port number',
    valueNotANumber: '"{{raw}}" is not a port number',
    assignmentNotANumber: '{{key}}={{raw}} is not a port number',
    attributeNotANumber: '{{key}} = {{raw}} is not a port number',
    arrayNotANumber: '{{key}} is an array, not a port number',
    tableNotANumber: '{{key}} is a table, not a port number',
    notANumberIn: '"{{raw}}" in "{{value}}" is not a port number',
    notANumberOrRangeIn: '"{{raw}}" is not a port number or range in "{{where}}"',
    emptyPortIn: 'empty port in "{{where}}"',
    unknownProtocolInSpec: 'unknown protocol "{{protocol}}" in port "{{spec}}"',
    addressAsHostPort: '"{{spec}}" makes "{{address}}" the host port, which Compose rejects (invalid hostPort); write "{{address}}::{{port}}" or "{{address}}:{{port}}:{{port}}"',
    composeUnknownProtocol: 'unknown protocol "{{protocol}}" (Compose accepts tcp, udp, sctp)',
    composeNotAPortEntry: 'an entry of "{{key}}" of service "{{service}}" is neither a port nor a port mapping',
    exposeNotAPort: 'EXPOSE "{{raw}}": not a port number, a range or port/protocol',
    exposeExpandedNotAPort: 'EXPOSE "{{raw}}" (= "{{expanded}}"): not a port number, a range or port/protocol',
    exposeUnknownProtocol: 'EXPOSE "{{raw}}": unknown protocol "{{protocol}}" (Docker accepts tcp, udp, sctp)',
    exposeExpandedUnknownProtocol: 'EXPOSE "{{raw}}" (= "{{expanded}}"): unknown protocol "{{protocol}}" (Docker accepts tcp, udp, sctp)',
    forwardPortsEntry: 'forwardPorts entries are numbers or "host:port" strings',
    appPortValue: 'appPort is a number, a "host:container" string or an array of them',
    notASocketAddress: '"{{value}}" is not a port, "address:port", socket path or abstract name',
    sequentialPacketNotIp: 'ListenSequentialPacket= only takes AF_UNIX sockets; systemd ignores "{{value}}"',
    listenNotAPort: '"{{value}}" in "listen" is not a port',
    listenPortNotAPort: '"{{raw}}" in "listen {{value}}" is not a port',
};
const invalid_port_hit = hitsFrom(invalid_port_messages);
const invalidPort = {
    id: 'invalid-port',
    defaultSeverity: 'error',
    messages: invalid_port_messages,
    seesConnectPorts: true,
    description: 'A port that is not an integer from 1 to 65535, or a malformed or reversed range.',
    rationale: 'The runtime refuses the manifest, or silently binds something else (0 means "any free port").',
    check({ ports }) {
        return ports.flatMap((p) => {
            if (p.port === null)
                return [];
            const end = p.endPort ?? p.port;
            // A firewall opening may start at 0: `from_port = 0, to_port = 65535` means every port.
            const lowest = p.role === 'ingress' && end > p.port ? 0 : 1;
            const bad = [p.port, end].find((n) => !Number.isInteger(n) || n < lowest || n > 65535);
            if (bad !== undefined)
                return [invalid_port_hit(p, 'notAPort', { value: bad, raw: p.raw })];
            if (end < p.port)
                return [invalid_port_hit(p, 'reversed', { raw: p.raw, start: p.port, end })];
            return [];
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/unresolved-port.ts

/** A Terraform reference portlint follows: `var.x` or `local.x`, nothing computed. */
const TERRAFORM_REFERENCE = /^(?:var|local)\.[A-Za-z_][A-Za-z0-9_-]*$/;
const unresolved_port_messages = {
    noValue: 'port "{{raw}}" uses {{variable}}, which has no value or default here',
    terraformReference: 'port is {{reference}}, which has no default portlint can see',
    terraformExpression: 'port is an expression portlint does not evaluate: {{expression}}',
    protocolUnresolved: 'protocol is {{protocol}}, which portlint cannot resolve: {{port}} is not checked against IANA',
};
const unresolved_port_hit = hitsFrom(unresolved_port_messages);
/**
 * One short line saying what could not be resolved. What Terraform leaves unresolved is written in
 * its own language (a reference or an expression), so the branch is about the file's kind.
 */
function unresolvedHit(p) {
    const what = p.unresolvedVariable;
    if (p.kind !== 'terraform')
        return unresolved_port_hit(p, 'noValue', { raw: p.raw, variable: what });
    return TERRAFORM_REFERENCE.test(what)
        ? unresolved_port_hit(p, 'terraformReference', { reference: what })
        : unresolved_port_hit(p, 'terraformExpression', { expression: what });
}
const unresolvedPort = {
    id: 'unresolved-port',
    defaultSeverity: 'notice',
    messages: unresolved_port_messages,
    seesConnectPorts: true,
    description: 'A port given by a variable that has no value or default portlint can see.',
    rationale: 'portlint never reads its own environment, so that results do not depend on the machine. Give the variable a default (`${PORT:-8080}`) or a value in the `.env` beside the file to have the port checked.',
    check({ ports }) {
        const unresolvedPorts = ports
            .filter((p) => p.port === null && p.unresolvedVariable !== undefined)
            .map(unresolvedHit);
        // The number is known but IANA assigns per protocol: no verdict, and no protocol to report.
        const unresolvedProtocols = ports
            .filter((p) => p.port !== null && p.protocolUnresolved !== undefined)
            .map((p) => ({
            ...unresolved_port_hit(p, 'protocolUnresolved', { protocol: p.protocolUnresolved, port: portNumber(p) }),
            protocol: null,
        }));
        return [...unresolvedPorts, ...unresolvedProtocols];
    },
};

;// CONCATENATED MODULE: ./src/rules/reported-by-parsers.ts
/** Rules whose findings come from reading files, not from a check over ports. */
const parseError = {
    id: 'parse-error',
    defaultSeverity: 'error',
    suppressible: false,
    description: 'A manifest that cannot be parsed; its ports may be missing from the scan.',
    rationale: 'The tool that reads this file will refuse it too, and portlint cannot check ports it cannot read.',
    // `detail` is the wording of the library (or hand-written reader) that refused the text.
    messages: {
        invalidUtf8: 'the file is not valid UTF-8; invalid bytes were read as U+FFFD',
        parserCrash: 'portlint could not read this {{kind}} file: {{detail}}',
        yaml: 'YAML: {{detail}}',
        yamlTooDeep: 'YAML: the document is nested too deeply to read (more than {{depth}} levels)',
        yamlExcessiveAliasing: 'YAML: document contains excessive aliasing: its aliases expand {{written}} nodes to {{nodes}}; Compose, kubectl and Helm refuse it',
        json: 'JSON: {{detail}}',
        jsonTooDeep: 'JSON: the document is nested too deeply to read',
        jsonWithComments: 'JSON with comments: {{detail}}',
        toml: 'TOML: {{detail}}',
        hcl: 'HCL: {{detail}}',
        dockerfile: 'cannot parse Dockerfile: {{detail}}',
        dockerfileInstruction: 'cannot read {{keyword}}: {{detail}}',
        exposeWithoutPort: 'EXPOSE needs at least one port',
        exposeBeforeFrom: 'EXPOSE before the first FROM: Docker rejects this file',
        composeNotAList: '"{{key}}" of service "{{service}}" must be a list',
        unterminatedQuotedValue: 'Unterminated {{quote}}-quoted value',
        unterminatedQuoteInCommand: 'Unterminated quote in command',
        malformedUnicodeEscape: 'Malformed \\uxxxx escape',
        systemdSectionHeader: 'systemd: invalid section header "{{header}}" (missing "]"); systemd stops reading the file here',
        nginxUnterminatedString: 'nginx: unterminated {{quote}}-quoted string',
        nginxUnexpected: 'nginx: unexpected "{{token}}"',
        nginxBlockNotClosed: 'nginx: "{{name}}" block is not closed: unexpected end of file, expecting "}"',
        nginxBlockNotClosedAt: 'nginx: "{{name}}" block is not closed: unexpected end of file at line {{line}}, expecting "}"',
        nginxTooDeep: 'nginx: blocks nested more than {{depth}} deep',
        nginxUnterminatedDirective: 'nginx: "{{name}}" directive is not terminated by ";"',
    },
};
const skippedFile = {
    id: 'skipped-file',
    defaultSeverity: 'notice',
    suppressible: false,
    description: 'A file that was not scanned (too large, not text, unreadable, or a link out of the scan root).',
    rationale: 'portlint bounds the time and memory of a scan and never follows links out of the repository.',
    messages: {
        notScanned: 'not scanned: {{reason}}',
    },
};

;// CONCATENATED MODULE: ./src/rules/expose-mismatch.ts



const expose_mismatch_messages = {
    notExposed: 'service "{{service}}" publishes container port {{port}}, but {{dockerfile}} exposes {{exposed}}',
    unnamedNotExposed: 'a service publishes container port {{port}}, but {{dockerfile}} exposes {{exposed}}',
};
const expose_mismatch_report = hitsFrom(expose_mismatch_messages);
/**
 * A Compose service that builds its image publishes a container port that the image's Dockerfile
 * does not EXPOSE (in its final stage, or a stage that one is built FROM).
 */
const exposeMismatch = {
    id: 'expose-mismatch',
    defaultSeverity: 'warning',
    description: 'A Compose service publishes a container port that the final stage of the Dockerfile it builds does not EXPOSE.',
    rationale: 'EXPOSE documents the ports the image listens on. When Compose maps a different container port, one of the two ' +
        'is stale: the mapping reaches nothing, or the app listens on a port nobody publishes.',
    messages: expose_mismatch_messages,
    check({ ports }) {
        const imagePorts = exposedByDockerfile(ports);
        const hits = [];
        for (const published of ports) {
            const built = types_factsOf(published, 'compose')?.buildDockerfile;
            if (published.role !== 'container' || published.port === null || !built)
                continue;
            const dockerfile = fileKey(built);
            const exposed = imagePorts.get(dockerfile);
            // Not scanned, or nothing exposed, or an EXPOSE we cannot read: no claim to make.
            if (!exposed || exposed.length === 0 || exposed.some((p) => p.port === null))
                continue;
            if (covers(exposed, published.protocol, published.port, published.endPort ?? published.port))
                continue;
            const labels = [...new Set(exposed.map(portLabel))];
            const service = published.context.service;
            const data = { port: portLabel(published), dockerfile: exposed[0].file, exposed: labels.join(', ') };
            const hit = service
                ? expose_mismatch_report(published, 'notExposed', { ...data, service })
                : expose_mismatch_report(published, 'unnamedNotExposed', data);
            const suggestion = singleSuggestion(exposed, published.protocol);
            if (suggestion !== undefined)
                hit.suggestion = suggestion;
            hits.push(hit);
        }
        return hits;
    },
};
/** Final-image EXPOSE ports of every scanned Dockerfile, by normalized path, in file order. */
function exposedByDockerfile(ports) {
    const byFile = new Map();
    for (const port of ports) {
        if (types_factsOf(port, 'dockerfile')?.inFinalImage !== true)
            continue;
        const key = fileKey(port.file);
        const list = byFile.get(key) ?? [];
        list.push(port);
        byFile.set(key, list);
    }
    for (const list of byFile.values())
        list.sort((a, b) => a.line - b.line || a.column - b.column);
    return byFile;
}
/** True when the exposed ports of `protocol` together cover every port of `start..end`. */
function covers(exposed, protocol, start, end) {
    const intervals = exposed
        .filter((p) => p.protocol === protocol && p.port !== null)
        .map((p) => {
        const other = p.endPort ?? p.port;
        return [Math.min(p.port, other), Math.max(p.port, other)];
    })
        .sort((a, b) => a[0] - b[0]);
    let next = Math.min(start, end);
    const last = Math.max(start, end);
    for (const [from, to] of intervals) {
        if (from > next)
            break;
        if (to >= next)
            next = to + 1;
        if (next > last)
            return true;
    }
    return false;
}
/** The port to publish instead, when the image exposes exactly one port of that protocol. */
function singleSuggestion(exposed, protocol) {
    const candidates = new Set(exposed
        .filter((p) => p.protocol === protocol && p.port !== null && (p.endPort ?? p.port) === p.port)
        .map((p) => p.port));
    const ranges = exposed.some((p) => p.protocol === protocol && p.endPort !== null && p.endPort !== p.port);
    return candidates.size === 1 && !ranges ? [...candidates][0] : undefined;
}

;// CONCATENATED MODULE: ./src/rules/suppression-rules.ts

/**
 * Rules about inline `portlint-disable-*` comments. They have no check: their findings are made by
 * src/policy/suppressions.ts once the other rules have run, worded from the tables here.
 */
const unusedMessages = {
    suppressesNothing: '{{directive}} suppresses nothing',
    rulesSuppressNothing: '{{directive}} {{rules}} suppresses nothing',
};
const expiredMessages = {
    expired: 'suppression expired on {{date}}{{reason}}',
};
const invalidMessages = {
    unknownDirective: 'unknown directive "{{directive}}"{{didYouMean}} (portlint knows {{known}})',
    tooManyRuleIds: 'more than {{max}} rule ids in one {{directive}}; the rest are ignored',
    expiryBeforeSeparator: 'write the expiry after "--" ({{directive}} rule-id -- reason; expires YYYY-MM-DD); the suppression is ignored until it is fixed',
    notSuppressible: '{{rule}} findings cannot be suppressed inline',
    unknownRule: 'unknown rule "{{rule}}" in {{directive}}{{didYouMean}}',
    invalidExpiryDate: 'expiry date "{{date}}" is not a valid YYYY-MM-DD date; the suppression is ignored until it is fixed',
    expiryWithoutDate: '"expires" needs a date (YYYY-MM-DD); the suppression is ignored until it has one',
};
/** The wording of one suppression finding, from its rule's table. */
const suppressionMessage = {
    unused: (id, data) => formatMessage(unusedMessages[id], data),
    expired: (id, data) => formatMessage(expiredMessages[id], data),
    invalid: (id, data) => formatMessage(invalidMessages[id], data),
};
const unusedSuppression = {
    id: 'unused-suppression',
    defaultSeverity: 'notice',
    suppressible: false,
    messages: unusedMessages,
    description: 'An inline portlint-disable comment that suppresses no finding.',
    rationale: 'A suppression outlives the port it excused: once the port is changed or removed, a stale comment would silently hide the next real problem on that line. Remove it, as ESLint asks for unused eslint-disable comments.',
};
const expiredSuppression = {
    id: 'expired-suppression',
    defaultSeverity: 'warning',
    suppressible: false,
    messages: expiredMessages,
    description: 'An inline suppression whose expiry date has passed; the findings it covered are reported again.',
    rationale: 'An expiry date turns a temporary exception into a reminder. Fix the port, or renew the date with a reason if the exception still holds.',
};
const invalidSuppression = {
    id: 'invalid-suppression',
    defaultSeverity: 'warning',
    suppressible: false,
    messages: invalidMessages,
    description: 'An inline suppression with an unknown directive or rule id, a rule that cannot be suppressed, or a malformed expiry date.',
    rationale: 'A typo in a suppression would otherwise suppress nothing, or never expire, without anyone noticing. A suppression whose expiry date cannot be read does not suppress until it is fixed.',
};

;// CONCATENATED MODULE: ./src/rules/options.ts
/** The configured value of a `port-range` option, else its default. */
function portRangeOption(schema, configured) {
    return configured === undefined ? schema.default : configured;
}
/** The configured value of a `port-ranges` option, else its default. */
function portRangesOption(schema, configured) {
    return configured === undefined ? schema.default : configured;
}
/** The suggester's ranges, from the rules' option schemas and the configured options. */
function suggesterRanges(rules, configured = {}) {
    const avoid = [];
    let nodePortRange;
    for (const rule of rules) {
        const values = Object.hasOwn(configured, rule.id) ? configured[rule.id] : undefined;
        for (const [name, schema] of Object.entries(rule.options ?? {})) {
            const value = values && Object.hasOwn(values, name) ? values[name] : undefined;
            const spans = schema.kind === 'port-range' ? [portRangeOption(schema, value)] : portRangesOption(schema, value);
            // The defaults always apply: configured ranges add to them.
            const defaults = schema.kind === 'port-range' ? [schema.default] : schema.default;
            if (schema.suggester === 'avoid')
                avoid.push(...defaults, ...(value === undefined ? [] : spans));
            if (schema.suggester === 'node-port-range')
                nodePortRange = spans[0];
        }
    }
    if (nodePortRange === undefined)
        throw new Error('no rule option gives the node-port range');
    return { avoid, nodePortRange };
}

;// CONCATENATED MODULE: ./src/rules/nodeport-range.ts


/** Kubernetes' default `--service-node-port-range`; suggested node ports stay in the configured one. */
const RANGE = {
    kind: 'port-range',
    default: [30000, 32767],
    description: "Your clusters' --service-node-port-range as [start, end].",
    suggester: 'node-port-range',
};
const nodeport_range_messages = {
    outside: 'nodePort {{port}} is outside the NodePort range {{start}}-{{end}}',
};
const nodeport_range_hit = hitsFrom(nodeport_range_messages);
/** `nodePort` values the API server would refuse: outside the cluster's NodePort range. */
const nodeportRange = {
    id: 'nodeport-range',
    defaultSeverity: 'error',
    description: 'A Kubernetes nodePort lies outside the NodePort range (30000-32767 unless configured).',
    rationale: 'The API server only allocates node ports from its --service-node-port-range (30000-32767 by default) and ' +
        'rejects a Service whose nodePort lies outside it, so the manifest fails to apply. Set the `range` option ' +
        'when your clusters use a different range.',
    messages: nodeport_range_messages,
    options: { range: RANGE },
    check(context) {
        const [start, end] = portRangeOption(RANGE, context.options.range);
        const hits = [];
        for (const port of context.ports) {
            if (port.role !== 'node' || port.port === null)
                continue;
            const last = port.endPort ?? port.port;
            if (port.port >= start && last <= end)
                continue;
            hits.push(nodeport_range_hit(port, 'outside', { port: port.port, start, end }));
        }
        return hits;
    },
};

;// CONCATENATED MODULE: ./src/rules/port-name-invalid.ts

/**
 * Why a container port name (or a named `targetPort`) is not an IANA_SVC_NAME (RFC 6335 §5.1), as
 * Kubernetes checks it (`IsValidPortName`): [] when valid.
 */
function ianaServiceNameProblems(name) {
    const problems = [];
    if (name.length > 15)
        problems.push(`must be at most 15 characters (it has ${name.length})`);
    if (!/^[a-z0-9-]*$/.test(name))
        problems.push('may contain only lower-case letters, digits and "-"');
    if (!/[a-zA-Z]/.test(name))
        problems.push('must contain at least one letter');
    if (name.startsWith('-') || name.endsWith('-'))
        problems.push('must not begin or end with "-"');
    if (name.includes('--'))
        problems.push('must not contain "--"');
    return problems;
}
/** Why a Service port name is not a DNS-1123 label (what Kubernetes checks for Service ports): [] when valid. */
function dnsLabelProblems(name) {
    const problems = [];
    if (name.length > 63)
        problems.push(`must be at most 63 characters (it has ${name.length})`);
    if (!/^[a-z0-9-]*$/.test(name))
        problems.push('may contain only lower-case letters, digits and "-"');
    if (name.startsWith('-') || name.endsWith('-'))
        problems.push('must begin and end with a letter or digit');
    return problems;
}
const port_name_invalid_messages = {
    targetPortName: 'targetPort name "{{name}}" {{problems}}',
    containerPortName: 'port name "{{name}}" {{problems}}',
    servicePortName: 'Service port name "{{name}}" {{problems}}',
};
const port_name_invalid_hit = hitsFrom(port_name_invalid_messages);
/** Port names Kubernetes refuses: container port names, Service port names and named targetPorts. */
const portNameInvalid = {
    id: 'port-name-invalid',
    defaultSeverity: 'error',
    description: 'A Kubernetes port name breaks the naming rules (IANA_SVC_NAME for container ports).',
    rationale: 'Kubernetes validates port names: a container port name or a named targetPort must be an IANA service ' +
        'name (at most 15 characters, lower-case letters, digits and "-", at least one letter, no leading, trailing ' +
        'or doubled "-"), and a Service port name must be a DNS-1123 label. The API server rejects the object ' +
        'otherwise, and a Service targetPort can only refer to a container port by a valid name.',
    messages: port_name_invalid_messages,
    check(context) {
        const hits = [];
        for (const declaration of namedDeclarations(context.ports)) {
            const { port, name, subject, problems } = declaration;
            hits.push(port_name_invalid_hit(port, subject, { name, problems: problems.join('; ') }));
        }
        return hits;
    },
};
const WORKLOAD_ROLES = new Set(['container', 'host']);
const port_name_invalid_SERVICE_ROLES = new Set(['service', 'target', 'node']);
/** A Helm port written in a list item (`ports[0].containerPort`): its `portName` is the item's `name:`. */
const HELM_LIST_ITEM_KEY = /\]\.[^.[\]]+$/;
/**
 * One entry per declared port name with a problem, plus named targetPorts that stayed unresolved.
 * A port entry yields several ports sharing its name (containerPort and hostPort; port, targetPort and
 * nodePort): the name is checked once, and reported at the container port or else the Service port.
 * An entry with a container or host port is a container port (IANA_SVC_NAME); one with only
 * port/targetPort/nodePort is a Service port (DNS-1123 label), as Kubernetes validates them.
 */
function namedDeclarations(ports) {
    const out = [];
    const entries = new Map();
    for (const port of ports) {
        if (port.kind === 'kubernetes' && port.role === 'target' && port.portRef !== undefined) {
            const problems = ianaServiceNameProblems(port.portRef);
            if (problems.length > 0)
                out.push({ port, name: port.portRef, subject: 'targetPortName', problems });
        }
        const entry = port_name_invalid_entryKey(port);
        if (entry === undefined)
            continue;
        const group = entries.get(entry);
        if (group)
            group.push(port);
        else
            entries.set(entry, [port]);
    }
    for (const group of entries.values()) {
        const name = group[0].context.portName;
        const container = group.some((port) => WORKLOAD_ROLES.has(port.role));
        const problems = container ? ianaServiceNameProblems(name) : dnsLabelProblems(name);
        if (problems.length === 0)
            continue;
        const port = group.find((p) => p.role === (container ? 'container' : 'service')) ?? group[0];
        out.push({ port, name, subject: container ? 'containerPortName' : 'servicePortName', problems });
    }
    return out.sort((a, b) => (a.port.file < b.port.file ? -1 : a.port.file > b.port.file ? 1 : 0) ||
        a.port.line - b.port.line ||
        a.port.column - b.port.column);
}
/** Which port entry (one item of a `ports` list) a named port belongs to; undefined when not checked. */
function port_name_invalid_entryKey(port) {
    const name = port.context.portName;
    if (name === undefined)
        return undefined;
    if (port.kind === 'kubernetes') {
        const service = port_name_invalid_SERVICE_ROLES.has(port.role);
        if (!service && !WORKLOAD_ROLES.has(port.role))
            return undefined;
        const owner = service ? (port.context.service ?? '') : (port.context.container ?? '');
        return ['k8s', port.file, port.scope ?? '', service ? 'svc' : 'ctr', owner, name].join('\0');
    }
    if (port.kind === 'helm-values') {
        const keyPath = port.context.keyPath ?? '';
        if (!HELM_LIST_ITEM_KEY.test(keyPath))
            return undefined;
        return ['helm', port.file, keyPath.slice(0, keyPath.lastIndexOf('.')), name].join('\0');
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/index.ts















/** The only list of rules: the engine, the config validator, SARIF and the docs check all read it. */
const ALL_RULES = [
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
function ruleById(id) {
    return BY_ID.get(id);
}
/** A rule's severity: the configured one, else the rule's default. */
function ruleSeverity(id, configured) {
    return own(configured, id) ?? ruleById(id)?.defaultSeverity ?? 'error';
}

;// CONCATENATED MODULE: ./src/policy/closest.ts
/** Levenshtein distance, for "did you mean" suggestions on short keys. */
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
/** The valid word nearest to `word`, when it is close enough to be a plausible typo. */
function closest(word, valid) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of valid) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best !== undefined && bestDistance <= typoDistance(best) ? best : undefined;
}
/**
 * The valid words close enough to `word` to be its typo, nearest first (ties in the order given),
 * at most `limit`. A candidate whose length alone puts it too far is not compared.
 */
function nearestWords(word, valid, limit) {
    const near = [];
    const lower = word.toLowerCase();
    for (const candidate of valid) {
        const allowed = typoDistance(candidate);
        if (Math.abs(candidate.length - word.length) > allowed)
            continue;
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance <= allowed)
            near.push({ candidate, distance });
    }
    return near
        .sort((a, b) => a.distance - b.distance)
        .slice(0, limit)
        .map((n) => n.candidate);
}
/** The largest edit distance at which a word is still taken for a typo of `candidate`. */
function typoDistance(candidate) {
    return Math.max(2, Math.floor(candidate.length / 3));
}
/** `; did you mean "x"?` when a valid word is close enough to `word` to be its typo, else ''. */
function didYouMean(word, valid) {
    return suggestionText(closest(word, valid));
}
/** `; did you mean "x"?` for a suggestion found by other means (a bounded search), else ''. */
function suggestionText(suggestion) {
    return suggestion ? `; did you mean "${suggestion}"?` : '';
}
/** `; did you mean "a", "b" or "c"?` for the suggestions given, else ''. */
function suggestionsText(suggestions) {
    const quoted = suggestions.map((s) => `"${s}"`);
    const last = quoted.pop();
    if (last === undefined)
        return '';
    return `; did you mean ${quoted.length ? `${quoted.join(', ')} or ${last}` : last}?`;
}
/** Whether `value` is one of `valid`: narrows a string to the union the list holds. */
function isOneOf(value, valid) {
    return valid.includes(value);
}

;// CONCATENATED MODULE: ./src/discover/glob.ts
/**
 * Path globs of the config (`include`, `exclude`, `allow[].paths`), matched at a bounded cost. A config
 * comes with the pull request, and picomatch's regular expressions backtrack: `*a*a*a*a*b`, or a few
 * `**` segments, take seconds to minutes on one long path. Here a glob is split into path segments,
 * `**` segments are matched by one table over (glob segment, path segment), and each segment by the
 * classic one-star-backtrack wildcard walk: at worst (glob length x path length) steps per path.
 *
 * The syntax is picomatch's (with `dot: true`) minus what is not worth its cost: `*`, `**`, `?`,
 * `[abc]`, `[a-z]`, `[^a]`, `{a,b}` (nested), `{1..3}`, `\` escapes. Extglobs, `!` negation,
 * parentheses and `|` are refused with a GlobError that says so.
 */
const MAX_GLOB_LENGTH = 1024;
/** Brace expansions of one glob (`{a,b}{c,d}` is 4). */
const MAX_GLOB_EXPANSIONS = 256;
class GlobError extends Error {
}
const STAR = Symbol('*');
const ANY = Symbol('?');
/** A matcher for a list of globs (true when any matches); throws GlobError on a glob it refuses. */
function globMatcher(globs) {
    const compiled = globs
        .flatMap((glob) => compileGlob(glob))
        .map((segments) => ({
        segments,
        hasGlobstar: segments.includes('globstar'),
        // Segments without wildcards: a path lacking one is rejected without the table.
        literals: segments.flatMap((s) => (s !== 'globstar' && s.every(isPlainChar) ? [s.join('')] : [])),
    }));
    return (path) => {
        const parts = path.split('/');
        return compiled.some(({ segments, hasGlobstar, literals }) => (hasGlobstar || segments.length === parts.length) &&
            literals.every((literal) => parts.includes(literal)) &&
            matchSegments(segments, parts));
    };
}
/** Check a glob without keeping it: throws GlobError naming what is refused. */
function validateGlob(glob) {
    compileGlob(glob);
}
function compileGlob(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        throw new GlobError(`is longer than ${MAX_GLOB_LENGTH} characters`);
    if (glob.startsWith('!'))
        throw new GlobError('negation ("!") is not supported; use "exclude"');
    if (/[@!+*?]\(/.test(glob))
        throw new GlobError('extglobs such as "+(a|b)" are not supported');
    return expandBraces(glob).map((expanded) => {
        const segments = expanded.replace(/^(\.\/)+/, '').split('/');
        // `**/**` is one `**`.
        const kept = segments.filter((segment, i) => segment !== '**' || segments[i - 1] !== '**');
        return kept.map((segment) => (segment === '**' ? 'globstar' : compileSegment(segment)));
    });
}
function compileSegment(text) {
    const out = [];
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\') {
            if (i + 1 >= text.length)
                throw new GlobError('ends with a lone "\\"');
            out.push(text[++i]);
        }
        else if (ch === '*') {
            if (out.at(-1) !== STAR)
                out.push(STAR);
        }
        else if (ch === '?') {
            out.push(ANY);
        }
        else if (ch === '[') {
            const close = text.indexOf(']', i + 2);
            if (close < 0)
                throw new GlobError('has a "[" without "]"');
            out.push(compileClass(text.slice(i + 1, close)));
            i = close;
        }
        else if (ch === '(' || ch === ')' || ch === '|') {
            throw new GlobError(`"${ch}" is not supported (write the name out, or use {a,b})`);
        }
        else {
            out.push(ch);
        }
    }
    return out;
}
function compileClass(body) {
    if (body.startsWith('!'))
        throw new GlobError('"[!...]" is not supported; write "[^...]"');
    if (body.startsWith('[:'))
        throw new GlobError('POSIX classes such as "[[:alpha:]]" are not supported');
    const negated = body.startsWith('^');
    const chars = negated ? body.slice(1) : body;
    const ranges = [];
    for (let i = 0; i < chars.length; i++) {
        if (chars[i + 1] === '-' && i + 2 < chars.length) {
            ranges.push([chars[i], chars[i + 2]]);
            i += 2;
        }
        else {
            ranges.push([chars[i], chars[i]]);
        }
    }
    return { negated, ranges };
}
/** `{a,b}` and `{1..3}` expanded, innermost first, up to MAX_GLOB_EXPANSIONS results. */
function expandBraces(glob) {
    let pending = [glob];
    const done = [];
    while (pending.length > 0) {
        const next = [];
        for (const text of pending) {
            const brace = innermostBrace(text);
            if (!brace)
                done.push(text);
            else
                for (const option of brace.options)
                    next.push(text.slice(0, brace.start) + option + text.slice(brace.end + 1));
            if (done.length + next.length > MAX_GLOB_EXPANSIONS)
                throw new GlobError(`expands to more than ${MAX_GLOB_EXPANSIONS} globs`);
        }
        pending = next;
    }
    return done;
}
/** The first `{...}` holding no other brace, with its options; undefined when none is left. */
function innermostBrace(text) {
    let open = -1;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\')
            i++;
        else if (ch === '{')
            open = i;
        else if (ch === '}' && open >= 0) {
            const body = text.slice(open + 1, i);
            const options = braceOptions(body);
            // `{a}` is literal text in picomatch, as is an unclosed `{`.
            if (options)
                return { start: open, end: i, options };
            open = -1;
        }
    }
    return undefined;
}
function braceOptions(body) {
    const range = /^(-?\d+)\.\.(-?\d+)$|^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
    if (range) {
        const numeric = range[1] !== undefined;
        const from = numeric ? Number(range[1]) : range[3].charCodeAt(0);
        const to = numeric ? Number(range[2]) : range[4].charCodeAt(0);
        if (Math.abs(to - from) >= MAX_GLOB_EXPANSIONS)
            throw new GlobError(`expands to more than ${MAX_GLOB_EXPANSIONS} globs`);
        const step = from <= to ? 1 : -1;
        const out = [];
        for (let n = from; n !== to + step; n += step)
            out.push(numeric ? String(n) : String.fromCharCode(n));
        return out;
    }
    const options = [];
    let start = 0;
    for (let i = 0; i <= body.length; i++) {
        if (body[i] === '\\')
            i++;
        else if (i === body.length || body[i] === ',') {
            options.push(body.slice(start, i));
            start = i + 1;
        }
    }
    return options.length > 1 ? options : undefined;
}
/**
 * Whether the glob's segments match the path's. `reach[p]`: the glob segments so far can match the
 * first p path segments; one pass per glob segment.
 */
function matchSegments(glob, path) {
    let reach = new Uint8Array(path.length + 1);
    reach[0] = 1;
    glob.forEach((segment, g) => {
        const next = new Uint8Array(path.length + 1);
        if (segment === 'globstar') {
            // Zero or more segments, never `.` or `..`; as in picomatch, a final `/**` after a segment
            // ending in `*` (`a*/**`) takes at least one.
            const previous = glob[g - 1];
            const atLeastOne = g === glob.length - 1 &&
                previous !== undefined &&
                previous !== 'globstar' &&
                previous.at(-1) === STAR;
            for (let p = 0; p <= path.length; p++) {
                if (reach[p] && !atLeastOne)
                    next[p] = 1;
                if ((reach[p] || next[p]) && p < path.length && !isDotSegment(path[p]))
                    next[p + 1] = 1;
            }
        }
        else {
            for (let p = 0; p < path.length; p++)
                if (reach[p] && matchSegment(segment, path[p]))
                    next[p + 1] = 1;
        }
        reach = next;
    });
    return reach[path.length] === 1;
}
function isPlainChar(token) {
    return typeof token === 'string';
}
function isDotSegment(text) {
    return text === '.' || text === '..';
}
/**
 * One segment: on a mismatch only the latest `*` takes one more character, so the walk is at most
 * (pattern length x text length) steps whatever the pattern.
 */
function matchSegment(pattern, text) {
    // As picomatch: a segment that starts with `*` never matches `.` or `..`.
    if (pattern[0] === STAR && isDotSegment(text))
        return false;
    let t = 0;
    let p = 0;
    let star = -1;
    let starText = 0;
    while (t < text.length) {
        const token = pattern[p];
        if (token === STAR) {
            star = p++;
            starText = t;
        }
        else if (token !== undefined && matchesChar(token, text[t])) {
            p++;
            t++;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++starText;
        }
        else {
            return false;
        }
    }
    while (pattern[p] === STAR)
        p++;
    return p === pattern.length;
}
function matchesChar(test, ch) {
    if (test === ANY)
        return true;
    if (typeof test === 'string')
        return test === ch;
    const inside = test.ranges.some(([from, to]) => ch >= from && ch <= to);
    return inside !== test.negated;
}

;// CONCATENATED MODULE: ./src/policy/gate.ts

const FAIL_ON_VALUES = ['error', 'warning', 'notice', 'never'];
/** When neither the run nor the config sets `fail-on`. */
const DEFAULT_FAIL_ON = 'error';
/** Whether any finding is at least as severe as `failOn` (`never`: none is). */
function reachesFailOn(result, failOn) {
    if (failOn === 'never')
        return false;
    const threshold = SEVERITY_RANK[failOn];
    return result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
}

;// CONCATENATED MODULE: ./src/policy/config.ts












const CONFIG_FILE_NAMES = ['.portlint.yml', '.portlint.yaml'];
const TOP_LEVEL_KEYS = ['fail-on', 'include', 'exclude', 'rules', 'allow', 'services', 'registry'];
const SEVERITIES = ['error', 'warning', 'notice', 'off'];
/**
 * Bounds on what a config may hold: it comes with the pull request, so from anyone. A larger file
 * is refused unread: a hand-written one is a few KiB.
 */
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_CONFIG_ENTRIES = 10_000;
/** Each glob is tried on every path of the repository. */
const MAX_GLOBS = 256;
/** Prototype-less throughout: the action's settings are never read through an inherited property. */
function emptyConfig() {
    return ownFields({
        include: [],
        exclude: [],
        ruleSeverities: dictionary(),
        ruleOptions: dictionary(),
        allow: [],
        services: dictionary(),
        registry: [],
    });
}
/**
 * The config to use: `explicitPath` when given (it must exist), else `.portlint.yml` or
 * `.portlint.yaml` in cwd, else the defaults. Throws ConfigError naming file, line and column.
 * Only a regular file is read; one found in cwd must resolve inside cwd (a link out is refused).
 */
function loadConfig(cwd, explicitPath) {
    // lstat: a dangling link or a loop named .portlint.yml is an error to report, not "no config".
    const present = (name) => {
        try {
            return external_node_fs_default().lstatSync(external_node_path_default().join(cwd, name), { throwIfNoEntry: false }) !== undefined;
        }
        catch {
            return false;
        }
    };
    const file = explicitPath ?? CONFIG_FILE_NAMES.find(present);
    if (!file)
        return emptyConfig();
    const absolute = external_node_path_default().resolve(cwd, file);
    // A file named by the person (or checked by the action against the workspace) may be anywhere.
    const root = realFolder(explicitPath === undefined ? cwd : absolute);
    const read = readRegularFile(absolute, [root], MAX_CONFIG_BYTES);
    if ('refused' in read) {
        const { refused } = read;
        const why = refused.why === 'unreadable'
            ? refused.code
            : refused.why === 'folder'
                ? 'EISDIR'
                : refused.why === 'outside-root'
                    ? 'it resolves outside the folder it was found in; not read'
                    : describeRefusal(refused, 'a config file');
        throw new ConfigError(`${file}: cannot read the config file (${why})`);
    }
    const text = read.bytes.toString('utf8');
    return parseConfig(text, external_node_path_default().relative(cwd, absolute).split((external_node_path_default()).sep).join('/') || file);
}
/** Parse and validate config text; `file` only names it in errors, all of which come in one ConfigError. */
function parseConfig(text, file) {
    // Length in UTF-16 units bounds the bytes from below, and is free: parse nothing oversized.
    if (text.length > MAX_CONFIG_BYTES || Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES)
        throw new ConfigError(`${file}: the config file is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB`);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const problems = new ConfigProblems(file, lineCounter);
    // A broken file's structure is a guess: say what is broken, not what the guess lacks.
    for (const error of doc.errors)
        problems.noteAt(error.pos[0], error.message.split('\n')[0]);
    problems.throwIfAny();
    const config = ownFields({ ...emptyConfig(), file });
    attempt(() => readTopLevel(doc.contents, config, problems));
    problems.throwIfAny();
    return config;
}
function readTopLevel(root, config, p) {
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return;
    if (!(0,dist/* isMap */.jh)(root))
        return p.fail(root, 'the config must be a mapping of keys such as "rules" and "allow"');
    for (const pair of root.items) {
        attempt(() => {
            const key = keyOf(pair.key, p);
            const value = pair.value;
            switch (key) {
                case 'fail-on':
                    config.failOn = oneOf(value, FAIL_ON_VALUES, 'fail-on', p);
                    break;
                case 'include':
                case 'exclude':
                    config[key] = globList(value, key, p);
                    break;
                case 'rules':
                    readRules(value, config, p);
                    break;
                case 'allow':
                    config.allow = readAllow(value, p);
                    break;
                case 'services':
                    config.services = readServices(value, p);
                    break;
                case 'registry':
                    config.registry = readOrgRegistry(value, p);
                    break;
                default:
                    p.note(pair.key, unknownKey(key, TOP_LEVEL_KEYS, 'key'));
            }
        });
    }
}
/** At most this many errors are listed; the rest are counted. */
const MAX_LISTED_CONFIG_ERRORS = 50;
/** Errors kept to sort into file order; the count goes on past it (a hostile file may hold many). */
const MAX_KEPT_CONFIG_ERRORS = 1000;
/** Thrown by ConfigProblems.fail to abandon the entry being read; `attempt` catches it. */
class AbandonEntry extends Error {
}
/** The errors of one config file, collected so that all of them are reported at once. */
class ConfigProblems {
    file;
    lineCounter;
    kept = [];
    count = 0;
    /** How many errors were found so far: an entry compares it before and after reading itself. */
    get found() {
        return this.count;
    }
    constructor(file, lineCounter) {
        this.file = file;
        this.lineCounter = lineCounter;
    }
    /** Records an error at a character offset of the file. */
    noteAt(offset, message) {
        this.count++;
        if (this.kept.length < MAX_KEPT_CONFIG_ERRORS)
            this.kept.push({ offset, message });
    }
    /** Records an error at `node` (at the start of the file without one) and goes on reading. */
    note(node, message) {
        this.noteAt(node?.range?.[0] ?? 0, message);
    }
    /** Records an error at `node` and abandons the entry it is in: what follows depends on it. */
    fail(node, message) {
        this.note(node, message);
        throw new AbandonEntry();
    }
    /** One ConfigError listing every error in file order, `file:line:col: message` a line. */
    throwIfAny() {
        if (this.count === 0)
            return;
        // Array.prototype.sort is stable: errors at one place keep the order they were found in.
        const lines = [...this.kept]
            .sort((a, b) => a.offset - b.offset)
            .slice(0, MAX_LISTED_CONFIG_ERRORS)
            .map(({ offset, message }) => {
            const at = this.lineCounter.linePos(offset);
            return `${this.file}:${at.line}:${at.col}: ${message}`;
        });
        if (this.count > lines.length)
            lines.push(`... and ${this.count - lines.length} more`);
        throw new ConfigError(lines);
    }
}
/** Runs `read`; an entry it abandons (its error recorded) lets the caller go on to the next one. */
function attempt(read) {
    try {
        read();
    }
    catch (error) {
        if (!(error instanceof AbandonEntry))
            throw error;
    }
}
function unknownKey(key, valid, what) {
    return `unknown ${what} "${key}"${didYouMean(key, valid)} (valid: ${valid.join(', ')})`;
}
function keyOf(node, p) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return p.fail(node, 'keys must be plain strings');
    return node.value;
}
function oneOf(node, valid, key, p) {
    const value = (0,dist/* isScalar */.jn)(node) ? String(node.value) : undefined;
    if (value !== undefined && isOneOf(value, valid))
        return value;
    const suggestion = value ? didYouMean(value, valid) : '';
    return p.fail(node, `"${key}" must be one of ${valid.join(', ')}${suggestion}`);
}
/** A string or a list of strings; each entry that is not one is an error of its own. */
function stringList(node, key, p) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
        return [node.value];
    if (!(0,dist/* isSeq */.oP)(node))
        return p.fail(node, `"${key}" must be a list of strings`);
    const strings = [];
    let wrong = false;
    for (const item of boundedItems(node, key, p)) {
        if ((0,dist/* isScalar */.jn)(item) && typeof item.value === 'string')
            strings.push(item.value);
        else {
            p.note(item, `"${key}" entries must be strings`);
            wrong = true;
        }
    }
    if (wrong)
        throw new AbandonEntry();
    return strings;
}
/** Path globs: a list of strings that globMatcher accepts, at most MAX_GLOBS. */
function globList(node, key, p) {
    if ((0,dist/* isSeq */.oP)(node) && node.items.length > MAX_GLOBS)
        p.fail(node.items[MAX_GLOBS], `"${key}" has more than ${MAX_GLOBS} globs`);
    const globs = stringList(node, key, p);
    globs.forEach((glob, i) => {
        try {
            validateGlob(glob);
        }
        catch (error) {
            if (!(error instanceof GlobError))
                throw error;
            const shown = JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}...` : glob);
            p.note((0,dist/* isSeq */.oP)(node) ? node.items[i] : node, `"${key}" glob ${shown} ${error.message}`);
        }
    });
    return globs;
}
function readRules(node, config, p) {
    if (!(0,dist/* isMap */.jh)(node))
        return p.fail(node, '"rules" must map rule ids to a severity or to { severity, ...options }');
    for (const pair of boundedItems(node, 'rules', p))
        attempt(() => readRule(pair, config, p));
}
function readRule(pair, config, p) {
    const id = keyOf(pair.key, p);
    const rule = ruleById(id);
    if (!rule)
        return p.fail(pair.key, unknownKey(id, ALL_RULES.map((r) => r.id), 'rule'));
    const value = pair.value;
    if ((0,dist/* isScalar */.jn)(value)) {
        config.ruleSeverities[id] = oneOf(value, SEVERITIES, `rules.${id}`, p);
        return;
    }
    if (!(0,dist/* isMap */.jh)(value))
        return p.fail(value, `"rules.${id}" must be a severity or a mapping`);
    const schemas = new Map(Object.entries(rule.options ?? {}));
    const allowed = ['severity', ...schemas.keys()];
    const options = dictionary();
    for (const optionPair of value.items) {
        attempt(() => {
            const option = keyOf(optionPair.key, p);
            const optionValue = optionPair.value;
            if (!allowed.includes(option))
                p.fail(optionPair.key, unknownKey(option, allowed, `option of rule ${id}`));
            if (option === 'severity') {
                config.ruleSeverities[id] = oneOf(optionValue, SEVERITIES, `rules.${id}.severity`, p);
            }
            else {
                options[option] = readRangeOption(optionValue, `rules.${id}.${option}`, schemas.get(option).kind === 'port-ranges', p);
            }
        });
    }
    if (Object.keys(options).length)
        config.ruleOptions[id] = options;
}
/** `[start, end]`, or with `many` a list of them; ports 1-65535, start <= end. */
function readRangeOption(node, key, many, p) {
    const pairOf = (n) => {
        if (!(0,dist/* isSeq */.oP)(n) || n.items.length !== 2)
            return p.fail(n, `"${key}" must be [start, end]`);
        const [a, b] = n.items.map((i) => ((0,dist/* isScalar */.jn)(i) ? Number(i.value) : NaN));
        if (!isPort(a) || !isPort(b) || a > b)
            return p.fail(n, `"${key}" must be [start, end] with 1 <= start <= end <= 65535`);
        return [a, b];
    };
    if (!many)
        return pairOf(node);
    if (!(0,dist/* isSeq */.oP)(node))
        return p.fail(node, `"${key}" must be a list of [start, end] pairs`);
    return boundedItems(node, key, p).map((item) => pairOf(item));
}
function isPort(n) {
    return Number.isInteger(n) && n >= 1 && n <= 65535;
}
/** `3000`, `"3000-3005"`. */
function readPortOrRange(node, key, p) {
    const text = (0,dist/* isScalar */.jn)(node) ? String(node.value) : '';
    const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
    const start = Number(match?.[1]);
    const end = match?.[2] !== undefined ? Number(match[2]) : start;
    if (!match || !isPort(start) || !isPort(end) || end < start) {
        return p.fail(node, `"${key}" must be a port (1-65535) or a range "start-end"`);
    }
    return [start, end];
}
const ALLOW_KEYS = ['port', 'protocol', 'paths', 'services', 'rules', 'reason'];
function readAllow(node, p) {
    return readEntryList(node, 'allow', '{ port, reason, ... }', readAllowEntry, p);
}
/** A list of `{ ... }` entries, each read by `readEntry`; an entry with errors is left out after them. */
function readEntryList(node, key, shape, readEntry, p) {
    if (!(0,dist/* isSeq */.oP)(node))
        return p.fail(node, `"${key}" must be a list of ${shape} entries`);
    const entries = [];
    for (const item of boundedItems(node, key, p))
        attempt(() => entries.push(readEntry(item, p)));
    return entries;
}
/** One allow entry; every field is checked, so an entry with three mistakes shows three errors. */
function readAllowEntry(entryNode, p) {
    if (!(0,dist/* isMap */.jh)(entryNode))
        return p.fail(entryNode, 'each "allow" entry must be a mapping with "port" and "reason"');
    const errorsBefore = p.found;
    const { fields, toldMissing } = entryFields(entryNode, ALLOW_KEYS, 'allow key', p);
    if (!fields.has('port') && !toldMissing('port'))
        p.note(entryNode, 'an "allow" entry needs "port"');
    const reason = fields.get('reason');
    const reasonText = (0,dist/* isScalar */.jn)(reason) && typeof reason.value === 'string' ? reason.value : '';
    if (reasonText.trim() === '' && !toldMissing('reason'))
        p.note(reason ?? entryNode, 'an "allow" entry needs a "reason" that says why the port is accepted');
    const entry = ownFields({ port: 0, endPort: 0, reason: reasonText });
    const field = (name, read) => {
        if (fields.has(name))
            attempt(() => read(fields.get(name)));
    };
    field('port', (value) => ([entry.port, entry.endPort] = readPortOrRange(value, 'allow.port', p)));
    field('protocol', (value) => (entry.protocol = oneOf(value, PROTOCOLS, 'allow.protocol', p)));
    field('paths', (value) => (entry.paths = globList(value, 'allow.paths', p)));
    field('services', (value) => (entry.services = stringList(value, 'allow.services', p)));
    field('rules', (value) => {
        const ids = ALL_RULES.map((r) => r.id);
        entry.rules = stringList(value, 'allow.rules', p);
        for (const id of entry.rules)
            if (!ids.includes(id))
                p.note(value, unknownKey(id, ids, 'rule'));
    });
    if (p.found > errorsBefore)
        throw new AbandonEntry();
    return entry;
}
/** The fields of a `{ key: value }` entry; an unknown key is an error, and the others are still read. */
function entryFields(entryNode, valid, what, p) {
    const fields = new Map();
    const misspelt = new Set();
    for (const pair of entryNode.items) {
        attempt(() => {
            const key = keyOf(pair.key, p);
            if (valid.includes(key))
                fields.set(key, pair.value);
            else {
                p.note(pair.key, unknownKey(key, valid, what));
                const meant = closest(key, valid);
                if (meant !== undefined)
                    misspelt.add(meant);
            }
        });
    }
    return { fields, toldMissing: (key) => !fields.has(key) && misspelt.has(key) };
}
function readServices(node, p) {
    if (!(0,dist/* isMap */.jh)(node))
        return p.fail(node, '"services" must map your service names to IANA service names');
    const services = dictionary();
    for (const pair of boundedItems(node, 'services', p)) {
        attempt(() => {
            const name = keyOf(pair.key, p);
            const names = stringList(pair.value, `services.${name}`, p);
            services[name.toLowerCase()] = names.map((s) => s.toLowerCase());
        });
    }
    return services;
}
const REGISTRY_KEYS = ['port', 'protocol', 'service', 'description'];
function readOrgRegistry(node, p) {
    return readEntryList(node, 'registry', '{ port, protocol, service }', readRegistryEntry, p);
}
function readRegistryEntry(entryNode, p) {
    if (!(0,dist/* isMap */.jh)(entryNode))
        return p.fail(entryNode, 'each "registry" entry must be a mapping { port, protocol, service }');
    const errorsBefore = p.found;
    const { fields, toldMissing } = entryFields(entryNode, REGISTRY_KEYS, 'registry key', p);
    const portNode = fields.get('port');
    const port = (0,dist/* isScalar */.jn)(portNode) ? Number(portNode.value) : NaN;
    if (!isPort(port) && !toldMissing('port'))
        p.note(portNode ?? entryNode, '"registry.port" must be a port number 1-65535');
    const service = fields.get('service');
    const serviceName = (0,dist/* isScalar */.jn)(service) && typeof service.value === 'string' ? service.value : '';
    if (!serviceName && !toldMissing('service'))
        p.note(service ?? entryNode, 'a "registry" entry needs "service"');
    let protocol = 'tcp';
    if (fields.has('protocol'))
        attempt(() => (protocol = oneOf(fields.get('protocol'), PROTOCOLS, 'registry.protocol', p)));
    if (p.found > errorsBefore)
        throw new AbandonEntry();
    const entry = ownFields({ port, protocol, service: serviceName });
    const description = fields.get('description');
    if ((0,dist/* isScalar */.jn)(description) && typeof description.value === 'string')
        entry.description = description.value;
    return entry;
}
/** The items of a list or mapping, refused beyond MAX_CONFIG_ENTRIES at the first one too many. */
function boundedItems(node, key, p) {
    if (node.items.length <= MAX_CONFIG_ENTRIES)
        return node.items;
    const extra = node.items[MAX_CONFIG_ENTRIES];
    const at = (0,dist/* isPair */.tO)(extra) ? extra.key : extra;
    return p.fail(at, `"${key}" has more than ${MAX_CONFIG_ENTRIES} entries`);
}

;// CONCATENATED MODULE: ./src/policy/with-findings.ts
/** The same scan with another set of findings, its severity counts recomputed. */
function withFindings(result, findings) {
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    return {
        ...result,
        findings,
        summary: {
            ...result.summary,
            errors: count('error'),
            warnings: count('warning'),
            notices: count('notice'),
        },
    };
}

;// CONCATENATED MODULE: ./src/policy/per-file-cap.ts

const MAX_FINDINGS_PER_FILE = 1000;
/** Keeps a file's first MAX_FINDINGS_PER_FILE diagnostics (in place) and counts the rest by rule. */
function capDiagnostics(diagnostics) {
    if (diagnostics.length <= MAX_FINDINGS_PER_FILE)
        return [];
    const byRule = new Map();
    for (let i = MAX_FINDINGS_PER_FILE; i < diagnostics.length; i++)
        tally(byRule, diagnostics[i], 1);
    diagnostics.length = MAX_FINDINGS_PER_FILE;
    return [...byRule.values()];
}
/**
 * Keeps the first MAX_FINDINGS_PER_FILE findings of each file (in report order) and adds a summary
 * for what this step and capDiagnostics left out. `findings` must be in report order.
 */
function capFindingsPerFile(findings, unreportedByFile, severityOf) {
    const kept = [];
    const perFile = new Map();
    const dropped = new Map();
    const droppedOf = (file) => dropped.get(file) ?? dropped.set(file, new Map()).get(file);
    for (const finding of findings) {
        const count = perFile.get(finding.file) ?? 0;
        perFile.set(finding.file, count + 1);
        if (count < MAX_FINDINGS_PER_FILE)
            kept.push(finding);
        else
            tally(droppedOf(finding.file), finding, 1);
    }
    for (const [file, unreported] of unreportedByFile) {
        for (const u of unreported) {
            const severity = severityOf(u.ruleId);
            if (severity !== 'off')
                tally(droppedOf(file), { ...u, severity }, u.count);
        }
    }
    if (dropped.size === 0)
        return kept;
    for (const [file, byRule] of dropped) {
        for (const t of byRule.values())
            kept.push(summaryFinding(file, t));
    }
    return kept.sort(compareFindings);
}
function tally(byRule, item, count) {
    const entry = byRule.get(item.ruleId);
    if (!entry) {
        byRule.set(item.ruleId, {
            ruleId: item.ruleId,
            count,
            line: item.line,
            column: item.column,
            severity: item.severity,
        });
        return;
    }
    entry.count += count;
    if (item.line < entry.line || (item.line === entry.line && item.column < entry.column)) {
        entry.line = item.line;
        entry.column = item.column;
    }
    if (item.severity && (!entry.severity || SEVERITY_RANK[item.severity] > SEVERITY_RANK[entry.severity])) {
        entry.severity = item.severity;
    }
}
function summaryFinding(file, t) {
    return {
        ruleId: t.ruleId,
        severity: t.severity ?? 'error',
        file,
        line: t.line,
        column: t.column,
        port: null,
        protocol: null,
        message: `${t.count} more ${t.ruleId} ${t.count === 1 ? 'finding' : 'findings'} in this file were not reported ` +
            `(portlint reports at most ${MAX_FINDINGS_PER_FILE} per file)`,
    };
}

;// CONCATENATED MODULE: ./src/parsers/text-position.ts
/**
 * Offset -> 1-based line/column for non-YAML manifests. Counts `\r\n`, `\n` and a lone `\r`
 * as one line break each, so positions match what editors and GitHub show.
 */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const ch = text.charCodeAt(i);
            if (ch === 10 /* \n */)
                this.starts.push(i + 1);
            else if (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)
                this.starts.push(i + 1);
        }
    }
    get lineCount() {
        return this.starts.length;
    }
    positionAt(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
    }
    /** The text of a 1-based line without its line break. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line] ?? this.text.length;
        return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
    }
    offsetOf(position) {
        return (this.starts[position.line - 1] ?? this.text.length) + position.column - 1;
    }
}
/** Split text into lines (any line break), keeping each line's start offset. */
function linesWithOffsets(text) {
    const out = [];
    const re = /\r\n|\n|\r/g;
    let start = 0;
    let line = 1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({ text: text.slice(start, m.index), offset: start, line: line++ });
        start = m.index + m[0].length;
    }
    out.push({ text: text.slice(start), offset: start, line });
    return out;
}
/** The offset of the line break (`\n` or `\r`) that ends the line holding `from`, or the text's end. */
function lineEnd(text, from) {
    for (let i = from; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 10 || ch === 13)
            return i;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./src/policy/suppressions.ts





/**
 * Inline suppressions: `portlint-disable-line`, `portlint-disable-next-line` and
 * `portlint-disable-file` comments, each with optional rule ids, reason and expiry:
 *
 *     # portlint-disable-next-line registered-conflict, dynamic-range -- Kafka by convention; expires 2027-03-01
 *
 * findSuppressions reads them from one file's comments, which its parser hands over;
 * applySuppressions removes the findings they cover and reports the unused, expired and invalid ones.
 */
/** Text every suppression contains: files without it pay nothing. */
const SUPPRESSION_MARKER = 'portlint-disable';
const DIRECTIVES = {
    'portlint-disable-line': 'line',
    'portlint-disable-next-line': 'next-line',
    'portlint-disable-file': 'file',
};
const DIRECTIVE_NAMES = Object.keys(DIRECTIVES);
/** Findings no inline comment may hide: files portlint could not read, and the suppressions' own findings. */
const UNSUPPRESSIBLE = new Set(ALL_RULES.filter((rule) => rule.suppressible === false).map((rule) => rule.id));
// ---------------------------------------------------------------------------------------------
// Reading the directives
const SUPPRESSIBLE_IDS = () => ALL_RULES.map((r) => r.id).filter((id) => !UNSUPPRESSIBLE.has(id));
/**
 * The suppressions written in one file's comments (as its parser hands them over, in text order);
 * undefined when the text never mentions `portlint-disable` (the common case: one substring search).
 */
function findSuppressions(file, text, comments) {
    if (!text.includes(SUPPRESSION_MARKER))
        return undefined;
    const result = { file, suppressions: [], problems: [] };
    const marked = comments.filter((c) => text.slice(c.bodyStart, c.bodyEnd).includes(SUPPRESSION_MARKER));
    if (marked.length === 0)
        return result;
    const index = new LineIndex(text);
    const nextCodeLine = codeLineFinder(text, comments, index);
    const vocabulary = { known: SUPPRESSIBLE_IDS(), suggest: boundedSuggestions() };
    for (const comment of marked)
        readDirective(text, comment, index, nextCodeLine, vocabulary, result);
    return result;
}
/** `(line) => the first line after it holding something other than blanks and comments`, or null. */
function codeLineFinder(text, comments, index) {
    const isCode = new Uint8Array(index.lineCount + 2);
    let c = 0;
    for (let i = 0; i < text.length; i++) {
        while (c < comments.length && comments[c].end <= i)
            c++;
        const comment = comments[c];
        if (comment && comment.start <= i) {
            i = comment.end - 1;
            continue;
        }
        if (isBlank(text[i]))
            continue;
        const { line } = index.positionAt(i);
        isCode[line] = 1;
        // The line is known to hold code: go on from the next one.
        i = index.offsetOf({ line: line + 1, column: 1 }) - 1;
    }
    return (after) => {
        for (let line = after + 1; line <= index.lineCount; line++)
            if (isCode[line])
                return line;
        return null;
    };
}
/** Suggestions per file, at most this many: edit distances are costly and a hostile file could ask millions. */
const MAX_SUGGESTIONS = 100;
function boundedSuggestions() {
    const caches = new Map();
    let computed = 0;
    return (word, valid) => {
        const cache = caches.get(valid) ?? new Map();
        caches.set(valid, cache);
        if (cache.has(word))
            return cache.get(word);
        if (computed >= MAX_SUGGESTIONS)
            return undefined;
        computed++;
        const suggestion = closest(word, valid);
        cache.set(word, suggestion);
        return suggestion;
    };
}
const WORD = /[A-Za-z0-9_-]+/y;
/** Far more than any real comment names; bounds the work on a hostile one. */
const MAX_RULE_IDS = 50;
const SEPARATOR = /(?:^|\s)--+(?=\s|$)/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function readDirective(text, comment, index, nextCodeLine, { known, suggest }, out) {
    let start = comment.bodyStart;
    while (start < comment.bodyEnd && isBlank(text[start]))
        start++;
    if (!text.startsWith(SUPPRESSION_MARKER, start))
        return; // prose that mentions portlint-disable later on
    WORD.lastIndex = start;
    const directive = WORD.exec(text)[0];
    const at = index.positionAt(start);
    const problem = (offset, message) => out.problems.push({ ...index.positionAt(offset), message });
    const scope = DIRECTIVES[directive];
    if (!scope) {
        const suggestion = suggest(directive, DIRECTIVE_NAMES);
        problem(start, suppressionMessage.invalid('unknownDirective', {
            directive,
            didYouMean: suggestionText(suggestion),
            known: DIRECTIVE_NAMES.join(', '),
        }));
        return;
    }
    const restStart = start + directive.length;
    const rest = text.slice(restStart, comment.bodyEnd);
    const separator = SEPARATOR.exec(rest);
    const idsText = separator ? rest.slice(0, separator.index) : rest;
    const descriptionStart = separator ? restStart + separator.index + separator[0].length : comment.bodyEnd;
    let usable = true;
    const rules = [];
    let named = false;
    let count = 0;
    for (const id of tokens(idsText, restStart, /[^\s,]+/g)) {
        named = true;
        if (++count > MAX_RULE_IDS) {
            problem(id.offset, suppressionMessage.invalid('tooManyRuleIds', { max: MAX_RULE_IDS, directive }));
            break;
        }
        if (id.text.toLowerCase() === 'expires') {
            problem(id.offset, suppressionMessage.invalid('expiryBeforeSeparator', { directive }));
            usable = false;
            break;
        }
        if (UNSUPPRESSIBLE.has(id.text)) {
            problem(id.offset, suppressionMessage.invalid('notSuppressible', { rule: id.text }));
        }
        else if (!known.includes(id.text)) {
            const suggestion = suggest(id.text, known);
            problem(id.offset, suppressionMessage.invalid('unknownRule', {
                rule: id.text,
                directive,
                didYouMean: suggestionText(suggestion),
            }));
        }
        else if (!rules.includes(id.text)) {
            rules.push(id.text);
        }
    }
    const reasons = [];
    let expires;
    for (const part of tokens(text.slice(descriptionStart, comment.bodyEnd), descriptionStart, /[^;]+/g)) {
        const expiry = /^(\s*)(expires\b\s*[:=]?\s*)/i.exec(part.text);
        if (!expiry) {
            const reason = part.text.replace(/\s+/g, ' ').trim();
            if (reason)
                reasons.push(reason);
            continue;
        }
        const dateOffset = part.offset + expiry[1].length + expiry[2].length;
        const date = part.text.slice(expiry[0].length).trimEnd();
        if (!isDate(date)) {
            problem(date ? dateOffset : part.offset + expiry[1].length, date
                ? suppressionMessage.invalid('invalidExpiryDate', { date })
                : suppressionMessage.invalid('expiryWithoutDate', {}));
            usable = false;
        }
        else if (expires === undefined || date < expires) {
            expires = date;
        }
    }
    const endLine = index.positionAt(Math.max(comment.start, comment.end - 1)).line;
    const suppression = {
        file: out.file,
        line: at.line,
        column: at.column,
        directive,
        scope,
        target: scope === 'file' ? 'file' : scope === 'line' ? at.line : nextCodeLine(endLine),
        rules: named ? rules : 'all',
        usable,
    };
    if (reasons.length)
        suppression.reason = reasons.join('; ');
    if (expires !== undefined)
        suppression.expires = expires;
    out.suppressions.push(suppression);
}
function isBlank(ch) {
    return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}
function* tokens(text, offset, pattern) {
    for (const match of text.matchAll(pattern))
        yield { text: match[0], offset: offset + match.index };
}
function isDate(text) {
    const match = DATE.exec(text);
    if (!match)
        return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
/**
 * Remove the findings the suppressions cover and add `invalid-suppression`, `expired-suppression`
 * and `unused-suppression` findings. Expired and unreadable suppressions suppress nothing.
 * Returns the findings in the engine's order.
 */
function applySuppressions(findings, found, options = {}) {
    if (found.length === 0)
        return findings.slice();
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const added = [];
    const report = (ruleId, file, at, message) => {
        const severity = ruleSeverity(ruleId, options.severities);
        if (severity === 'off')
            return;
        added.push({
            ruleId,
            severity,
            file,
            line: at.line,
            column: at.column,
            port: null,
            protocol: null,
            message,
        });
    };
    const active = [];
    // By `file\0line` and `file\0file`: a finding looks up only the suppressions that can cover it.
    const byTarget = new Map();
    for (const { file, suppressions, problems } of found) {
        for (const p of problems)
            report('invalid-suppression', file, p, p.message);
        for (const suppression of suppressions) {
            if (!suppression.usable)
                continue;
            if (suppression.expires !== undefined && suppression.expires < today) {
                const reason = suppression.reason ? `: ${suppression.reason}` : '';
                report('expired-suppression', file, suppression, suppressionMessage.expired('expired', { date: suppression.expires, reason }));
                continue;
            }
            // Every rule it names is invalid: reported as such, and it suppresses nothing.
            if (suppression.rules !== 'all' && suppression.rules.length === 0)
                continue;
            const tracked = { suppression, used: false, usedRules: new Set() };
            active.push(tracked);
            if (suppression.target === null)
                continue; // a next-line comment at the end of the file
            const key = targetKey(file, suppression.target);
            const list = byTarget.get(key) ?? [];
            list.push(tracked);
            byTarget.set(key, list);
        }
    }
    const kept = findings.filter((finding) => {
        if (UNSUPPRESSIBLE.has(finding.ruleId))
            return true;
        let suppressed = false;
        const candidates = [
            ...(byTarget.get(targetKey(finding.file, finding.line)) ?? []),
            ...(byTarget.get(targetKey(finding.file, 'file')) ?? []),
            ...logicalPortTargets(finding, byTarget),
        ];
        for (const tracked of candidates) {
            const { rules } = tracked.suppression;
            if (rules !== 'all' && !rules.includes(finding.ruleId))
                continue;
            tracked.used = true;
            tracked.usedRules.add(finding.ruleId);
            suppressed = true;
        }
        return !suppressed;
    });
    // In a file that could not be read, ports (and so findings) may be missing: no "unused" noise there.
    const unreadable = new Set(findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file));
    for (const { suppression, used, usedRules } of active) {
        const { file, rules, directive } = suppression;
        if (unreadable.has(file))
            continue;
        if (rules === 'all') {
            if (!used) {
                report('unused-suppression', file, suppression, suppressionMessage.unused('suppressesNothing', { directive }));
            }
            continue;
        }
        const unused = rules.filter((id) => !usedRules.has(id));
        if (unused.length) {
            const data = { directive, rules: unused.join(', ') };
            report('unused-suppression', file, suppression, suppressionMessage.unused('rulesSuppressNothing', data));
        }
    }
    return [...kept, ...added].sort(compareFindings);
}
function targetKey(file, target) {
    return `${file}\0${target}`;
}
/**
 * A finding on a logical port can be suppressed where any of its declarations is written (it is
 * reported once, at the one where the number is chosen); the other half of a clash cannot.
 */
function logicalPortTargets(finding, byTarget) {
    const members = finding.declared?.logicalPort?.members ?? [];
    const targets = new Set();
    for (const m of members) {
        if (m.file === finding.file && m.line === finding.line)
            continue;
        for (const key of [targetKey(m.file, m.line), targetKey(m.file, 'file')])
            for (const t of byTarget.get(key) ?? [])
                targets.add(t);
    }
    return [...targets];
}

;// CONCATENATED MODULE: ./src/policy/scope.ts


/**
 * Changed-only and new-only modes for large repositories. The whole repository is always scanned
 * (so duplicates are found against all of it); only the findings reported are narrowed.
 */
/**
 * Keep findings in changed files, findings with a related location (the rest of a logical port, the
 * other half of a clash) in one, and findings whose value is read from one (`${WEB}` in an unchanged compose.yaml when the `.env` changed).
 */
function onlyInFiles(result, files) {
    const sourcesAt = new Map();
    for (const port of result.ports) {
        if (port.valueFrom)
            sourcesAt.set(`${port.file}:${port.line}:${port.column}`, port.valueFrom);
    }
    const touches = (sources) => sources?.some((file) => files.has(file)) === true;
    return withFindings(result, result.findings.filter((f) => files.has(f.file) ||
        touches(f.valueFrom ?? f.declared?.valueFrom) ||
        (f.relatedLocations ?? []).some((r) => files.has(r.file) || touches(sourcesAt.get(`${r.file}:${r.line}:${r.column}`)))));
}
/** Rule, file, port and protocol: what stays the same when lines move. */
function identity(f) {
    return `${f.ruleId}\0${f.file}\0${f.port ?? ''}\0${f.protocol ?? ''}`;
}
/**
 * Keep the findings that the base does not have, compared by rule, file and port (not line), as
 * multisets: a second identical finding in a file is new even when the first one is old.
 */
function onlyNew(head, base) {
    const remaining = new Map();
    for (const f of base.findings)
        remaining.set(identity(f), (remaining.get(identity(f)) ?? 0) + 1);
    const fresh = head.findings.filter((f) => {
        const left = remaining.get(identity(f)) ?? 0;
        if (left > 0) {
            remaining.set(identity(f), left - 1);
            return false;
        }
        return true;
    });
    return withFindings(head, fresh);
}
/**
 * Refuses `changedSince` with `newFrom`: each picks the findings to report its own way, and
 * together one would silently narrow the other. The CLI and runScan say it in these words.
 */
function assertOneScope(request) {
    if (request.changedSince === undefined || request.newFrom === undefined)
        return;
    throw new UsageError('--changed-since and --new-from cannot be used together: they pick the findings to report two different ways ' +
        '(those in files changed since a ref, or those the tree at a ref does not have); use one');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/discover/report-path.ts

/**
 * Path relative to cwd with forward slashes (`../x` outside it; absolute only across drives): how
 * every report and every link names a file. Its own module, without discovery's dependencies, so
 * that the action's git scope can use it without loading the walker at start-up.
 */
function toReportPath(cwd, absolute) {
    const relative = external_node_path_default().relative(cwd, absolute);
    if (relative === '')
        return '.';
    return (external_node_path_default().isAbsolute(relative) ? absolute : relative).split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/policy/git.ts
/**
 * Every git call portlint makes (scope: changed files, the base tree of new-only mode, whether a
 * commit is there, the repository root reports are relative to), so that how git is run, bounded
 * and its failures worded is decided once.
 */






/** Output of a listing command (`diff --name-only`) may be long in a large repository. */
const MAX_LIST_BYTES = 512 * 1024 * 1024;
/** A tar of a whole tree. */
const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;
/** `rev-parse` on a commit answers at once; a hung git (a lock, a network filesystem) must not hang the step. */
const REV_PARSE_TIMEOUT_MS = 60_000;
/** git could not be run, or exited non-zero: its exit status and the first line it wrote to stderr. */
class GitFailed extends Error {
    status;
    code;
    firstLine;
    constructor(message, status, code, 
    /** Empty when git said nothing (`--quiet`). */
    firstLine) {
        super(message);
        this.status = status;
        this.code = code;
        this.firstLine = firstLine;
    }
}
/** Runs git in `cwd` with English messages (they are matched); a failure is a GitFailed. */
function git(cwd, args, bounds = {}) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, {
            cwd,
            env: { ...process.env, LC_ALL: 'C' },
            maxBuffer: bounds.maxBuffer ?? MAX_LIST_BYTES,
            timeout: bounds.timeout,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
    }
    catch (error) {
        const failure = error;
        const firstLine = String(failure.stderr ?? '')
            .trim()
            .split('\n')[0];
        const message = firstLine || failure.message.split('\n')[0];
        throw new GitFailed(message, failure.status ?? null, failure.code, firstLine);
    }
}
/** Runs `work`, saying any git failure in it as a GitError about `option`. */
function forOption(option, cwd, work) {
    try {
        return work();
    }
    catch (error) {
        if (!(error instanceof GitFailed))
            throw error;
        const lacking = whatGitLacks(error, cwd);
        if (lacking === 'git')
            throw new GitError(`${option} needs git, which was not found on PATH`);
        if (lacking === 'repository')
            throw new GitError(`${option} needs a git repository (${cwd} is not inside one)`);
        throw new GitError(`${option}: git failed: ${error.message}`);
    }
}
/** Whether git failed for want of itself (not on PATH) or of a repository around the folder. */
function whatGitLacks(error, cwd) {
    // A folder that is not there fails the spawn with ENOENT too.
    if (error.code === 'ENOENT')
        return external_node_fs_default().existsSync(cwd) ? 'git' : undefined;
    return /not a git repository/i.test(error.firstLine) ? 'repository' : undefined;
}
/** What to do when a shallow clone lacks a commit; empty when the clone is complete. */
function shallowHint(cwd) {
    return isShallow(cwd)
        ? '; this is a shallow clone: fetch more history (git fetch --unshallow, or actions/checkout with fetch-depth: 0)'
        : '';
}
function isShallow(cwd) {
    try {
        return git(cwd, ['rev-parse', '--is-shallow-repository']).toString('utf8').trim() === 'true';
    }
    catch {
        return false;
    }
}
/** A ref that names no commit is a GitError naming it (in a shallow clone, it may not be fetched). */
function requireCommit(option, cwd, ref) {
    try {
        git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch (error) {
        // `--quiet`: exit code 1 and no message when the commit is not there.
        if (!(error instanceof GitFailed && error.status === 1 && error.firstLine === ''))
            throw error;
        throw new GitError(`${option}: no commit "${ref}" in this repository${shallowHint(cwd)}`);
    }
}
/** `ref...HEAD` needs their merge base, which a shallow clone often lacks. */
function requireMergeBase(option, cwd, ref) {
    try {
        git(cwd, ['merge-base', ref, 'HEAD']);
    }
    catch (error) {
        // Exit code 1 and no message: the two have no common commit (in the history there is).
        if (!(error instanceof GitFailed && error.status === 1 && error.firstLine === ''))
            throw error;
        throw new GitError(`${option}: "${ref}" and HEAD have no common commit${shallowHint(cwd)}`);
    }
}
/** Files changed since `ref` (committed, staged, unstaged and untracked), as paths relative to cwd. */
function changedFilesSince(cwd, ref) {
    return forOption('--changed-since', cwd, () => {
        const top = git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
        requireCommit('--changed-since', cwd, ref);
        requireMergeBase('--changed-since', cwd, ref);
        const lists = [
            git(cwd, ['diff', '--name-only', '-z', `${ref}...HEAD`]),
            git(cwd, ['diff', '--name-only', '-z', 'HEAD']),
            git(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name']),
        ];
        const files = new Set();
        for (const list of lists) {
            for (const fromTop of list.toString('utf8').split('\0').filter(Boolean)) {
                files.add(toReportPath(cwd, external_node_path_default().join(top, fromTop)));
            }
        }
        return files;
    });
}
/**
 * Extract the tree of `ref` into a temporary folder and hand back the folder that corresponds to
 * cwd inside it, so the same paths can be scanned there. The caller removes `root`. A ref that
 * names no commit, or no repository, is a GitError about --new-from.
 */
function checkoutBaseTree(cwd, ref) {
    return forOption('--new-from', cwd, () => {
        const top = git(cwd, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
        requireCommit('--new-from', cwd, ref);
        const prefix = external_node_path_default().relative(top, cwd);
        const archive = git(top, ['archive', '--format=tar', ref], { maxBuffer: MAX_ARCHIVE_BYTES });
        const root = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), 'portlint-base-'));
        try {
            (0,external_node_child_process_.execFileSync)('tar', ['-x', '-C', root], { input: archive, stdio: ['pipe', 'ignore', 'pipe'] });
            const baseCwd = external_node_path_default().join(root, prefix);
            external_node_fs_default().mkdirSync(baseCwd, { recursive: true });
            return { root, cwd: baseCwd };
        }
        catch (error) {
            external_node_fs_default().rmSync(root, { recursive: true, force: true });
            throw error;
        }
    });
}
/**
 * Why `sha` is not a commit git can read in `cwd`, or undefined when it is. Never throws: a missing
 * git, a folder that is not a clone and a shallow clone are all reasons to report everything.
 */
function gitMissingCommit(cwd, sha) {
    try {
        git(cwd, ['rev-parse', '--verify', '--quiet', `${sha}^{commit}`], { timeout: REV_PARSE_TIMEOUT_MS });
        return undefined;
    }
    catch (error) {
        if (!(error instanceof GitFailed))
            throw error;
        // `--quiet`: exit code 1 and no message when the commit is not there.
        if (error.status === 1 && error.firstLine === '') {
            return 'is not in the clone (check out with actions/checkout and fetch-depth: 0)';
        }
        // Not a clone, git not installed, git refusing the folder (dubious ownership).
        const lacking = whatGitLacks(error, cwd);
        if (lacking === 'git')
            return 'cannot be read (git was not found on PATH)';
        if (lacking === 'repository')
            return `cannot be read (${cwd} is not inside a git repository)`;
        return `cannot be read (${error.message})`;
    }
}
/**
 * The top folder of the git work tree `cwd` is in, spelled from `cwd` (`--show-cdup`, so a symbolic
 * link in cwd's path is kept), or undefined when there is none: no git, not a clone, a bare
 * repository or a folder git refuses all mean "not a repository", never an error.
 */
function gitTopLevel(cwd) {
    try {
        const up = git(cwd, ['rev-parse', '--show-cdup'], { timeout: REV_PARSE_TIMEOUT_MS });
        return external_node_path_default().resolve(cwd, up.toString('utf8').trim());
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/policy/apply.ts
/**
 * Policy, applied once after the rules, in this order (each step sees what the one before kept):
 * inline suppressions -> unauthorized uses folded into the verdict on their port -> the per-file cap
 * -> `valueFrom` of files a parser read -> the allowlist -> scope (new-only, then changed-only) -> the
 * gate (`fail-on`). Suppressions come before the fold so that a comment naming unauthorized-use still
 * has a finding to suppress.
 */










/** Applies the config and the request to a raw scan: what the CLI and the action report. */
function applyPolicy(raw, config, request) {
    let result = applyConfig(raw, config, request.today);
    if (request.newFrom !== undefined) {
        const base = scanBase(request, request.newFrom);
        result = onlyNew(result, applyConfig(base, config, request.today));
    }
    if (request.changedSince !== undefined)
        result = onlyInFiles(result, changedFilesSince(request.cwd, request.changedSince));
    if (request.changedFiles !== undefined)
        result = onlyInFiles(result, new Set(request.changedFiles));
    const failOn = request.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
    return { result, failOn, failed: reachesFailOn(result, failOn) };
}
/** Everything but scope and the gate: what a tree reports under this config. */
function applyConfig(raw, config, today) {
    const severities = config.ruleSeverities;
    const suppressed = applySuppressions(raw.result.findings, raw.suppressions, { today, severities });
    const severityOf = (id) => ruleSeverity(id, severities);
    const findings = capFindingsPerFile(foldUnauthorizedUse(suppressed), raw.unreported, severityOf);
    // A parse problem (an invalid `${WEB}`) may come from a file the parser read besides its own.
    for (const finding of findings) {
        const sources = finding.declared === undefined ? raw.reads.get(finding.file) : undefined;
        if (sources)
            finding.valueFrom = sources;
    }
    return withFindings(raw.result, allowed(findings, config.allow));
}
/** Scans the tree at `ref` with the same config and paths, in a temporary folder. */
function scanBase(request, ref) {
    if (!request.scanAt)
        throw new Error('applyPolicy: newFrom needs scanAt');
    const base = checkoutBaseTree(request.cwd, ref);
    try {
        return request.scanAt(base.cwd);
    }
    finally {
        external_node_fs_default().rmSync(base.root, { recursive: true, force: true });
    }
}
/** The findings the allowlist does not accept. */
function allowed(findings, allow) {
    if (allow.length === 0)
        return findings;
    const matchers = allow.map((entry) => ({
        entry,
        path: entry.paths ? globMatcher(entry.paths) : undefined,
    }));
    return findings.filter((finding) => !matchers.some(({ entry, path }) => allows(entry, path, finding)));
}
function allows(entry, path, finding) {
    if (finding.port === null || finding.port < entry.port || finding.port > entry.endPort)
        return false;
    if (entry.protocol && finding.protocol !== entry.protocol)
        return false;
    if (entry.rules && !entry.rules.includes(finding.ruleId))
        return false;
    if (path && !path(finding.file))
        return false;
    if (entry.services) {
        const context = finding.declared?.context;
        const names = [context?.service, context?.container, context?.name]
            .filter(Boolean)
            .map((n) => n.toLowerCase());
        if (!entry.services.some((s) => names.includes(s.toLowerCase())))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/kinds.ts
/** What a name alone cannot tell: the file's text decides its kind, if any (kindOf with `head`). */
const KIND_FROM_TEXT = 'maybe';
function kindOf(kinds, path, facts, head) {
    for (const candidate of kinds) {
        const answer = candidate.matches(path, facts, head);
        if (answer === true)
            return candidate.kind;
        if (answer === 'maybe' && head === undefined)
            return KIND_FROM_TEXT;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/discover/discover.ts








/** Folders never worth scanning (vendored or generated code); `include` globs cannot re-add them. */
const DEFAULT_EXCLUDES = ['**/node_modules/**', '**/vendor/**', '**/.git/**'];
const WALK_LIMITS = { depth: 100, entries: 1_000_000 };
/** A .gitignore larger than this is not read (it ignores nothing): no hand-written one is. */
const MAX_GITIGNORE_BYTES = 1024 * 1024;
/**
 * Every manifest under `paths`, sorted by path. Inside a git work tree the file list comes from git
 * (tracked plus untracked-not-ignored), elsewhere from a walk that honours .gitignore files.
 */
function discover(paths, options) {
    const { cwd } = options;
    const excluded = globMatcher([...DEFAULT_EXCLUDES, ...(options.exclude ?? [])]);
    const included = options.include?.length ? globMatcher(options.include) : () => true;
    const givenPaths = paths.length ? paths : ['.'];
    const walkContext = {
        roots: options.roots ?? givenPaths.map((p) => realFolder(external_node_path_default().resolve(cwd, p))),
        limits: options.limits ?? WALK_LIMITS,
        readFolder: options.readFolder ?? ((folder) => external_node_fs_default().readdirSync(folder, { withFileTypes: true })),
        skips: new Map(),
        entriesSeen: 0,
    };
    const candidates = new Map();
    for (const given of givenPaths) {
        const absolute = external_node_path_default().resolve(cwd, given);
        let stat;
        try {
            stat = external_node_fs_default().statSync(absolute);
        }
        catch {
            continue; // the caller reports missing paths
        }
        // A FIFO, socket or device given by name is read by readManifest, which refuses it with a notice.
        if (!stat.isDirectory())
            candidates.set(toReportPath(cwd, absolute), absolute);
        else if (stat.isDirectory()) {
            for (const file of listFolder(absolute, walkContext))
                candidates.set(toReportPath(cwd, file), file);
        }
    }
    const reportPaths = [...candidates.keys()].filter((p) => !excluded(p) && included(p));
    const chartFolders = new Set(reportPaths.filter((p) => external_node_path_default().posix.basename(p) === 'Chart.yaml').map((p) => external_node_path_default().posix.dirname(p)));
    // A values file named on the command line belongs to a chart whose Chart.yaml was not listed.
    for (const p of reportPaths) {
        const folder = external_node_path_default().posix.dirname(p);
        if (/^values.*\.ya?ml$/i.test(external_node_path_default().posix.basename(p)) && !chartFolders.has(folder)) {
            if (external_node_fs_default().existsSync(external_node_path_default().join(external_node_path_default().dirname(candidates.get(p)), 'Chart.yaml')))
                chartFolders.add(folder);
        }
    }
    const facts = { chartFolders };
    const files = [];
    for (const reportPath of reportPaths.sort()) {
        const kind = kindOf(options.kinds, reportPath, facts);
        if (kind)
            files.push({ absolutePath: candidates.get(reportPath), path: reportPath, kind, facts });
    }
    reportSkips(walkContext.skips, files, options, (p) => excluded(p));
    return files;
}
const FS_PROBE = {
    stat: (absolute) => external_node_fs_default().statSync(absolute),
    lstat: (absolute) => external_node_fs_default().lstatSync(absolute),
    access: (absolute, mode) => external_node_fs_default().accessSync(absolute, mode),
};
/**
 * Why each given path cannot be scanned, in one line (`no such file or folder: a, b; cannot read
 * c: permission denied`), or undefined when all can. Asks stat and access only: nothing is opened.
 */
function unusablePathsMessage(paths, cwd, probe = FS_PROBE) {
    const missing = [];
    const unreadable = [];
    for (const given of paths) {
        const problem = pathProblem(external_node_path_default().resolve(cwd, given), probe);
        if (problem === 'missing')
            missing.push(given);
        else if (problem !== undefined)
            unreadable.push(`cannot read ${given}: ${problem}`);
    }
    const parts = missing.length
        ? [`no such file or folder: ${missing.join(', ')}`, ...unreadable]
        : unreadable;
    return parts.length ? parts.join('; ') : undefined;
}
function pathProblem(absolute, probe) {
    let stat;
    try {
        stat = probe.stat(absolute);
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return isLink(absolute, probe) ? 'broken symbolic link' : 'missing';
        return describeCode(code);
    }
    if (!stat.isFile() && !stat.isDirectory())
        return 'not a regular file or folder';
    try {
        // A folder is listed (read) and entered (execute).
        probe.access(absolute, stat.isDirectory() ? (external_node_fs_default()).constants.R_OK | (external_node_fs_default()).constants.X_OK : (external_node_fs_default()).constants.R_OK);
        return undefined;
    }
    catch (error) {
        return describeCode(errorCode(error));
    }
}
function isLink(absolute, probe) {
    try {
        return probe.lstat(absolute).isSymbolicLink();
    }
    catch {
        return false;
    }
}
function describeCode(code) {
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ELOOP')
        return 'symbolic link loop';
    return code;
}
/**
 * Tells `onSkipped` what the walk left out, unless excluded; a link that is itself a discovered file
 * gets its notice from readManifest instead.
 */
function reportSkips(skips, files, options, excluded) {
    if (!options.onSkipped || skips.size === 0)
        return;
    const discovered = new Set(files.map((f) => f.absolutePath));
    const reported = new Set();
    for (const [absolute, reason] of skips) {
        const reportPath = toReportPath(options.cwd, absolute);
        if (discovered.has(absolute) || excluded(reportPath) || reported.has(reportPath))
            continue;
        reported.add(reportPath);
        options.onSkipped(reportPath, reason);
    }
}
function listFolder(folder, context) {
    return listWithGit(folder) ?? walk(folder, context);
}
/** `git ls-files` is exact about ignores and far faster than a walk; undefined outside a work tree. */
function listWithGit(folder) {
    try {
        const output = (0,external_node_child_process_.execFileSync)('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
            cwd: folder,
            encoding: 'utf8',
            maxBuffer: 512 * 1024 * 1024,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        const unique = new Set(output.split('\0').filter(Boolean));
        return [...unique].map((relative) => external_node_path_default().join(folder, relative));
    }
    catch {
        return undefined;
    }
}
const NEVER_DESCEND = new Set(['node_modules', '.git', 'vendor']);
/**
 * A walk that honours every .gitignore on the way and never follows a symlinked folder. What it
 * cannot or will not enter (unreadable, too deep, a link out of the roots or a loop, past the
 * entry limit) goes to `context.skips`.
 */
function walk(root, context) {
    const { limits, skips } = context;
    const files = [];
    const stack = [
        { folder: root, depth: 0, rules: [] },
    ];
    while (stack.length > 0) {
        const { folder, depth, rules: inherited } = stack.pop();
        if (depth > limits.depth) {
            skips.set(folder, `it is a folder nested more than ${limits.depth} folders deep; not walked`);
            continue;
        }
        let entries;
        try {
            entries = context.readFolder(folder);
        }
        catch (error) {
            skips.set(folder, `it is a folder that cannot be read (${errorCode(error)})`);
            continue;
        }
        context.entriesSeen += entries.length;
        if (context.entriesSeen > limits.entries) {
            skips.set(folder, `the walk stopped at ${limits.entries} files and folders; this folder and those not yet walked were not scanned`);
            break;
        }
        const rules = [...inherited];
        const gitignore = entries.some((e) => e.name === '.gitignore' && e.isFile())
            ? readRegularFile(external_node_path_default().join(folder, '.gitignore'), context.roots, MAX_GITIGNORE_BYTES)
            : undefined;
        // An unreadable .gitignore ignores nothing.
        if (gitignore && 'bytes' in gitignore) {
            rules.push({ base: folder, matcher: ignore_default()().add(gitignore.bytes.toString('utf8')) });
        }
        for (const entry of entries) {
            const full = external_node_path_default().join(folder, entry.name);
            const isDir = entry.isDirectory();
            if (isDir && NEVER_DESCEND.has(entry.name))
                continue;
            if (isIgnored(rules, full, isDir))
                continue;
            if (isDir)
                stack.push({ folder: full, depth: depth + 1, rules });
            else {
                if (entry.isSymbolicLink())
                    noteLinkProblem(full, context);
                // Anything else named like a manifest (a FIFO, a socket) gets a `skipped-file` notice from readManifest.
                files.push(full);
            }
        }
    }
    return files;
}
/** A link to a folder out of the roots, or a loop, is not followed: note it so a user is told. */
function noteLinkProblem(link, context) {
    try {
        if (!external_node_fs_default().statSync(link).isDirectory())
            return;
        if (!isInsideRoots(external_node_fs_default().realpathSync.native(link), context.roots)) {
            context.skips.set(link, 'it is a symbolic link to a folder outside the scanned folder; not followed');
        }
    }
    catch (error) {
        if (errorCode(error) === 'ELOOP')
            context.skips.set(link, 'it is a symbolic link loop (ELOOP)');
        // A dangling link holds nothing to scan.
    }
}
function errorCode(error) {
    return error.code ?? 'unknown error';
}
function isIgnored(rules, full, isDir) {
    for (const { base, matcher } of rules) {
        const relative = external_node_path_default().relative(base, full).split((external_node_path_default()).sep).join('/');
        if (relative && matcher.ignores(isDir ? `${relative}/` : relative))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/parsers/yaml-source.ts

const MAX_ALIAS_RESOLUTIONS = 10_000;
/**
 * Parse every document of a YAML stream, and with `wantComments` collect its comments from the same
 * lexer pass. Never throws: a parser crash becomes a parse-error at 1:1.
 * With `mayDeclarePorts`, a document whose text it rejects is not parsed at all (so its syntax
 * errors go unreported): see composeWanted.
 */
function readYaml(written, wantComments = false, mayDeclarePorts) {
    // A lone CR is a YAML 1.2 line break (go-yaml, so Compose and kubectl, read it as one) that the `yaml`
    // package does not honour (eemeli/yaml#595). Same length, so every offset and position stays exact.
    const text = written.includes('\r') ? written.replace(/\r(?!\n)/g, '\n') : written;
    // Line starts come from the text itself: the parser's own LineCounter misses line breaks inside the
    // tokens it skips while recovering from an error, which shifts every later position.
    const lineCounter = new dist/* LineCounter */.HN();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineCounter.addNewLine(i + 1);
    const source = { text, documents: [], diagnostics: [], lineCounter };
    const { diagnostics } = source;
    const tooDeep = text.length > DEPTH_CHECK_FROM ? deepFlowOffset(text) : -1;
    if (tooDeep >= 0) {
        const at = lineCounter.linePos(tooDeep);
        diagnostics.push({
            ruleId: 'parse-error',
            messageId: 'yamlTooDeep',
            data: { depth: MAX_FLOW_DEPTH },
            line: at.line,
            column: at.col,
        });
        return withComments(source, wantComments ? lex(text) : undefined);
    }
    // What parseAllDocuments does, with the tokens kept when the comments are wanted.
    let tokens = [];
    let documents;
    try {
        const wanted = mayDeclarePorts && !wantComments ? composeWanted(text, mayDeclarePorts) : undefined;
        if (wanted) {
            documents = wanted.documents;
            if (wanted.unparsed.length > 0)
                source.unparsed = wanted.unparsed;
        }
        else {
            const stream = new dist/* Parser */.iX().parse(text);
            documents = Array.from(newComposer().compose(wantComments ? (tokens = Array.from(stream)) : stream));
        }
    }
    catch (error) {
        diagnostics.push({ ...yamlError(error.message), line: 1, column: 1 });
        return withComments(source, wantComments ? tokens : undefined);
    }
    for (const doc of documents) {
        const error = doc.errors[0];
        if (!error) {
            source.documents.push(doc);
            const bomb = text.includes('*') ? excessiveAliasing(doc) : undefined;
            if (bomb)
                diagnostics.push({
                    ruleId: 'parse-error',
                    messageId: 'yamlExcessiveAliasing',
                    data: bomb.data,
                    ...nodePosition({ lineCounter }, bomb.alias),
                });
            continue;
        }
        const at = lineCounter.linePos(error.pos[0]);
        diagnostics.push({ ...yamlError(firstLine(error.message)), line: at.line, column: at.col });
    }
    return withComments(source, wantComments ? tokens : undefined);
}
function newComposer() {
    return new dist/* Composer */.Dk({ merge: true, prettyErrors: false, uniqueKeys: false });
}
/** A line starting `---` and a blank: the `yaml` package starts a document there in any context. */
const DOCUMENT_START = /^---(?=[ \t\r\n]|$)/gm;
/** Directives (`%YAML`, `%TAG`) apply to the documents after them: such a stream is parsed whole. */
const DIRECTIVE = /^%/m;
/**
 * The documents of a stream that `mayDeclarePorts` accepts, each parsed on its own from its offset
 * in the stream, so every position is the one a parse of the whole stream gives. Skipping the others
 * loses nothing a parser reads: an anchor never reaches past its document. Undefined for a stream
 * with directives.
 */
function composeWanted(text, mayDeclarePorts) {
    if (DIRECTIVE.test(text))
        return undefined;
    const starts = [0];
    for (const match of text.matchAll(DOCUMENT_START))
        if (match.index > 0)
            starts.push(match.index);
    const documents = [];
    const unparsed = [];
    starts.forEach((start, i) => {
        const end = starts[i + 1] ?? text.length;
        const document = text.slice(start, end);
        if (!mayDeclarePorts(document)) {
            unparsed.push([start, end]);
            return;
        }
        const parser = new dist/* Parser */.iX();
        parser.offset = start;
        for (const doc of newComposer().compose(parser.parse(document)))
            documents.push(doc);
    });
    return { documents, unparsed };
}
/** The CST alone, for the comments of a file too deep to compose; [] if the lexer fails. */
function lex(text) {
    try {
        return Array.from(new dist/* Parser */.iX().parse(text));
    }
    catch {
        return [];
    }
}
function withComments(source, tokens) {
    if (tokens)
        source.comments = cstComments(tokens, source.text.length);
    return source;
}
/**
 * The comment tokens of a CST, in text order: never inside a block scalar or a quoted string. The
 * CST is a tree of plain objects and arrays; the walk is bounded all the same.
 */
function cstComments(tokens, textLength) {
    const comments = [];
    const stack = [...tokens];
    let budget = 16 * textLength + 1024;
    while (stack.length > 0 && budget-- > 0) {
        const item = stack.pop();
        if (Array.isArray(item)) {
            for (const child of item)
                stack.push(child);
            continue;
        }
        if (typeof item !== 'object' || item === null)
            continue;
        const token = item;
        if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
            const end = token.offset + token.source.trimEnd().length;
            comments.push({ start: token.offset, end, bodyStart: token.offset + 1, bodyEnd: end });
            continue;
        }
        for (const value of Object.values(item))
            if (typeof value === 'object' && value !== null)
                stack.push(value);
    }
    return comments.sort((a, b) => a.start - b.start);
}
/**
 * Flow collections (`[`, `{`) nested deeper than this are refused before parsing: the `yaml` parser's
 * time and memory grow steeply with depth (2.6 million levels: 30 s and 2.8 GB) while it gives up at
 * about 800 levels anyway, and no manifest nests a tenth as deep.
 */
const MAX_FLOW_DEPTH = 500;
/** Smaller files parse in well under a second however deep they nest: only larger ones are checked. */
const DEPTH_CHECK_FROM = 64 * 1024;
/** What may precede a `[`, `{` or quote that opens a flow collection or a quoted scalar. */
const FLOW_STARTERS = new Set([':', '-', '?', ',', '[', '{', '\n']);
/**
 * Offset of the first `[` or `{` nested deeper than MAX_FLOW_DEPTH, or -1. One pass that skips quoted
 * scalars and comments; brackets inside plain scalars (`a[b`) do not open anything.
 */
function deepFlowOffset(text) {
    let depth = 0;
    let previous = '\n';
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === ' ' || ch === '\t' || ch === '\r')
            continue;
        if (ch === '#' && (previous === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
            while (i + 1 < text.length && text[i + 1] !== '\n')
                i++;
            continue;
        }
        if ((ch === '"' || ch === "'") && FLOW_STARTERS.has(previous)) {
            for (i++; i < text.length && text[i] !== ch; i++)
                if (ch === '"' && text[i] === '\\')
                    i++;
            previous = ch;
            continue;
        }
        if ((ch === '[' || ch === '{') && FLOW_STARTERS.has(previous)) {
            if (++depth > MAX_FLOW_DEPTH)
                return i;
        }
        else if ((ch === ']' || ch === '}') && depth > 0)
            depth--;
        previous = ch;
    }
    return -1;
}
/** A parse-error with the `yaml` package's own wording (or a crash's). */
function yamlError(detail) {
    return { ruleId: 'parse-error', messageId: 'yaml', data: { detail } };
}
function firstLine(message) {
    const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return /Maximum call stack size exceeded/.test(first) ? 'the document is nested too deeply to read' : first;
}
/** go-yaml's limit (yaml.v3 decode.go `allowedAliasRatio`): the share of decoded nodes that may come from aliases. */
function allowedAliasRatio(decoded) {
    if (decoded <= 400_000)
        return 0.99;
    if (decoded >= 4_000_000)
        return 0.1;
    return 0.99 - 0.89 * ((decoded - 400_000) / 3_600_000);
}
/**
 * A billion-laughs document: aliases that expand it far beyond its size. go-yaml (Compose, kubectl,
 * Helm) refuses it ("document contains excessive aliasing"); the same rule is applied here to the
 * expanded node counts, computed once per anchored node, so the check itself stays linear.
 */
function excessiveAliasing(doc) {
    const expanded = new Map();
    const inProgress = new Set();
    let written = 0;
    let largest;
    const countWritten = (node) => {
        written++;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                countWritten(pair.key);
                countWritten(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                countWritten(item);
    };
    const size = (node) => {
        if (node === null || node === undefined || typeof node !== 'object')
            return 1;
        const cached = expanded.get(node);
        if (cached !== undefined)
            return cached;
        if (inProgress.has(node))
            return 1; // an anchor that contains its own alias: no expansion
        inProgress.add(node);
        let total = 1;
        if ((0,dist/* isAlias */.Vj)(node)) {
            total += size(resolveAlias(doc, node));
            if (!largest || total > largest.size)
                largest = { alias: node, size: total };
        }
        else if ((0,dist/* isMap */.jh)(node))
            for (const pair of node.items)
                total += size(pair.key) + size(pair.value);
        else if ((0,dist/* isSeq */.oP)(node))
            for (const item of node.items)
                total += size(item);
        inProgress.delete(node);
        total = Math.min(total, Number.MAX_SAFE_INTEGER);
        expanded.set(node, total);
        return total;
    };
    try {
        countWritten(doc.contents);
        const decoded = size(doc.contents);
        const fromAliases = decoded - written;
        if (!largest ||
            fromAliases <= 100 ||
            decoded <= 1000 ||
            fromAliases / decoded <= allowedAliasRatio(decoded)) {
            return undefined;
        }
        const nodes = decoded >= 1e9 ? 'over a billion' : String(decoded);
        return { alias: largest.alias, data: { written, nodes } };
    }
    catch {
        return undefined; // too deep to walk: the parsers' own walks are bounded
    }
}
/** Where a node starts. For a quoted scalar this is the opening quote; see `scalarValuePosition`. */
function nodePosition(source, node) {
    const offset = node.range?.[0] ?? 0;
    const at = source.lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
}
/**
 * Position of the character at `index` of a scalar's value. Exact for plain and simple quoted
 * scalars on one line; otherwise the first occurrence of `needle` in the node's source text.
 */
function scalarValuePosition(source, node, index, needle) {
    const [start, end] = node.range ?? [0, 0];
    const raw = source.text.slice(start, end);
    let offset;
    const quoted = node.type === dist/* Scalar */.X5.QUOTE_DOUBLE || node.type === dist/* Scalar */.X5.QUOTE_SINGLE;
    const valueText = String(node.value);
    const contentStart = start + (quoted ? 1 : 0);
    if ((node.type === dist/* Scalar */.X5.PLAIN || quoted) &&
        source.text.slice(contentStart, contentStart + valueText.length) === valueText) {
        offset = contentStart + index;
    }
    else {
        // A scalar written over several lines: its value is the text with each line break folded.
        const unescaped = node.type === dist/* Scalar */.X5.PLAIN || (quoted && !/\\|''/.test(raw.slice(1, -1)));
        const folded = unescaped ? foldedOffset(source.text.slice(contentStart, end), valueText, index) : -1;
        const found = folded < 0 && needle ? raw.indexOf(needle) : -1;
        offset = folded >= 0 ? contentStart + folded : found >= 0 ? start + found : start;
    }
    const at = source.lineCounter.linePos(offset);
    return { line: at.line, column: at.col };
}
/**
 * Offset in `written` of the value's character `index`, for a value that is `written` with its line
 * breaks (and the blanks around them) folded; -1 when they differ in anything else or `index` is a fold.
 */
function foldedOffset(written, value, index) {
    const isBlank = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
    let j = 0;
    for (let i = 0; i <= index && i < value.length; i++) {
        const ch = value[i];
        if (written[j] !== ch && isBlank(ch)) {
            if (i === index || !isBlank(written[j]))
                return -1;
            while (isBlank(written[j]))
                j++;
            continue;
        }
        while (written[j] !== ch && isBlank(written[j]))
            j++;
        if (written[j] !== ch)
            return -1;
        if (i === index)
            return j;
        j++;
    }
    return -1;
}
const aliasTargets = new WeakMap();
/**
 * The node an alias refers to: the last node anchored with its name before it, as `Alias.resolve`
 * finds it. `Alias.resolve(doc)` walks the whole document on every call (quadratic on a file with
 * many aliases), so every alias of a document is resolved in one walk, once.
 */
function resolveAlias(doc, alias) {
    let targets = aliasTargets.get(doc);
    if (!targets) {
        const found = new Map();
        const latest = new Map();
        try {
            (0,dist/* visit */.YR)(doc, {
                Node(_key, node) {
                    if ((0,dist/* isAlias */.Vj)(node)) {
                        const target = latest.get(node.source);
                        if (target)
                            found.set(node, target);
                    }
                    else if (node.anchor)
                        latest.set(node.anchor, node);
                },
            });
        }
        catch {
            // Too deep to walk: aliases stay unresolved, which the parsers read as absent values.
        }
        targets = found;
        aliasTargets.set(doc, targets);
    }
    return targets.get(alias);
}
/** Follow an alias to its anchored node (bounded, so alias chains cannot loop). */
function deref(doc, node) {
    let current = node;
    for (let hops = 0; (0,dist/* isAlias */.Vj)(current) && hops < 32; hops++) {
        current = resolveAlias(doc, current);
    }
    return current === null || current === undefined || (0,dist/* isAlias */.Vj)(current) ? undefined : current;
}
/**
 * A merge key `<<`. With `merge: true` the `yaml` package (2.9) gives it the value `Symbol(<<)`, not
 * the string, so a test for `'<<'` alone never sees one.
 */
function isMergeKey(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return false;
    const value = node.value;
    return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
/**
 * The value node under `key` in a map (aliases followed, merge keys `<<` honoured). `seen` stops a map
 * that merges itself, and keeps a map merged many times (`<<: [*a, *a]`, nested) from being searched
 * more than once: the answer would be the same, and the count grows exponentially with the nesting.
 */
function mapGet(doc, node, key, seen = new Set()) {
    const map = deref(doc, node);
    if (!(0,dist/* isMap */.jh)(map) || seen.has(map))
        return undefined;
    seen.add(map);
    for (const pair of map.items) {
        const k = deref(doc, pair.key);
        if ((0,dist/* isScalar */.jn)(k) && !isMergeKey(k) && String(k.value) === key)
            return deref(doc, pair.value) ?? undefined;
    }
    for (const pair of map.items) {
        const k = deref(doc, pair.key);
        if (isMergeKey(k)) {
            const merged = deref(doc, pair.value);
            const sources = (0,dist/* isSeq */.oP)(merged) ? merged.items : [merged];
            for (const src of sources) {
                const found = mapGet(doc, src, key, seen);
                if (found)
                    return found;
            }
        }
    }
    return undefined;
}
/**
 * Entries of a map as [key string, value node] (aliases followed, merge keys expanded, own keys win).
 * `expanded` as `seen` in `mapGet`: each merged map is expanded once.
 */
function mapEntries(doc, node, expanded = new Set()) {
    const map = deref(doc, node);
    if (!(0,dist/* isMap */.jh)(map) || expanded.has(map))
        return [];
    expanded.add(map);
    const own = [];
    const seen = new Set();
    const merged = [];
    for (const pair of map.items) {
        const k = deref(doc, pair.key);
        if (!(0,dist/* isScalar */.jn)(k))
            continue;
        if (isMergeKey(k)) {
            const value = deref(doc, pair.value);
            const sources = (0,dist/* isSeq */.oP)(value) ? value.items : [value];
            for (const src of sources)
                merged.push(...mapEntries(doc, src, expanded));
            continue;
        }
        const name = String(k.value);
        seen.add(name);
        own.push([name, deref(doc, pair.value), k]);
    }
    return [...own, ...merged.filter(([name]) => !seen.has(name) && (seen.add(name), true))];
}
/** Items of a sequence (aliases followed); [] for anything else. */
function seqItems(doc, node) {
    const seq = deref(doc, node);
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.map((item) => deref(doc, item)).filter((n) => n !== undefined);
}
/** The scalar's value as a string, or undefined for non-scalars and nulls. */
function scalarString(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
function isYamlMap(node) {
    return isMap(node);
}

/** Guards recursive walks over user YAML (Helm values) against alias bombs. */
const ALIAS_BUDGET = MAX_ALIAS_RESOLUTIONS;

;// CONCATENATED MODULE: ./src/parsers/port-values.ts

/** The transport protocols Docker (EXPOSE, `-p`, Compose) and Kubernetes accept. */
const CONTAINER_PROTOCOLS = ['tcp', 'udp', 'sctp'];
/** `word` as one of the `allowed` protocols, in any case; undefined when it names none of them. */
function protocolOf(word, allowed = CONTAINER_PROTOCOLS) {
    const lower = word.toLowerCase();
    return allowed.find((protocol) => protocol === lower);
}
const PORT_OR_RANGE = /^(\d+)(?:-(\d+))?$/;
/**
 * `8080` as [8080, 8080] and `8000-8100` as [8000, 8100]; undefined for anything else, or when a
 * number has more than `maxDigits` digits. Values are not range-checked: invalid-port reports them.
 */
function portRangeOf(text, maxDigits = Infinity) {
    const match = PORT_OR_RANGE.exec(text);
    if (!match || match[1].length > maxDigits || (match[2]?.length ?? 0) > maxDigits)
        return undefined;
    const start = Number(match[1]);
    return [start, match[2] === undefined ? start : Number(match[2])];
}
/** A whole-number token as written (`8080`, `-1`, `070`); undefined for anything else. */
function parsePortNumber(text) {
    return /^-?\d{1,12}$/.test(text) ? Number(text) : undefined;
}
/**
 * Resolve a value as a shell would (`8080`, `${PORT:-3000}`, `$OTHER`, `${HOST}${SUFFIX}`) against the
 * variables known so far. The linter never reads its own environment.
 */
function resolvePortValue(value, values) {
    if (value === '')
        return { kind: 'empty' };
    const literal = parsePortNumber(value);
    if (literal !== undefined)
        return { kind: 'number', port: literal };
    if (!value.includes('$'))
        return { kind: 'invalid' };
    const { value: expanded, unresolved } = interpolate(value, values);
    if (unresolved.length > 0)
        return { kind: 'unresolved', variable: unresolved[0] };
    const port = parsePortNumber(expanded.trim());
    return port === undefined ? { kind: 'invalid' } : { kind: 'number', port };
}

;// CONCATENATED MODULE: ./src/parsers/docker-port-spec.ts


/**
 * Parse Docker's `[[host_ip:]host_port[-end]:]container_port[-end][/protocol]` (Compose short
 * syntax, `docker run -p`, workflow service ports). Variables resolve from `values` only. As Compose
 * does, the whole spec is interpolated before it is split (`${SQL_PORT:-127.0.0.1:13306}:3306`); a
 * number that came from a variable is placed at the `$` of its reference. A spec with a variable
 * nothing resolves is split as written, so the other numbers are still read.
 */
function parsePortSpec(spec, values) {
    const expanded = spec.includes('$') ? expand(spec, values) : undefined;
    if (!expanded || expanded.unresolved.length > 0)
        return parseSpec(spec, spec, (text) => interpolate(text, values));
    const parsed = parseSpec(expanded.value, spec, (text) => ({ value: text, unresolved: [] }));
    // Back to offsets in the spec as written, and raw text as written (`${SQL_PORT:-...}`).
    const startAt = (offset) => expanded.starts[offset] ?? spec.length;
    for (const port of parsed.ports) {
        const last = port.offset + port.raw.length - 1;
        if (port.raw !== '')
            port.raw = spec.slice(startAt(port.offset), expanded.ends[last] ?? spec.length);
        port.offset = startAt(port.offset);
    }
    for (const problem of parsed.problems)
        problem.offset = startAt(problem.offset);
    return parsed;
}
/** `spec` is the text to split; `written` is quoted in messages. */
function parseSpec(spec, written, resolve) {
    const result = { ports: [], protocol: 'tcp', problems: [] };
    const slashParts = splitOutsideBraces(spec, '/');
    let body = slashParts[0];
    if (slashParts.length > 1) {
        const protocolSegment = slashParts[slashParts.length - 1];
        body = { text: spec.slice(0, protocolSegment.start - 1), start: 0 };
        const protocol = protocolOf(resolve(protocolSegment.text).value.trim());
        if (protocol)
            result.protocol = protocol;
        else
            result.problems.push({
                ruleId: 'invalid-port',
                messageId: 'unknownProtocolInSpec',
                data: { protocol: protocolSegment.text, spec: written },
                offset: protocolSegment.start,
            });
    }
    let rest = body;
    let hostIp;
    if (rest.text.startsWith('[')) {
        const close = rest.text.indexOf(']');
        if (close > 0 && rest.text[close + 1] === ':') {
            hostIp = { text: rest.text.slice(1, close), start: rest.start + 1 };
            rest = { text: rest.text.slice(close + 2), start: rest.start + close + 2 };
        }
    }
    const parts = splitOutsideBraces(rest.text, ':').map((s) => ({
        text: s.text,
        start: s.start + rest.start,
    }));
    let host;
    let container;
    if (hostIp) {
        if (parts.length === 1) {
            container = parts[0];
        }
        else {
            host = parts[parts.length - 2];
            container = parts[parts.length - 1];
        }
    }
    else if (parts.length === 1) {
        container = parts[0];
    }
    else if (parts.length === 2) {
        container = parts[1];
        if (looksLikeAddress(parts[0].text)) {
            // `127.0.0.1:3001`: Compose reads the address as the host port and refuses the file.
            result.problems.push({
                ruleId: 'invalid-port',
                messageId: 'addressAsHostPort',
                data: { spec: written, address: parts[0].text, port: parts[1].text },
                offset: parts[0].start,
            });
        }
        else
            host = parts[0];
    }
    else {
        // ip:host:container, where an unbracketed IPv6 address holds further colons.
        const ipParts = parts.slice(0, -2);
        hostIp = { text: ipParts.map((p) => p.text).join(':'), start: ipParts[0].start };
        host = parts[parts.length - 2];
        container = parts[parts.length - 1];
    }
    if (hostIp) {
        const ip = resolve(hostIp.text).value;
        if (ip !== '')
            result.hostIp = ip;
    }
    if (host && host.text !== '')
        readNumber(host, 'host', written, resolve, result);
    readNumber(container, 'container', written, resolve, result);
    return result;
}
function looksLikeAddress(text) {
    return /^\d{1,3}(\.\d{1,3}){3}$/.test(text) || text === 'localhost';
}
function readNumber(segment, role, spec, resolve, result) {
    const range = rangeOf(segment, resolve);
    if ('problem' in range) {
        result.problems.push({
            ruleId: 'invalid-port',
            ...problemIn(range.problem, spec),
            offset: segment.start,
        });
        return;
    }
    result.ports.push({ role, ...range, raw: segment.text, offset: segment.start });
}
/** The `invalid-port` message for a number or range that could not be read in `where`. */
function problemIn(problem, where) {
    return problem.value === ''
        ? { messageId: 'emptyPortIn', data: { where } }
        : { messageId: 'notANumberOrRangeIn', data: { raw: problem.value, where } };
}
/** A number or `start-end` range, each side possibly a variable. */
function readRange(segment, values) {
    return rangeOf(segment, (text) => interpolate(text, values));
}
function rangeOf(segment, resolve) {
    const resolved = resolve(segment.text.trim());
    if (resolved.unresolved.length > 0) {
        return { port: null, endPort: null, unresolvedVariable: resolved.unresolved[0] };
    }
    const text = resolved.value.trim();
    const range = portRangeOf(text, 10);
    if (!range)
        return { problem: { value: text } };
    return { port: range[0], endPort: range[1] };
}

;// CONCATENATED MODULE: ./src/parsers/dotenv-reader.ts


const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;
/** Escapes Compose's loader applies inside double quotes; `\$` stays a literal dollar (`$$`). */
const ESCAPES = new Map([
    ['n', '\n'],
    ['r', '\r'],
    ['t', '\t'],
    ['$', '$$'],
]);
/**
 * The one `.env` reader (the dotenv parser and Compose interpolation both use it): `export`, quotes,
 * multi-line double-quoted values, `#` comments only after whitespace in bare values, anything after a
 * closing quote ignored. Lines that are not assignments are skipped as the loader skips them.
 */
function readDotenv(text) {
    const read = { entries: [], errors: [] };
    const unclosedFrom = new Map();
    let lineStart = 0;
    while (lineStart < text.length) {
        const lineStop = lineEnd(text, lineStart);
        const match = ASSIGNMENT.exec(text.slice(lineStart, lineStop));
        let next = skipLineBreak(text, lineStop);
        if (match) {
            const valueStart = lineStart + match[0].length;
            const scanned = scanValue(text, valueStart, lineStop, unclosedFrom);
            if ('unterminated' in scanned)
                read.errors.push({ offset: valueStart, quote: scanned.unterminated });
            else {
                next = scanned.next;
                read.entries.push({
                    key: match[1],
                    text: scanned.text,
                    offset: scanned.offset,
                    literal: scanned.literal,
                });
            }
        }
        lineStart = next;
    }
    return read;
}
/**
 * Every entry's value after interpolation against the entries before it, as Compose sees them. A value
 * that still holds an unknown variable stays unknown (absent), so `$KEY` later is unresolved too.
 */
function dotenvValues(entries) {
    const values = new Map();
    for (const entry of entries)
        expandInto(values, entry);
    return values;
}
/** Add one entry's expanded value to `values` (or forget the key when it cannot be expanded). */
function expandInto(values, entry) {
    const expanded = entry.literal ? { value: entry.text, unresolved: [] } : interpolate(entry.text, values);
    if (expanded.unresolved.length === 0)
        values.set(entry.key, expanded.value);
    else
        values.delete(entry.key);
}
/**
 * Read one value starting at `start`: quoted (may span lines) or bare (up to a ` #` comment).
 * `unclosedFrom` remembers, per quote character, the earliest offset from which no closing quote
 * exists, so a file full of stray quotes is still read in linear time.
 */
function scanValue(text, start, lineStop, unclosedFrom) {
    const quote = text[start];
    if (quote === '"' || quote === "'") {
        const known = unclosedFrom.get(quote);
        const close = known !== undefined && start >= known ? -1 : findClosingQuote(text, start + 1, quote);
        if (close < 0) {
            if (known === undefined || start < known)
                unclosedFrom.set(quote, start);
            return { unterminated: quote === '"' ? 'double' : 'single' };
        }
        const body = text.slice(start + 1, close);
        return {
            text: quote === '"' ? dotenv_reader_unescape(body) : body,
            offset: start + 1,
            literal: quote === "'",
            next: skipLineBreak(text, lineEnd(text, close)),
        };
    }
    let bare = text.slice(start, lineStop);
    const comment = /(^|[ \t])#/.exec(bare);
    if (comment)
        bare = bare.slice(0, comment.index);
    return { text: bare.trimEnd(), offset: start, literal: false, next: skipLineBreak(text, lineStop) };
}
function dotenv_reader_unescape(body) {
    return body.replace(/\\(.)/gs, (_, ch) => ESCAPES.get(ch) ?? ch);
}
function findClosingQuote(text, from, quote) {
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\' && quote === '"')
            i++;
        else if (ch === quote)
            return i;
    }
    return -1;
}
function skipLineBreak(text, at) {
    if (text[at] === '\r' && text[at + 1] === '\n')
        return at + 2;
    return at < text.length ? at + 1 : at;
}

;// CONCATENATED MODULE: ./src/parsers/compose-loads.ts



/** Bounds what one file may name: a project loads a handful of files, never thousands. */
const MAX_LOADED_FILES = 64;
function emptyLoads() {
    return { include: [], extends: [], serviceImages: [] };
}
/**
 * A path a Compose file names, relative to the working directory: resolved against `folder` (the
 * folder of the file that names it, or the project folder for COMPOSE_FILE) and normalised.
 * Remote and absolute paths name nothing the scan can compare with.
 */
function loadedPath(written, folder, values) {
    const text = interpolate(written.trim(), values).value;
    if (text === '' || text.includes('$') || external_node_path_default().posix.isAbsolute(text) || isRemote(text))
        return undefined;
    return external_node_path_default().posix.normalize(external_node_path_default().posix.join(folder, text));
}
/** `oci://...`, `https://...`, `C:\\...`, or a scp-like `git@host:owner/repo.git`. */
function isRemote(text) {
    return /^[a-z][a-z0-9+.-]*:/i.test(text) || /^[^/]*@[^/]*:/.test(text);
}
function push(list, file) {
    if (file !== undefined && list.length < MAX_LOADED_FILES && !list.includes(file))
        list.push(file);
}
/** Top-level `include:`: a path, or `{ path: a path or a list }`, per entry. */
function readIncludes(loads, doc, folder, values) {
    for (const entry of seqItems(doc, mapGet(doc, doc.contents, 'include'))) {
        const written = (0,dist/* isMap */.jh)(entry) ? mapGet(doc, entry, 'path') : entry;
        const paths = scalarString(written) !== undefined ? [written] : seqItems(doc, written);
        for (const item of paths) {
            const text = scalarString(item);
            if (text !== undefined)
                push(loads.include, loadedPath(text, folder, values));
        }
    }
}
/** `extends: { file, service }` of service `name`; `extends` without a file stays in this file. */
function readExtends(loads, doc, service, name, folder, values) {
    const node = mapGet(doc, service, 'extends');
    if (!(0,dist/* isMap */.jh)(node) || loads.extends.length >= MAX_LOADED_FILES)
        return;
    const fileText = scalarString(mapGet(doc, node, 'file'));
    const extended = scalarString(mapGet(doc, node, 'service'));
    const file = fileText === undefined ? undefined : loadedPath(fileText, folder, values);
    if (file === undefined || extended === undefined)
        return;
    loads.extends.push({ file, service: interpolate(extended, values).value, as: name });
}
/**
 * `COMPOSE_FILE` of the folder's `.env`: the files `docker compose` loads there instead of the
 * default pair, split on `COMPOSE_PATH_SEPARATOR` when set, else on `:` or `;`.
 */
function readComposeFile(loads, folder, values) {
    const list = values.get('COMPOSE_FILE');
    if (list === undefined || list.trim() === '')
        return;
    const separator = values.get('COMPOSE_PATH_SEPARATOR');
    const parts = separator ? list.split(separator) : list.split(/[:;]/);
    const files = [];
    for (const part of parts)
        push(files, loadedPath(part, folder, values));
    if (files.length > 0)
        loads.composeFile = files;
}

;// CONCATENATED MODULE: ./src/parsers/speaks.ts
/**
 * What a manifest's own words say a port speaks (`DeclaredPort.speaks`): port names such as `http`,
 * `http-metrics` or `dns-tcp`, and `appProtocol` / `app_protocol` values such as `kubernetes.io/h2c`.
 * Lower-case protocol words; src/classify/protocols.ts maps them to IANA service names.
 */
/**
 * Words a port name or an application protocol is made of, and the protocol each one says. Reviewed
 * entry by entry: a word is here only when, as a whole part of a port's name, it names how the port
 * is spoken to (Istio's `<protocol>[-<suffix>]` names, Kubernetes' `http-metrics`, `dns-tcp`).
 */
const NAME_WORDS = new Map([
    ['http', 'http'],
    ['http2', 'http'],
    ['https', 'https'],
    ['h2c', 'h2c'],
    ['grpc', 'grpc'],
    // WebSocket is an HTTP upgrade (RFC 6455 sec. 1.3): `kubernetes.io/ws`, `kubernetes.io/wss`.
    ['ws', 'http'],
    ['wss', 'https'],
    // Prometheus scrapes metrics over HTTP; `web` is the port name of its own and most exporters' UIs.
    ['metrics', 'http'],
    ['web', 'http'],
    ['dns', 'dns'],
    ['ldap', 'ldap'],
    ['ldaps', 'ldaps'],
    ['kerberos', 'kerberos'],
    ['kpasswd', 'kerberos'],
    ['smtp', 'smtp'],
    ['submission', 'smtp'],
    ['imap', 'imap'],
    ['imaps', 'imap'],
    ['pop3', 'pop3'],
    ['pop3s', 'pop3'],
    ['syslog', 'syslog'],
    ['amqp', 'amqp'],
    ['amqps', 'amqp'],
    ['epmd', 'epmd'],
    ['mysqlx', 'mysqlx'],
    ['otlp', 'otlp'],
]);
/** Port names are DNS labels (at most 63 characters); a longer value is no name to read. */
const MAX_NAME_LENGTH = 253;
/** Protocols a port name says, e.g. `http-metrics` -> [http], `tcp-dns` -> [dns], `admin` -> []. */
function protocolsOfName(name) {
    if (!name || name.length > MAX_NAME_LENGTH)
        return [];
    const found = new Set();
    for (const part of name.toLowerCase().split(/[^a-z0-9]+/)) {
        const protocol = NAME_WORDS.get(part);
        if (protocol)
            found.add(protocol);
    }
    return [...found];
}
/**
 * Protocols an application protocol value says: an IANA service name or a well-known word (`http`,
 * `grpc`), or a prefixed name whose last segment is one (`kubernetes.io/h2c`).
 */
function protocolsOfAppProtocol(value) {
    if (!value || value.length > MAX_NAME_LENGTH)
        return [];
    const protocol = NAME_WORDS.get(value.toLowerCase().split('/').pop());
    return protocol ? [protocol] : [];
}
/** The protocols found, each once, in the order first found. */
function distinct(found) {
    return [...new Set(found)];
}
/** Set `speaks` on a port from the protocols found, leaving it absent when there are none. */
function withSpeaks(port, found) {
    const all = distinct(found);
    if (all.length > 0)
        port.speaks = all;
    return port;
}

;// CONCATENATED MODULE: ./src/parsers/kind-paths.ts

/** What the kind modules share to recognise their files by path (relative, forward slashes). */
/** The file's own name: `compose.yaml` of `deploy/compose.yaml`. */
function baseName(relativePath) {
    return external_node_path_.posix.basename(relativePath);
}
/** The folder the file is in, `.` for the top. */
function folderOf(relativePath) {
    return external_node_path_.posix.dirname(relativePath);
}
/** A `.yaml` or `.yml` name. */
const YAML_NAME = /\.ya?ml$/i;
/**
 * A YAML file that is not a Helm chart template: everything under a chart's `templates` folder is a
 * Go template, whatever its text, so no YAML kind takes it. `chartFolders` hold a Chart.yaml.
 */
function isYamlOutsideChartTemplates(relativePath, chartFolders) {
    if (!YAML_NAME.test(baseName(relativePath)))
        return false;
    const segments = relativePath.split('/');
    for (let i = segments.length - 2; i >= 1; i--) {
        if (segments[i] === 'templates' && chartFolders.has(segments.slice(0, i).join('/') || '.'))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/parsers/compose.ts










const MAX_SERVICE_IMAGES = 1000;
/**
 * Compose files: `ports` (short and long syntax) and `expose` of every service. Variables resolve
 * from the `.env` beside the file and the defaults written in the file, never from the process.
 */
const parseCompose = (input) => {
    const source = readYaml(input.text, input.wantComments);
    const out = { ports: [], diagnostics: [...source.diagnostics] };
    if (source.comments)
        out.comments = source.comments;
    const folder = external_node_path_default().posix.dirname(input.path);
    const envFile = folder === '.' ? '.env' : `${folder}/.env`;
    const envText = input.readSibling(envFile);
    const values = envText === undefined ? new Map() : dotenvValues(readDotenv(envText).entries);
    // What this file loads with itself: the link step turns these into Compose projects (`scope`).
    const loads = emptyLoads();
    readComposeFile(loads, folder, values);
    for (const doc of source.documents) {
        readIncludes(loads, doc, folder, values);
        for (const [name, service] of composeServices(doc)) {
            if (!(0,dist/* isMap */.jh)(service))
                continue;
            readExtends(loads, doc, service, name, folder, values);
            const image = scalarString(mapGet(doc, service, 'image'));
            const context = { service: name };
            if (image)
                context.image = interpolate(image, values).value;
            // Another file of the folder that adds ports to this service runs this image.
            const images = (loads.serviceImages ??= []);
            if (context.image && images.length < MAX_SERVICE_IMAGES)
                images.push([name, context.image]);
            const scope = {
                file: input.path,
                source,
                doc,
                values,
                ...(envText !== undefined && { envFile }),
                context,
                scope: `compose:${folder}`,
                out,
                ...buildOf(doc, service, folder, values),
            };
            readPortList(scope, mapGet(doc, service, 'ports'), 'ports', name);
            readPortList(scope, mapGet(doc, service, 'expose'), 'expose', name);
        }
    }
    out.composeLoads = loads;
    return out;
};
/** The services of a Compose document; version-1 files keep them at the top level. */
function composeServices(doc) {
    const services = mapGet(doc, doc.contents, 'services');
    if (services)
        return mapEntries(doc, services).map(([name, node]) => [name, node]);
    if (mapGet(doc, doc.contents, 'version'))
        return [];
    return mapEntries(doc, doc.contents)
        .filter(([, node]) => (0,dist/* isMap */.jh)(node) && (mapGet(doc, node, 'image') || mapGet(doc, node, 'build')))
        .map(([name, node]) => [name, node]);
}
function buildOf(doc, service, folder, values) {
    const build = mapGet(doc, service, 'build');
    if (!build)
        return {};
    const contextText = (0,dist/* isMap */.jh)(build)
        ? (scalarString(mapGet(doc, build, 'context')) ?? '.')
        : scalarString(build);
    if (contextText === undefined)
        return {};
    const resolvedContext = interpolate(contextText, values).value;
    if (/^[a-z]+:\/\//i.test(resolvedContext) || resolvedContext.startsWith('git@'))
        return {};
    const buildContext = external_node_path_default().posix.normalize(external_node_path_default().posix.join(folder, resolvedContext));
    const dockerfile = (0,dist/* isMap */.jh)(build) ? scalarString(mapGet(doc, build, 'dockerfile')) : undefined;
    const buildDockerfile = external_node_path_default().posix.normalize(external_node_path_default().posix.join(buildContext, dockerfile ?? 'Dockerfile'));
    return { buildContext, buildDockerfile };
}
function readPortList(scope, list, key, service) {
    if (list === undefined || ((0,dist/* isScalar */.jn)(list) && list.value === null))
        return;
    if (!(0,dist/* isSeq */.oP)(list)) {
        scope.out.diagnostics.push({
            ruleId: 'parse-error',
            messageId: 'composeNotAList',
            data: { key, service },
            ...nodePosition(scope.source, list),
        });
        return;
    }
    for (const item of seqItems(scope.doc, list)) {
        if ((0,dist/* isScalar */.jn)(item))
            readShortSyntax(scope, item, key);
        else if ((0,dist/* isMap */.jh)(item) && key === 'ports')
            readLongSyntax(scope, item);
        else
            scope.out.diagnostics.push({
                ruleId: 'invalid-port',
                messageId: 'composeNotAPortEntry',
                data: { key, service },
                ...nodePosition(scope.source, item),
            });
    }
}
function readShortSyntax(scope, node, key) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null)
        return;
    const spec = String(node.value);
    const at = (offset) => scalarValuePosition(scope.source, node, offset);
    const parsed = parsePortSpec(spec, scope.values);
    const valueFrom = variableSource(scope, spec);
    for (const { offset, ...problem } of parsed.problems)
        pushProblem(scope, problem, at(offset));
    for (const p of parsed.ports) {
        const role = key === 'expose' ? 'expose' : p.role;
        pushPort(scope, { ...p, role }, parsed.protocol, at(p.offset), parsed.hostIp, undefined, valueFrom);
    }
}
function readLongSyntax(scope, node) {
    const { doc, values } = scope;
    const protocolNode = mapGet(doc, node, 'protocol');
    const protocolText = scalarString(protocolNode);
    const known = protocolText ? protocolOf(interpolate(protocolText, values).value.trim()) : 'tcp';
    // As in the short syntax: an unknown protocol is an invalid-port finding, and the port is read as tcp.
    const protocol = known ?? 'tcp';
    if (!known && protocolNode) {
        pushProblem(scope, { ruleId: 'invalid-port', messageId: 'composeUnknownProtocol', data: { protocol: protocolText } }, nodePosition(scope.source, protocolNode));
    }
    const hostIpText = scalarString(mapGet(doc, node, 'host_ip'));
    const hostIp = hostIpText ? interpolate(hostIpText, values).value : undefined;
    const name = scalarString(mapGet(doc, node, 'name'));
    const appProtocol = scalarString(mapGet(doc, node, 'app_protocol'));
    const speaks = [...protocolsOfName(name), ...protocolsOfAppProtocol(appProtocol)];
    const first = scope.out.ports.length;
    for (const [field, role] of [
        ['target', 'container'],
        ['published', 'host'],
    ]) {
        const valueNode = mapGet(doc, node, field);
        if (!(0,dist/* isScalar */.jn)(valueNode) || valueNode.value === null || valueNode.value === '')
            continue;
        const text = String(valueNode.value);
        const position = scalarValuePosition(scope.source, valueNode, 0);
        const range = readRange({ text, start: 0 }, values);
        const valueFrom = variableSource(scope, text, protocolText, role === 'host' ? hostIpText : undefined);
        if ('problem' in range) {
            pushProblem(scope, { ruleId: 'invalid-port', ...problemIn(range.problem, field) }, position);
            continue;
        }
        const port = { role, ...range, raw: text, offset: 0 };
        pushPort(scope, port, protocol, position, role === 'host' ? hostIp : undefined, name, valueFrom);
    }
    for (const port of scope.out.ports.slice(first))
        withSpeaks(port, speaks);
}
function pushPort(scope, p, protocol, position, hostIp, portName, valueFrom) {
    const context = { ...scope.context };
    if (hostIp !== undefined && p.role === 'host')
        context.hostIp = hostIp;
    if (portName)
        context.portName = portName;
    const declared = {
        file: scope.file,
        ...position,
        port: p.port,
        endPort: p.endPort,
        protocol,
        role: p.role,
        kind: 'compose',
        context,
        raw: p.raw,
        scope: scope.scope,
    };
    if (p.unresolvedVariable)
        declared.unresolvedVariable = p.unresolvedVariable;
    // expose-mismatch checks a built service's container port against its Dockerfile's EXPOSE.
    const sources = p.role === 'container' && scope.buildDockerfile
        ? [...(valueFrom ?? []), scope.buildDockerfile]
        : valueFrom;
    if (sources)
        declared.valueFrom = sources;
    if (scope.buildContext)
        addFacts(declared, 'compose', { buildContext: scope.buildContext });
    if (scope.buildDockerfile)
        addFacts(declared, 'compose', { buildDockerfile: scope.buildDockerfile });
    scope.out.ports.push(declared);
}
function pushProblem(scope, problem, position) {
    scope.out.diagnostics.push({ ...problem, ...position });
}
/**
 * The `.env` file when any of `texts` interpolates a variable: a pull request that changes only
 * the `.env` changes this port, so changed-only scopes must keep its findings.
 */
function variableSource(scope, ...texts) {
    if (scope.envFile === undefined || !texts.some((text) => text?.includes('$')))
        return undefined;
    return [scope.envFile];
}
/** Compose files by name: `compose.yaml`, `docker-compose.prod.yml`, `api.compose.yaml`. */
const composeKind = {
    kind: 'compose',
    matches(path) {
        const base = baseName(path);
        return /^(docker-)?compose([.-].*)?\.ya?ml$/i.test(base) || /\.compose\.ya?ml$/i.test(base);
    },
    parse: parseCompose,
};

;// CONCATENATED MODULE: ./src/parsers/workflow.ts



const NO_VARIABLES = new Map();
/**
 * GitHub Actions workflows: `jobs.<id>.services.<name>.ports` and `jobs.<id>.container.ports`,
 * written in Docker's port syntax. `${{ }}` expressions are not resolvable here.
 */
const parseWorkflow = (input) => {
    const source = readYaml(input.text, input.wantComments);
    const out = { ports: [], diagnostics: [...source.diagnostics] };
    if (source.comments)
        out.comments = source.comments;
    for (const doc of source.documents) {
        for (const [job, jobNode] of mapEntries(doc, mapGet(doc, doc.contents, 'jobs'))) {
            const scope = `workflow:${input.path}#${job}`;
            const container = mapGet(doc, jobNode, 'container');
            if ((0,dist/* isMap */.jh)(container)) {
                readContainer(source, doc, container, { job, service: 'container' }, scope, input.path, out);
            }
            for (const [service, serviceNode] of mapEntries(doc, mapGet(doc, jobNode, 'services'))) {
                readContainer(source, doc, serviceNode, { job, service }, scope, input.path, out);
            }
        }
    }
    return out;
};
function readContainer(source, doc, node, base, scope, file, out) {
    const context = { ...base };
    const image = scalarString(mapGet(doc, node, 'image'));
    if (image)
        context.image = image;
    for (const item of seqItems(doc, mapGet(doc, node, 'ports'))) {
        if (!(0,dist/* isScalar */.jn)(item) || item.value === null)
            continue;
        const spec = String(item.value);
        const parsed = parsePortSpec(maskExpressions(spec), NO_VARIABLES);
        for (const { offset, ...problem } of parsed.problems) {
            out.diagnostics.push({ ...problem, ...scalarValuePosition(source, item, offset) });
        }
        for (const p of parsed.ports) {
            const declared = {
                file,
                ...scalarValuePosition(source, item, p.offset),
                port: p.port,
                endPort: p.endPort,
                protocol: parsed.protocol,
                role: p.role,
                kind: 'workflow',
                context: p.role === 'host' && parsed.hostIp ? { ...context, hostIp: parsed.hostIp } : context,
                raw: spec.slice(p.offset, p.offset + p.raw.length),
                scope,
            };
            if (p.unresolvedVariable)
                declared.unresolvedVariable = spec.slice(p.offset, p.offset + p.raw.length);
            out.ports.push(declared);
        }
    }
}
/** `${{ matrix.port }}` becomes an unresolvable `$XXXX...` of the same length, so offsets stay exact. */
function maskExpressions(spec) {
    return spec.replace(/\$\{\{[^}]*\}\}/g, (expression) => '$' + 'X'.repeat(expression.length - 1));
}
/** GitHub Actions workflows: any YAML file of a `.github/workflows` folder. */
const workflowKind = {
    kind: 'workflow',
    matches: (path) => YAML_NAME.test(baseName(path)) && /(^|\/)\.github\/workflows$/.test(folderOf(path)),
    parse: parseWorkflow,
};

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __webpack_require__(8390);
;// CONCATENATED MODULE: ./src/parsers/comments.ts

/**
 * Comments of formats where only a whole line can be one (Docker, systemd, Java properties read a
 * later `#` as part of the value). With `continuation`, a line ending in an odd number of
 * backslashes continues on the next, which is then never a comment (Java properties).
 */
function wholeLineComments(text, openers, continuation = false) {
    const comments = [];
    let continued = false;
    for (const { text: line, offset } of linesWithOffsets(text)) {
        const first = line.search(/\S/);
        if (first < 0) {
            continued = false;
            continue;
        }
        const opener = continued ? undefined : openers.find((o) => line.startsWith(o, first));
        if (opener) {
            const end = offset + line.trimEnd().length;
            comments.push({ start: offset + first, end, bodyStart: offset + first + opener.length, bodyEnd: end });
        }
        continued = !opener && continuation && endsWithOddBackslashes(line);
    }
    return comments;
}
function endsWithOddBackslashes(line) {
    const trimmed = line.trimEnd();
    let count = 0;
    while (count < trimmed.length && trimmed[trimmed.length - 1 - count] === '\\')
        count++;
    return count % 2 === 1;
}
/** Characters after which a quote opens a string even in a syntax where quotes open only at a word start. */
const QUOTE_MAY_FOLLOW = '=:,[({';
/** Every comment of the text, in order: a left-to-right scan that skips strings and heredocs. */
function scanComments(text, lexicon) {
    const comments = [];
    const quotes = lexicon.quotes ?? '';
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        const previous = i > 0 ? text[i - 1] : '\n';
        if (lexicon.blockComments && ch === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            const end = close < 0 ? text.length : close + 2;
            comments.push({ start: i, end, bodyStart: i + 2, bodyEnd: close < 0 ? text.length : close });
            i = end;
            continue;
        }
        const opener = lexicon.lineComments.find((o) => text.startsWith(o, i));
        if (opener &&
            (lexicon.openerAfter === undefined || comments_isBlank(previous) || lexicon.openerAfter.includes(previous))) {
            const end = lineEnd(text, i);
            comments.push({ start: i, end, bodyStart: i + opener.length, bodyEnd: end });
            i = end;
            continue;
        }
        if (quotes.includes(ch) &&
            (lexicon.quotesAnywhere || comments_isBlank(previous) || QUOTE_MAY_FOLLOW.includes(previous))) {
            i = skipString(text, i, lexicon.tripleQuotes === true);
            continue;
        }
        if (lexicon.heredocs && ch === '<' && text[i + 1] === '<') {
            const after = skipHeredoc(text, i);
            if (after !== undefined) {
                i = after;
                continue;
            }
        }
        i++;
    }
    return comments;
}
function comments_isBlank(ch) {
    return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}
/** The offset after the string opening at `start`; a one-line string ends at its line when unclosed. */
function skipString(text, start, tripleQuotes) {
    const quote = text[start];
    const triple = quote.repeat(3);
    if (tripleQuotes && text.startsWith(triple, start)) {
        const close = text.indexOf(triple, start + 3);
        return close < 0 ? text.length : close + 3;
    }
    let i = start + 1;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '\n' || ch === '\r')
            return i;
        if (ch === '\\' && quote === '"')
            i += 2;
        else if (ch === quote)
            return i + 1;
        else
            i++;
    }
    return text.length;
}
/** The end of an HCL heredoc starting at `start` (`<<EOF` or `<<-EOF`), or undefined when it is none. */
function skipHeredoc(text, start) {
    const opening = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*(?:\r\n|\n|\r)/y;
    opening.lastIndex = start;
    const match = opening.exec(text);
    if (!match)
        return undefined;
    let lineStart = opening.lastIndex;
    while (lineStart < text.length) {
        const end = lineEnd(text, lineStart);
        if (text.slice(lineStart, end).trim() === match[1])
            return end;
        lineStart = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    }
    return text.length;
}
/** Shell-like lines (`.env`, Procfile): `#` at a word start; quotes open strings only at a word start. */
const SHELL_COMMENTS = { lineComments: ['#'], openerAfter: '', quotes: `"'` };

;// CONCATENATED MODULE: ./src/parsers/dockerfile.ts
/**
 * Dockerfile / Containerfile: every `EXPOSE` port, with `ARG`/`ENV` substitution under Docker's
 * scoping rules, per build stage.
 *
 * Lines, continuations, comments, parser directives (`# escape=`) and heredocs are read by
 * `dockerfile-ast`; this module adds Docker's variable scoping and shell-word expansion, which that
 * package does not model the way BuildKit does.
 */







/** Docker accepts only these after `/` in EXPOSE (case-insensitive). */
/** Bound for `${A:-${B:-...}}` nesting and for the heredoc re-parse loop. */
const dockerfile_MAX_NESTING = 8;
const MAX_REPARSES = 8;
/**
 * Could the text hold an EXPOSE? Its letters may be split by line continuations (an escape, a line
 * break, blank or comment lines, indentation), which are taken out first, generously.
 */
function mayExpose(text) {
    return /expose/i.test(text) || /expose/i.test(text.replace(CONTINUATION, ''));
}
const CONTINUATION = /[\\`][ \t]*\r?\n(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*/g;
/** Parse a Dockerfile's text into its EXPOSEd ports. Never throws. */
const parseDockerfile = (input) => {
    const result = { ports: [], diagnostics: [] };
    // Nothing else here declares a port, and every parse error reported is about an EXPOSE.
    if (!mayExpose(input.text))
        return result;
    let dockerfile;
    try {
        dockerfile = parseWithFdHeredocs(input.text);
    }
    catch (error) {
        result.diagnostics.push({
            ruleId: 'parse-error',
            messageId: 'dockerfile',
            data: { detail: error instanceof Error ? error.message : String(error) },
            line: 1,
            column: 1,
        });
        return result;
    }
    new StageWalker(input, dockerfile, result).walk();
    return result;
};
/**
 * The ports the built image exposes: those of `file` the parser marked `inFinalImage`
 * (the last stage, plus earlier stages it is built FROM).
 */
function finalImagePorts(ports, file) {
    return ports.filter((p) => p.file === file && factsOf(p, 'dockerfile')?.inFinalImage === true);
}
/**
 * dockerfile-ast only recognises heredocs written `<<EOF`; BuildKit also accepts a file-descriptor
 * prefix (`RUN 3<<EOF cat /dev/fd/3`). Blank out such digits (same length, so every offset stays
 * valid) and parse again, so the heredoc body is never read as instructions.
 */
function parseWithFdHeredocs(text) {
    // dockerfile-ast counts a lone CR as a line break for positions but not for comment lines inside a
    // continuation; as LF (same length, offsets unchanged) both agree with LineIndex.
    let current = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
    let dockerfile = main.DockerfileParser.parse(current);
    for (let pass = 0; pass < MAX_REPARSES; pass++) {
        let index;
        const blanks = [];
        for (const instruction of dockerfile.getInstructions()) {
            if (!['RUN', 'COPY', 'ADD'].includes(instruction.getKeyword()))
                continue;
            for (const argument of instruction.getArguments()) {
                const digits = /^(\d+)<<-?[^<]/.exec(argument.getValue());
                if (!digits)
                    continue;
                const start = argument.getRange().start;
                index ??= new LineIndex(current);
                const offset = index.offsetOf({ line: start.line + 1, column: start.character + 1 });
                if (current.startsWith(digits[1], offset))
                    blanks.push(offset, digits[1].length);
            }
        }
        if (blanks.length === 0)
            return dockerfile;
        const chars = current.split('');
        for (let i = 0; i < blanks.length; i += 2)
            chars.fill(' ', blanks[i], blanks[i] + blanks[i + 1]);
        current = chars.join('');
        dockerfile = main.DockerfileParser.parse(current);
    }
    return dockerfile;
}
/** Walks the instructions in order, keeping Docker's ARG/ENV scopes, and collects EXPOSE ports. */
class StageWalker {
    input;
    dockerfile;
    out;
    lines;
    escape;
    /** ARGs declared before the first FROM: visible in a stage only after a bare `ARG NAME`. */
    globalArgs = new Map();
    stages = [];
    constructor(input, dockerfile, out) {
        this.input = input;
        this.dockerfile = dockerfile;
        this.out = out;
        this.lines = new LineIndex(input.text);
        this.escape = dockerfile.getEscapeCharacter() || '\\';
    }
    walk() {
        for (const instruction of this.dockerfile.getInstructions()) {
            try {
                this.visit(instruction);
            }
            catch (error) {
                // One odd instruction must not cost the rest of the file.
                this.parseError(instruction.getRange().start, 'dockerfileInstruction', {
                    keyword: instruction.getKeyword(),
                    detail: String(error),
                });
            }
        }
        this.markFinalImage();
    }
    get stage() {
        return this.stages.at(-1);
    }
    visit(instruction) {
        switch (instruction.getKeyword()) {
            case 'FROM':
                return this.visitFrom(instruction);
            case 'ARG':
                return this.visitArg(instruction);
            case 'ENV':
                return this.visitEnv(instruction);
            case 'EXPOSE':
                return this.visitExpose(instruction);
        }
    }
    visitFrom(from) {
        const image = from.getImage() ?? undefined;
        const alias = from.getBuildStage() ?? undefined;
        // Stage names are case-insensitive; `FROM build` starts from that stage's image.
        const parent = image
            ? this.stages.findLast((s) => s.alias?.toLowerCase() === image.toLowerCase())
            : undefined;
        this.stages.push({
            index: this.stages.length,
            alias,
            image,
            parent,
            args: new Map(),
            env: new Map(parent?.env),
            ports: [],
        });
    }
    visitArg(instruction) {
        const stage = this.stage;
        const lookup = stage ? this.stageLookup(stage) : (name) => this.globalArgs.get(name);
        for (const property of propertiesOf(instruction)) {
            const name = property.getName();
            const written = property.getUnescapedValue();
            if (!stage)
                this.globalArgs.set(name, written === null ? undefined : this.expandValue(written, lookup));
            else if (written !== null)
                stage.args.set(name, this.expandValue(written, lookup));
            // A bare `ARG NAME` in a stage brings the global default into scope (or none).
            else
                stage.args.set(name, this.globalArgs.get(name));
        }
    }
    visitEnv(instruction) {
        const stage = this.stage;
        if (!stage)
            return; // ENV before FROM is a Docker error; nothing can use it.
        // Every value of one ENV sees the scope as it was before the instruction, as in Docker.
        const lookup = this.stageLookup(stage);
        const values = propertiesOf(instruction).map((p) => {
            const written = p.getUnescapedValue();
            return [p.getName(), written === null ? undefined : this.expandValue(written, lookup)];
        });
        for (const [name, value] of values)
            stage.env.set(name, value);
    }
    visitExpose(instruction) {
        const stage = this.stage;
        const args = instruction.getArguments();
        if (args.length === 0) {
            this.parseError(instruction.getRange().start, 'exposeWithoutPort');
            return;
        }
        if (!stage) {
            this.parseError(instruction.getRange().start, 'exposeBeforeFrom');
        }
        const lookup = stage ? this.stageLookup(stage) : () => undefined;
        for (const argument of args)
            this.readExposeArgument(argument, stage, lookup);
    }
    /** One written token; a variable may expand to several words (`ARG PORTS="80 443"`). */
    readExposeArgument(argument, stage, lookup) {
        const raw = this.rawText(argument);
        const position = this.numberPosition(argument, raw);
        for (const word of expandWords(raw, this.escape, lookup, true)) {
            const port = this.portFromWord(word, raw, position, stage);
            if (port) {
                this.out.ports.push(port);
                stage?.ports.push(port);
            }
        }
    }
    portFromWord(word, raw, position, stage) {
        const declare = (values) => ({
            file: this.input.path,
            line: position.line,
            ...values,
            role: 'expose',
            kind: 'dockerfile',
            context: stageContext(stage),
            raw,
            scope: stage ? `${this.input.path}#stage${stage.index}` : this.input.path,
        });
        if (word.unresolved.length > 0) {
            const protocol = protocolSuffix(word.text) ?? 'tcp';
            return {
                ...declare({ column: position.column, port: null, endPort: null, protocol }),
                unresolvedVariable: word.unresolved[0],
            };
        }
        const spec = parseExposeSpec(word.text);
        if ('problem' in spec) {
            const expanded = raw !== word.text;
            // The message also quotes the word as expanded when a variable made it.
            const messageId = spec.problem === 'unknownProtocol'
                ? expanded
                    ? 'exposeExpandedUnknownProtocol'
                    : 'exposeUnknownProtocol'
                : expanded
                    ? 'exposeExpandedNotAPort'
                    : 'exposeNotAPort';
            this.out.diagnostics.push({
                ruleId: 'invalid-port',
                messageId,
                data: {
                    raw,
                    ...(expanded && { expanded: word.text }),
                    ...(spec.protocol !== undefined && { protocol: spec.protocol }),
                },
                line: position.line,
                column: position.column,
                ...(spec.port !== undefined ? { port: spec.port } : {}),
            });
            return undefined;
        }
        // `EXPOSE 8080:80` (host part ignored by Docker): point at the container number when literal
        // (quotes around the word are skipped by numberPosition already).
        const literal = raw.replace(/^["']+|["']+$/g, '') === word.text;
        const column = literal ? position.column + spec.offset : position.column;
        return declare({ column, port: spec.port, endPort: spec.endPort, protocol: spec.protocol });
    }
    /** The token as written when it sits on one line; dockerfile-ast's value when it spans a continuation. */
    rawText(argument) {
        const { start, end } = argument.getRange();
        if (start.line !== end.line)
            return argument.getValue();
        const from = this.lines.offsetOf({ line: start.line + 1, column: start.character + 1 });
        return this.input.text.slice(from, from + end.character - start.character);
    }
    /** 1-based position of the number (or `$`): past an opening quote. */
    numberPosition(argument, raw) {
        const start = argument.getRange().start;
        let skip = 0;
        while (skip < raw.length && (raw[skip] === '"' || raw[skip] === "'"))
            skip++;
        return { line: start.line + 1, column: start.character + 1 + (skip < raw.length ? skip : 0) };
    }
    /** ENV overrides ARG whatever the order, as in Docker. */
    stageLookup(stage) {
        return (name) => (stage.env.has(name) ? stage.env.get(name) : stage.args.get(name));
    }
    /** An ARG/ENV value after quote removal and substitution; undefined when it uses an unknown variable. */
    expandValue(written, lookup) {
        const [word] = expandWords(written, this.escape, lookup, false);
        if (!word)
            return '';
        return word.unresolved.length > 0 ? undefined : word.text;
    }
    /** The image is the last stage plus the stages it is built FROM, recursively. */
    markFinalImage() {
        const seen = new Set();
        for (let stage = this.stage; stage && !seen.has(stage); stage = stage.parent) {
            seen.add(stage);
            for (const port of stage.ports)
                addFacts(port, 'dockerfile', { inFinalImage: true });
        }
    }
    parseError(at, messageId, data) {
        const position = { line: at.line + 1, column: at.character + 1 };
        this.out.diagnostics.push({ ruleId: 'parse-error', messageId, ...(data && { data }), ...position });
    }
}
function stageContext(stage) {
    const context = {};
    if (stage?.alias)
        context.stage = stage.alias;
    if (stage?.image)
        context.image = stage.image;
    return context;
}
/** ARG and ENV are PropertyInstructions; read their name/value pairs without trusting the class. */
function propertiesOf(instruction) {
    const withProperties = instruction;
    return typeof withProperties.getProperties === 'function' ? withProperties.getProperties() : [];
}
/** `/udp` at the end of a word whose number is unresolved (`${PORT}/udp`). */
function protocolSuffix(text) {
    const slash = text.lastIndexOf('/');
    if (slash < 0)
        return undefined;
    return protocolOf(text.slice(slash + 1));
}
/**
 * Docker's `[[ip:]host:]port[-end][/proto]` as EXPOSE reads it (go-connections `nat.ParsePortSpec`):
 * only the container part counts. Out-of-range and reversed values are kept for `invalid-port`.
 */
function parseExposeSpec(word) {
    const offset = word.lastIndexOf(':') + 1;
    const spec = word.slice(offset);
    const slash = spec.indexOf('/');
    const numbers = slash < 0 ? spec : spec.slice(0, slash);
    const written = slash < 0 ? '' : spec.slice(slash + 1);
    const range = portRangeOf(numbers);
    if (!range)
        return { problem: 'notAPort' };
    const [port, endPort] = range;
    const protocol = written === '' ? 'tcp' : protocolOf(written);
    if (!protocol)
        return { problem: 'unknownProtocol', port, protocol: written };
    return { port, endPort, protocol, offset };
}
/**
 * BuildKit's shell-word processing (`shell.Lex`), reduced to what EXPOSE/ARG/ENV need: quotes,
 * the escape character, `$VAR`, `${VAR}`, `${VAR:-x}`, `${VAR-x}`, `${VAR:+x}`, `${VAR+x}`,
 * `${VAR:?x}`. With `split`, unquoted whitespace (also from an expansion) separates words.
 * An unknown variable stays as written in `text` and is listed in `unresolved`.
 */
function expandWords(text, escape, lookup, split, depth = 0) {
    const words = [];
    let current;
    const word = () => (current ??= { text: '', unresolved: [] });
    const flush = () => {
        if (current)
            words.push(current);
        current = undefined;
    };
    const isSpace = (ch) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
    /** Add an expansion's value; unquoted, its whitespace splits words. */
    const addExpansion = (value, quoted) => {
        if (value.unresolved.length > 0) {
            word().text += value.text;
            word().unresolved.push(...value.unresolved);
            return;
        }
        if (quoted || !split) {
            word().text += value.text;
            return;
        }
        for (const ch of value.text) {
            if (isSpace(ch))
                flush();
            else
                word().text += ch;
        }
    };
    let i = 0;
    while (i < text.length) {
        const ch = text[i];
        if (split && isSpace(ch)) {
            flush();
            i++;
        }
        else if (ch === escape) {
            word().text += text[i + 1] ?? '';
            i += 2;
        }
        else if (ch === "'") {
            const close = text.indexOf("'", i + 1);
            const end = close < 0 ? text.length : close;
            word().text += text.slice(i + 1, end);
            i = end + 1;
        }
        else if (ch === '"') {
            word();
            i++;
            while (i < text.length && text[i] !== '"') {
                const inner = text[i];
                if (inner === escape && ['"', '$', escape].includes(text[i + 1] ?? '')) {
                    word().text += text[i + 1];
                    i += 2;
                }
                else if (inner === '$') {
                    const expansion = expandVariable(text, i, escape, lookup, depth);
                    addExpansion(expansion, true);
                    i = expansion.end;
                }
                else {
                    word().text += inner;
                    i++;
                }
            }
            i++; // closing quote
        }
        else if (ch === '$') {
            const expansion = expandVariable(text, i, escape, lookup, depth);
            addExpansion(expansion, false);
            i = expansion.end;
        }
        else {
            word().text += ch;
            i++;
        }
    }
    flush();
    return words;
}
/** Expand the reference starting at `text[start] === '$'`. A `$` that starts no reference is literal. */
function expandVariable(text, start, escape, lookup, depth) {
    const bare = VARIABLE_NAME.exec(text.slice(start + 1));
    if (bare)
        return resolved(bare[0], lookup(bare[0]), start + 1 + bare[0].length, text.slice(start, start + 1 + bare[0].length));
    if (text[start + 1] !== '{')
        return { text: '$', unresolved: [], end: start + 1 };
    // An unclosed `${` runs to the end of the text.
    const closing = matchingBrace(text, start + 2, escape);
    const close = closing < 0 ? text.length : closing;
    const written = text.slice(start, close + 1);
    const body = text.slice(start + 2, close);
    const end = close + 1;
    const parts = readBracedBody(body);
    if (!parts) {
        // `${#VAR}`, `${VAR%x}`, `${VAR/x/y}`...: not modelled, so not a value we can vouch for.
        const name = /^[#]?([A-Za-z_][A-Za-z0-9_]*)/.exec(body)?.[1] ?? body;
        return { text: written, unresolved: [name], end };
    }
    const { name, operator, argument = '' } = parts;
    const value = lookup(name);
    const alternative = () => {
        if (depth >= dockerfile_MAX_NESTING)
            return { text: written, unresolved: [name], end };
        const [word] = expandWords(argument, escape, lookup, false, depth + 1);
        return { text: word?.text ?? '', unresolved: word?.unresolved ?? [], end };
    };
    switch (operator) {
        case undefined:
            return resolved(name, value, end, written);
        case ':-':
            return value !== undefined && value !== '' ? { text: value, unresolved: [], end } : alternative();
        case '-':
            return value !== undefined ? { text: value, unresolved: [], end } : alternative();
        case ':+':
            if (value === undefined)
                return { text: written, unresolved: [name], end };
            return value === '' ? { text: '', unresolved: [], end } : alternative();
        case '+':
            return value === undefined ? { text: written, unresolved: [name], end } : alternative();
        default:
            // `:?` / `?` fail the build when unset: only a known value is usable.
            return value === undefined || (operator === ':?' && value === '')
                ? { text: written, unresolved: [name], end }
                : { text: value, unresolved: [], end };
    }
}
function resolved(name, value, end, written) {
    return value === undefined
        ? { text: written, unresolved: [name], end }
        : { text: value, unresolved: [], end };
}
// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)
/** Dockerfiles and Containerfiles: `Dockerfile`, `Dockerfile.prod`, `Containerfile`, `api.dockerfile`. */
const dockerfileKind = {
    kind: 'dockerfile',
    matches(path) {
        const base = baseName(path);
        return /^(dockerfile|containerfile)([.-].*)?$/i.test(base) || /\.(dockerfile|containerfile)$/i.test(base);
    },
    parse: parseDockerfile,
    // Docker reads `#` only at a line's start (a later `#` is an argument), inside a heredoc too.
    comments: (text) => wholeLineComments(text, ['#']),
};

;// CONCATENATED MODULE: ./src/parsers/kubernetes.ts








/** Where the pod template sits in each workload kind. `[]` means the object itself is the pod. */
const POD_TEMPLATE_PATH = {
    Pod: [],
    Deployment: ['spec', 'template'],
    StatefulSet: ['spec', 'template'],
    DaemonSet: ['spec', 'template'],
    ReplicaSet: ['spec', 'template'],
    ReplicationController: ['spec', 'template'],
    Job: ['spec', 'template'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};
/** API groups each kind may come from: a Knative `Service` or an Istio CRD named like a core kind is not one. */
const KIND_GROUPS = {
    Pod: [''],
    ReplicationController: [''],
    Service: [''],
    Deployment: ['apps', 'extensions'],
    StatefulSet: ['apps'],
    DaemonSet: ['apps', 'extensions'],
    ReplicaSet: ['apps', 'extensions'],
    Job: ['batch'],
    CronJob: ['batch'],
};
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
/** `List` inside `List` is legal but never deep; the bound only stops hostile input. */
const MAX_LIST_DEPTH = 8;
const KUBERNETES_VARIABLE = /^\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)$/;
const INTEGER = /^[+-]?\d+$/;
/** A `kind:` key at the start of a line (a top-level key), with its value when that is a plain name. */
const TOP_LEVEL_KIND = /^kind[ \t]*:(?:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#.*)?\r?$)?/gm;
/**
 * Could this document of a stream declare a port? Not without a `ports` key (every port this parser
 * reads sits in a `ports` list; a backslash could spell the key as an escape), and not when its one
 * top-level `kind:` names a kind visitObject never reads (a ConfigMap, a CRD, RBAC). Such a document
 * is not parsed at all. Anything less plain (no `kind:` line, two, a quoted key, a tag) is parsed.
 */
function mayDeclarePorts(document) {
    if (!document.includes('ports') && !document.includes('\\'))
        return false;
    let kind;
    for (const match of document.matchAll(TOP_LEVEL_KIND)) {
        if (kind !== undefined)
            return true;
        kind = match[2] ?? '';
    }
    return kind === undefined || kind === '' || kind.endsWith('List') || own(KIND_GROUPS, kind) !== undefined;
}
/** Does the text contain a Go template action (`{{ ... }}`)? Linear scan, no regex backtracking. */
function containsGoTemplate(text) {
    const open = text.indexOf('{{');
    return open >= 0 && text.indexOf('}}', open + 2) >= 0;
}
/**
 * Is this file a Go template (a Helm chart template, a `sed` placeholder file) rather than YAML?
 * `{{` inside a quoted or block scalar is string content (a Grafana dashboard's `{{ pod }}` legend,
 * a PrometheusRule's `{{ $labels.instance }}`, an Alertmanager template in a ConfigMap) and does not
 * count; `{{` anywhere else (a plain value, a line of its own, a document that fails to parse) does.
 * Documents left unparsed are not looked at (see parseKubernetes).
 */
function isGoTemplate(source) {
    const { text } = source;
    if (!containsGoTemplate(text))
        return false;
    const unparsed = source.unparsed ?? [];
    const strings = [];
    for (const doc of source.documents) {
        (0,dist/* visit */.YR)(doc, {
            Scalar(_key, node) {
                if (node.type !== 'PLAIN' && node.range && typeof node.value === 'string') {
                    strings.push([node.range[0], node.range[1]]);
                }
            },
        });
    }
    strings.sort((a, b) => a[0] - b[0]);
    let next = 0;
    let nextUnparsed = 0;
    for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at + 2)) {
        while (nextUnparsed < unparsed.length && unparsed[nextUnparsed][1] <= at)
            nextUnparsed++;
        if (nextUnparsed < unparsed.length && unparsed[nextUnparsed][0] <= at)
            continue;
        while (next < strings.length && strings[next][1] <= at)
            next++;
        const inString = next < strings.length && strings[next][0] <= at;
        if (!inString && !isInComment(text, at))
            return true;
    }
    return false;
}
/** Is `offset` after a `#` comment marker on its line? (Only asked about text outside strings.) */
function isInComment(text, offset) {
    const lineStart = Math.max(text.lastIndexOf('\n', offset), text.lastIndexOf('\r', offset)) + 1;
    const before = text.slice(lineStart, offset);
    return before.trimStart().startsWith('#') || before.includes(' #');
}
/**
 * Kubernetes manifests: container/host ports of workload pod templates and Service ports
 * (see PORTS.md). Multi-document files and `List` objects are read; other kinds are ignored.
 */
const parseKubernetes = (input) => {
    const source = readYaml(input.text, input.wantComments, mayDeclarePorts);
    const result = scanManifests(input.path, source);
    // A `{{` in an unparsed document may make the whole file a Go template, which hides all the rest
    // declares; only a full parse tells, and only a file with something to hide needs one.
    const hidden = source.unparsed?.some(([start, end]) => containsGoTemplate(source.text.slice(start, end)));
    if (hidden && (result.ports.length > 0 || result.diagnostics.length > 0))
        return scanManifests(input.path, readYaml(input.text, input.wantComments));
    return result;
};
function scanManifests(file, source) {
    const comments = source.comments ? { comments: source.comments } : {};
    // A Helm chart template is a Go template that only becomes YAML once rendered.
    if (isGoTemplate(source))
        return { ports: [], diagnostics: [], ...comments };
    const scan = new ManifestScan(file, source);
    for (const doc of source.documents) {
        try {
            scan.visitObject(doc, doc.contents, 0);
        }
        catch (error) {
            // Defensive: the shared helpers recurse through merge keys; a crash becomes a parse-error, not a failed scan.
            const at = doc.contents ? nodePosition(source, doc.contents) : { line: 1, column: 1 };
            scan.diagnostics.push({ ...yamlError(error.message), ...at });
        }
    }
    // Report in file order (containers, initContainers and ephemeralContainers may be written in any order).
    const ports = scan.ports.sort((a, b) => a.line - b.line || a.column - b.column);
    speaksThroughServices(ports);
    return { ports, diagnostics: [...source.diagnostics, ...scan.diagnostics], ...comments };
}
class ManifestScan {
    file;
    source;
    ports = [];
    diagnostics = [];
    constructor(file, source) {
        this.file = file;
        this.source = source;
    }
    /** One Kubernetes object (or a `List` of them). Anything without apiVersion and kind is skipped. */
    visitObject(doc, node, depth) {
        if (!(0,dist/* isMap */.jh)(node) || depth > MAX_LIST_DEPTH)
            return;
        const apiVersion = scalarString(mapGet(doc, node, 'apiVersion'));
        const kind = scalarString(mapGet(doc, node, 'kind'));
        if (apiVersion === undefined || kind === undefined)
            return;
        if (kind.endsWith('List')) {
            for (const item of seqItems(doc, mapGet(doc, node, 'items')))
                this.visitObject(doc, item, depth + 1);
            return;
        }
        const groups = own(KIND_GROUPS, kind);
        if (!groups || !groups.includes(apiGroup(apiVersion)))
            return;
        const metadata = mapGet(doc, node, 'metadata');
        const name = scalarString(mapGet(doc, metadata, 'name')) ??
            scalarString(mapGet(doc, metadata, 'generateName')) ??
            '';
        const namespace = scalarString(mapGet(doc, metadata, 'namespace')) || undefined;
        const info = { kind, name, namespace, scope: `${namespace ?? 'default'}/${kind}/${name}` };
        if (kind === 'Service') {
            this.visitService(doc, node, info);
            return;
        }
        const templatePath = own(POD_TEMPLATE_PATH, kind);
        if (!templatePath)
            return;
        let template = node;
        for (const key of templatePath)
            template = mapGet(doc, template, key);
        this.visitPodTemplate(doc, template, info);
    }
    visitPodTemplate(doc, template, info) {
        const podLabels = stringMap(doc, mapGet(doc, mapGet(doc, template, 'metadata'), 'labels'));
        const podSpec = mapGet(doc, template, 'spec');
        for (const list of CONTAINER_LISTS) {
            for (const container of seqItems(doc, mapGet(doc, podSpec, list))) {
                const context = {
                    ...(info.namespace !== undefined && { namespace: info.namespace }),
                    object: `${info.kind}/${info.name}`,
                };
                const containerName = scalarString(mapGet(doc, container, 'name'));
                const image = scalarString(mapGet(doc, container, 'image'));
                if (containerName !== undefined)
                    context.container = containerName;
                if (image !== undefined)
                    context.image = image;
                const probed = probedPorts(doc, container);
                for (const entry of seqItems(doc, mapGet(doc, container, 'ports'))) {
                    const entryContext = withPortName(doc, entry, context);
                    const protocol = this.entryProtocol(doc, entry);
                    const speaks = distinct([
                        ...protocolsOfName(entryContext.portName),
                        ...(probed.get(`#${scalarString(mapGet(doc, entry, 'containerPort'))}`) ?? []),
                        ...((entryContext.portName && probed.get(entryContext.portName)) || []),
                    ]);
                    const facts = { kind: 'kubernetes', podLabels };
                    const extra = { scope: info.scope, facts, ...(speaks.length > 0 && { speaks }) };
                    this.addPort(doc, entry, 'containerPort', 'container', protocol, entryContext, extra);
                    const hostIp = scalarString(mapGet(doc, entry, 'hostIP'));
                    const hostContext = hostIp ? { ...entryContext, hostIp } : entryContext;
                    this.addPort(doc, entry, 'hostPort', 'host', protocol, hostContext, extra);
                }
            }
        }
    }
    visitService(doc, service, info) {
        const spec = mapGet(doc, service, 'spec');
        const selectorNode = mapGet(doc, spec, 'selector');
        const selector = (0,dist/* isMap */.jh)(selectorNode) ? stringMap(doc, selectorNode) : undefined;
        const context = {
            ...(info.namespace !== undefined && { namespace: info.namespace }),
            object: `Service/${info.name}`,
            service: info.name,
        };
        for (const entry of seqItems(doc, mapGet(doc, spec, 'ports'))) {
            const entryContext = withPortName(doc, entry, context);
            const protocol = this.entryProtocol(doc, entry);
            const speaks = distinct([
                ...protocolsOfName(entryContext.portName),
                ...protocolsOfAppProtocol(scalarString(mapGet(doc, entry, 'appProtocol'))),
            ]);
            const extra = {
                scope: info.scope,
                ...(selector && { facts: { kind: 'kubernetes', selector } }),
                ...(speaks.length > 0 && { speaks }),
            };
            this.addPort(doc, entry, 'port', 'service', protocol, entryContext, extra);
            this.addPort(doc, entry, 'targetPort', 'target', protocol, entryContext, extra, true);
            this.addPort(doc, entry, 'nodePort', 'node', protocol, entryContext, extra);
        }
    }
    /** Read `entry[key]` and record it as a port of `role`. Absent and null values declare nothing. */
    addPort(doc, entry, key, role, protocol, context, extra, allowName = false) {
        const value = this.readPortValue(mapGet(doc, entry, key), key, allowName);
        if (!value)
            return;
        // Kubernetes reads `hostPort: 0` / `nodePort: 0` as unset (no host port, an allocated nodePort).
        if (value.port === 0 && (role === 'host' || role === 'node') && value.raw === '0')
            return;
        const port = {
            file: this.file,
            line: value.line,
            column: value.column,
            port: value.port,
            endPort: value.port,
            protocol,
            role,
            kind: 'kubernetes',
            context: { ...context },
            raw: value.raw,
            ...extra,
        };
        if (value.unresolvedVariable !== undefined)
            port.unresolvedVariable = value.unresolvedVariable;
        if (value.name !== undefined)
            port.portRef = value.name;
        this.ports.push(port);
    }
    /**
     * A port scalar: an integer, a numeric string, a variable (`$(PORT)`, `${PORT}`), or (when
     * `allowName`) a port name. Anything else where a number must be is an `invalid-port` diagnostic.
     */
    readPortValue(node, key, allowName) {
        if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
            return undefined;
        const scalar = node;
        const raw = scalar.source ?? String(scalar.value);
        const at = (index) => scalarValuePosition(this.source, scalar, index);
        if (typeof scalar.value === 'number') {
            if (Number.isInteger(scalar.value))
                return { port: scalar.value, raw, ...at(0) };
            this.invalid(key, raw, at(0));
            return undefined;
        }
        if (typeof scalar.value !== 'string') {
            this.invalid(key, raw, at(0));
            return undefined;
        }
        const text = scalar.value.trim();
        // Empty, or a quoted template expression (`"{{ .Values.port }}"`) that only rendering gives a value.
        if (text === '' || text.includes('{{'))
            return undefined;
        const start = scalar.value.indexOf(text);
        if (INTEGER.test(text))
            return { port: Number(text), raw: text, ...at(start) };
        const variable = readVariable(text);
        if (variable) {
            const value = { port: null, raw: text, ...at(start) };
            if (variable.value !== undefined && INTEGER.test(variable.value))
                value.port = Number(variable.value);
            else
                value.unresolvedVariable = variable.name;
            return value;
        }
        // An upper-case word (`PORT`) is a tutorial's placeholder for sed or envsubst, not a name or a typo.
        if (kubernetes_PLACEHOLDER.test(text))
            return { port: null, raw: text, unresolvedVariable: text, ...at(start) };
        if (allowName)
            return { port: null, raw: text, name: text, ...at(start) };
        this.invalid(key, raw, at(start));
        return undefined;
    }
    invalid(key, raw, at) {
        this.diagnostics.push({ ruleId: 'invalid-port', messageId: 'notANumber', data: { key, raw }, ...at });
    }
    entryProtocol(doc, entry) {
        const written = scalarString(mapGet(doc, entry, 'protocol'));
        // Upper case as the API writes it (`TCP`), as the comparison has always been made.
        return (written && protocolOf(written.toUpperCase())) || 'tcp';
    }
}
/** `PORT`, `CONTAINER_PORT`: upper case, so never a Kubernetes port name (IANA_SVC_NAME is lower case). */
const kubernetes_PLACEHOLDER = /^[A-Z][A-Z0-9_]*$/;
/** A variable standing for the whole value: Kubernetes `$(NAME)`, or shell `${NAME}` / `$NAME` (envsubst). */
function readVariable(text) {
    const kubernetes = KUBERNETES_VARIABLE.exec(text);
    if (kubernetes)
        return { name: kubernetes[1] };
    const shell = parseVariable(text);
    if (!shell)
        return undefined;
    const value = resolveVariable(shell, new Map());
    return value === undefined ? { name: shell.name } : { name: shell.name, value };
}
function withPortName(doc, entry, context) {
    const portName = scalarString(mapGet(doc, entry, 'name'));
    return portName ? { ...context, portName } : context;
}
/** Labels and selectors: string keys to scalar values. */
function stringMap(doc, node) {
    const out = dictionary();
    for (const [key, value] of mapEntries(doc, node)) {
        const text = scalarString(value);
        if (text !== undefined)
            out[key] = text;
    }
    return out;
}
/** `apps/v1` -> `apps`; the core group (`v1`) is `''`. */
function apiGroup(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}
/**
 * Ports a container's probes speak to, keyed `#<number>` or by port name: `httpGet` speaks http (https
 * with `scheme: HTTPS`), `grpc` speaks grpc; `tcpSocket` and `exec` say nothing about the protocol.
 */
function probedPorts(doc, container) {
    const probed = new Map();
    for (const key of PROBES) {
        const probe = mapGet(doc, container, key);
        const httpGet = mapGet(doc, probe, 'httpGet');
        const grpc = mapGet(doc, probe, 'grpc');
        const scheme = scalarString(mapGet(doc, httpGet, 'scheme'))?.toLowerCase() === 'https' ? 'https' : 'http';
        for (const [action, protocol] of [
            [httpGet, scheme],
            [grpc, 'grpc'],
        ]) {
            const target = scalarString(mapGet(doc, action, 'port'))?.trim();
            if (!target)
                continue;
            const key = INTEGER.test(target) ? `#${Number(target)}` : target;
            probed.set(key, [...new Set([...(probed.get(key) ?? []), protocol])]);
        }
    }
    return probed;
}
/**
 * A Service port without words of its own speaks what the container port it targets in the same
 * file speaks (by number or name, in pods its selector selects). Across files this is not followed.
 */
function speaksThroughServices(ports) {
    const containers = ports.filter((p) => p.role === 'container' && p.speaks && types_factsOf(p, 'kubernetes')?.podLabels);
    if (containers.length === 0)
        return;
    const byEntry = new Map();
    for (const p of ports) {
        if (p.context.object?.startsWith('Service/') !== true || p.speaks)
            continue;
        const entry = `${p.context.namespace ?? ''}/${p.context.object}/${p.context.portName ?? ''}/${p.protocol}`;
        byEntry.set(entry, [...(byEntry.get(entry) ?? []), p]);
    }
    for (const entryPorts of byEntry.values()) {
        const target = entryPorts.find((p) => p.role === 'target') ?? entryPorts.find((p) => p.role === 'service');
        const selector = target && types_factsOf(target, 'kubernetes')?.selector;
        if (!selector || Object.keys(selector).length === 0)
            continue;
        const match = containers.find((c) => (c.context.namespace ?? 'default') === (target.context.namespace ?? 'default') &&
            c.protocol === target.protocol &&
            (target.portRef !== undefined ? c.context.portName === target.portRef : c.port === target.port) &&
            selects(selector, types_factsOf(c, 'kubernetes')?.podLabels));
        if (match)
            for (const p of entryPorts)
                withSpeaks(p, match.speaks);
    }
}
const API_VERSION = /^\s*apiVersion\s*:/m;
const KIND = /^\s*kind\s*:/m;
/** Whether YAML text carries both `apiVersion` and `kind` (a cheap text test, no parse). */
function looksLikeKubernetes(text) {
    return API_VERSION.test(text) && KIND.test(text);
}
/** Kubernetes manifests: YAML (outside chart templates) that carries `apiVersion` and `kind`. */
const kubernetesKind = {
    kind: 'kubernetes',
    matches(path, { chartFolders }, head) {
        if (!isYamlOutsideChartTemplates(path, chartFolders))
            return false;
        return head === undefined ? 'maybe' : looksLikeKubernetes(head);
    },
    parse: parseKubernetes,
};

;// CONCATENATED MODULE: ./src/parsers/connect-setting.ts
/**
 * Port settings that name where ANOTHER service listens (role `connect`): `DB_PORT` next to
 * `DB_HOST`, `SMTP_PORT`, Helm's `externalDatabase.port`. See docs/ports.md ("Connection settings").
 */
/**
 * Words that name a backing service an application connects to. An app's own port is not named
 * after these; where a stack does publish such a port from its `.env`, Compose's use of the variable
 * makes it a listening port again (src/link/env-ports.ts).
 */
const BACKING_SERVICES = new Set([
    // Databases.
    'db',
    'database',
    'postgres',
    'postgresql',
    'pg',
    'pgsql',
    'mysql',
    'mariadb',
    'sql',
    'mssql',
    'mongo',
    'mongodb',
    'cassandra',
    'couchdb',
    'influxdb',
    // Caches.
    'redis',
    'valkey',
    'memcached',
    'memcache',
    // Mail and directory.
    'smtp',
    'email',
    'mail',
    'imap',
    'pop3',
    'postfix',
    'ldap',
    // Queues and coordination.
    'amqp',
    'rabbitmq',
    'kafka',
    'nats',
    'zookeeper',
    // Search.
    'elasticsearch',
    'es',
    'opensearch',
    // Other servers an app reports to or asks.
    'clamav',
    'clamd',
    'sentry',
    'statsd',
    // A data source is a database connection (exporters, Grafana, Spring).
    'datasource',
]);
/** The last word of a key naming the process's own socket: `WEB_PORT`, `HOST_PORT` (published). */
const OWN_PORT_WORDS = new Set([
    'web',
    'app',
    'http',
    'https',
    'server',
    'listen',
    'bind',
    'host',
    'public',
]);
/** Siblings that give the other end's address: `X_HOST` beside `X_PORT`, `smtpHost` beside `smtpPort`. */
const ADDRESS_WORDS = ['host', 'hostname', 'addr', 'address', 'ip', 'url', 'uri', 'endpoint', 'server'];
/** Keys of a values map that describes a container the chart runs. */
const OWN_COMPONENT_KEYS = ['image', 'tag', 'repository'];
/** Values of an address sibling that mean "bind here", i.e. the port is the process's own. */
const BIND_ADDRESSES = new Set([
    '',
    '0.0.0.0',
    '::',
    '[::]',
    '*',
    '127.0.0.1',
    'localhost',
]);
/** Words of a key or key part: `_APP_DB` -> [app, db], `externalDatabase` -> [external, database]. */
function keyWords(key) {
    return key
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[\s_.-]+/)
        .filter((word) => word !== '')
        .map((word) => word.toLowerCase());
}
/**
 * `.env` and Procfile `X_PORT` keys: `connect` when X names a backing service, or when `X_HOST`
 * (`_HOSTNAME`, `_URL`, `_ADDR`, ...) gives another machine's address; `listen` for `PORT`,
 * `WEB_PORT`, `APP_PORT`, ... and anything else.
 */
function envPortRole(key, sibling) {
    const prefix = key.replace(/_?port$/i, '');
    const words = keyWords(prefix);
    if (words.length === 0)
        return 'listen';
    if (words.some((word) => BACKING_SERVICES.has(word)))
        return 'connect';
    if (OWN_PORT_WORDS.has(words[words.length - 1]))
        return 'listen';
    const lowerPrefix = prefix.toLowerCase();
    return hasRemoteAddress((word) => sibling(`${lowerPrefix}_${word}`)) ? 'connect' : 'listen';
}
/**
 * A Helm values port (role `service` keys only: `port`, `*Port`) is a connection setting when its
 * map has an address sibling (`host`, `url`, `postfixIp` beside `postfixPort`), when it sits under an
 * `external*` key, or when it or its parent key names a backing service (`smtp.port`, `dbPort`);
 * never beside an `image`/`tag`/`repository` (a component the chart runs itself).
 */
function isValuesConnectSetting(key, path, sibling) {
    if (path.some((segment) => /^external(?:[A-Z_.-]|$)/.test(segment)))
        return true;
    // A map with an image is a component the chart runs itself (`redis: {image: ..., port: 6379}`).
    if (OWN_COMPONENT_KEYS.some((name) => sibling(name) !== undefined))
        return false;
    const prefix = key === 'port' ? '' : key.replace(/Port$/, '');
    const named = prefix === '' ? keyWords(path[path.length - 1] ?? '') : keyWords(prefix);
    if (named.some((word) => BACKING_SERVICES.has(word)))
        return true;
    const lowerPrefix = prefix.toLowerCase();
    return hasRemoteAddress((word) => sibling(`${lowerPrefix}${word}`));
}
function hasRemoteAddress(lookup) {
    return ADDRESS_WORDS.some((word) => {
        const value = lookup(word);
        return value !== undefined && !BIND_ADDRESSES.has(value.trim().toLowerCase());
    });
}

;// CONCATENATED MODULE: ./src/parsers/helm-values-keys.ts
/** Keys whose integer value is a port (plus any camelCase `*Port`). */
const PORT_KEYS = new Set(['port', 'containerPort', 'targetPort', 'nodePort', 'hostPort', 'servicePort']);
const CAMEL_PORT_KEY = /^[a-z][a-zA-Z0-9]*Port$/;
/** A variant of a port key (`nodePortTls`); the role comes from the part before the suffix. */
const PORT_VARIANT_KEY = /^([a-z][a-zA-Z0-9]*Port)(?:Tls|Https?|Grpc)$/;
/** Lists (or maps) of ports: `ports`, `extraPorts`, `containerPorts`, ... */
const CAMEL_PORTS_KEY = /^[a-z][a-zA-Z0-9]*Ports$/;
/**
 * Subtrees that only refer to ports declared elsewhere or carry strings for a process: probes
 * (`httpGet.port`), annotations (`prometheus.io/port`), environment, arguments, and the port
 * references of Ingress, NetworkPolicy, ServiceMonitor and PodMonitor settings.
 */
const SKIPPED_KEYS = new Set([
    'probe',
    'probes',
    'httpGet',
    'tcpSocket',
    'annotations',
    'env',
    'extraEnv',
    'envFrom',
    'extraEnvFrom',
    'envVars',
    'extraEnvVars',
    'args',
    'extraArgs',
    'command',
    'ingress',
    'networkPolicy',
    'serviceMonitor',
    'podMonitor',
]);
const SKIPPED_SUFFIXES = /(?:Probe|Annotations|Ingress|ServiceMonitor|PodMonitor)$/;
/** Every port key matches yaml-blank.ts SAYS_PORT: helm-values-blank.ts blanks text that never does. */
function isPortKey(key) {
    return PORT_KEYS.has(key) || CAMEL_PORT_KEY.test(key) || PORT_VARIANT_KEY.test(key);
}
function isPortsKey(key) {
    return key === 'ports' || CAMEL_PORTS_KEY.test(key);
}
/** Keys whose subtree the walk never enters, at any depth. */
function isSkipped(key) {
    return SKIPPED_KEYS.has(key) || SKIPPED_SUFFIXES.test(key);
}
/** Role from the key: `containerPort` container, `hostPort` host, `targetPort` target, `nodePort` node, else service. */
function roleOf(key) {
    const lower = (PORT_VARIANT_KEY.exec(key)?.[1] ?? key).toLowerCase();
    if (lower.endsWith('containerport') || lower.endsWith('containerports'))
        return 'container';
    if (lower.endsWith('hostport') || lower.endsWith('hostports'))
        return 'host';
    if (lower.endsWith('targetport') || lower.endsWith('targetports'))
        return 'target';
    if (lower.endsWith('nodeport') || lower.endsWith('nodeports'))
        return 'node';
    return 'service';
}

;// CONCATENATED MODULE: ./src/parsers/yaml-blank.ts
/**
 * Blanking YAML that a parser would read and then ignore: a line scan finds entries whose value is
 * a block collection, and the ones a kind never reads become spaces before the parse (line breaks
 * kept, so every offset and position is unchanged). Most of a large manifest is such entries, and
 * the parse is most of the time a scan takes. A syntax error inside a blanked entry goes unreported.
 */
/** How every port key is written (`port`, `servicePort`, `extraPorts`, `nodePortTls`); not `exporter`. */
const SAYS_PORT = /[pP]orts?(?![a-z])/;
/** An anchor (`&name`) or an alias (`*name`) where YAML allows one. */
const ANCHOR_OR_ALIAS = /(?:^|[\s,[{])[&*][^\s,[\]{}]/m;
/** A CR not followed by LF is a line break to YAML 1.2 and not to a line scan. */
const LONE_CR = /\r(?!\n)/;
/** `  name:` with nothing but a comment after it: the value, if any, is on the lines below. */
const BLOCK_KEY = /^( *)([A-Za-z0-9_][A-Za-z0-9_./-]*)[ \t]*:(?:[ \t]+#.*)?[ \t]*\r?$/;
/** The first line of a block collection: a plain `key:` or a list item. */
const COLLECTION_LINE = /^ *(?:-(?=[ \t]|\r?$)|[A-Za-z0-9_][A-Za-z0-9_./-]*[ \t]*:(?=[ \t]|\r?$))/;
const LIST_ITEM = /^ *-(?=[ \t]|\r?$)/;
/** A block scalar header (`key: |`, `- >-`): the lines below are its text, not YAML. */
const BLOCK_SCALAR = /(?:^|[ \t])[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/;
/** A quoted scalar that starts in a value position and does not end on its line; `? `/`: ` keys. */
const OPEN_QUOTE = /(?:^ *(?:- +)*|:[ \t]+)(?:"(?:[^"\\]|\\.)*|'(?:[^']|'')*)\r?$/;
const EXPLICIT_KEY = /^ *(?:- +)*[?:](?:[ \t]|\r?$)/;
const COMMENT_OR_BLANK = /^[ \t]*(?:#|\r?$)/;
/** Deeper blocks are left as written: bounds the work on a hostile nesting. */
const MAX_OPEN_BLOCKS = 200;
/**
 * The text with every entry whose value is a block collection (`name:`, then indented lines or a
 * list) blanked where `blankable` says so: spaces, line breaks kept, so every offset and position
 * is unchanged. Any depth; the outermost blankable entry covers those inside it. Never blanked:
 * a scalar value (`name: x`, `name: |`), a list item (its index is in a key path), an entry keyed
 * on a list item's line, an entry with an anchor or an alias. The text is returned as written when
 * a line is anything this line scan cannot follow: a tab indent, a multi-line quoted scalar, an
 * explicit `? ` key, a lone CR line break.
 */
function withoutBlocks(text, blankable) {
    if (LONE_CR.test(text))
        return text;
    const open = [];
    const blank = [];
    const close = (block, end) => {
        if (block.value === 'none' || block.value === 'scalar' || block.aliased || !blankable(block))
            return;
        // An inner block closes first; the outer one covers it.
        while ((blank.at(-1)?.[0] ?? -1) >= block.start)
            blank.pop();
        blank.push([block.start, end]);
    };
    // Marks hold for every open block; marked blocks are always the outermost ones, so marking stops at the first.
    const mark = (flag) => {
        for (let i = open.length - 1; i >= 0; i--) {
            const block = open[i];
            if (block[flag])
                break;
            block[flag] = true;
        }
    };
    let scalarIndent = -1;
    // Comment and blank lines belong to a block only when a line of it follows them.
    let pendingStart = -1;
    let pendingSaysPort = false;
    let lineStart = 0;
    for (let lines = 0; lineStart < text.length; lines++) {
        if (lines >= MAX_LINES)
            return text;
        const at = lineStart;
        const end = text.indexOf('\n', at);
        lineStart = end < 0 ? text.length : end + 1;
        const line = text.slice(at, end < 0 ? text.length : end);
        if (COMMENT_OR_BLANK.test(line)) {
            if (pendingStart < 0)
                pendingStart = at;
            pendingSaysPort ||= SAYS_PORT.test(line);
            continue;
        }
        let indent = 0;
        while (line.charCodeAt(indent) === SPACE)
            indent++;
        if (line.charCodeAt(indent) === TAB)
            return text;
        if (scalarIndent < 0 || indent <= scalarIndent) {
            scalarIndent = -1;
            if (hasAny(line, QUOTES) && OPEN_QUOTE.test(line))
                return text;
            if (hasAny(line, EXPLICIT_KEY_MARKS) && EXPLICIT_KEY.test(line))
                return text;
            for (let top = open.at(-1); top !== undefined; top = open.at(-1)) {
                const inside = indent > top.indent ||
                    (indent === top.indent && (top.value === 'none' || top.value === 'list') && LIST_ITEM.test(line));
                if (inside)
                    break;
                close(top, pendingStart < 0 ? at : pendingStart);
                open.pop();
            }
            const top = open.at(-1);
            if (top !== undefined && top.value === 'none') {
                if (indent === top.indent)
                    top.value = 'list';
                else
                    top.value = COLLECTION_LINE.test(line) ? 'deeper' : 'scalar';
            }
        }
        if (pendingSaysPort)
            mark('saysPort');
        pendingStart = -1;
        pendingSaysPort = false;
        if (scalarIndent < 0) {
            if (hasAny(line, BLOCK_SCALAR_MARKS) && BLOCK_SCALAR.test(line))
                scalarIndent = indent;
            const key = BLOCK_KEY.exec(line);
            if (key?.[2] !== undefined && open.length < MAX_OPEN_BLOCKS)
                open.push({
                    start: at,
                    indent,
                    key: key[2],
                    value: 'none',
                    saysPort: false,
                    escapes: false,
                    aliased: false,
                });
        }
        if (SAYS_PORT.test(line))
            mark('saysPort');
        if (hasAny(line, ALIAS_MARKS) && ANCHOR_OR_ALIAS.test(line))
            mark('aliased');
        if (line.includes('\\'))
            mark('escapes');
    }
    const end = pendingStart < 0 ? text.length : pendingStart;
    for (let block = open.pop(); block !== undefined; block = open.pop())
        close(block, end);
    return blanked(text, blank);
}
// Most lines have none of these characters: the regular expressions run only on lines that do.
const QUOTES = ['"', "'"];
const EXPLICIT_KEY_MARKS = ['?', ':'];
const BLOCK_SCALAR_MARKS = ['|', '>'];
const ALIAS_MARKS = ['&', '*'];
function hasAny(line, marks) {
    return marks.some((mark) => line.includes(mark));
}
/** The text with each [start, end) range (in order, not overlapping) blanked. */
function blanked(text, ranges) {
    if (ranges.length === 0)
        return text;
    let result = '';
    let copied = 0;
    for (const [start, end] of ranges) {
        result += text.slice(copied, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
        copied = end;
    }
    return result + text.slice(copied);
}
/** Bounds the line scans; a longer file is parsed as written. */
const MAX_LINES = 1_000_000;
const SPACE = 0x20;
const TAB = 0x09;

;// CONCATENATED MODULE: ./src/parsers/helm-values-blank.ts


/**
 * A large chart's values are mostly settings that cannot hold a port (images, resources, affinity,
 * security contexts), blanked before the parse (yaml-blank.ts). Every port key ends in `port`,
 * `Port` or `Ports` or has a suffix in capitals (helm-values-keys.ts) and every reported port sits
 * under one, so text that never says so holds none; text under a key the walk skips (`ingress`,
 * `annotations`) is never read. Text with an anchor or an alias (a kept entry may use it, or it may
 * bring in a port), or a backslash (an escape may spell `port`), is kept.
 */
function withoutPortlessText(text) {
    return withoutPortlessBlocks(withoutPortlessEntries(text));
}
/** Nested entries holding a map or a list: a scalar beside a port key may say what the port is for (helm-values.ts roleIn). */
function withoutPortlessBlocks(text) {
    return withoutBlocks(text, (block) => !block.escapes && (isSkipped(block.key) || !block.saysPort));
}
/** A top-level key written plainly: `name:` at the start of a line, then a blank or the line's end. */
const TOP_LEVEL_KEY = /^([A-Za-z0-9_][A-Za-z0-9_./-]*)[ \t]*:(?=[ \t]|\r?$)/;
/** Lines that never start an entry of the top-level map: blank, a comment, a compact list item. */
const helm_values_blank_CONTINUATION = /^(?:[ \t]|#|-(?=[ \t]|\r?$)|\r?$)/;
/**
 * Top-level entries, whatever their value: the text is returned as written when the top-level map
 * is anything but plain (`---`, directives, a quoted or complex key, a flow map) or has a port key
 * of its own (its scalar siblings would matter), or has a lone CR line break (see LONE_CR).
 */
function withoutPortlessEntries(text) {
    if (LONE_CR.test(text))
        return text;
    const entries = [];
    let lineStart = 0;
    for (let lines = 0; lineStart < text.length && lines < MAX_LINES; lines++) {
        const end = text.indexOf('\n', lineStart);
        const next = end < 0 ? text.length : end + 1;
        // Only a line that starts with a name can start an entry: most lines are indented.
        const first = text.charCodeAt(lineStart);
        if (first !== SPACE && first !== HASH && first !== LINE_FEED) {
            const line = text.slice(lineStart, end < 0 ? text.length : end);
            if (!helm_values_blank_CONTINUATION.test(line)) {
                const key = TOP_LEVEL_KEY.exec(line)?.[1];
                if (key === undefined || isPortKey(key) || isPortsKey(key))
                    return text;
                entries.push({ start: lineStart, key });
            }
        }
        lineStart = next;
    }
    if (lineStart < text.length)
        return text;
    const blank = [];
    entries.forEach(({ start, key }, i) => {
        const end = entries[i + 1]?.start ?? text.length;
        const entry = text.slice(start, end);
        if (ANCHOR_OR_ALIAS.test(entry) || entry.includes('\\'))
            return;
        if (isSkipped(key) || !SAYS_PORT.test(entry))
            blank.push([start, end]);
    });
    return blanked(text, blank);
}
const HASH = 0x23;
const LINE_FEED = 0x0a;

;// CONCATENATED MODULE: ./src/parsers/helm-values.ts









const MAX_DEPTH = 100;
/** Upper bound on visited nodes, on top of walking each aliased collection once. */
const MAX_NODES = 200_000;
const helm_values_INTEGER = /^[+-]?\d+$/;
/**
 * A Helm chart's `values*.yaml`: integers under port keys (`port`, `*Port`), items of `ports`
 * lists and named-port maps (`ports: {http: 80}`), with the key path as context (PORTS.md).
 */
const parseHelmValues = (input) => {
    // Comments are read from the text as written.
    const source = readYaml(input.wantComments ? input.text : withoutPortlessText(input.text), input.wantComments);
    const walk = new ValuesWalk(input.path, source, `${external_node_path_.posix.dirname(input.path)}#values`);
    for (const doc of source.documents)
        walk.walkDocument(doc);
    if (walk.ports.length > 0)
        nameByChart(walk.ports, input);
    const result = { ports: walk.ports, diagnostics: source.diagnostics };
    if (source.comments)
        result.comments = source.comments;
    return result;
};
/** The chart's Chart.yaml `name` names what its values deploy (classify/identity.ts). */
function nameByChart(ports, input) {
    const chartFile = external_node_path_.posix.join(external_node_path_.posix.dirname(input.path), 'Chart.yaml');
    const text = input.readSibling(chartFile);
    if (text === undefined)
        return;
    const name = chartName(text);
    if (name === undefined)
        return;
    for (const port of ports) {
        addFacts(port, 'helm-values', { chart: name });
        port.valueFrom = [...(port.valueFrom ?? []), chartFile];
    }
}
/** A plain name (Helm asks for lower-case letters, digits and dashes); a template or a path is none. */
const CHART_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
/** Names of the Chart.yaml texts read so far: every values file of a chart asks (a bounded cache). */
const chartNames = new Map();
const CACHED_CHARTS = 256;
const CACHED_CHART_BYTES = 64 * 1024;
function chartName(text) {
    if (chartNames.has(text))
        return chartNames.get(text);
    const [doc] = readYaml(text).documents;
    const written = doc ? scalarString(mapGet(doc, doc.contents, 'name')) : undefined;
    const name = written !== undefined && CHART_NAME.test(written) ? written : undefined;
    if (text.length <= CACHED_CHART_BYTES) {
        if (chartNames.size >= CACHED_CHARTS)
            chartNames.clear();
        chartNames.set(text, name);
    }
    return name;
}
class ValuesWalk {
    file;
    source;
    scope;
    ports = [];
    /** Collections already walked: an alias to one is not walked again (alias bombs, double reports). */
    walked = new Set();
    /** Scalars already reported (a scalar alias under a second port key). */
    reported = new Set();
    visits = 0;
    doc;
    scalarsOf = new WeakMap();
    constructor(file, source, scope) {
        this.file = file;
        this.source = source;
        this.scope = scope;
    }
    walkDocument(doc) {
        this.doc = doc;
        this.walkNode(doc.contents, '', 0);
    }
    /** Any node in a plain subtree: maps and lists are searched for port keys. */
    walkNode(value, path, depth) {
        const node = this.enter(value, depth);
        if (!node)
            return;
        if ((0,dist/* isMap */.jh)(node))
            this.walkMap(node, path, depth, undefined);
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => this.walkNode(item, `${path}[${index}]`, depth + 1));
        }
    }
    /** A map's entries; `named` is set for an item of a ports list or an entry of a named-port map. */
    walkMap(map, path, depth, named) {
        if (!(0,dist/* isMap */.jh)(map))
            return;
        const siblings = this.siblings(map, named);
        for (const pair of map.items) {
            const keyNode = this.resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode) || keyNode.value === null)
                continue;
            if (isMergeKey(keyNode)) {
                this.walkMerge(pair.value, path, depth, named);
                continue;
            }
            const key = String(keyNode.value);
            if (isSkipped(key))
                continue;
            const keyPath = path === '' ? key : `${path}.${key}`;
            const value = this.resolve(pair.value);
            if ((0,dist/* isScalar */.jn)(value)) {
                if (isPortKey(key))
                    this.report(value, keyPath, this.roleIn(map, key, path, named), siblings);
            }
            else if (isPortsKey(key)) {
                this.walkPorts(pair.value, keyPath, roleOf(key), depth + 1);
            }
            else {
                this.walkNode(pair.value, keyPath, depth + 1);
            }
        }
    }
    /** `<<: *base` / `<<: [*a, *b]`: merged maps are walked once, where they are written. */
    walkMerge(value, path, depth, named) {
        const node = this.enter(value, depth + 1);
        if ((0,dist/* isMap */.jh)(node))
            this.walkMap(node, path, depth + 1, named);
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items) {
                const merged = this.enter(item, depth + 2);
                if ((0,dist/* isMap */.jh)(merged))
                    this.walkMap(merged, path, depth + 2, named);
            }
        }
    }
    /** The value of a `ports` key: a list of numbers or port maps, or a map of named ports. */
    walkPorts(value, path, role, depth) {
        const node = this.enter(value, depth);
        if (!node)
            return;
        if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => {
                const itemPath = `${path}[${index}]`;
                const resolved = this.resolve(item);
                if ((0,dist/* isScalar */.jn)(resolved))
                    this.report(resolved, itemPath, role, { protocol: 'tcp' });
                else {
                    const entry = this.enter(item, depth + 1);
                    if ((0,dist/* isMap */.jh)(entry))
                        this.walkMap(entry, itemPath, depth + 1, {});
                }
            });
            return;
        }
        if (!(0,dist/* isMap */.jh)(node))
            return;
        // Named ports: `ports: {http: 80}` or `ports: {http: {port: 80, protocol: UDP}}`.
        for (const pair of node.items) {
            const keyNode = this.resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode) || keyNode.value === null || isMergeKey(keyNode))
                continue;
            const key = String(keyNode.value);
            if (isSkipped(key))
                continue;
            const entryPath = `${path}.${key}`;
            const entryValue = this.resolve(pair.value);
            if ((0,dist/* isScalar */.jn)(entryValue))
                this.report(entryValue, entryPath, role, { protocol: 'tcp', portName: key });
            else {
                const entry = this.enter(pair.value, depth + 1);
                if ((0,dist/* isMap */.jh)(entry))
                    this.walkMap(entry, entryPath, depth + 1, { portName: key });
                else if ((0,dist/* isSeq */.oP)(entry))
                    entry.items.forEach((item, i) => this.walkNode(item, `${entryPath}[${i}]`, depth + 2));
            }
        }
    }
    /** The key's role; a plain `port`/`*Port` outside a ports list may name another server's port. */
    roleIn(map, key, path, named) {
        const role = roleOf(key);
        if (role !== 'service' || named !== undefined || !(0,dist/* isMap */.jh)(map))
            return role;
        const segments = path === '' ? [] : path.replace(/\[\d+\]/g, '').split('.');
        const scalars = this.scalarEntries(map);
        return isValuesConnectSetting(key, segments, (lowerKey) => scalars.get(lowerKey)) ? 'connect' : role;
    }
    /** A map's scalar entries by lower-cased key, built once per map. */
    scalarEntries(map) {
        let entries = this.scalarsOf.get(map);
        if (entries)
            return entries;
        entries = new Map();
        if ((0,dist/* isMap */.jh)(map)) {
            for (const pair of map.items) {
                const key = this.resolve(pair.key);
                const value = this.resolve(pair.value);
                if (!(0,dist/* isScalar */.jn)(key) || !(0,dist/* isScalar */.jn)(value) || value.value === null)
                    continue;
                entries.set(String(key.value).toLowerCase(), String(value.value));
            }
        }
        this.scalarsOf.set(map, entries);
        return entries;
    }
    siblings(map, named) {
        const siblings = { protocol: 'tcp' };
        if (!(0,dist/* isMap */.jh)(map))
            return siblings;
        for (const pair of map.items) {
            const key = this.resolve(pair.key);
            const value = this.resolve(pair.value);
            if (!(0,dist/* isScalar */.jn)(key) || !(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'string')
                continue;
            if (key.value === 'protocol')
                siblings.protocol = protocolOf(value.value.toUpperCase()) ?? 'tcp';
            if (key.value === 'name' && named && value.value !== '' && !value.value.includes('{{')) {
                siblings.portName = value.value;
            }
        }
        if (named && siblings.portName === undefined && named.portName !== undefined)
            siblings.portName = named.portName;
        return siblings;
    }
    /** Record a scalar as a port when it is an integer or a numeric string; anything else is not a port. */
    report(scalar, keyPath, role, siblings) {
        if (this.reported.has(scalar))
            return;
        let port;
        let raw;
        let start = 0;
        if (typeof scalar.value === 'number') {
            if (!Number.isInteger(scalar.value))
                return;
            port = scalar.value;
            raw = scalar.source ?? String(scalar.value);
        }
        else if (typeof scalar.value === 'string') {
            raw = scalar.value.trim();
            if (!helm_values_INTEGER.test(raw))
                return; // empty, a name, a template (`{{ ... }}`), a URL
            port = Number(raw);
            start = scalar.value.indexOf(raw);
        }
        else
            return; // null, boolean
        // Charts write 0 for "no hostPort" / "let Kubernetes pick the nodePort", as Kubernetes itself reads 0.
        if (port === 0 && (role === 'host' || role === 'node'))
            return;
        this.reported.add(scalar);
        const at = scalarValuePosition(this.source, scalar, start);
        this.ports.push({
            file: this.file,
            line: at.line,
            column: at.column,
            port,
            endPort: port,
            protocol: siblings.protocol,
            role,
            kind: 'helm-values',
            context: { keyPath, ...(siblings.portName !== undefined && { portName: siblings.portName }) },
            raw,
            scope: this.scope,
        });
    }
    /** Follow aliases (bounded) without marking anything walked. */
    resolve(value) {
        return deref(this.doc, value);
    }
    /** Resolve a collection to walk; undefined when too deep, over budget, or already walked. */
    enter(value, depth) {
        if (depth > MAX_DEPTH || ++this.visits > MAX_NODES)
            return undefined;
        const node = this.resolve(value);
        if (!node || !((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)))
            return undefined;
        if (this.walked.has(node))
            return undefined;
        this.walked.add(node);
        return node;
    }
}
/** A Helm chart's values: `values*.yaml` beside a Chart.yaml. */
const helmValuesKind = {
    kind: 'helm-values',
    matches: (path, { chartFolders }) => isYamlOutsideChartTemplates(path, chartFolders) &&
        /^values.*\.ya?ml$/i.test(baseName(path)) &&
        chartFolders.has(folderOf(path)),
    parse: parseHelmValues,
};

;// CONCATENATED MODULE: ./src/parsers/dotenv.ts






/**
 * Keys that name a port: `PORT` itself or anything ending in `_PORT` (`API_PORT`, `db_port`).
 * Deliberately not `*_PORTS` (lists), `PORT_RANGE`, `*_PORT_MIN` or `OTEL_COLLECTOR_PORT_GRPC`: once
 * something follows `PORT` the value is as likely a range, a bound or a flag as a port number.
 */
function dotenv_isPortKey(key) {
    return /^(?:[A-Za-z0-9_.-]*_)?PORT$/i.test(key);
}
/**
 * `.env` files (kind `dotenv`): every `PORT` / `*_PORT` assignment with a numeric value, `context.name`
 * = the key; role `connect` when the key names where another service listens (connect-setting.ts),
 * else `listen`. Values may reference variables assigned earlier in the same file (`WEB_PORT=$OTHER`,
 * `${X:-3000}`). Lines that are not assignments are ignored as dotenv loaders ignore them; only an
 * unterminated quote is a parse-error (the loader would swallow the rest of the file).
 */
const parseDotenv = (input) => {
    const index = new LineIndex(input.text);
    const ports = [];
    const diagnostics = [];
    const { entries, errors } = readDotenv(input.text);
    for (const error of errors) {
        const at = index.positionAt(error.offset);
        diagnostics.push({
            ruleId: 'parse-error',
            messageId: 'unterminatedQuotedValue',
            data: { quote: error.quote },
            ...at,
        });
    }
    const written = new Map(entries.map((entry) => [entry.key.toLowerCase(), entry.text]));
    const sibling = (lowerKey) => written.get(lowerKey);
    const values = new Map();
    for (const entry of entries) {
        if (dotenv_isPortKey(entry.key)) {
            const port = portFromValue(input.path, entry, values, index, diagnostics);
            if (port)
                ports.push({ ...port, role: envPortRole(entry.key, sibling) });
        }
        expandInto(values, entry);
    }
    diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ports, diagnostics };
};
function portFromValue(file, scanned, values, index, diagnostics) {
    const { key } = scanned;
    const raw = scanned.text.trim();
    // Single quotes keep `$` literal, so a quoted `'$PORT'` is text, not a variable.
    const resolved = scanned.literal && raw.includes('$') ? { kind: 'invalid' } : resolvePortValue(raw, values);
    // Point at the number or at the `$` of the variable, not at blanks inside quotes.
    const lead = scanned.text.length - scanned.text.trimStart().length;
    const position = index.positionAt(scanned.offset + lead);
    if (resolved.kind === 'empty')
        return undefined;
    if (resolved.kind === 'invalid') {
        diagnostics.push({
            ruleId: 'invalid-port',
            messageId: 'assignmentNotANumber',
            data: { key, raw },
            ...position,
        });
        return undefined;
    }
    const port = resolved.kind === 'number' ? resolved.port : null;
    return {
        file,
        ...position,
        port,
        endPort: port,
        protocol: 'tcp',
        role: 'listen',
        kind: 'dotenv',
        context: { name: key },
        raw,
        ...(resolved.kind === 'unresolved' ? { unresolvedVariable: resolved.variable } : {}),
    };
}
// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)
/** Environment files: `.env`, `.env.local`, `prod.env`. */
const dotenvKind = {
    kind: 'dotenv',
    matches(path) {
        const base = baseName(path);
        return /^\.env(\..+)?$/.test(base) || (base.toLowerCase().endsWith('.env') && base.length > 4);
    },
    parse: parseDotenv,
    comments: (text) => scanComments(text, SHELL_COMMENTS),
};

;// CONCATENATED MODULE: ./src/parsers/procfile.ts







const PROCESS_LINE = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*:[ \t]*/;
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash']);
const NO_VALUES = new Map();
/** `sh -c "..."` may nest once or twice in real Procfiles; deeper is not worth following. */
const MAX_SHELL_NESTING = 3;
/**
 * Procfiles (kind `procfile`): `process: command` lines. In the command, `--port N`, `--port=N`,
 * `-p N`, a `PORT=N` / `*_PORT=N` assignment before the program, and gunicorn's `--bind HOST:N` /
 * `-b :N` declare the port the process listens on (role `listen`, `context.service` = process type).
 * `$PORT` stays unresolved (the platform sets it at run time) unless written with a default
 * (`${PORT:-5000}`). Lines that are not `name: command` are ignored, as Heroku and foreman ignore them;
 * an unterminated quote is a parse-error.
 */
const parseProcfile = (input) => {
    const index = new LineIndex(input.text);
    const ports = [];
    const diagnostics = [];
    for (const line of linesWithOffsets(input.text)) {
        if (/^[ \t]*#/.test(line.text))
            continue;
        const match = PROCESS_LINE.exec(line.text);
        if (!match)
            continue;
        const service = match[1];
        const commandStart = match[0].length;
        const command = line.text.slice(commandStart);
        // One offset per UTF-16 unit (`Array.from(command)` would step by code point: one short per emoji).
        const offsets = Array.from({ length: command.length }, (_, i) => line.offset + commandStart + i);
        const found = new CommandScanner(input.path, service, index, ports, diagnostics);
        found.scan(command, offsets, 0);
    }
    return { ports, diagnostics };
};
class CommandScanner {
    file;
    service;
    index;
    ports;
    diagnostics;
    constructor(file, service, index, ports, diagnostics) {
        this.file = file;
        this.service = service;
        this.index = index;
        this.ports = ports;
        this.diagnostics = diagnostics;
    }
    scan(command, offsets, depth) {
        const { words, unterminatedAt } = splitWords(command, offsets);
        if (unterminatedAt !== undefined) {
            this.diagnostics.push({
                ruleId: 'parse-error',
                messageId: 'unterminatedQuoteInCommand',
                ...this.index.positionAt(unterminatedAt),
            });
        }
        let atCommandStart = true;
        let program;
        /** The current command's leading assignments, read once. */
        let commandEnv;
        for (let i = 0; i < words.length; i++) {
            const word = words[i];
            if (word.operator) {
                atCommandStart = true;
                program = undefined;
                commandEnv = undefined;
                continue;
            }
            const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.value);
            if (atCommandStart && assignment) {
                const key = assignment[1];
                if (dotenv_isPortKey(key)) {
                    const assignments = (commandEnv ??= commandAssignments(words, i));
                    const role = envPortRole(key, (lowerKey) => assignments.get(lowerKey));
                    this.report(word, assignment[0].length, 'strict', role);
                }
                continue;
            }
            if (atCommandStart && word.value === 'env')
                continue;
            if (atCommandStart) {
                atCommandStart = false;
                program = word.value.split('/').pop();
                continue;
            }
            const next = words[i + 1];
            const nextValue = next && !next.operator ? next : undefined;
            if (word.value === '--port' && nextValue) {
                this.report(nextValue, 0, 'strict');
                i++;
            }
            else if (word.value.startsWith('--port=')) {
                this.report(word, '--port='.length, 'strict');
            }
            else if (word.value === '-p' && nextValue) {
                if (this.report(nextValue, 0, 'lenient'))
                    i++;
            }
            else if ((word.value === '--bind' || word.value === '-b') && nextValue) {
                this.reportBind(nextValue, 0);
                i++;
            }
            else if (word.value.startsWith('--bind=')) {
                this.reportBind(word, '--bind='.length);
            }
            else if (word.value === '-c' &&
                nextValue &&
                program &&
                SHELLS.has(program) &&
                depth < MAX_SHELL_NESTING) {
                // `sh -c "gunicorn -b :$PORT app"`: the script is a command line of its own.
                this.scan(nextValue.value, nextValue.offsets, depth + 1);
                i++;
            }
        }
    }
    /** gunicorn `--bind`: `HOST:PORT`, `:PORT`, `[::]:PORT`; `unix:` and `fd://` sockets have no port. */
    reportBind(word, from) {
        const value = word.value.slice(from);
        if (/^(unix|fd):/i.test(value))
            return;
        const colon = lastColonOutsideBraces(value);
        if (colon < 0)
            return;
        this.report(word, from + colon + 1, 'strict');
    }
    /**
     * Report the port written in `word` from character `from` on. `strict` values that are neither a
     * number nor a variable are `invalid-port`; `lenient` ones (`-p`, which other programs use for other
     * things) are silently not ports. Returns whether a port was reported.
     */
    report(word, from, mode, role = 'listen') {
        const raw = word.value.slice(from);
        const offset = word.offsets[from] ?? word.offsets[word.offsets.length - 1] ?? 0;
        const position = this.index.positionAt(offset);
        if (mode === 'lenient' && parsePortNumber(raw) === undefined && !parseVariable(raw))
            return false;
        const value = resolvePortValue(raw, NO_VALUES);
        if (value.kind === 'empty')
            return false;
        if (value.kind === 'invalid') {
            this.diagnostics.push({
                ruleId: 'invalid-port',
                messageId: 'valueNotANumber',
                data: { raw },
                ...position,
            });
            return false;
        }
        const port = value.kind === 'number' ? value.port : null;
        this.ports.push({
            file: this.file,
            ...position,
            port,
            endPort: port,
            protocol: 'tcp',
            role,
            kind: 'procfile',
            context: { service: this.service },
            raw,
            ...(value.kind === 'unresolved' ? { unresolvedVariable: value.variable } : {}),
        });
        return true;
    }
}
/** The `KEY=value` words around `at` before a command's program (`DB_HOST=db DB_PORT=5432 app`). */
function commandAssignments(words, at) {
    const assignments = new Map();
    const isAssignment = (word) => word !== undefined && !word.operator && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value);
    let first = at;
    while (isAssignment(words[first - 1]))
        first--;
    for (let i = first; isAssignment(words[i]); i++) {
        const word = words[i];
        const equals = word.value.indexOf('=');
        assignments.set(word.value.slice(0, equals).toLowerCase(), word.value.slice(equals + 1));
    }
    return assignments;
}
/** Index of the last `:` not inside `${...}`, so `${HOST:-0.0.0.0}:${PORT:-80}` splits correctly. */
function lastColonOutsideBraces(value) {
    const segments = splitOutsideBraces(value, ':');
    return segments.length > 1 ? segments[segments.length - 1].start - 1 : -1;
}
/**
 * Split a command into shell words: blanks separate words, quotes group (and are dropped), a backslash
 * escapes the next character outside single quotes, `#` at a word start begins a comment, and
 * `&& || ; | &` are operator words. An unterminated quote runs to the end of the line.
 */
function splitWords(command, offsets) {
    const words = [];
    let unterminatedAt;
    let current;
    const flush = () => {
        if (current)
            words.push(current);
        current = undefined;
    };
    const push = (ch, at) => {
        current ??= { value: '', offsets: [], operator: false };
        current.value += ch;
        current.offsets.push(offsets[at] ?? 0);
    };
    for (let i = 0; i < command.length; i++) {
        const ch = command[i];
        if (ch === ' ' || ch === '\t') {
            flush();
        }
        else if (ch === '#' && !current) {
            break;
        }
        else if (ch === ';' || ch === '&' || ch === '|') {
            flush();
            const double = (ch === '&' || ch === '|') && command[i + 1] === ch;
            words.push({ value: double ? ch + ch : ch, offsets: [offsets[i] ?? 0], operator: true });
            if (double)
                i++;
        }
        else if (ch === '\\' && i + 1 < command.length) {
            push(command[i + 1], i + 1);
            i++;
        }
        else if (ch === '"' || ch === "'") {
            const close = findClose(command, i + 1, ch);
            if (close < 0 && unterminatedAt === undefined)
                unterminatedAt = offsets[i] ?? 0;
            const end = close < 0 ? command.length : close;
            current ??= { value: '', offsets: [], operator: false };
            for (let j = i + 1; j < end; j++) {
                if (ch === '"' && command[j] === '\\' && j + 1 < end)
                    j++;
                push(command[j], j);
            }
            i = end;
        }
        else {
            push(ch, i);
        }
    }
    flush();
    return unterminatedAt === undefined ? { words } : { words, unterminatedAt };
}
function findClose(text, from, quote) {
    for (let i = from; i < text.length; i++) {
        if (quote === '"' && text[i] === '\\')
            i++;
        else if (text[i] === quote)
            return i;
    }
    return -1;
}
// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)
/** Procfiles: `Procfile`, `Procfile.dev`. */
const procfileKind = {
    kind: 'procfile',
    matches: (path) => /^procfile(\..+)?$/i.test(baseName(path)),
    parse: parseProcfile,
    comments: (text) => scanComments(text, SHELL_COMMENTS),
};

;// CONCATENATED MODULE: ./src/parsers/spring.ts







/** Spring properties that declare a listening port, by relaxed (canonical) name -> `context.name`. */
const PORT_PROPERTIES = new Map([
    ['server.port', 'server'],
    ['management.server.port', 'management'],
]);
const MAX_PLACEHOLDER_DEPTH = 8;
const CONFIG_SERVER_PREFIX = 'spring.cloud.config.server.';
const MAX_YAML_DEPTH = 64;
/**
 * Spring Boot `application*.properties` / `application*.yml` (kind `spring`): `server.port` and
 * `management.server.port`, role `listen`, `context.name` `server` / `management`, `context.keyPath`
 * the canonical property name plus `@profile` when the value only applies to a profile (from the file
 * name `application-dev.yml` or the document's `on-profile`), e.g. `server.port@dev`.
 * `${PORT:8080}` resolves to its default; `${app.port}` resolves against the file's own properties.
 * `0` (random port) and `-1` (disabled) are Spring conventions, not ports: not reported.
 */
const parseSpring = (input) => {
    const diagnostics = [];
    const yaml = YAML_NAME.test(input.path) ? readYaml(input.text, input.wantComments) : undefined;
    const documents = yaml
        ? readYamlDocuments(yaml, diagnostics)
        : readPropertiesDocuments(input.text, diagnostics);
    const comments = yaml?.comments;
    const fileProfile = /(?:^|\/)application-([^/]+)\.(?:properties|ya?ml)$/i.exec(input.path)?.[1];
    const shared = new Map();
    for (const doc of documents) {
        if (doc.profile === undefined)
            for (const p of doc.properties)
                shared.set(p.name, p.value);
    }
    const ports = [];
    // Settings only a Config Server reads say which software this is; else the application's own name.
    const runs = [...shared.keys()].some((name) => name.startsWith(CONFIG_SERVER_PREFIX))
        ? 'spring-cloud-config'
        : shared.get('spring.application.name');
    for (const doc of documents) {
        const values = new Map(shared);
        for (const p of doc.properties)
            values.set(p.name, p.value);
        const profile = doc.profile ?? fileProfile;
        for (const property of doc.properties) {
            const contextName = PORT_PROPERTIES.get(property.name);
            if (!contextName)
                continue;
            const port = toPort(input.path, property, contextName, profile, values, diagnostics);
            if (port && runs !== undefined && runs.trim() !== '')
                port.runs = runs.trim();
            if (port)
                ports.push(port);
        }
    }
    return { ports, diagnostics, ...(comments ? { comments } : {}) };
};
function toPort(file, property, contextName, profile, values, diagnostics) {
    const raw = property.value.trim();
    if (raw === '')
        return undefined;
    const resolved = resolvePlaceholder(raw, values);
    if ('unresolved' in resolved) {
        return declared(file, property, contextName, profile, raw, null, resolved.unresolved);
    }
    const port = parsePortNumber(resolved.value.trim());
    if (port === undefined) {
        diagnostics.push({
            ruleId: 'invalid-port',
            messageId: 'notANumber',
            data: { key: contextName === 'server' ? 'server.port' : 'management.server.port', raw },
            ...property.position,
        });
        return undefined;
    }
    if (port === 0 || port === -1)
        return undefined;
    return declared(file, property, contextName, profile, raw, port);
}
function declared(file, property, contextName, profile, raw, port, unresolvedVariable) {
    return {
        file,
        ...property.position,
        port,
        endPort: port,
        protocol: 'tcp',
        role: 'listen',
        kind: 'spring',
        context: { name: contextName, keyPath: profile ? `${property.name}@${profile}` : property.name },
        raw,
        ...(unresolvedVariable !== undefined ? { unresolvedVariable } : {}),
        // Both are the ports of Spring Boot's embedded web server.
        speaks: ['http'],
    };
}
/**
 * Resolve a Spring placeholder (`${PORT:8080}`, `${app.port}`, nested defaults) against the file's own
 * properties; never the process environment.
 */
function resolvePlaceholder(text, values) {
    let current = text;
    let firstName;
    for (let depth = 0; depth < MAX_PLACEHOLDER_DEPTH; depth++) {
        const ref = parseVariable(current.trim(), { springDefaults: true });
        if (!ref || !current.trim().startsWith('${'))
            return { value: current };
        firstName ??= ref.name;
        const own = values.get(canonicalName(ref.name));
        const next = resolveVariable(ref, new Map(own === undefined ? [] : [[ref.name, own]]));
        if (next === undefined)
            return { unresolved: ref.name };
        current = next;
    }
    return { unresolved: firstName ?? text };
}
/** Spring's relaxed binding compares names lowercase and without `-` / `_`. */
function canonicalName(name) {
    return name.toLowerCase().replace(/[-_]/g, '');
}
function documentProfile(properties) {
    const byName = new Map(properties.map((p) => [p.name, p.value]));
    const profile = byName.get('spring.config.activate.onprofile') ?? byName.get('spring.profiles');
    return profile?.trim() || undefined;
}
// ---------------------------------------------------------------- YAML
function readYamlDocuments(source, diagnostics) {
    diagnostics.push(...source.diagnostics);
    return source.documents.map((doc) => {
        const properties = [];
        const budget = { nodes: ALIAS_BUDGET };
        flattenYaml(source, doc, doc.contents, '', properties, 0, budget);
        const profile = documentProfile(properties);
        return profile === undefined ? { properties } : { properties, profile };
    });
}
/** Flatten nested maps and dotted keys (`server: {port: 1}` and `server.port: 1`) into properties. */
function flattenYaml(source, doc, node, prefix, out, depth, budget) {
    if (depth > MAX_YAML_DEPTH || --budget.nodes < 0)
        return;
    if ((0,dist/* isMap */.jh)(node)) {
        for (const [key, value] of mapEntries(doc, node)) {
            const name = prefix ? `${prefix}.${canonicalName(key)}` : canonicalName(key);
            flattenYaml(source, doc, value, name, out, depth + 1, budget);
        }
        return;
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        // Only profile lists matter here (`on-profile: [dev, test]` means any of them).
        const items = seqItems(doc, node)
            .map((item) => scalarString(item))
            .filter((v) => v !== undefined);
        if (items.length > 0 && prefix.startsWith('spring.')) {
            out.push({ name: prefix, value: items.join(' | '), position: { line: 1, column: 1 } });
        }
        return;
    }
    if ((0,dist/* isScalar */.jn)(node) && prefix) {
        const value = scalarString(node);
        if (value === undefined)
            return;
        // Point past blanks that the value keeps (a quoted " 8080", a no-break space) and `trim` drops.
        const lead = value.length - value.trimStart().length;
        out.push({ name: prefix, value, position: scalarValuePosition(source, node, lead) });
    }
}
// ---------------------------------------------------------------- .properties
/**
 * Read a `.properties` file as `java.util.Properties.load` does (comments `#` / `!`, `=` / `:` /
 * blank separators, `\` line continuations, `\uXXXX` escapes), split into documents at Spring's
 * `#---` / `!---` lines. A malformed `\u` escape is a parse-error (Java refuses the file); the other
 * properties are still read.
 */
function readPropertiesDocuments(text, diagnostics) {
    const index = new LineIndex(text);
    const lines = linesWithOffsets(text);
    const documents = [[]];
    for (let i = 0; i < lines.length; i++) {
        const first = lines[i];
        const start = first.text.search(/[^ \t\f]/);
        if (start < 0)
            continue;
        if (/^[#!]---[ \t]*$/.test(first.text)) {
            documents.push([]);
            continue;
        }
        if (first.text[start] === '#' || first.text[start] === '!')
            continue;
        // Gather one logical line: characters with their offsets, continuations joined.
        const chars = [];
        const offsets = [];
        let line = first;
        let from = start;
        for (;;) {
            const body = line.text.slice(from);
            const continued = trailingBackslashes(body) % 2 === 1;
            const kept = continued ? body.length - 1 : body.length;
            for (let k = 0; k < kept; k++) {
                chars.push(body[k]);
                offsets.push(line.offset + from + k);
            }
            if (!continued || i + 1 >= lines.length)
                break;
            line = lines[++i];
            from = Math.max(0, line.text.search(/[^ \t\f]/));
            if (line.text.search(/[^ \t\f]/) < 0)
                from = line.text.length;
        }
        const property = splitProperty(chars, offsets, index, diagnostics);
        if (property)
            documents[documents.length - 1].push(property);
    }
    return documents.map((properties) => {
        const profile = documentProfile(properties);
        return profile === undefined ? { properties } : { properties, profile };
    });
}
function trailingBackslashes(text) {
    let count = 0;
    for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--)
        count++;
    return count;
}
function splitProperty(chars, offsets, index, diagnostics) {
    let i = 0;
    const keyEnd = () => {
        const ch = chars[i];
        return ch === '=' || ch === ':' || ch === ' ' || ch === '\t' || ch === '\f';
    };
    const keyStart = i;
    while (i < chars.length && !keyEnd())
        i += chars[i] === '\\' ? 2 : 1;
    const key = spring_unescape(chars, offsets, keyStart, Math.min(i, chars.length), index, diagnostics).value;
    while (i < chars.length && /[ \t\f]/.test(chars[i]))
        i++;
    if (chars[i] === '=' || chars[i] === ':')
        i++;
    while (i < chars.length && /[ \t\f]/.test(chars[i]))
        i++;
    const valueStart = i;
    const value = spring_unescape(chars, offsets, valueStart, chars.length, index, diagnostics);
    if (!key)
        return undefined;
    // Where the first non-blank character of the value is written (past an escape's backslash).
    const lead = value.value.length - value.value.trimStart().length;
    const at = value.starts[lead] ?? offsets[valueStart] ?? (offsets[offsets.length - 1] ?? 0) + 1;
    return { name: canonicalName(key), value: value.value, position: index.positionAt(at) };
}
function spring_unescape(chars, offsets, from, to, index, diagnostics) {
    let value = '';
    /** File offset where each character of `value` is written: the escaped character, or a `\\u`'s backslash. */
    const starts = [];
    for (let i = from; i < to; i++) {
        const ch = chars[i];
        if (ch !== '\\' || i + 1 >= to) {
            if (ch !== '\\') {
                value += ch;
                starts.push(offsets[i]);
            }
            continue;
        }
        const next = chars[++i];
        if (next === 'u') {
            const hex = chars.slice(i + 1, i + 5).join('');
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
                diagnostics.push({
                    ruleId: 'parse-error',
                    messageId: 'malformedUnicodeEscape',
                    ...index.positionAt(offsets[i - 1]),
                });
                continue;
            }
            value += String.fromCharCode(parseInt(hex, 16));
            starts.push(offsets[i - 1]);
            i += 4;
        }
        else {
            value += { t: '\t', n: '\n', r: '\r', f: '\f' }[next] ?? next;
            starts.push(offsets[i]);
        }
    }
    return { value, starts };
}
/** Spring Boot configuration: `application*.properties`, and `application*.yaml` unless it is Kubernetes. */
const springKind = {
    kind: 'spring',
    matches(path, { chartFolders }, head) {
        const base = baseName(path);
        if (/^application([-.].*)?\.properties$/i.test(base))
            return true;
        if (!isYamlOutsideChartTemplates(path, chartFolders) || !/^application([-.].*)?\.ya?ml$/i.test(base)) {
            return false;
        }
        return head === undefined ? 'maybe' : !looksLikeKubernetes(head);
    },
    parse: parseSpring,
    // `.properties` files; the YAML ones hand theirs over from the one lex of the text.
    comments: (text) => wholeLineComments(text, ['#', '!'], true),
};

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./src/parsers/toml-locator.ts
/**
 * Where each scalar of a TOML document is written. smol-toml parses values but keeps no positions, so
 * this walks the text once more, following tables (`[a.b]`), arrays of tables (`[[services]]`, whose
 * n-th header is element n), dotted keys, inline tables and arrays, and records every scalar's path
 * (`['services', 0, 'ports', 1, 'port']`) with the offset where its content starts.
 *
 * It is lenient: a line it cannot read is skipped, so it also recovers values from a file smol-toml
 * refuses. It never decides validity; smol-toml does.
 */

const toml_locator_MAX_NESTING = 64;
/** A stable map key for a path. */
function tomlPathKey(path) {
    return JSON.stringify(path);
}
/** Every scalar of the document with its path and offset, in text order. */
function locateTomlScalars(text) {
    return new Locator(text).run();
}
/**
 * Rebuild plain data from located scalars (numbers as numbers, everything else as its raw text), for
 * reading what can be read from a file smol-toml refused.
 */
function tomlDataFromLocations(locations) {
    // Keys are the file's: tables have no prototype (as smol-toml's), so `[__proto__]` is a table like any other.
    const root = dictionary();
    for (const location of locations) {
        let node = root;
        const { path } = location;
        let ok = path.length > 0;
        for (let i = 0; i < path.length - 1 && ok; i++) {
            const segment = path[i];
            let child = childOf(node, segment);
            if (child === undefined) {
                child = typeof path[i + 1] === 'number' ? [] : dictionary();
                ok = setChild(node, segment, child);
            }
            else if (typeof child !== 'object' || child === null) {
                ok = false;
            }
            node = child;
        }
        if (!ok)
            continue;
        const value = location.kind === 'number' ? Number(location.raw.replace(/_/g, '')) : location.raw;
        setChild(node, path[path.length - 1], value);
    }
    return root;
}
/** An array takes indices and a table takes keys; anything else (`length`, a key on an array) is not data. */
function childOf(node, segment) {
    if (Array.isArray(node))
        return typeof segment === 'number' ? node[segment] : undefined;
    return typeof segment === 'string' && Object.hasOwn(node, segment) ? node[segment] : undefined;
}
function setChild(node, segment, value) {
    if (Array.isArray(node) !== (typeof segment === 'number'))
        return false;
    node[segment] = value;
    return true;
}
class Locator {
    text;
    p = 0;
    out = [];
    /** Element count of each array of tables, by resolved path key. */
    tableArrays = new Map();
    table = [];
    /** Earliest offset from which a multi-line string of each quote is known never to close. */
    unclosedFrom = new Map();
    constructor(text) {
        this.text = text;
    }
    run() {
        const { text } = this;
        while (this.p < text.length) {
            const before = this.p;
            this.skipBlanksAndNewlines();
            if (this.p >= text.length)
                break;
            const ch = text[this.p];
            if (ch === '[')
                this.readHeader();
            else
                this.readKeyValue(this.table, 0);
            this.skipToNextLine();
            if (this.p <= before)
                this.p = before + 1;
        }
        return this.out;
    }
    readHeader() {
        const isArray = this.text.startsWith('[[', this.p);
        this.p += isArray ? 2 : 1;
        const keys = this.readKey();
        if (!keys)
            return;
        this.skipSpaces();
        const close = isArray ? ']]' : ']';
        if (!this.text.startsWith(close, this.p))
            return;
        this.p += close.length;
        const resolved = [];
        keys.forEach((key, i) => {
            resolved.push(key);
            const last = i === keys.length - 1;
            const id = tomlPathKey(resolved);
            if (last && isArray) {
                const index = this.tableArrays.get(id) ?? 0;
                this.tableArrays.set(id, index + 1);
                resolved.push(index);
            }
            else if (this.tableArrays.has(id)) {
                // `[services.concurrency]` after `[[services]]` belongs to the latest element.
                resolved.push(this.tableArrays.get(id) - 1);
            }
        });
        this.table = resolved;
    }
    readKeyValue(base, depth) {
        const keys = this.readKey();
        if (!keys)
            return false;
        this.skipSpaces();
        if (this.text[this.p] !== '=')
            return false;
        this.p++;
        this.skipSpaces();
        return this.readValue([...base, ...keys], depth);
    }
    /** A dotted key: bare (`A-Za-z0-9_-`) or quoted parts separated by `.`. */
    readKey() {
        const { text } = this;
        const keys = [];
        for (;;) {
            this.skipSpaces();
            const ch = text[this.p];
            if (ch === '"' || ch === "'") {
                const end = this.findStringEnd(this.p + 1, ch, false);
                if (end < 0)
                    return undefined;
                keys.push(text.slice(this.p + 1, end));
                this.p = end + 1;
            }
            else {
                const match = /^[A-Za-z0-9_-]+/.exec(text.slice(this.p, this.p + 256));
                if (!match)
                    return undefined;
                keys.push(match[0]);
                this.p += match[0].length;
            }
            this.skipSpaces();
            if (text[this.p] !== '.')
                return keys;
            this.p++;
        }
    }
    readValue(path, depth) {
        const { text } = this;
        if (depth > toml_locator_MAX_NESTING)
            return false;
        const ch = text[this.p];
        if (ch === '"' || ch === "'") {
            const multiline = text.startsWith(ch.repeat(3), this.p);
            const open = multiline ? 3 : 1;
            let start = this.p + open;
            // TOML drops a newline right after the opening delimiter of a multi-line string.
            if (multiline && text.startsWith('\r\n', start))
                start += 2;
            else if (multiline && text[start] === '\n')
                start += 1;
            const end = this.findStringEnd(this.p + open, ch, multiline);
            if (end < 0)
                return false;
            this.out.push({ path, offset: start, raw: text.slice(start, end), kind: 'string' });
            this.p = end + open;
            return true;
        }
        if (ch === '{')
            return this.readInlineTable(path, depth);
        if (ch === '[')
            return this.readArray(path, depth);
        const match = /^[^,\]}#\r\n]+/.exec(text.slice(this.p, this.p + 256));
        if (!match)
            return false;
        const raw = match[0].trimEnd();
        const numeric = /^[+-]?(?:\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?|0x[\da-fA-F_]+|0o[0-7_]+|0b[01_]+|inf|nan)$/;
        this.out.push({ path, offset: this.p, raw, kind: numeric.test(raw) ? 'number' : 'other' });
        this.p += match[0].length;
        return true;
    }
    readInlineTable(path, depth) {
        this.p++;
        for (let guard = 0; guard < this.text.length; guard++) {
            this.skipBlanksAndNewlines();
            if (this.text[this.p] === '}') {
                this.p++;
                return true;
            }
            if (!this.readKeyValue(path, depth + 1))
                return false;
            this.skipBlanksAndNewlines();
            if (this.text[this.p] === ',')
                this.p++;
        }
        return false;
    }
    readArray(path, depth) {
        this.p++;
        for (let index = 0; index < this.text.length; index++) {
            this.skipBlanksAndNewlines();
            if (this.text[this.p] === ']') {
                this.p++;
                return true;
            }
            if (!this.readValue([...path, index], depth + 1))
                return false;
            this.skipBlanksAndNewlines();
            if (this.text[this.p] === ',')
                this.p++;
            else if (this.text[this.p] !== ']')
                return false;
        }
        return false;
    }
    /** Index of the closing quote (or first char of the closing triple quote); -1 when unterminated. */
    findStringEnd(from, quote, multiline) {
        const { text } = this;
        const unclosed = multiline ? this.unclosedFrom.get(quote) : undefined;
        if (unclosed !== undefined && from >= unclosed)
            return -1;
        for (let i = from; i < text.length; i++) {
            const ch = text[i];
            if (ch === '\\' && quote === '"') {
                i++;
            }
            else if (!multiline && (ch === '\n' || ch === '\r')) {
                return -1;
            }
            else if (ch === quote) {
                if (!multiline)
                    return i;
                if (text.startsWith(quote.repeat(3), i)) {
                    // `""""` ends with up to two quotes that belong to the content.
                    let end = i;
                    while (text[end + 3] === quote && end - i < 2)
                        end++;
                    return end;
                }
            }
        }
        if (multiline)
            this.unclosedFrom.set(quote, Math.min(from, unclosed ?? from));
        return -1;
    }
    skipSpaces() {
        while (this.text[this.p] === ' ' || this.text[this.p] === '\t')
            this.p++;
    }
    /** Blanks, line breaks and comments, as allowed between array items. */
    skipBlanksAndNewlines() {
        const { text } = this;
        while (this.p < text.length) {
            const ch = text[this.p];
            if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n')
                this.p++;
            else if (ch === '#')
                while (this.p < text.length && text[this.p] !== '\n' && text[this.p] !== '\r')
                    this.p++;
            else
                break;
        }
    }
    skipToNextLine() {
        const { text } = this;
        while (this.p < text.length && text[this.p] !== '\n' && text[this.p] !== '\r')
            this.p++;
    }
}

;// CONCATENATED MODULE: ./src/parsers/fly.ts








/**
 * `fly.toml` (kind `fly`): `internal_port` of `[http_service]` and of each `[[services]]` (role
 * `container`), and `port` (or the range `start_port`..`end_port`) of each `[[services.ports]]` (role
 * `service`). A service's `protocol` (`tcp` / `udp`) applies to both; `[http_service]` is tcp.
 * `context.name` is the top-level `app`. Health-check and `[metrics]` ports are references, not
 * declarations. On a TOML syntax error: a parse-error where smol-toml stopped, and the ports that the
 * lenient locator can still read.
 */
const parseFly = (input) => {
    const diagnostics = [];
    const locations = locateTomlScalars(input.text);
    let data;
    try {
        data = (0,smol_toml_dist/* parse */.qg)(input.text);
    }
    catch (error) {
        const at = error instanceof smol_toml_dist/* TomlError */.zx ? tomlErrorPosition(input.text, error) : { line: 1, column: 1 };
        const message = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
        diagnostics.push({ ruleId: 'parse-error', messageId: 'toml', data: { detail: message }, ...at });
        data = tomlDataFromLocations(locations);
    }
    const reader = new FlyReader(input.path, new LineIndex(input.text), locations, diagnostics);
    return { ports: reader.read(data), diagnostics };
};
/** TOML: `#` outside strings; `'` and `"` strings, and `'''` / `"""` ones that span lines. */
const TOML_COMMENTS = {
    lineComments: ['#'],
    quotes: `"'`,
    quotesAnywhere: true,
    tripleQuotes: true,
};
class FlyReader {
    file;
    index;
    diagnostics;
    byPath;
    ports = [];
    context = {};
    constructor(file, index, locations, diagnostics) {
        this.file = file;
        this.index = index;
        this.diagnostics = diagnostics;
        this.byPath = new Map(locations.map((l) => [tomlPathKey(l.path), l]));
        // The first scalar inside each table and array: where a value that is not a scalar is written.
        for (const l of locations) {
            for (let k = 1; k < l.path.length; k++) {
                const prefix = tomlPathKey(l.path.slice(0, k));
                if (!this.byPath.has(prefix))
                    this.byPath.set(prefix, l);
            }
        }
    }
    read(data) {
        const app = data['app'];
        this.context = typeof app === 'string' ? { name: app } : {};
        const http = asTable(data['http_service']);
        if (http)
            this.add(http, ['http_service'], 'internal_port', 'container', 'tcp', undefined, ['http']);
        const services = Array.isArray(data['services']) ? data['services'] : [];
        services.forEach((value, i) => {
            const service = asTable(value);
            if (!service)
                return;
            const protocol = toProtocol(service['protocol']);
            const ports = Array.isArray(service['ports']) ? service['ports'] : [];
            // fly's proxy hands the app plain HTTP when any port of the service has the `http` handler.
            const internal = ports.some((entry) => handlersSpeak(asTable(entry)).length > 0) ? ['http'] : [];
            this.add(service, ['services', i], 'internal_port', 'container', protocol, undefined, internal);
            ports.forEach((entry, j) => {
                const port = asTable(entry);
                if (!port)
                    return;
                const path = ['services', i, 'ports', j];
                const speaks = handlersSpeak(port);
                if (port['port'] !== undefined || port['start_port'] === undefined) {
                    this.add(port, path, 'port', 'service', protocol, undefined, speaks);
                }
                else {
                    this.add(port, path, 'start_port', 'service', protocol, 'end_port', speaks);
                }
            });
        });
        return this.ports;
    }
    /** Report `table[key]` (and `table[endKey]` as the end of a range) if present. */
    add(table, path, key, role, protocol, endKey, speaks = []) {
        const value = table[key];
        if (value === undefined)
            return;
        const location = this.byPath.get(tomlPathKey([...path, key]));
        const position = location ? this.index.positionAt(location.offset) : { line: 1, column: 1 };
        // A table or array (`port = { a = 1 }`): String() of smol-toml's prototype-less tables throws.
        const structure = typeof value === 'object' && value !== null && !(value instanceof Date);
        const raw = structure ? '' : (location?.raw ?? String(value));
        const port = toPortNumber(value);
        if (port === undefined) {
            this.diagnostics.push({
                ruleId: 'invalid-port',
                messageId: !structure ? 'notANumber' : Array.isArray(value) ? 'arrayNotANumber' : 'tableNotANumber',
                data: structure ? { key } : { key, raw },
                ...position,
            });
            return;
        }
        const end = endKey === undefined ? port : (toPortNumber(table[endKey]) ?? port);
        const declared = {
            file: this.file,
            ...position,
            port,
            endPort: end,
            protocol,
            role,
            kind: 'fly',
            context: { ...this.context },
            raw: endKey !== undefined && end !== port ? `${raw}-${end}` : raw,
        };
        this.ports.push(withSpeaks(declared, speaks));
    }
}
/**
 * smol-toml counts lines on `\n` alone and may point at the `\n` of a CRLF (a column past the line's
 * end): back to an offset by its own count, then to a position as every parser gives one.
 */
function tomlErrorPosition(text, error) {
    let start = 0;
    for (let line = 1; line < error.line; line++) {
        const newline = text.indexOf('\n', start);
        if (newline < 0)
            break;
        start = newline + 1;
    }
    let offset = Math.min(start + error.column - 1, text.length);
    if (text[offset] === '\n' && text[offset - 1] === '\r')
        offset--;
    return new LineIndex(text).positionAt(offset);
}
/** `handlers = ["http"]` speaks http, `["tls", "http"]` https; without `http` nothing is said. */
function handlersSpeak(port) {
    const handlers = Array.isArray(port?.['handlers']) ? port['handlers'] : [];
    if (!handlers.includes('http'))
        return [];
    return [handlers.includes('tls') ? 'https' : 'http'];
}
function asTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
/** fly accepts `port = 80` and `port = "80"`. */
function toPortNumber(value) {
    if (typeof value === 'number')
        return Number.isInteger(value) ? value : undefined;
    if (typeof value === 'bigint')
        return Number(value);
    if (typeof value === 'string')
        return parsePortNumber(value.trim());
    return undefined;
}
function toProtocol(value) {
    return (typeof value === 'string' && protocolOf(value, PROTOCOLS)) || 'tcp';
}
// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)
/** Fly.io app configuration: `fly.toml`, `fly.staging.toml`. */
const flyKind = {
    kind: 'fly',
    matches: (path) => /^fly(\..+)?\.toml$/i.test(baseName(path)),
    parse: parseFly,
    comments: (text) => scanComments(text, TOML_COMMENTS),
};

;// CONCATENATED MODULE: ./src/parsers/hcl.ts
/**
 * A small HCL reader for Terraform files: blocks, attributes, literals and object expressions, with
 * offsets. No maintained npm HCL parser serves: `@cdktf/hcl2json` and `hcl2-parser` are Go compiled to
 * WASM/JS and return JSON only, and tree-sitter-hcl gives positions but is WASM and async (parsers are
 * synchronous). So this reads just enough of the syntax to find port
 * attributes: comments (`#`, `//`, `/* *\/`), quoted templates with nested `${ ... }`, heredocs, and
 * bracket nesting inside expressions. Anything more complex is kept as expression text.
 *
 * It never throws: syntax problems (unbalanced braces, unterminated strings/heredocs/comments) come
 * back as errors with offsets, and everything readable is still returned.
 */
/** Where HCL comments are: `#`, `//` and `/* *\/` outside strings and heredocs. */
const HCL_COMMENTS = {
    lineComments: ['#', '//'],
    blockComments: true,
    quotes: '"',
    quotesAnywhere: true,
    heredocs: true,
};
const hcl_MAX_DEPTH = 64;
/**
 * Object expressions are read this deep (labels and selectors are one level); deeper ones stay
 * expressions. Each level scans its tokens once, so this bounds the work on `{a = {a = ...}}`.
 */
const MAX_OBJECT_DEPTH = 8;
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
const TWO_CHAR_PUNCT = new Set(['==', '!=', '<=', '>=', '&&', '||', '=>', '..']);
/** Parse a Terraform/HCL file into blocks and attributes with offsets. */
function parseHcl(text) {
    const errors = [];
    const tokens = tokenize(text, errors);
    const parser = new HclParser(text, tokens, errors);
    return { body: parser.parseBody(undefined, 0), errors };
}
// ---------------------------------------------------------------- tokenizer
function tokenize(text, errors) {
    const tokens = [];
    let i = 0;
    const push = (type, start, end, extra = {}) => {
        tokens.push({ type, text: text.slice(start, end), start, end, ...extra });
    };
    while (i < text.length) {
        const ch = text[i];
        const next = text[i + 1];
        if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\uFEFF') {
            i++;
        }
        else if (ch === '\n' || ch === '\r') {
            const end = ch === '\r' && next === '\n' ? i + 2 : i + 1;
            push('newline', i, end);
            i = end;
        }
        else if (ch === '#' || (ch === '/' && next === '/')) {
            while (i < text.length && text[i] !== '\n' && text[i] !== '\r')
                i++;
        }
        else if (ch === '/' && next === '*') {
            const close = text.indexOf('*/', i + 2);
            if (close < 0) {
                errors.push({ offset: i, message: 'Unterminated /* comment' });
                i = text.length;
            }
            else {
                i = close + 2;
            }
        }
        else if (ch === '"') {
            const string = scanString(text, i, errors, 0);
            push('string', i, string.end, string.extra);
            i = string.end;
        }
        else if (ch === '<' &&
            next === '<' &&
            /^<<-?[A-Za-z_][A-Za-z0-9_-]*[ \t]*(\r\n|\n|\r)/.test(text.slice(i, i + 256))) {
            i = scanHeredoc(text, i, errors, push);
        }
        else if (/[0-9]/.test(ch)) {
            const match = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
            push('number', i, i + match[0].length);
            i += match[0].length;
        }
        else if (/[A-Za-z_]/.test(ch)) {
            let end = i + 1;
            while (end < text.length && /[A-Za-z0-9_-]/.test(text[end]))
                end++;
            push('ident', i, end);
            i = end;
        }
        else {
            const two = text.slice(i, i + 2);
            const length = TWO_CHAR_PUNCT.has(two) ? 2 : 1;
            push('punct', i, i + length);
            i += length;
        }
    }
    push('eof', text.length, text.length);
    return tokens;
}
/**
 * A quoted template from the `"` at `start`: escapes, `$${` / `%%{` literals, and `${ }` / `%{ }`
 * sequences with nested braces and strings. A line break outside an interpolation ends it as
 * unterminated (HCL quoted strings are single-line).
 */
function scanString(text, start, errors, depth) {
    let literal = '';
    let templates = 0;
    let single;
    let i = start + 1;
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"') {
            const extra = {};
            if (templates === 0)
                extra.literal = literal;
            else if (templates === 1 && literal === '' && single)
                extra.single = single;
            return { end: i + 1, extra };
        }
        if (ch === '\n' || ch === '\r')
            break;
        if (ch === '\\') {
            const escaped = text[i + 1] ?? '';
            literal +=
                { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' }[escaped] ?? escaped;
            i += 2;
        }
        else if ((ch === '$' || ch === '%') && text[i + 1] === ch && text[i + 2] === '{') {
            literal += `${ch}{`;
            i += 3;
        }
        else if ((ch === '$' || ch === '%') && text[i + 1] === '{') {
            const close = depth < hcl_MAX_DEPTH ? findTemplateEnd(text, i + 2, errors, depth) : -1;
            if (close < 0)
                break;
            templates++;
            single = {
                text: text
                    .slice(i + 2, close)
                    .trim()
                    .replace(/^~|~$/g, '')
                    .trim(),
                offset: i,
            };
            if (ch === '%')
                templates++; // a directive is never a plain reference
            i = close + 1;
        }
        else {
            literal += ch;
            i++;
        }
    }
    errors.push({ offset: start, message: 'Unterminated string' });
    let end = i;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r')
        end++;
    return { end, extra: {} };
}
/** Offset of the `}` closing a template sequence whose content starts at `from`; -1 if none. */
function findTemplateEnd(text, from, errors, depth) {
    let braces = 0;
    for (let i = from; i < text.length; i++) {
        const ch = text[i];
        // Interpolations in quoted strings stay on one line; stopping there keeps stray `${` linear.
        if (ch === '\n' || ch === '\r')
            return -1;
        if (ch === '"') {
            const nested = scanString(text, i, errors, depth + 1);
            i = nested.end - 1;
        }
        else if (ch === '{') {
            braces++;
        }
        else if (ch === '}') {
            if (braces === 0)
                return i;
            braces--;
        }
    }
    return -1;
}
function scanHeredoc(text, start, errors, push) {
    const header = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*(\r\n|\n|\r)/.exec(text.slice(start, start + 256));
    const marker = header[1];
    let lineStart = start + header[0].length;
    const contentStart = lineStart;
    while (lineStart <= text.length) {
        let lineEnd = lineStart;
        while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r')
            lineEnd++;
        if (text.slice(lineStart, lineEnd).trim() === marker) {
            const content = text.slice(contentStart, lineStart);
            push('heredoc', start, lineEnd, content.includes('${') ? {} : { literal: content });
            return lineEnd;
        }
        if (lineEnd >= text.length)
            break;
        lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
    }
    errors.push({ offset: start, message: `Unterminated heredoc: no closing ${marker}` });
    push('heredoc', start, text.length);
    return text.length;
}
// ---------------------------------------------------------------- parser
/**
 * Top-level Terraform blocks with labels. Seen inside another block they mean a `}` is missing above
 * them: the parser closes the open blocks there, so the rest of the file is still read at top level.
 */
const TOP_LEVEL_BLOCKS = new Set(['resource', 'data', 'module', 'variable', 'output', 'provider']);
class HclParser {
    text;
    tokens;
    errors;
    i = 0;
    /** Set while returning from every open block to the top level after a missing `}`. */
    unwinding = false;
    constructor(text, tokens, errors) {
        this.text = text;
        this.tokens = tokens;
        this.errors = errors;
    }
    peek(ahead = 0) {
        return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)];
    }
    /** Read body items until the `}` matching `open` (or end of file at top level). */
    parseBody(open, depth) {
        const body = { attributes: new Map(), blocks: [] };
        for (;;) {
            if (this.unwinding) {
                if (open) {
                    this.errors.push({ offset: open.start, message: 'Unclosed block: no matching }' });
                    return body;
                }
                this.unwinding = false;
            }
            const token = this.peek();
            if (open &&
                token.type === 'ident' &&
                TOP_LEVEL_BLOCKS.has(token.text) &&
                this.peek(1).type === 'string') {
                this.unwinding = true;
                continue;
            }
            if (token.type === 'eof') {
                if (open)
                    this.errors.push({ offset: open.start, message: 'Unclosed block: no matching }' });
                return body;
            }
            if (token.type === 'newline' ||
                (token.type === 'punct' && (token.text === ',' || token.text === ';'))) {
                this.i++;
                continue;
            }
            if (token.type === 'punct' && token.text === '}') {
                this.i++;
                if (open)
                    return body;
                this.errors.push({ offset: token.start, message: 'Unexpected }: no block to close' });
                continue;
            }
            if (token.type === 'ident') {
                const after = this.peek(1);
                if (after.type === 'punct' && after.text === '=') {
                    this.i += 2;
                    const value = this.parseExpression();
                    body.attributes.set(token.text, { name: token.text, offset: token.start, value });
                    continue;
                }
                const block = this.parseBlock(token, depth);
                if (block) {
                    body.blocks.push(block);
                    continue;
                }
            }
            this.errors.push({ offset: token.start, message: `Unexpected ${describe(token)}` });
            this.skipLine();
        }
    }
    parseBlock(typeToken, depth) {
        const start = this.i;
        this.i++;
        const labels = [];
        for (;;) {
            const token = this.peek();
            if (token.type === 'string' && token.literal !== undefined)
                labels.push(token.literal);
            else if (token.type === 'ident')
                labels.push(token.text);
            else
                break;
            this.i++;
        }
        const open = this.peek();
        if (open.type !== 'punct' || open.text !== '{') {
            this.i = start;
            return undefined;
        }
        this.i++;
        if (depth >= hcl_MAX_DEPTH) {
            this.errors.push({ offset: open.start, message: 'Blocks nested too deeply' });
            this.skipBalanced();
            return undefined;
        }
        const body = this.parseBody(open, depth + 1);
        return { type: typeToken.text, labels, offset: typeToken.start, body };
    }
    /** Tokens up to a line break, `,` or `}` outside brackets; newlines inside brackets continue it. */
    parseExpression() {
        const first = this.i;
        let nesting = 0;
        for (;;) {
            const token = this.peek();
            if (token.type === 'eof')
                break;
            if (nesting === 0 &&
                (token.type === 'newline' || (token.type === 'punct' && /^[,}]$/.test(token.text))))
                break;
            if (token.type === 'punct' && /^[([{]$/.test(token.text))
                nesting++;
            else if (token.type === 'punct' && /^[)\]}]$/.test(token.text) && nesting > 0)
                nesting--;
            this.i++;
        }
        if (this.i === first)
            this.errors.push({ offset: this.peek().start, message: 'Missing attribute value' });
        return this.classify(first, this.i, 0);
    }
    /**
     * The expression of tokens `from`..`to` (line breaks inside it skipped). Works on index ranges of
     * the token list: copying the tokens of each nested object level cost memory in proportion to
     * file size times depth, enough to exhaust the heap on a 6 MB file of nested objects.
     */
    classify(from, to, objectDepth) {
        const { tokens } = this;
        let firstIndex = from;
        while (firstIndex < to && tokens[firstIndex].type === 'newline')
            firstIndex++;
        let lastIndex = to - 1;
        while (lastIndex > firstIndex && tokens[lastIndex].type === 'newline')
            lastIndex--;
        if (firstIndex >= to) {
            const at = this.peek().start;
            return { kind: 'expression', text: '', raw: '', offset: at };
        }
        const first = tokens[firstIndex];
        const last = tokens[lastIndex];
        let second = firstIndex + 1;
        while (second < lastIndex && tokens[second].type === 'newline')
            second++;
        // Only whether there are one, two or more tokens matters below.
        const count = firstIndex === lastIndex ? 1 : second === lastIndex ? 2 : 3;
        const raw = this.text.slice(first.start, last.end);
        if (count === 1) {
            if (first.type === 'number')
                return { kind: 'number', value: Number(first.text), raw, offset: first.start };
            if ((first.type === 'string' || first.type === 'heredoc') && first.literal !== undefined) {
                const offset = first.type === 'string' ? first.start + 1 : first.start;
                return { kind: 'string', value: first.literal, raw, offset };
            }
            if (first.type === 'string' && first.single) {
                return { kind: 'expression', text: first.single.text, raw, offset: first.single.offset };
            }
            if (first.type === 'ident' && (first.text === 'true' || first.text === 'false')) {
                return { kind: 'bool', value: first.text === 'true', raw, offset: first.start };
            }
        }
        if (count === 2 && first.text === '-' && last.type === 'number') {
            return { kind: 'number', value: -Number(last.text), raw, offset: first.start };
        }
        if (first.text === '{' && last.text === '}' && count > 1 && objectDepth < MAX_OBJECT_DEPTH) {
            return {
                kind: 'object',
                entries: this.objectEntries(firstIndex + 1, lastIndex, objectDepth + 1),
                raw,
                offset: first.start,
            };
        }
        if (first.text === '[' && objectDepth < MAX_OBJECT_DEPTH && this.closerOf(firstIndex, to) === lastIndex) {
            return {
                kind: 'tuple',
                elements: this.tupleElements(firstIndex + 1, lastIndex, objectDepth + 1),
                raw,
                offset: first.start,
            };
        }
        return { kind: 'expression', text: raw, raw, offset: first.start };
    }
    /** Index of the token closing the bracket at `open` (before `to`), or -1. */
    closerOf(open, to) {
        let nesting = 0;
        for (let k = open; k < to; k++) {
            const t = this.tokens[k];
            if (t.type !== 'punct')
                continue;
            if (OPENERS.has(t.text))
                nesting++;
            else if (CLOSERS.has(t.text) && --nesting === 0)
                return k;
        }
        return -1;
    }
    /** Elements of `[a, b, ...]` (tokens `from`..`to`), split at top-level commas. */
    tupleElements(from, to, objectDepth) {
        const elements = [];
        let start = from;
        let nesting = 0;
        for (let k = from; k <= to; k++) {
            const t = this.tokens[k];
            if (k < to && t.type === 'punct' && OPENERS.has(t.text))
                nesting++;
            else if (k < to && t.type === 'punct' && CLOSERS.has(t.text) && nesting > 0)
                nesting--;
            else if (k === to || (nesting === 0 && t.type === 'punct' && t.text === ',')) {
                const element = this.classify(start, k, objectDepth);
                if (element.kind !== 'expression' || element.text !== '')
                    elements.push(element);
                start = k + 1;
            }
        }
        return elements;
    }
    /** `{ key = value, "k" : v }` entries (tokens `from`..`to`) whose keys are plain names or literal strings. */
    objectEntries(from, to, objectDepth) {
        const { tokens } = this;
        const entries = new Map();
        let k = from;
        while (k < to) {
            const key = tokens[k];
            const sep = k + 1 < to ? tokens[k + 1] : undefined;
            const keyName = key.type === 'ident' ? key.text : key.type === 'string' ? key.literal : undefined;
            if (keyName === undefined || !sep || (sep.text !== '=' && sep.text !== ':')) {
                k++;
                continue;
            }
            let end = k + 2;
            let nesting = 0;
            while (end < to) {
                const t = tokens[end];
                if (nesting === 0 && (t.type === 'newline' || t.text === ','))
                    break;
                if (t.type === 'punct' && OPENERS.has(t.text))
                    nesting++;
                else if (t.type === 'punct' && CLOSERS.has(t.text) && nesting > 0)
                    nesting--;
                end++;
            }
            entries.set(keyName, this.classify(k + 2, end, objectDepth));
            k = end + 1;
        }
        return entries;
    }
    skipLine() {
        let nesting = 0;
        for (;;) {
            const token = this.peek();
            if (token.type === 'eof')
                return;
            if (token.type === 'newline' && nesting === 0)
                return;
            if (token.type === 'punct' && token.text === '{')
                nesting++;
            if (token.type === 'punct' && token.text === '}') {
                if (nesting === 0)
                    return;
                nesting--;
            }
            this.i++;
        }
    }
    skipBalanced() {
        let nesting = 1;
        while (nesting > 0 && this.peek().type !== 'eof') {
            const token = this.peek();
            if (token.type === 'punct' && token.text === '{')
                nesting++;
            if (token.type === 'punct' && token.text === '}')
                nesting--;
            this.i++;
        }
    }
}
function describe(token) {
    if (token.type === 'eof')
        return 'end of file';
    if (token.type === 'newline')
        return 'line break';
    return `"${token.text.length > 20 ? `${token.text.slice(0, 20)}...` : token.text}"`;
}

;// CONCATENATED MODULE: ./src/parsers/data/terraform-sg-rules.ts
const SG_RULES_SOURCE = 'https://github.com/terraform-aws-modules/terraform-aws-security-group/blob/3cf4e1a48a4649179e8ea27308daf0b551cb0bfa/rules.tf';
/** Rule name -> [from_port, to_port, protocol]. */
const SG_RULES = new Map([
    ['activemq-5671-tcp', [5671, 5671, 'tcp']],
    ['activemq-8883-tcp', [8883, 8883, 'tcp']],
    ['activemq-61614-tcp', [61614, 61614, 'tcp']],
    ['activemq-61617-tcp', [61617, 61617, 'tcp']],
    ['activemq-61619-tcp', [61619, 61619, 'tcp']],
    ['alertmanager-9093-tcp', [9093, 9093, 'tcp']],
    ['alertmanager-9094-tcp', [9094, 9094, 'tcp']],
    ['carbon-line-in-tcp', [2003, 2003, 'tcp']],
    ['carbon-line-in-udp', [2003, 2003, 'udp']],
    ['carbon-pickle-tcp', [2013, 2013, 'tcp']],
    ['carbon-pickle-udp', [2013, 2013, 'udp']],
    ['carbon-admin-tcp', [2004, 2004, 'tcp']],
    ['carbon-gui-udp', [8081, 8081, 'tcp']],
    ['cassandra-clients-tcp', [9042, 9042, 'tcp']],
    ['cassandra-thrift-clients-tcp', [9160, 9160, 'tcp']],
    ['cassandra-jmx-tcp', [7199, 7199, 'tcp']],
    ['consul-tcp', [8300, 8300, 'tcp']],
    ['consul-grpc-tcp', [8502, 8502, 'tcp']],
    ['consul-grpc-tcp-tls', [8503, 8503, 'tcp']],
    ['consul-webui-http-tcp', [8500, 8500, 'tcp']],
    ['consul-webui-https-tcp', [8501, 8501, 'tcp']],
    ['consul-dns-tcp', [8600, 8600, 'tcp']],
    ['consul-dns-udp', [8600, 8600, 'udp']],
    ['consul-serf-lan-tcp', [8301, 8301, 'tcp']],
    ['consul-serf-lan-udp', [8301, 8301, 'udp']],
    ['consul-serf-wan-tcp', [8302, 8302, 'tcp']],
    ['consul-serf-wan-udp', [8302, 8302, 'udp']],
    ['dax-cluster-unencrypted-tcp', [8111, 8111, 'tcp']],
    ['dax-cluster-encrypted-tcp', [9111, 9111, 'tcp']],
    ['docker-swarm-mngmt-tcp', [2377, 2377, 'tcp']],
    ['docker-swarm-node-tcp', [7946, 7946, 'tcp']],
    ['docker-swarm-node-udp', [7946, 7946, 'udp']],
    ['docker-swarm-overlay-udp', [4789, 4789, 'udp']],
    ['dns-udp', [53, 53, 'udp']],
    ['dns-tcp', [53, 53, 'tcp']],
    ['etcd-client-tcp', [2379, 2379, 'tcp']],
    ['etcd-peer-tcp', [2380, 2380, 'tcp']],
    ['ntp-udp', [123, 123, 'udp']],
    ['elasticsearch-rest-tcp', [9200, 9200, 'tcp']],
    ['elasticsearch-java-tcp', [9300, 9300, 'tcp']],
    ['grafana-tcp', [3000, 3000, 'tcp']],
    ['graphite-webui', [80, 80, 'tcp']],
    ['graphite-2003-tcp', [2003, 2003, 'tcp']],
    ['graphite-2004-tcp', [2004, 2004, 'tcp']],
    ['graphite-2023-tcp', [2023, 2023, 'tcp']],
    ['graphite-2024-tcp', [2024, 2024, 'tcp']],
    ['graphite-8080-tcp', [8080, 8080, 'tcp']],
    ['graphite-8125-tcp', [8125, 8125, 'tcp']],
    ['graphite-8125-udp', [8125, 8125, 'udp']],
    ['graphite-8126-tcp', [8126, 8126, 'tcp']],
    ['http-80-tcp', [80, 80, 'tcp']],
    ['http-8080-tcp', [8080, 8080, 'tcp']],
    ['https-443-tcp', [443, 443, 'tcp']],
    ['https-8443-tcp', [8443, 8443, 'tcp']],
    ['ipsec-500-udp', [500, 500, 'udp']],
    ['ipsec-4500-udp', [4500, 4500, 'udp']],
    ['kafka-broker-tcp', [9092, 9092, 'tcp']],
    ['kafka-broker-tls-tcp', [9094, 9094, 'tcp']],
    ['kafka-broker-tls-public-tcp', [9194, 9194, 'tcp']],
    ['kafka-broker-sasl-scram-tcp', [9096, 9096, 'tcp']],
    ['kafka-broker-sasl-scram-public-tcp', [9196, 9196, 'tcp']],
    ['kafka-broker-sasl-iam-tcp', [9098, 9098, 'tcp']],
    ['kafka-broker-sasl-iam-public-tcp', [9198, 9198, 'tcp']],
    ['kafka-jmx-exporter-tcp', [11001, 11001, 'tcp']],
    ['kafka-node-exporter-tcp', [11002, 11002, 'tcp']],
    ['kibana-tcp', [5601, 5601, 'tcp']],
    ['kubernetes-api-tcp', [6443, 6443, 'tcp']],
    ['ldap-tcp', [389, 389, 'tcp']],
    ['ldaps-tcp', [636, 636, 'tcp']],
    ['logstash-tcp', [5044, 5044, 'tcp']],
    ['loki-grafana', [3100, 3100, 'tcp']],
    ['loki-grafana-grpc', [9095, 9095, 'tcp']],
    ['memcached-tcp', [11211, 11211, 'tcp']],
    ['minio-tcp', [9000, 9000, 'tcp']],
    ['mongodb-27017-tcp', [27017, 27017, 'tcp']],
    ['mongodb-27018-tcp', [27018, 27018, 'tcp']],
    ['mongodb-27019-tcp', [27019, 27019, 'tcp']],
    ['mysql-tcp', [3306, 3306, 'tcp']],
    ['mssql-tcp', [1433, 1433, 'tcp']],
    ['mssql-udp', [1434, 1434, 'udp']],
    ['mssql-analytics-tcp', [2383, 2383, 'tcp']],
    ['mssql-broker-tcp', [4022, 4022, 'tcp']],
    ['nfs-tcp', [2049, 2049, 'tcp']],
    ['nomad-http-tcp', [4646, 4646, 'tcp']],
    ['nomad-rpc-tcp', [4647, 4647, 'tcp']],
    ['nomad-serf-tcp', [4648, 4648, 'tcp']],
    ['nomad-serf-udp', [4648, 4648, 'udp']],
    ['openvpn-udp', [1194, 1194, 'udp']],
    ['openvpn-tcp', [943, 943, 'tcp']],
    ['openvpn-https-tcp', [443, 443, 'tcp']],
    ['postgresql-tcp', [5432, 5432, 'tcp']],
    ['puppet-tcp', [8140, 8140, 'tcp']],
    ['puppetdb-tcp', [8081, 8081, 'tcp']],
    ['prometheus-http-tcp', [9090, 9090, 'tcp']],
    ['prometheus-pushgateway-http-tcp', [9091, 9091, 'tcp']],
    ['prometheus-node-exporter-http-tcp', [9100, 9100, 'tcp']],
    ['promtail-http', [9080, 9080, 'tcp']],
    ['oracle-db-tcp', [1521, 1521, 'tcp']],
    ['octopus-tentacle-tcp', [10933, 10933, 'tcp']],
    ['rabbitmq-4369-tcp', [4369, 4369, 'tcp']],
    ['rabbitmq-5671-tcp', [5671, 5671, 'tcp']],
    ['rabbitmq-5672-tcp', [5672, 5672, 'tcp']],
    ['rabbitmq-15672-tcp', [15672, 15672, 'tcp']],
    ['rabbitmq-25672-tcp', [25672, 25672, 'tcp']],
    ['rdp-tcp', [3389, 3389, 'tcp']],
    ['rdp-udp', [3389, 3389, 'udp']],
    ['redis-tcp', [6379, 6379, 'tcp']],
    ['redshift-tcp', [5439, 5439, 'tcp']],
    ['saltstack-tcp', [4505, 4506, 'tcp']],
    ['smtp-tcp', [25, 25, 'tcp']],
    ['smtp-submission-587-tcp', [587, 587, 'tcp']],
    ['smtp-submission-2587-tcp', [2587, 2587, 'tcp']],
    ['smtps-465-tcp', [465, 465, 'tcp']],
    ['smtps-2456-tcp', [2465, 2465, 'tcp']],
    ['solr-tcp', [8983, 8987, 'tcp']],
    ['splunk-indexer-tcp', [9997, 9997, 'tcp']],
    ['splunk-web-tcp', [8000, 8000, 'tcp']],
    ['splunk-splunkd-tcp', [8089, 8089, 'tcp']],
    ['splunk-hec-tcp', [8088, 8088, 'tcp']],
    ['squid-proxy-tcp', [3128, 3128, 'tcp']],
    ['ssh-tcp', [22, 22, 'tcp']],
    ['storm-nimbus-tcp', [6627, 6627, 'tcp']],
    ['storm-ui-tcp', [8080, 8080, 'tcp']],
    ['storm-supervisor-tcp', [6700, 6703, 'tcp']],
    ['vault-tcp', [8200, 8200, 'tcp']],
    ['wazuh-server-agent-connection-tcp', [1514, 1514, 'tcp']],
    ['wazuh-server-agent-connection-udp', [1514, 1514, 'udp']],
    ['wazuh-server-agent-enrollment', [1515, 1515, 'tcp']],
    ['wazuh-server-agent-cluster-daemon', [1516, 1516, 'tcp']],
    ['wazuh-server-syslog-collector-tcp', [514, 514, 'tcp']],
    ['wazuh-server-syslog-collector-udp', [514, 514, 'udp']],
    ['wazuh-server-restful-api', [55000, 55000, 'tcp']],
    ['wazuh-indexer-restful-api', [9200, 9200, 'tcp']],
    ['wazuh-dashboard', [443, 443, 'tcp']],
    ['web-jmx-tcp', [1099, 1099, 'tcp']],
    ['winrm-http-tcp', [5985, 5985, 'tcp']],
    ['winrm-https-tcp', [5986, 5986, 'tcp']],
    ['zabbix-server', [10051, 10051, 'tcp']],
    ['zabbix-proxy', [10051, 10051, 'tcp']],
    ['zabbix-agent', [10050, 10050, 'tcp']],
    ['zipkin-admin-tcp', [9990, 9990, 'tcp']],
    ['zipkin-admin-query-tcp', [9901, 9901, 'tcp']],
    ['zipkin-admin-web-tcp', [9991, 9991, 'tcp']],
    ['zipkin-query-tcp', [9411, 9411, 'tcp']],
    ['zipkin-web-tcp', [8080, 8080, 'tcp']],
    ['zookeeper-2181-tcp', [2181, 2181, 'tcp']],
    ['zookeeper-2182-tls-tcp', [2182, 2182, 'tcp']],
    ['zookeeper-2888-tcp', [2888, 2888, 'tcp']],
    ['zookeeper-3888-tcp', [3888, 3888, 'tcp']],
    ['zookeeper-jmx-tcp', [7199, 7199, 'tcp']],
    ['all-tcp', [0, 65535, 'tcp']],
    ['all-udp', [0, 65535, 'udp']],
]);
/** Submodule (`//modules/<name>`) -> the ingress rules it opens (`auto_ingress_rules`). */
const SG_AUTO_INGRESS = new Map([
    [
        'default',
        [
            'activemq-5671-tcp',
            'activemq-8883-tcp',
            'activemq-61614-tcp',
            'activemq-61617-tcp',
            'activemq-61619-tcp',
        ],
    ],
    ['alertmanager', ['alertmanager-9093-tcp', 'alertmanager-9094-tcp']],
    [
        'carbon-relay-ng',
        ['carbon-line-in-tcp', 'carbon-line-in-udp', 'carbon-pickle-tcp', 'carbon-pickle-udp', 'carbon-gui-udp'],
    ],
    ['cassandra', ['cassandra-clients-tcp', 'cassandra-thrift-clients-tcp', 'cassandra-jmx-tcp']],
    [
        'consul',
        [
            'consul-tcp',
            'consul-grpc-tcp',
            'consul-grpc-tcp-tls',
            'consul-webui-http-tcp',
            'consul-webui-https-tcp',
            'consul-dns-tcp',
            'consul-dns-udp',
            'consul-serf-lan-tcp',
            'consul-serf-lan-udp',
            'consul-serf-wan-tcp',
            'consul-serf-wan-udp',
        ],
    ],
    ['dax-cluster', ['dax-cluster-unencrypted-tcp', 'dax-cluster-encrypted-tcp']],
    [
        'docker-swarm',
        ['docker-swarm-mngmt-tcp', 'docker-swarm-node-tcp', 'docker-swarm-node-udp', 'docker-swarm-overlay-udp'],
    ],
    ['etcd', ['etcd-client-tcp', 'etcd-peer-tcp']],
    ['elasticsearch', ['elasticsearch-rest-tcp', 'elasticsearch-java-tcp']],
    ['grafana', ['grafana-tcp']],
    [
        'graphite-statsd',
        [
            'graphite-webui',
            'graphite-2003-tcp',
            'graphite-2004-tcp',
            'graphite-2023-tcp',
            'graphite-2024-tcp',
            'graphite-8080-tcp',
            'graphite-8125-tcp',
            'graphite-8125-udp',
            'graphite-8126-tcp',
        ],
    ],
    ['http-80', ['http-80-tcp']],
    ['http-8080', ['http-8080-tcp']],
    ['https-443', ['https-443-tcp']],
    ['https-8443', ['https-8443-tcp']],
    ['ipsec-500', ['ipsec-500-udp']],
    ['ipsec-4500', ['ipsec-4500-udp']],
    [
        'kafka',
        [
            'kafka-broker-tcp',
            'kafka-broker-tls-tcp',
            'kafka-broker-tls-public-tcp',
            'kafka-broker-sasl-scram-tcp',
            'kafka-broker-sasl-scram-tcp',
            'kafka-broker-sasl-iam-tcp',
            'kafka-broker-sasl-iam-public-tcp',
            'kafka-jmx-exporter-tcp',
            'kafka-node-exporter-tcp',
        ],
    ],
    ['kubernetes-api', ['kubernetes-api-tcp']],
    ['kibana', ['kibana-tcp']],
    ['ldap', ['ldap-tcp']],
    ['ldaps', ['ldaps-tcp']],
    ['logstash', ['logstash-tcp']],
    ['loki', ['loki-grafana', 'loki-grafana-grpc']],
    ['memcached', ['memcached-tcp']],
    ['minio', ['minio-tcp']],
    ['mongodb', ['mongodb-27017-tcp', 'mongodb-27018-tcp', 'mongodb-27019-tcp']],
    ['mysql', ['mysql-tcp']],
    ['mssql', ['mssql-tcp', 'mssql-udp', 'mssql-analytics-tcp', 'mssql-broker-tcp']],
    ['nfs', ['nfs-tcp']],
    ['nomad', ['nomad-http-tcp', 'nomad-rpc-tcp', 'nomad-serf-tcp', 'nomad-serf-udp']],
    ['openvpn', ['openvpn-udp', 'openvpn-tcp', 'openvpn-https-tcp']],
    ['postgresql', ['postgresql-tcp']],
    ['oracle-db', ['oracle-db-tcp']],
    ['ntp', ['ntp-udp']],
    ['puppet', ['puppet-tcp', 'puppetdb-tcp']],
    [
        'prometheus',
        ['prometheus-http-tcp', 'prometheus-pushgateway-http-tcp', 'prometheus-node-exporter-http-tcp'],
    ],
    ['promtail', ['promtail-http']],
    [
        'rabbitmq',
        [
            'rabbitmq-4369-tcp',
            'rabbitmq-5671-tcp',
            'rabbitmq-5672-tcp',
            'rabbitmq-15672-tcp',
            'rabbitmq-25672-tcp',
        ],
    ],
    ['rdp', ['rdp-tcp', 'rdp-udp']],
    ['redis', ['redis-tcp']],
    ['redshift', ['redshift-tcp']],
    ['smtp', ['smtp-tcp']],
    ['smtp-submission', ['smtp-submission-587-tcp', 'smtp-submission-2587-tcp']],
    ['smtps', ['smtps-465-tcp', 'smtps-2465-tcp']],
    ['solr', ['solr-tcp']],
    ['splunk', ['splunk-indexer-tcp', 'splunk-web-tcp', 'splunk-splunkd-tcp', 'splunk-hec-tcp']],
    ['squid', ['squid-proxy-tcp']],
    ['ssh', ['ssh-tcp']],
    ['storm', ['storm-nimbus-tcp', 'storm-ui-tcp', 'storm-supervisor-tcp']],
    ['vault', ['vault-tcp']],
    [
        'wazuh',
        [
            'wazuh-server-agent-connection-tcp',
            'wazuh-server-agent-connection-udp',
            'wazuh-server-agent-enrollment',
            'wazuh-server-agent-cluster-daemon',
            'wazuh-server-syslog-collector-tcp',
            'wazuh-server-syslog-collector-udp',
            'wazuh-server-restful-api',
            'wazuh-indexer-restful-api',
            'wazuh-dashboard',
        ],
    ],
    ['web', ['http-80-tcp', 'http-8080-tcp', 'https-443-tcp', 'web-jmx-tcp']],
    ['winrm', ['winrm-http-tcp', 'winrm-https-tcp']],
    ['zabbix', ['zabbix-server', 'zabbix-proxy', 'zabbix-agent']],
    [
        'zipkin',
        [
            'zipkin-admin-tcp',
            'zipkin-admin-query-tcp',
            'zipkin-admin-web-tcp',
            'zipkin-query-tcp',
            'zipkin-web-tcp',
        ],
    ],
    [
        'zookeeper',
        [
            'zookeeper-2181-tcp',
            'zookeeper-2182-tls-tcp',
            'zookeeper-2888-tcp',
            'zookeeper-3888-tcp',
            'zookeeper-jmx-tcp',
        ],
    ],
]);

;// CONCATENATED MODULE: ./src/parsers/terraform.ts








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
const parseTerraform = (input) => {
    const index = new LineIndex(input.text);
    const { body, errors } = parseHcl(input.text);
    const diagnostics = errors.map((error) => ({
        ruleId: 'parse-error',
        messageId: 'hcl',
        data: { detail: error.message },
        ...index.positionAt(error.offset),
    }));
    const sibling = siblingVariables(input);
    const definitions = collectDefinitions(body, sibling?.body);
    const reader = new TerraformReader(input.path, index, definitions, diagnostics, sibling?.path);
    for (const block of body.blocks) {
        if (block.type === 'resource' && block.labels.length >= 2)
            reader.resource(block);
        else if (block.type === 'module' && block.labels.length >= 1)
            reader.module(block);
    }
    return { ports: reader.ports, diagnostics };
};
/** The module's `variables.tf`, where Terraform modules conventionally keep defaults. */
function siblingVariables(input) {
    const slash = input.path.lastIndexOf('/');
    const dir = slash >= 0 ? input.path.slice(0, slash + 1) : '';
    const name = input.path.slice(slash + 1);
    if (name === 'variables.tf')
        return undefined;
    const siblingPath = `${dir}variables.tf`;
    const text = input.readSibling(siblingPath);
    return text === undefined ? undefined : { path: siblingPath, body: parseHcl(text).body };
}
function collectDefinitions(body, sibling) {
    const definitions = { variables: new Map(), locals: new Map() };
    for (const source of sibling ? [sibling, body] : [body]) {
        for (const block of source.blocks) {
            if (block.type === 'variable' && block.labels[0] !== undefined) {
                const fallback = block.body.attributes.get('default');
                if (fallback)
                    definitions.variables.set(block.labels[0], fallback.value);
            }
            else if (block.type === 'locals') {
                for (const [name, attribute] of block.body.attributes)
                    definitions.locals.set(name, attribute.value);
            }
        }
    }
    return definitions;
}
class TerraformReader {
    file;
    index;
    definitions;
    diagnostics;
    variablesFile;
    ports = [];
    constructor(file, index, definitions, diagnostics, 
    /** The sibling `variables.tf`, whose defaults a `var.` or `local.` reference may take. */
    variablesFile) {
        this.file = file;
        this.index = index;
        this.definitions = definitions;
        this.diagnostics = diagnostics;
        this.variablesFile = variablesFile;
    }
    resource(block) {
        const [type, name] = block.labels;
        const address = `${type}.${name}`;
        const attrs = block.body.attributes;
        if (type === 'aws_security_group') {
            for (const rule of childBlocks(block.body, 'ingress'))
                this.ingress(attributesOf(rule.body), address, 'protocol');
        }
        else if (type === 'aws_security_group_rule') {
            const kind = attrs.get('type')?.value;
            if (kind?.kind === 'string' && kind.value === 'ingress')
                this.ingress(attributesOf(block.body), address, 'protocol');
        }
        else if (type === 'aws_vpc_security_group_ingress_rule') {
            this.ingress(attributesOf(block.body), address, 'ip_protocol');
        }
        else if (/^kubernetes_service(_v1)?$/.test(type)) {
            this.kubernetesService(block.body, address);
        }
        else if (type.startsWith('kubernetes_')) {
            this.kubernetesWorkload(block.body, address, metadataOf(block.body), {}, 0);
        }
        else if (type === 'docker_container') {
            this.dockerContainer(block.body, address);
        }
    }
    /**
     * terraform-aws-modules/security-group (and its `//modules/<name>` submodules): the ingress inputs,
     * by rule name (`ingress_rules = ["https-443-tcp"]`, from the module's own rules table) or by
     * `from_port`/`to_port`/`protocol` (`ingress_with_cidr_blocks = [{ ... }]`). Egress opens nothing.
     */
    module(block) {
        const source = block.body.attributes.get('source')?.value;
        const match = source?.kind === 'string' ? SG_MODULE_SOURCE.exec(source.value) : null;
        if (!source || !match)
            return;
        const address = `module.${block.labels[0]}`;
        for (const rule of SG_AUTO_INGRESS.get(match[1] ?? '') ?? [])
            this.namedRule(rule, source, address);
        for (const key of SG_INGRESS_INPUTS) {
            const written = block.body.attributes.get(key)?.value;
            if (!written)
                continue;
            // A list written elsewhere (a variable's default) is cited where it is used.
            const list = written.kind === 'tuple' ? written : this.resolveLiteral(written);
            if (list?.kind !== 'tuple')
                continue;
            for (const element of list.elements.slice(0, MAX_MODULE_RULES)) {
                const at = list === written ? element : written;
                if (element.kind === 'string')
                    this.namedRule(element.value, at, address);
                else if (element.kind === 'object')
                    this.moduleEntry(element.entries, at, address);
            }
        }
    }
    /** One `ingress_with_*` entry: its own ports, else its `rule`. */
    moduleEntry(entries, at, address) {
        const rule = entries.get('rule');
        const literal = at.kind === 'object';
        const cite = literal ? undefined : at;
        if (entries.has('from_port'))
            this.ingress((key) => entries.get(key), address, 'protocol', cite);
        else if (rule?.kind === 'string')
            this.namedRule(rule.value, cite ?? rule, address);
    }
    /** A rule of the module's table by name, at `at`; `all-all` and ICMP rules open no port. */
    namedRule(name, at, address) {
        const rule = SG_RULES.get(name);
        if (!rule)
            return;
        const [from, to, protocol] = rule;
        const value = { kind: 'number', port: from };
        // The rule's name says what the port speaks (`https-443-tcp`), as a port name does. `raw` is
        // what `at` writes: the name, or the submodule's source, or the reference it came through.
        this.add(at, value, to, protocol, 'ingress', { object: address, portName: name });
    }
    /** One security-group ingress rule: a range from `from_port` to `to_port`. */
    ingress(attribute, address, protocolKey, 
    /** Where to cite the rule when its values were read from elsewhere (a variable's default). */
    cite) {
        const written = attribute(protocolKey);
        const resolved = this.resolveLiteral(written);
        const protocol = written && !resolved ? 'tcp' : awsProtocol(resolved);
        if (protocol === undefined)
            return;
        const from = attribute('from_port');
        if (!from)
            return;
        const to = attribute('to_port');
        const start = this.portValue(from, 'from_port', false);
        if (!start)
            return;
        let end = start.kind === 'number' ? start.port : null;
        let raw = rawText(from);
        if (to) {
            const value = this.portValue(to, 'to_port', false);
            if (value?.kind === 'number')
                end = value.port;
            else if (value?.kind === 'unresolved')
                end = null;
            const toRaw = rawText(to);
            if (value && toRaw !== raw)
                raw = `${raw}-${toRaw}`;
        }
        // Unknown: kept in the inventory, not classified as tcp (see `protocolUnresolved`).
        const extra = { raw };
        if (written && !resolved)
            extra.protocolUnresolved = oneLine(written.raw);
        this.add(cite ?? from, start, end, protocol, 'ingress', { object: address }, extra);
    }
    kubernetesService(body, address) {
        const metadata = metadataOf(body);
        const context = { object: address };
        if (metadata.name)
            context.service = metadata.name;
        if (metadata.namespace)
            context.namespace = metadata.namespace;
        for (const spec of childBlocks(body, 'spec')) {
            const selector = stringEntries(spec.body.attributes.get('selector')?.value);
            for (const port of childBlocks(spec.body, 'port')) {
                const protocol = this.protocolIn(port.body);
                const portContext = { ...context, ...namedPort(port.body) };
                const extra = selector ? { facts: { kind: 'kubernetes', selector } } : {};
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
    kubernetesWorkload(body, address, resourceMetadata, labels, depth) {
        if (depth > MAX_WALK_DEPTH)
            return;
        for (const block of body.blocks) {
            if (block.type === 'container' || block.type === 'init_container') {
                this.container(block.body, address, resourceMetadata, labels);
            }
            else if (block.type === 'spec') {
                const podLabels = metadataOf(body).labels ?? labels;
                this.kubernetesWorkload(block.body, address, resourceMetadata, podLabels, depth + 1);
            }
            else if (block.type !== 'metadata') {
                this.kubernetesWorkload(block.body, address, resourceMetadata, labels, depth + 1);
            }
        }
    }
    container(body, address, metadata, labels) {
        const context = { object: address };
        const name = literalString(body.attributes.get('name')?.value);
        const image = literalString(body.attributes.get('image')?.value);
        if (name)
            context.container = name;
        if (image)
            context.image = image;
        if (metadata.namespace)
            context.namespace = metadata.namespace;
        const extra = { scope: address };
        if (Object.keys(labels).length > 0)
            extra.facts = { kind: 'kubernetes', podLabels: labels };
        for (const port of childBlocks(body, 'port')) {
            const protocol = this.protocolIn(port.body);
            const portContext = { ...context, ...namedPort(port.body) };
            this.attribute(port.body, 'container_port', 'container', protocol, portContext, extra);
            this.attribute(port.body, 'host_port', 'host', protocol, portContext, extra);
        }
    }
    dockerContainer(body, address) {
        const context = { object: address };
        const name = literalString(body.attributes.get('name')?.value);
        const image = literalString(body.attributes.get('image')?.value);
        if (name)
            context.container = name;
        if (image)
            context.image = image;
        for (const ports of childBlocks(body, 'ports')) {
            const protocol = this.protocolIn(ports.body);
            const ip = literalString(ports.body.attributes.get('ip')?.value);
            const hostContext = ip && ip !== '0.0.0.0' && ip !== '::' ? { ...context, hostIp: ip } : context;
            this.attribute(ports.body, 'internal', 'container', protocol, context, { scope: address });
            this.attribute(ports.body, 'external', 'host', protocol, hostContext, { scope: address });
        }
    }
    /** A single-port attribute (`container_port = 80`), reported if present. */
    attribute(body, key, role, protocol, context, extra, allowNamed = false) {
        const expression = body.attributes.get(key)?.value;
        if (!expression)
            return;
        const value = this.portValue(expression, key, allowNamed);
        if (!value)
            return;
        const end = value.kind === 'number' ? value.port : null;
        this.add(expression, value, end, protocol.protocol, role, context, { ...extra, ...protocol.unknown });
    }
    /**
     * Kubernetes (`TCP`/`UDP`/`SCTP`) and Docker provider protocols, tcp when absent. A `protocol`
     * portlint cannot resolve is unknown, not the tcp default of an absent one: it is kept as written.
     */
    protocolIn(body) {
        const written = body.attributes.get('protocol')?.value;
        const resolved = this.resolveLiteral(written);
        const protocol = terraform_toProtocol(literalString(resolved)) ?? 'tcp';
        return { protocol, unknown: written && !resolved ? { protocolUnresolved: oneLine(written.raw) } : {} };
    }
    add(expression, value, endPort, protocol, role, context, extra = {}) {
        const raw = rawText(expression);
        const port = {
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
        if (value.kind === 'unresolved')
            port.unresolvedVariable = value.expression;
        if (value.kind === 'named')
            port.portRef = value.name;
        if (this.variablesFile !== undefined && /\b(?:var|local)\./.test(port.raw))
            port.valueFrom = [this.variablesFile];
        this.ports.push(port);
    }
    /** Number, resolvable reference, named port (target_port only), or an invalid-port diagnostic. */
    portValue(expression, key, allowNamed) {
        const resolved = this.resolveLiteral(expression);
        if (resolved?.kind === 'number' && Number.isInteger(resolved.value))
            return { kind: 'number', port: resolved.value };
        if (resolved?.kind === 'string') {
            const text = resolved.value.trim();
            const port = parsePortNumber(text);
            if (port !== undefined)
                return { kind: 'number', port };
            if (allowNamed && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(text))
                return { kind: 'named', name: text };
        }
        // `port =` with nothing after it is already a parse-error ("Missing attribute value"): no port.
        if (expression.kind === 'expression' && expression.text === '')
            return undefined;
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
    resolveLiteral(expression) {
        let current = expression;
        for (let hop = 0; current && hop < MAX_REFERENCE_HOPS; hop++) {
            if (current.kind !== 'expression')
                return current;
            const reference = /^(var|local)\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(current.text);
            if (!reference)
                return undefined;
            const table = reference[1] === 'var' ? this.definitions.variables : this.definitions.locals;
            current = table.get(reference[2]);
        }
        return current?.kind === 'expression' ? undefined : current;
    }
}
function metadataOf(body) {
    const metadata = childBlocks(body, 'metadata')[0];
    if (!metadata)
        return {};
    const out = {};
    const name = literalString(metadata.body.attributes.get('name')?.value);
    const namespace = literalString(metadata.body.attributes.get('namespace')?.value);
    const labels = stringEntries(metadata.body.attributes.get('labels')?.value);
    if (name)
        out.name = name;
    if (namespace)
        out.namespace = namespace;
    if (labels)
        out.labels = labels;
    return out;
}
/** terraform-aws-modules/security-group from the registry or GitHub; group 1 is a `//modules/<name>` submodule. */
const SG_MODULE_SOURCE = /^(?:terraform-aws-modules\/security-group\/aws|(?:git::)?(?:https:\/\/|git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-security-group(?:\.git)?)(?:\/\/modules\/([a-z0-9-]+))?(?:[?/].*)?$/;
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
function attributesOf(body) {
    return (key) => body.attributes.get(key)?.value;
}
/** Child blocks of a type, including the `content` of `dynamic "<type>"` blocks. */
function childBlocks(body, type) {
    const out = [];
    for (const block of body.blocks) {
        if (block.type === type)
            out.push(block);
        else if (block.type === 'dynamic' && block.labels[0] === type)
            out.push(...childBlocks(block.body, 'content'));
    }
    return out;
}
function namedPort(body) {
    const name = literalString(body.attributes.get('name')?.value);
    return name ? { portName: name } : {};
}
/** The value as written, without the quotes of a string. */
function rawText(expression) {
    return expression.kind === 'string' ? expression.value : expression.raw;
}
function literalString(expression) {
    return expression?.kind === 'string' ? expression.value : undefined;
}
/** An object literal's entries whose values are literal strings or numbers. */
function stringEntries(expression) {
    if (expression?.kind !== 'object')
        return undefined;
    const out = dictionary();
    for (const [key, value] of expression.entries) {
        if (value.kind === 'string' || value.kind === 'number')
            out[key] = String(value.kind === 'string' ? value.value : value.raw);
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
function terraform_toProtocol(name) {
    return name === undefined ? undefined : protocolOf(name, PROTOCOLS);
}
/** Longest expression text kept in messages: enough to recognise it. */
const MAX_EXPRESSION_TEXT = 60;
/** An expression on one line (whitespace runs collapsed), clipped to MAX_EXPRESSION_TEXT. */
function oneLine(text) {
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
function awsProtocol(expression) {
    if (!expression || expression.kind === 'expression')
        return 'tcp';
    const text = expression.kind === 'string' ? expression.value.trim().toLowerCase() : expression.raw;
    const byNumber = { '6': 'tcp', '17': 'udp', '132': 'sctp', '33': 'dccp' };
    return own(byNumber, text) ?? terraform_toProtocol(text);
}
// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)
/** Terraform configuration: `*.tf`. */
const terraformKind = {
    kind: 'terraform',
    matches: (path) => baseName(path).toLowerCase().endsWith('.tf'),
    parse: parseTerraform,
    comments: (text) => scanComments(text, HCL_COMMENTS),
};

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var umd_main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/parsers/devcontainer.ts




/**
 * Dev container configuration (`devcontainer.json`, JSON with comments and trailing commas).
 * Every port it forwards or publishes is role `forward`:
 * - `forwardPorts`: numbers and `"service:port"` strings (`"db:5432"`, service `db`);
 * - `appPort`: a number, a Docker `-p` string (`"8080:80"`, `"127.0.0.1:8080:80/udp"`) or an array of them;
 * - `portsAttributes` keys that are a port or a range (`"3000"`, `"40000-55000"`), unless that port is
 *   already forwarded above (the attributes then describe the same port, not a second declaration).
 */
const parseDevcontainer = (input) => {
    const lines = new LineIndex(input.text);
    const diagnostics = [];
    const errors = [];
    let root;
    try {
        root = (0,umd_main.parseTree)(input.text, errors, { allowTrailingComma: true, disallowComments: false });
    }
    catch (error) {
        // parseTree recurses once per nesting level: a document thousands deep exhausts the stack.
        const tooDeep = error instanceof RangeError;
        diagnostics.push({
            ruleId: 'parse-error',
            ...(tooDeep
                ? { messageId: 'jsonTooDeep', ...lines.positionAt(deepNestingOffset(input.text)) }
                : { messageId: 'json', data: { detail: error.message }, line: 1, column: 1 }),
        });
    }
    const reported = new Set();
    for (const error of errors) {
        // One truncated file ends several constructs at once: report the first error at each place.
        if (reported.has(error.offset))
            continue;
        reported.add(error.offset);
        diagnostics.push({
            ruleId: 'parse-error',
            messageId: 'jsonWithComments',
            data: { detail: describeParseError(error) },
            ...lines.positionAt(error.offset),
        });
    }
    if (root?.type !== 'object')
        return { ports: [], diagnostics };
    const reader = new DevcontainerReader(input, lines, diagnostics, devcontainer_propertiesOf(root));
    return { ports: reader.read(), diagnostics };
};
/** jsonc-parser's `SyntaxKind` values (a const enum, which isolatedModules cannot import). */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const EOF = 17;
/** Every `//` and `/* *\/` comment, as jsonc-parser's scanner finds them (never inside a string). */
function jsoncComments(text) {
    const comments = [];
    const scanner = (0,umd_main.createScanner)(text, false);
    // Every token but the last is at least one character long: at most text.length + 1 of them.
    let budget = text.length + 1;
    for (let kind = scanner.scan(); kind !== EOF && budget-- > 0; kind = scanner.scan()) {
        if (kind !== LINE_COMMENT && kind !== BLOCK_COMMENT)
            continue;
        const start = scanner.getTokenOffset();
        // An unclosed `/*` at the very end comes back one character longer than the text.
        const end = Math.min(start + scanner.getTokenLength(), text.length);
        const closed = kind === BLOCK_COMMENT && end - start >= 4 && text.startsWith('*/', end - 2);
        comments.push({ start, end, bodyStart: start + 2, bodyEnd: closed ? end - 2 : end });
    }
    return comments;
}
/** Offset of the first `[` or `{` nested deeper than any real configuration (found without recursion). */
function deepNestingOffset(text) {
    const scanner = (0,umd_main.createScanner)(text, false);
    let depth = 0;
    for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
        if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
            if (++depth > 1000)
                return scanner.getTokenOffset();
        }
        else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET)
            depth--;
    }
    return 0;
}
/** The last value of each property, as the JSON reader of the dev container CLI would keep it. */
function devcontainer_propertiesOf(object) {
    const properties = new Map();
    for (const property of object.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key?.type === 'string' && value)
            properties.set(String(key.value), value);
    }
    return properties;
}
function describeParseError(error) {
    const words = (0,umd_main.printParseErrorCode)(error.error).replace(/([a-z])([A-Z])/g, '$1 $2');
    return words.charAt(0) + words.slice(1).toLowerCase();
}
/** `${localEnv:NAME}` / `${containerEnv:NAME:default}` / `${env:NAME}`: dev container variable syntax. */
const DEVCONTAINER_VARIABLE = /^\$\{(?:localEnv|containerEnv|env):([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}$/;
class DevcontainerReader {
    input;
    lines;
    diagnostics;
    properties;
    ports = [];
    context;
    constructor(input, lines, diagnostics, properties) {
        this.input = input;
        this.lines = lines;
        this.diagnostics = diagnostics;
        this.properties = properties;
        const name = properties.get('name');
        this.context = name?.type === 'string' ? { name: String(name.value) } : {};
    }
    read() {
        const forwarded = this.properties.get('forwardPorts');
        for (const item of forwarded?.type === 'array' ? (forwarded.children ?? []) : [])
            this.readForwardPort(item);
        const appPort = this.properties.get('appPort');
        if (appPort?.type === 'array')
            for (const item of appPort.children ?? [])
                this.readAppPort(item);
        else if (appPort)
            this.readAppPort(appPort);
        const attributes = this.properties.get('portsAttributes');
        if (attributes?.type === 'object')
            this.readPortsAttributes(attributes);
        return this.ports;
    }
    /** `3000` or `"db:5432"` (the schema allows `host:port` strings; a bare `"3000"` is read too). */
    readForwardPort(item) {
        const body = this.numberOrText(item, 'forwardPortsEntry');
        if (!body)
            return;
        const colon = body.text.lastIndexOf(':');
        const portText = colon < 0 || body.text.startsWith('${') ? body : slice(body, colon + 1);
        const service = colon < 0 || body.text.startsWith('${') ? undefined : body.text.slice(0, colon);
        this.addText(portText, service ? { ...this.context, service } : this.context, 'tcp');
    }
    /** Docker `-p` syntax: `[ip:][hostPort:]containerPort[/protocol]`, each port possibly a range. */
    readAppPort(item) {
        const text = this.numberOrText(item, 'appPortValue');
        if (!text)
            return;
        let body = text;
        let protocol = 'tcp';
        const slash = body.text.lastIndexOf('/');
        if (slash >= 0) {
            const suffix = body.text.slice(slash + 1).toLowerCase();
            if (suffix === 'udp' || suffix === 'sctp' || suffix === 'tcp')
                protocol = suffix;
            body = { ...body, text: body.text.slice(0, slash) };
        }
        if (DEVCONTAINER_VARIABLE.test(body.text)) {
            this.addText(body, this.context, protocol);
            return;
        }
        const fields = splitDockerPublish(body);
        const context = fields.hostIp ? { ...this.context, hostIp: fields.hostIp } : this.context;
        if (fields.host && fields.host.text !== '')
            this.addText(fields.host, context, protocol);
        this.addText(fields.container, context, protocol);
    }
    readPortsAttributes(attributes) {
        const forwarded = new Set(this.ports.map((port) => port.port));
        for (const property of attributes.children ?? []) {
            const key = property.children?.[0];
            if (key?.type !== 'string')
                continue;
            const body = this.stringBody(key);
            // Keys may also be a process regex or a label: only port numbers and ranges declare a port.
            const range = portRangeOf(body.text);
            if (!range || forwarded.has(range[0]))
                continue;
            this.addText(body, this.context, 'tcp');
        }
    }
    /** Adds a number item's port; a string item's text is for the caller to read; anything else is invalid. */
    numberOrText(item, invalidMessageId) {
        if (item.type === 'number')
            this.addNumber(item);
        else if (item.type !== 'string')
            this.invalid(item.offset, invalidMessageId);
        else
            return this.stringBody(item);
        return undefined;
    }
    /** The characters between a string's quotes, with the file offset of the first one. */
    stringBody(node) {
        const value = String(node.value);
        // Compared by the value's length, not the node's: an unterminated string has no closing quote.
        const inside = this.input.text.slice(node.offset + 1, node.offset + 1 + value.length);
        // With escapes the written text and the value differ: keep the value, point at the string start.
        return inside === value
            ? { text: value, offset: node.offset + 1 }
            : { text: value, offset: node.offset, exact: false };
    }
    addNumber(node) {
        const raw = this.input.text.slice(node.offset, node.offset + node.length);
        const value = Number(node.value);
        if (!Number.isInteger(value)) {
            this.invalid(node.offset, 'valueNotANumber', { raw });
            return;
        }
        this.push({
            port: value,
            endPort: value,
            raw,
            offset: node.offset,
            context: this.context,
            protocol: 'tcp',
        });
    }
    addText(text, context, protocol) {
        const variable = DEVCONTAINER_VARIABLE.exec(text.text);
        if (variable) {
            const fallback = variable[2];
            const range = fallback === undefined ? undefined : portRangeOf(fallback);
            if (range) {
                const [start, end] = range;
                this.push({ port: start, endPort: end, raw: text.text, offset: text.offset, context, protocol });
            }
            else {
                this.push({
                    port: null,
                    endPort: null,
                    raw: text.text,
                    offset: text.offset,
                    context,
                    protocol,
                    unresolvedVariable: variable[1],
                });
            }
            return;
        }
        const range = portRangeOf(text.text);
        if (!range) {
            this.invalid(text.offset, 'valueNotANumber', { raw: text.text });
            return;
        }
        const [start, end] = range;
        this.push({ port: start, endPort: end, raw: text.text, offset: text.offset, context, protocol });
    }
    push(found) {
        const port = {
            file: this.input.path,
            ...this.lines.positionAt(found.offset),
            port: found.port,
            endPort: found.endPort,
            protocol: found.protocol,
            role: 'forward',
            kind: 'devcontainer',
            context: { ...found.context },
            raw: found.raw,
        };
        if (found.unresolvedVariable !== undefined)
            port.unresolvedVariable = found.unresolvedVariable;
        this.ports.push(port);
    }
    invalid(offset, messageId, data) {
        const at = this.lines.positionAt(offset);
        this.diagnostics.push({ ruleId: 'invalid-port', messageId, ...(data && { data }), ...at });
    }
}
function slice(text, start, end) {
    if (text.exact === false)
        return { text: text.text.slice(start, end), offset: text.offset, exact: false };
    return { text: text.text.slice(start, end), offset: text.offset + start };
}
/** Split `[ip:][host:]container` where ip may be a bracketed IPv6 address. */
function splitDockerPublish(body) {
    let rest = body;
    let hostIp;
    if (rest.text.startsWith('[')) {
        const close = rest.text.indexOf(']');
        if (close > 0 && rest.text[close + 1] === ':') {
            hostIp = rest.text.slice(1, close);
            rest = slice(rest, close + 2);
        }
    }
    const parts = [];
    let start = 0;
    for (let i = 0; i <= rest.text.length; i++) {
        if (i === rest.text.length || rest.text[i] === ':') {
            parts.push(slice(rest, start, i));
            start = i + 1;
        }
    }
    const container = parts[parts.length - 1];
    if (parts.length === 1)
        return { hostIp, container };
    if (parts.length === 2 && hostIp === undefined && parts[0].text.includes('.')) {
        // `127.0.0.1:80` is an address and one port (Docker refuses it); read the port only.
        return { hostIp: parts[0].text, container };
    }
    const host = parts[parts.length - 2];
    if (hostIp === undefined && parts.length > 2)
        hostIp = parts
            .slice(0, -2)
            .map((part) => part.text)
            .join(':');
    return { hostIp: hostIp === '' ? undefined : hostIp, host, container };
}
// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)
/** Dev Containers: `.devcontainer.json`, `.devcontainer/devcontainer.json`, `.devcontainer/<name>/devcontainer.json`. */
const devcontainerKind = {
    kind: 'devcontainer',
    matches(path) {
        const base = baseName(path);
        if (base === '.devcontainer.json')
            return true;
        const segments = path.split('/');
        return (base === 'devcontainer.json' &&
            (segments.at(-2) === '.devcontainer' || segments.at(-3) === '.devcontainer'));
    },
    parse: parseDevcontainer,
    // jsonc-parser's scanner reads past any syntax error: every comment, whatever parseTree made of the file.
    comments: jsoncComments,
};

;// CONCATENATED MODULE: ./src/parsers/nginx.ts






/**
 * nginx configuration: every `listen` directive of a `server` block (http, stream or mail), or at the top of
 * a file (a snippet included into a server). Role `listen`; `udp` and `quic` parameters make it udp;
 * `context.name` is the block's first `server_name` (else `server`), `context.hostIp` the address when one
 * is written. `server host:port` inside `upstream` names a backend and is never a port of this server.
 *
 * Read by its own tokenizer, after nginx's ngx_conf_read_token: no npm library serves (checked:
 * `nginx-conf` keeps no positions, and every port needs its line and column).
 */
const parseNginx = (input) => {
    const lines = new LineIndex(input.text);
    const reader = new NginxReader(input, blankTemplateActions(input.text), lines);
    reader.read();
    // Ports are collected block by block (a server's name may follow its listen): report them in file order.
    const ports = reader.ports.sort((a, b) => a.line - b.line || a.column - b.column);
    return { ports, diagnostics: reader.diagnostics };
};
/** nginx starts a comment at any token start, including right after `;`, `{` or `}`. */
const NGINX_COMMENTS = { lineComments: ['#'], openerAfter: ';{}', quotes: `"'` };
/**
 * Go/Jinja template actions (`{{ .Port }}`, `{{range services}}`, `{% if ssl %}`) written into a config that a
 * template engine renders (consul-template, Ansible) are blanked out, offsets kept, so that their braces do not
 * read as nginx blocks. What they render is unknown, so a `listen {{ port }};` declares nothing here.
 * A `{{...}}` without braces inside (on one line) is balanced, so blanking it never unbalances real nginx.
 */
function blankTemplateActions(text) {
    if (!text.includes('{{') && !text.includes('{%'))
        return text;
    return text.replace(/\{\{[^{}\r\n]*\}\}|\{%[^{}\r\n]*%\}/g, (action) => ' '.repeat(action.length));
}
const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
class NginxLexer {
    text;
    onError;
    index = 0;
    constructor(text, onError) {
        this.text = text;
        this.onError = onError;
    }
    next() {
        const text = this.text;
        for (;;) {
            while (this.index < text.length && WHITESPACE.has(text[this.index]))
                this.index++;
            if (this.index >= text.length)
                return { type: 'eof', offset: text.length };
            if (text[this.index] !== '#')
                break;
            // A `#` where a token starts comments out the rest of the line.
            while (this.index < text.length && text[this.index] !== '\n' && text[this.index] !== '\r')
                this.index++;
        }
        const start = this.index;
        const ch = text[start];
        if (ch === ';' || ch === '{' || ch === '}') {
            this.index++;
            return { type: ch, offset: start };
        }
        if (ch === '"' || ch === "'")
            return this.quoted(ch);
        return this.bare();
    }
    /** Unquoted token: ends at whitespace, `;` or `{` (but `${` belongs to a variable). `}` does not end it. */
    bare() {
        const text = this.text;
        const start = this.index;
        let value = '';
        const offsets = [];
        while (this.index < text.length) {
            const ch = text[this.index];
            if (WHITESPACE.has(ch) || ch === ';' || (ch === '{' && text[this.index - 1] !== '$'))
                break;
            if (ch === '\\' && this.index + 1 < text.length) {
                value += ch + text[this.index + 1];
                offsets.push(this.index, this.index + 1);
                this.index += 2;
                continue;
            }
            value += ch;
            offsets.push(this.index++);
        }
        return { type: 'word', word: { value, offsets, start } };
    }
    quoted(quote) {
        const text = this.text;
        const start = this.index++;
        let value = '';
        const offsets = [];
        while (this.index < text.length && text[this.index] !== quote) {
            if (text[this.index] === '\\' && this.index + 1 < text.length) {
                const escaped = text[this.index + 1];
                const unescaped = { t: '\t', r: '\r', n: '\n' }[escaped];
                if (unescaped !== undefined || escaped === quote || escaped === '\\') {
                    value += unescaped ?? escaped;
                    offsets.push(this.index + 1);
                }
                else {
                    value += '\\' + escaped;
                    offsets.push(this.index, this.index + 1);
                }
                this.index += 2;
                continue;
            }
            value += text[this.index];
            offsets.push(this.index++);
        }
        if (this.index >= text.length)
            this.onError(start, 'nginxUnterminatedString', { quote: quote === '"' ? 'double' : 'single' });
        else
            this.index++;
        return { type: 'word', word: { value, offsets, start } };
    }
    /**
     * Skip the Lua source of a `*_by_lua_block { ... }` (the `{` already read). Lua strings, comments and
     * long brackets may hold braces, so they are stepped over. Returns false when the block never closes.
     */
    skipLuaBlock() {
        const text = this.text;
        let depth = 1;
        while (this.index < text.length) {
            const ch = text[this.index];
            if (ch === '{')
                depth++;
            else if (ch === '}') {
                if (--depth === 0) {
                    this.index++;
                    return true;
                }
            }
            else if (ch === '"' || ch === "'") {
                this.index = this.skipLuaString(ch);
                continue;
            }
            else if (ch === '-' && text[this.index + 1] === '-') {
                const long = luaLongBracket(text, this.index + 2);
                this.index = long > 0 ? this.skipLuaLong(this.index + 2, long) : lineEnd(text, this.index);
                continue;
            }
            else if (ch === '[') {
                const long = luaLongBracket(text, this.index);
                if (long > 0) {
                    this.index = this.skipLuaLong(this.index, long);
                    continue;
                }
            }
            this.index++;
        }
        return false;
    }
    /** A Lua short string ends at its quote or, if unterminated, at the end of the line. */
    skipLuaString(quote) {
        const text = this.text;
        let i = this.index + 1;
        while (i < text.length && text[i] !== quote && text[i] !== '\n')
            i += text[i] === '\\' ? 2 : 1;
        return Math.min(i + 1, text.length);
    }
    /** `[==[ ... ]==]` starting at `open` with `length` characters of opening bracket. */
    skipLuaLong(open, length) {
        const close = ']' + '='.repeat(length - 2) + ']';
        const end = this.text.indexOf(close, open + length);
        return end < 0 ? this.text.length : end + close.length;
    }
}
/** Length of a Lua long bracket opening (`[[`, `[=[`, ...) at `offset`, or 0. */
function luaLongBracket(text, offset) {
    if (text[offset] !== '[')
        return 0;
    let i = offset + 1;
    while (text[i] === '=')
        i++;
    return text[i] === '[' ? i - offset + 1 : 0;
}
/** Mail `protocol` values and the protocol words they speak. */
const MAIL_PROTOCOLS = new Map([
    ['smtp', 'smtp'],
    ['imap', 'imap'],
    ['pop3', 'pop3'],
]);
/** Blocks nested deeper than this are not nginx anymore; stop rather than grow without bound. */
const nginx_MAX_DEPTH = 100;
class NginxReader {
    input;
    lines;
    ports = [];
    diagnostics = [];
    lexer;
    stack = [];
    /** Ports of `listen` directives written at the top of the file (a snippet included into a server). */
    topLevel = { name: '', open: 0, listens: [] };
    constructor(input, text, lines) {
        this.input = input;
        this.lines = lines;
        this.lexer = new NginxLexer(text, (offset, messageId, data) => this.parseError(offset, messageId, data));
    }
    read() {
        let words = [];
        for (;;) {
            const token = this.lexer.next();
            if (token.type === 'word') {
                words.push(token.word);
                continue;
            }
            if (token.type === ';') {
                if (words.length > 0)
                    this.directive(words);
                else
                    this.parseError(token.offset, 'nginxUnexpected', { token: ';' });
            }
            else if (token.type === '{') {
                if (!this.openBlock(words, token.offset))
                    return;
            }
            else if (token.type === '}') {
                if (words.length > 0)
                    this.unterminated(words);
                this.closeBlock(token.offset);
            }
            else {
                if (words.length > 0)
                    this.unterminated(words);
                this.endOfFile();
                return;
            }
            words = [];
        }
    }
    openBlock(words, offset) {
        const name = words[0]?.value ?? '';
        if (name.endsWith('_by_lua_block')) {
            if (!this.lexer.skipLuaBlock()) {
                this.parseError(offset, 'nginxBlockNotClosed', { name });
                this.finishAll();
                return false;
            }
            return true;
        }
        if (this.stack.length >= nginx_MAX_DEPTH) {
            this.parseError(offset, 'nginxTooDeep', { depth: nginx_MAX_DEPTH });
            this.finishAll();
            return false;
        }
        const parent = this.stack[this.stack.length - 1]?.name;
        this.stack.push({ name, open: offset, listens: [], ...(parent !== undefined && { parent }) });
        return true;
    }
    closeBlock(offset) {
        const block = this.stack.pop();
        if (!block) {
            this.parseError(offset, 'nginxUnexpected', { token: '}' });
            return;
        }
        this.finishServer(block);
    }
    endOfFile() {
        // The innermost block still open is where a `}` is missing (nginx itself reports the end of file).
        const innermost = this.stack[this.stack.length - 1];
        if (innermost) {
            const { line } = this.lines.positionAt(Math.max(0, this.input.text.trimEnd().length - 1));
            this.parseError(innermost.open, 'nginxBlockNotClosedAt', { name: innermost.name, line });
        }
        this.finishAll();
    }
    finishAll() {
        while (this.stack.length > 0)
            this.finishServer(this.stack.pop());
        this.finishServer(this.topLevel);
    }
    finishServer(block) {
        for (const port of block.listens) {
            port.context = { name: block.serverName ?? 'server', ...port.context };
            withSpeaks(port, speaksOf(block, port));
            this.ports.push(port);
        }
    }
    /** A directive cut off by `}` or the end of the file: nginx refuses it; its ports are still read. */
    unterminated(words) {
        this.parseError(words[0].start, 'nginxUnterminatedDirective', { name: words[0].value });
        this.directive(words);
    }
    directive(words) {
        const name = words[0].value;
        const block = this.stack.length === 0 ? this.topLevel : this.stack[this.stack.length - 1];
        if (block !== this.topLevel && block.name !== 'server')
            return;
        if (name === 'protocol' && block.parent === 'mail' && words.length > 1) {
            block.mailProtocol = words[1].value.toLowerCase();
        }
        else if (name === 'server_name') {
            // The first name of the first server_name directive is the server's primary name.
            const first = words.slice(1).find((word) => word.value !== '');
            if (block.serverName === undefined && first)
                block.serverName = first.value;
        }
        else if (name === 'listen' && words.length > 1) {
            const port = this.listen(words[1], words.slice(2));
            if (!port)
                return;
            block.listens.push(port);
            if (words.slice(2).some((word) => SECURE_PARAMETERS.has(word.value))) {
                (block.secure ??= new Set()).add(port);
            }
        }
    }
    /** `listen address[:port] | port | unix:path [parameters]`; undefined when no port is written. */
    listen(address, parameters) {
        const value = address.value;
        if (value.startsWith('unix:'))
            return undefined;
        const protocol = parameters.some((p) => p.value === 'udp' || p.value === 'quic')
            ? 'udp'
            : 'tcp';
        const split = splitAddress(value);
        if (split.portIndex < 0) {
            // Only an address (`listen 127.0.0.1;`): nginx uses its default port, which is not written here.
            if (/^\d[^.:]*$/.test(value) && !/^\d+(-\d+)?$/.test(value)) {
                this.invalidPort(address, 0, 'listenNotAPort', { value });
            }
            return undefined;
        }
        const portText = value.slice(split.portIndex);
        const context = {};
        // `*` is every address; an address still to be templated (`${HOST}`) is no address yet.
        if (split.host && split.host !== '*' && !split.host.includes('$'))
            context.hostIp = split.host;
        const base = {
            file: this.input.path,
            ...this.lines.positionAt(address.offsets[split.portIndex] ?? address.start),
            protocol,
            role: 'listen',
            kind: 'nginx',
            context,
            raw: portText,
        };
        const variable = parseVariable(portText);
        if (variable) {
            const resolved = resolveVariable(variable, new Map());
            const range = resolved === undefined ? undefined : portRangeOf(resolved);
            if (range)
                return { ...base, port: range[0], endPort: range[1] };
            return { ...base, port: null, endPort: null, unresolvedVariable: variable.name };
        }
        const range = portRangeOf(portText);
        if (!range) {
            this.invalidPort(address, split.portIndex, 'listenPortNotAPort', { raw: portText, value });
            return undefined;
        }
        return { ...base, port: range[0], endPort: range[1] };
    }
    invalidPort(word, index, messageId, data) {
        this.diagnostics.push({
            ruleId: 'invalid-port',
            messageId,
            data,
            ...this.lines.positionAt(word.offsets[index] ?? word.start),
        });
    }
    parseError(offset, messageId, data = {}) {
        this.diagnostics.push({ ruleId: 'parse-error', messageId, data, ...this.lines.positionAt(offset) });
    }
}
const SECURE_PARAMETERS = new Set(['ssl', 'http2', 'quic']);
/**
 * What a listen port speaks: a server in `http {}`, or with no enclosing block (a conf.d file of server
 * blocks included into `http`, a snippet included into a server), speaks HTTP; a `mail {}` server its
 * `protocol`; a `stream {}` server any TCP or UDP protocol, so nothing is said.
 */
function speaksOf(block, port) {
    if (block.parent === 'mail') {
        const mail = block.mailProtocol && MAIL_PROTOCOLS.get(block.mailProtocol);
        return mail ? [mail] : [];
    }
    if (block.parent !== undefined && block.parent !== 'http')
        return [];
    return [block.secure?.has(port) ? 'https' : 'http'];
}
/**
 * Where the port starts in a listen address: `80`, `8000-8010`, `${PORT}`, `$port`, `127.0.0.1:80`,
 * `[::]:443`, `*:80`, `localhost:8000`. portIndex is -1 when only an address is written.
 */
function splitAddress(value) {
    if (parseVariable(value) || /^\d+(-\d+)?$/.test(value))
        return { portIndex: 0 };
    if (value.startsWith('[')) {
        const close = value.indexOf(']');
        if (close < 0 || value[close + 1] !== ':')
            return { portIndex: -1 };
        return { host: value.slice(1, close), portIndex: close + 2 };
    }
    const colon = lastColonOutsideVariables(value);
    if (colon < 0)
        return { portIndex: -1 };
    return { host: value.slice(0, colon), portIndex: colon + 1 };
}
/** The last `:` that is not inside `${...}` (whose defaults may contain one). */
function lastColonOutsideVariables(value) {
    let found = -1;
    let inBraces = false;
    for (let i = 0; i < value.length; i++) {
        if (value[i] === '$' && value[i + 1] === '{')
            inBraces = true;
        else if (value[i] === '}')
            inBraces = false;
        else if (value[i] === ':' && !inBraces)
            found = i;
    }
    return found;
}
// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)
/**
 * nginx configuration. A name starting with `nginx` and ending in `.conf` says so; any other `*.conf`
 * (or `.conf.template`) and any file of a `sites-*` folder may be nginx, and only the text decides:
 * the folders above it depend on where the scan starts, and many programs keep `conf.d/*.conf` files
 * of their own (Dovecot, Apache).
 */
const nginxKind = {
    kind: 'nginx',
    matches(path, _facts, head) {
        const lower = baseName(path).toLowerCase();
        // The file's own name is evidence that does not depend on where the scan starts; folders are not.
        if (/^nginx.*\.conf(\.template)?$/.test(lower))
            return true;
        const folders = path
            .split('/')
            .slice(0, -1)
            .map((s) => s.toLowerCase());
        const candidate = /\.conf(\.template)?$/.test(lower) ||
            folders.some((f) => f === 'sites-available' || f === 'sites-enabled');
        if (!candidate)
            return false;
        return head === undefined ? 'maybe' : looksLikeNginx(head);
    },
    parse: parseNginx,
    comments: (text) => scanComments(text, NGINX_COMMENTS),
};
/** Directives only nginx writes, each ending in `;` or opening a block on its line. */
const NGINX_DIRECTIVES = new Set([
    'listen',
    'server_name',
    'location',
    'upstream',
    'proxy_pass',
    'fastcgi_pass',
    'uwsgi_pass',
    'grpc_pass',
    'try_files',
    'worker_processes',
    'worker_connections',
]);
/** Blocks written without arguments: `server {`, `http {`. (`server 10.0.0.1 {` is BIND.) */
const NGINX_BLOCKS = new Set(['server', 'http', 'events', 'stream', 'mail']);
/**
 * Whether the text has at least one line that is unmistakably nginx: `listen 80;`, `location / {`,
 * `server {`. Dovecot's `listen = *` and Apache's `Listen 80` are not. A linear scan of each line.
 */
function looksLikeNginx(text) {
    for (const line of text.split('\n')) {
        const trimmed = line.trim();
        const name = /^[a-z_]+/.exec(trimmed)?.[0];
        if (!name)
            continue;
        const rest = trimmed.slice(name.length).trimStart();
        if (NGINX_BLOCKS.has(name) && rest.startsWith('{'))
            return true;
        // A directive name, then its arguments (not `= value`), then `;` or a block.
        const separated = trimmed[name.length] === ' ' || trimmed[name.length] === '\t';
        if (!NGINX_DIRECTIVES.has(name) || !separated || rest.startsWith('='))
            continue;
        if (rest.includes(';') || rest.endsWith('{'))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/parsers/systemd-socket.ts



/**
 * systemd `.socket` units: `ListenStream=` (tcp; sctp with `SocketProtocol=sctp`) and `ListenDatagram=` (udp)
 * in the `[Socket]` section, as a port (`8080`), `v.w.x.y:port` or `[v6]:port[%dev]`. Paths, abstract
 * names (`@name`) and `vsock:` addresses are not IP ports. Role `listen`, `context.name` is the unit file name.
 *
 * Read as systemd reads it: `#`/`;` comment lines, trailing-backslash continuations (comment lines inside
 * one are skipped), an empty `ListenStream=` resets every earlier Listen setting, and a section header
 * without its `]` makes systemd refuse the rest of the file.
 */
const parseSystemdSocket = (input) => {
    const lines = new LineIndex(input.text);
    const unit = input.path.slice(input.path.lastIndexOf('/') + 1);
    const diagnostics = [];
    let ports = [];
    let socketProtocol;
    let section;
    for (const entry of logicalLines(input.text)) {
        const trimmed = entry.text.trim();
        if (trimmed.startsWith('[')) {
            if (!trimmed.endsWith(']')) {
                const column = entry.text.indexOf('[');
                diagnostics.push({
                    ruleId: 'parse-error',
                    messageId: 'systemdSectionHeader',
                    data: { header: trimmed },
                    ...lines.positionAt(entry.offsets[column]),
                });
                break;
            }
            section = trimmed.slice(1, -1);
            continue;
        }
        if (section !== 'Socket')
            continue;
        const equals = entry.text.indexOf('=');
        // A line without `=` is ignored by systemd (with a warning), as is any key it does not know.
        if (equals < 0)
            continue;
        const key = entry.text.slice(0, equals).trim();
        const value = trimValue(entry, equals + 1);
        if (key === 'SocketProtocol') {
            socketProtocol = value.text;
            continue;
        }
        if (key !== 'ListenStream' && key !== 'ListenDatagram' && key !== 'ListenSequentialPacket')
            continue;
        if (value.text === '') {
            ports = [];
            continue;
        }
        const address = parseSocketAddress(value.text, unit);
        if (address.kind === 'not-ip')
            continue;
        const offset = value.offsets[address.portIndex] ?? entry.offsets[0];
        if (address.kind === 'invalid') {
            const { messageId, data } = address;
            diagnostics.push({ ruleId: 'invalid-port', messageId, data, ...lines.positionAt(offset) });
            continue;
        }
        if (key === 'ListenSequentialPacket') {
            // systemd: "Address family not supported, ignoring" (SOCK_SEQPACKET is AF_UNIX only).
            diagnostics.push({
                ruleId: 'invalid-port',
                messageId: 'sequentialPacketNotIp',
                data: { value: value.text },
                ...lines.positionAt(offset),
            });
            continue;
        }
        const port = {
            file: input.path,
            ...lines.positionAt(offset),
            port: address.port,
            endPort: address.port,
            protocol: key === 'ListenDatagram' ? 'udp' : 'tcp',
            role: 'listen',
            kind: 'systemd-socket',
            context: address.hostIp === undefined ? { name: unit } : { name: unit, hostIp: address.hostIp },
            raw: address.raw,
        };
        if (address.unresolvedVariable !== undefined)
            port.unresolvedVariable = address.unresolvedVariable;
        ports.push(port);
    }
    // SocketProtocol= applies to the whole unit, wherever it is written.
    if (socketProtocol === 'sctp') {
        for (const port of ports)
            if (port.protocol === 'tcp')
                port.protocol = 'sctp';
    }
    return { ports, diagnostics };
};
/** Join backslash-continued lines (the backslash becomes a space) and drop comment and blank lines. */
function logicalLines(text) {
    const result = [];
    let pending;
    for (const line of linesWithOffsets(text)) {
        const trimmed = line.text.trim();
        const isComment = trimmed.startsWith('#') || trimmed.startsWith(';');
        if (isComment)
            continue;
        if (pending === undefined && trimmed === '')
            continue;
        const current = pending ?? { text: '', offsets: [] };
        const continued = systemd_socket_endsWithOddBackslashes(line.text);
        const body = continued ? line.text.slice(0, -1) + ' ' : line.text;
        for (let i = 0; i < body.length; i++)
            current.offsets.push(line.offset + i);
        current.text += body;
        if (continued)
            pending = current;
        else {
            pending = undefined;
            result.push(current);
        }
    }
    if (pending)
        result.push(pending);
    return result;
}
function systemd_socket_endsWithOddBackslashes(line) {
    let count = 0;
    for (let i = line.length - 1; i >= 0 && line[i] === '\\'; i--)
        count++;
    return count % 2 === 1;
}
/** The value after `=` without surrounding whitespace, keeping offsets. */
function trimValue(line, from) {
    let start = from;
    let end = line.text.length;
    while (start < end && /\s/.test(line.text[start]))
        start++;
    while (end > start && /\s/.test(line.text[end - 1]))
        end--;
    return { text: line.text.slice(start, end), offsets: line.offsets.slice(start, end) };
}
/**
 * `8080`, `0.0.0.0:8080`, `[::1]:8080`, `[fe80::1%eth0]:8080`, `[::]:8080%eth0`; `%i` / `%I` (the
 * instance of a template unit) stand for the port when the unit name carries one (`proxy@8080.socket`).
 */
function parseSocketAddress(value, unit) {
    if (value.startsWith('/') || value.startsWith('@') || value.startsWith('vsock:'))
        return { kind: 'not-ip' };
    // A path built from a specifier (`%t/foo.sock`) is a file system socket too.
    if (/^%[a-zA-Z]\//.test(value))
        return { kind: 'not-ip' };
    let hostIp;
    let portIndex = 0;
    if (value.startsWith('[')) {
        const close = value.indexOf(']');
        if (close < 0 || value[close + 1] !== ':') {
            return { kind: 'invalid', ...notAnAddress(value), portIndex: 0 };
        }
        hostIp = value.slice(1, close);
        portIndex = close + 2;
    }
    else {
        const colon = value.lastIndexOf(':');
        if (colon >= 0) {
            hostIp = value.slice(0, colon) || undefined;
            portIndex = colon + 1;
        }
    }
    // `[::]:8080%eth0`: the interface scope follows the port.
    let raw = value.slice(portIndex);
    const scope = raw.indexOf('%', 1);
    if (/^\d/.test(raw) && scope > 0)
        raw = raw.slice(0, scope);
    if (/^\d+$/.test(raw))
        return { kind: 'ip', port: Number(raw), portIndex, raw, hostIp };
    if (raw === '%i' || raw === '%I') {
        const instance = /@([^.]*)\.socket$/.exec(unit)?.[1];
        if (instance && /^\d+$/.test(instance))
            return { kind: 'ip', port: Number(instance), portIndex, raw, hostIp };
        return { kind: 'ip', port: null, portIndex, raw, hostIp, unresolvedVariable: raw };
    }
    const problem = raw === value ? notAnAddress(value) : { messageId: 'notANumberIn', data: { raw, value } };
    return { kind: 'invalid', ...problem, portIndex };
}
function notAnAddress(value) {
    return { messageId: 'notASocketAddress', data: { value } };
}
// ---------------------------------------------------------------------------------------------
// The kind: how discovery recognises these files (src/parsers/index.ts lists every kind)
/** systemd socket units: `*.socket`. */
const systemdSocketKind = {
    kind: 'systemd-socket',
    matches: (path) => baseName(path).toLowerCase().endsWith('.socket'),
    parse: parseSystemdSocket,
    // Every comment line, past a header that made the reading stop too.
    comments: (text) => wholeLineComments(text, ['#', ';']),
};

;// CONCATENATED MODULE: ./src/parsers/index.ts













/**
 * Every manifest kind, in the order discovery asks them (discover/kinds.ts `kindOf`): the first that
 * matches a path takes the file. A kind that answers `maybe` by name is asked again with the text;
 * if the text says no, the next kinds are asked. So the order settles every name two kinds claim:
 * - kinds recognised by name alone come first: `compose.yaml` with `apiVersion` and `kind` is Compose,
 *   `.env.yaml` is a dotenv file, a YAML file of `.github/workflows` is a workflow;
 * - nginx after them (`*.conf` is nginx only when its text says so);
 * - then the YAML kinds that need a Helm chart or the text: Spring before Kubernetes, so an
 *   `application.yaml` is Spring unless it looks like Kubernetes, and Kubernetes, which takes any
 *   other YAML that looks like a manifest, last.
 * Adding a kind: its module (in its parser's file), its entry here, its member of `ManifestKind`.
 */
const KINDS = [
    composeKind,
    dockerfileKind,
    workflowKind,
    devcontainerKind,
    systemdSocketKind,
    procfileKind,
    dotenvKind,
    flyKind,
    terraformKind,
    nginxKind,
    springKind,
    helmValuesKind,
    kubernetesKind,
];
const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));
/** The module of a kind (every ManifestKind has one). */
function kindModule(kind) {
    const found = BY_KIND.get(kind);
    if (!found)
        throw new Error(`no module for the manifest kind ${kind}`);
    return found;
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/pipeline/parse-file.ts










/**
 * The per-file step of a scan: read the file, settle its kind, parse it and read its suppressions
 * from the comments its parser hands over.
 * Never throws: an unreadable file is a `skipped-file` notice, a parser crash a `parse-error`.
 */
function createFileParser(context) {
    const { cwd, roots } = context;
    const foldersOf = createFolderNamer();
    // `../api/Dockerfile` from the cwd `api` is `Dockerfile`: links compare paths as discovery writes them.
    const canonical = (relative) => toReportPath(cwd, external_node_path_default().resolve(cwd, relative));
    // Several Compose files of one folder share its .env: read it once per scan.
    const siblings = new Map();
    const readSibling = (relative) => {
        if (!siblings.has(relative)) {
            const read = readManifest(external_node_path_default().resolve(cwd, relative), roots);
            siblings.set(relative, 'text' in read ? read.text : undefined);
        }
        return siblings.get(relative);
    };
    return (found) => {
        const outcome = { ports: [], diagnostics: [] };
        const read = readManifest(found.absolutePath, roots);
        if ('skipped' in read) {
            outcome.diagnostics.push(notScanned(found.path, read.skipped));
            return outcome;
        }
        const kind = found.kind === KIND_FROM_TEXT ? kindOf(KINDS, found.path, found.facts, read.text) : found.kind;
        if (!kind)
            return outcome;
        outcome.file = { path: found.path, kind };
        for (const notice of read.notices)
            outcome.diagnostics.push({ ...notice, file: found.path });
        try {
            const reads = [];
            const readAndNote = (relative) => {
                const text = readSibling(relative);
                if (text !== undefined && !reads.includes(relative))
                    reads.push(relative);
                return text;
            };
            // Only a file that mentions `portlint-disable` asks its parser for its comments.
            const wantComments = read.text.includes(SUPPRESSION_MARKER);
            const input = { path: found.path, text: read.text, readSibling: readAndNote, wantComments };
            const module = kindModule(kind);
            const result = module.parse(input);
            const inline = wantComments ? inlineSuppressions(module, input, result) : undefined;
            if (inline)
                outcome.suppressions = inline;
            if (reads.length > 0)
                outcome.reads = reads;
            // Folder names from the real path, not the cwd-relative one: the same whatever the scan's start.
            const folders = foldersOf(external_node_path_default().dirname(found.absolutePath));
            for (const port of result.ports) {
                if (folders.length > 0)
                    port.folders = folders;
                canonicalPaths(port, canonical);
            }
            outcome.ports = result.ports;
            if (result.composeLoads)
                outcome.composeLoads = canonicalLoads(result.composeLoads, canonical);
            const unreported = capDiagnostics(result.diagnostics);
            if (unreported.length > 0)
                outcome.unreported = unreported;
            for (const d of result.diagnostics)
                outcome.diagnostics.push({ ...d, file: found.path });
        }
        catch (error) {
            // A parser bug must not hide the rest of the scan; it becomes a finding on this file.
            outcome.diagnostics.push({
                file: found.path,
                ruleId: 'parse-error',
                messageId: 'parserCrash',
                data: { kind, detail: error.message },
                line: 1,
                column: 1,
            });
        }
        return outcome;
    };
}
/** The suppressions written in a file's comments: those its parser handed over, or its kind finds. */
function inlineSuppressions(module, file, result) {
    const comments = result.comments ?? module.comments?.(file.text, file.path) ?? [];
    return findSuppressions(file.path, file.text, comments);
}
/** The `skipped-file` notice for a file or folder that was not read, and why. */
function notScanned(file, reason) {
    return { file, ruleId: 'skipped-file', messageId: 'notScanned', data: { reason }, line: 1, column: 1 };
}
/**
 * The names of a folder and its parents, innermost first, at most FOLDER_DEPTH, ending at a
 * repository's top (the folder holding `.git`): names above it say where it was cloned, not what it is.
 */
function createFolderNamer() {
    const cache = new Map();
    // Sibling folders share their parents: each is asked about `.git` once.
    const topLevels = new Map();
    const isTopLevel = (folder) => {
        let answer = topLevels.get(folder);
        if (answer === undefined)
            topLevels.set(folder, (answer = external_node_fs_default().existsSync(external_node_path_default().join(folder, '.git'))));
        return answer;
    };
    return (folder) => {
        let names = cache.get(folder);
        if (names === undefined) {
            names = [];
            let current = folder;
            for (let depth = 0; depth < FOLDER_DEPTH; depth++) {
                const name = external_node_path_default().basename(current);
                if (name === '')
                    break;
                names.push(name);
                if (isTopLevel(current))
                    break;
                current = external_node_path_default().dirname(current);
            }
            cache.set(folder, names);
        }
        return names;
    };
}
/** Paths a parser wrote by joining onto its file's path, in the form discovery gives files. */
function canonicalPaths(port, canonical) {
    const compose = types_factsOf(port, 'compose');
    if (compose?.buildContext !== undefined)
        addFacts(port, 'compose', { buildContext: canonical(compose.buildContext) });
    if (compose?.buildDockerfile !== undefined)
        addFacts(port, 'compose', { buildDockerfile: canonical(compose.buildDockerfile) });
    if (port.valueFrom !== undefined)
        port.valueFrom = port.valueFrom.map(canonical);
}
function canonicalLoads(loads, canonical) {
    const result = {
        include: loads.include.map(canonical),
        extends: loads.extends.map((e) => ({ ...e, file: canonical(e.file) })),
    };
    if (loads.serviceImages !== undefined)
        result.serviceImages = loads.serviceImages;
    if (loads.composeFile !== undefined)
        result.composeFile = loads.composeFile.map(canonical);
    return result;
}

;// CONCATENATED MODULE: ./src/pipeline/scan-parallel.ts
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



/** With PORTLINT_WORKERS=auto, below this many files a worker's start (loading the bundle, compiling the parsers) does not pay. */
const MIN_FILES_FOR_WORKERS = 5000;
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
let workerEntry;
/** How the last parseDiscovered call shared its files (tests and the bench read it). */
const lastParse = { workers: 0, parsedByWorkers: 0 };
/**
 * Lets parseDiscovered start worker threads that run `entry`, a module that calls runParseWorker()
 * at its top when isParseWorker() (the CLI: src/cli.ts).
 */
function enableParseWorkers(entry) {
    const url = new URL(entry);
    // Under ts-jest the entry is TypeScript source, which a worker cannot load.
    workerEntry = url.protocol === 'file:' && /\.[cm]?js$/.test(url.pathname) ? url : undefined;
}
/** Whether this thread is a parse worker started by parseDiscovered. */
function isParseWorker() {
    return !external_node_worker_threads_.isMainThread && external_node_worker_threads_.workerData?.[WORKER_MARK] === true;
}
/**
 * Read and parse every discovered file; outcomes in the order of `files`. Uses worker threads when
 * they are enabled, the machine has a spare core and there are enough files.
 */
function parseDiscovered(files, context, options = {}) {
    const parseOnce = createFileParser(context);
    // A copy shares no string with the file's text (a parser's slices would keep all of it alive),
    // and it is what a worker's outcome becomes on its way here: one result whoever parsed.
    const parseFile = (found) => structuredClone(parseOnce(found));
    const count = Math.min(options.workers ?? defaultWorkerCount(files.length), MAX_WORKERS);
    const workers = count > 0 && workerEntry ? startWorkers(workerEntry, count, files, context) : undefined;
    lastParse.workers = workers?.threads.length ?? 0;
    lastParse.parsedByWorkers = 0;
    if (!workers)
        return files.map(parseFile);
    const outcomes = new Array(files.length);
    const slots = new Int32Array(workers.shared);
    let missing = files.length;
    if (options.parseOnMainThread !== false) {
        for (let index = Atomics.add(slots, NEXT_FILE, 1); index < files.length; index = Atomics.add(slots, NEXT_FILE, 1)) {
            outcomes[index] = parseFile(files[index]);
            missing--;
        }
    }
    let running = workers.ports.length;
    while (missing > 0 && running > 0) {
        const posted = Atomics.load(slots, POSTED);
        for (const port of workers.ports) {
            for (let message = (0,external_node_worker_threads_.receiveMessageOnPort)(port); message; message = (0,external_node_worker_threads_.receiveMessageOnPort)(port)) {
                const batch = message.message;
                for (const [index, outcome] of batch.outcomes) {
                    if (outcomes[index] !== undefined)
                        continue;
                    outcomes[index] = outcome;
                    missing--;
                    lastParse.parsedByWorkers++;
                }
                if (batch.done)
                    running--;
            }
        }
        if (missing === 0 || running === 0)
            break;
        if (Atomics.wait(slots, POSTED, posted, STALL_MS) === 'timed-out')
            break;
    }
    for (const worker of workers.threads)
        void worker.terminate();
    for (const port of workers.ports)
        port.close();
    // Files a worker claimed but never delivered (it failed or stalled), or never claimed at all.
    for (let index = 0; index < files.length; index++)
        outcomes[index] ??= parseFile(files[index]);
    return outcomes;
}
/** PORTLINT_WORKERS: unset or `0` none, `N` that many, `auto` cores - 1 from MIN_FILES_FOR_WORKERS files on. */
function defaultWorkerCount(fileCount) {
    const setting = (process.env.PORTLINT_WORKERS ?? '').trim().toLowerCase();
    if (setting === 'auto')
        return fileCount < MIN_FILES_FOR_WORKERS ? 0 : Math.max(0, availableCores() - 1);
    const value = Number(setting);
    return Number.isInteger(value) && value > 0 ? value : 0;
}
function availableCores() {
    return typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : external_node_os_default().cpus().length;
}
function startWorkers(entry, count, files, context) {
    const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const threads = [];
    const ports = [];
    const plainContext = { cwd: context.cwd, roots: [...context.roots] };
    for (let i = 0; i < count; i++) {
        const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
        const input = { [WORKER_MARK]: true, files, context: plainContext, shared, port: port2 };
        let worker;
        try {
            worker = new external_node_worker_threads_.Worker(entry, {
                workerData: input,
                transferList: [port2],
                resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
            });
        }
        catch {
            port1.close();
            break;
        }
        // Errors arrive on the event loop, after the scan: the main thread will have parsed those files.
        worker.on('error', () => { });
        worker.unref();
        threads.push(worker);
        ports.push(port1);
    }
    return threads.length > 0 ? { threads, ports, shared } : undefined;
}
/** The body of a parse worker: claim files until none is left, post outcomes in batches. */
function runParseWorker() {
    const { files, context, shared, port } = external_node_worker_threads_.workerData;
    const slots = new Int32Array(shared);
    const parseFile = createFileParser(context);
    let outcomes = [];
    let lastPost = performance.now();
    const post = (done) => {
        port.postMessage({ outcomes, done });
        Atomics.add(slots, POSTED, 1);
        Atomics.notify(slots, POSTED);
        outcomes = [];
        lastPost = performance.now();
    };
    for (let index = Atomics.add(slots, NEXT_FILE, 1); index < files.length; index = Atomics.add(slots, NEXT_FILE, 1)) {
        outcomes.push([index, parseFile(files[index])]);
        if (outcomes.length >= BATCH_FILES || performance.now() - lastPost >= BATCH_MS)
            post(false);
    }
    post(true);
}

;// CONCATENATED MODULE: ./src/registry/organisation.ts
const ORGANISATION_NOTE = 'organisation registry';
/**
 * IANA's registry with the organisation's assignments laid over it: where the organisation assigns
 * a port, its services are the port's services (IANA's stay in the notes), so another service
 * there is a registered-conflict that names the organisation's entry.
 */
function withOrganisationRegistry(iana, entries) {
    if (entries.length === 0)
        return iana;
    const byPort = new Map();
    for (const entry of entries) {
        const key = `${entry.port}/${entry.protocol}`;
        byPort.set(key, [...(byPort.get(key) ?? []), entry]);
    }
    const names = new Set(entries.map((e) => e.service.toLowerCase()));
    return {
        updated: iana.updated,
        lookup(port, protocol) {
            const info = iana.lookup(port, protocol);
            const own = byPort.get(`${port}/${protocol}`);
            if (!own)
                return info;
            const ianaSays = info.services.length
                ? `IANA assigns it to ${info.services.map((s) => s.name).join(', ')}`
                : `IANA lists it as ${info.status}`;
            return {
                ...info,
                status: 'assigned',
                services: own.map((e) => ({
                    name: e.service,
                    description: e.description ? `${e.description}; ${ORGANISATION_NOTE}` : ORGANISATION_NOTE,
                })),
                notes: [`assigned by the ${ORGANISATION_NOTE}; ${ianaSays}`, ...info.notes],
            };
        },
        portsOf(serviceName) {
            const own = entries
                .filter((e) => e.service.toLowerCase() === serviceName.toLowerCase())
                .map((e) => ({ port: e.port, protocol: e.protocol }));
            return [...own, ...iana.portsOf(serviceName)];
        },
        isPlainlyUnassigned(port, protocol) {
            return !byPort.has(`${port}/${protocol}`) && iana.isPlainlyUnassigned(port, protocol);
        },
        spansIn(start, end, protocol) {
            const own = entries
                .filter((e) => e.protocol === protocol && e.port >= start && e.port <= end)
                .map((e) => ({ start: e.port, end: e.port, status: 'assigned' }));
            return [...iana.spansIn(start, end, protocol), ...own].sort((a, b) => a.start - b.start);
        },
        hasService(serviceName) {
            return names.has(serviceName.toLowerCase()) || iana.hasService(serviceName);
        },
        serviceNames() {
            return [...new Set([...names, ...iana.serviceNames()])];
        },
    };
}

;// CONCATENATED MODULE: ./src/classify/classify.ts
/** Attach what IANA says about each port's (start) number; out-of-range numbers stay unclassified. */
function classifyPorts(ports, registry) {
    return ports.map((p) => {
        if (p.port === null || !Number.isInteger(p.port) || p.port < 0 || p.port > 65535)
            return { ...p };
        // IANA assigns per protocol: a port whose protocol is unknown cannot be classified.
        if (p.protocolUnresolved !== undefined)
            return { ...p };
        return { ...p, info: registry.lookup(p.port, p.protocol) };
    });
}

;// CONCATENATED MODULE: ./src/classify/suggest.ts





/** Where a fallback port is searched: registered ports below the ephemeral ranges. */
const FALLBACK_RANGE = [1024, 32767];
/** A range wider than this (a firewall opening such as 0-65535) does not "use" its ports. */
const MAX_USED_RANGE_SPAN = 1000;
/** Index the repository's declarations by every number they use (ranges included, up to a span). */
function indexPortUsage(ports) {
    const usage = new Map();
    for (const p of ports) {
        if (p.port === null || !isPortNumber(p.port))
            continue;
        const end = p.endPort !== null && isPortNumber(p.endPort) && p.endPort >= p.port ? p.endPort : p.port;
        if (end - p.port > MAX_USED_RANGE_SPAN)
            continue;
        for (let n = p.port; n <= end; n++) {
            const list = usage.get(n);
            if (list)
                list.push(p);
            else
                usage.set(n, [p]);
        }
    }
    return usage;
}
/** The suggested port number for a single-port declaration, or undefined when there is none. */
function suggestPort(declared, options) {
    return suggestFor(declared, options)?.port;
}
/**
 * The suggestion with its reason. Ranges and unresolved or invalid numbers get none: a range
 * needs a block of free numbers, which is the author's call.
 */
function suggestFor(declared, options) {
    if (declared.port === null || !isPortNumber(declared.port))
        return undefined;
    if (declared.endPort !== null && declared.endPort !== declared.port)
        return undefined;
    return ((declared.role === 'node' ? undefined : serviceSuggestion(declared, declared.port, options)) ??
        fallbackSuggestion(declared, declared.port, options));
}
/**
 * Ports that IANA assigns (on the declaration's protocol) to a service the declaration names
 * (suggestionNames); sorted by number.
 */
function matchingServicePorts(declared, registry, matcher, names = suggestionNames(declared, matcher)) {
    const ports = new Set();
    for (const name of names) {
        if (!registry.hasService(name))
            continue;
        for (const entry of registry.portsOf(name))
            if (entry.protocol === declared.protocol)
                ports.add(entry.port);
    }
    return [...ports].sort((a, b) => a - b);
}
/**
 * HTTP's conventional ports, best first: an HTTP service goes to 8080 (or 80 from the well-known
 * range) before FileMaker's 591 or another HTTP-family number that merely lies closer.
 */
const CONVENTIONAL_HTTP_PORTS = [80, 8080, 8008];
function conventionRank(port) {
    const index = CONVENTIONAL_HTTP_PORTS.indexOf(port);
    return index < 0 ? CONVENTIONAL_HTTP_PORTS.length : index;
}
/**
 * The IANA names a suggestion may follow: those the alias data maps the declaration's names to, and
 * a whole name of the software (its image, service, container, port name), never a word inside a
 * longer name (`hello-app` is not IANA's `hello`) nor a build stage or key path (`base`, `runtime`).
 */
function suggestionNames(declared, matcher) {
    const c = declared.context;
    const whole = new Set([c.service, c.container, c.name, c.portName, c.image && imageRepository(c.image).split('/').pop()]
        .filter((name) => typeof name === 'string' && name !== '')
        .map((name) => name.toLowerCase()));
    const tokens = new Set(matcher.identify(declared).tokens);
    return new Set(matcher.serviceNames(declared).filter((name) => !tokens.has(name) || whole.has(name)));
}
function serviceSuggestion(declared, near, options) {
    const { registry, matcher } = options;
    // Never from the registered range down into the well-known one: binding there needs privileges,
    // and a port such as 2222 for sshd or 5354 for DNS exists to stay off the host's own 22 or 53.
    const floor = near > SYSTEM_PORTS_END ? SYSTEM_PORTS_END + 1 : 0;
    const names = suggestionNames(declared, matcher);
    const candidates = matchingServicePorts(declared, registry, matcher, names)
        .filter((port) => port >= floor)
        .sort((a, b) => conventionRank(a) - conventionRank(b) || Math.abs(a - near) - Math.abs(b - near) || a - b);
    for (const port of candidates) {
        if (!isFreeFor(declared, port, options))
            continue;
        const info = registry.lookup(port, declared.protocol);
        if (info.range === 'dynamic' || info.unauthorizedUse?.length)
            continue;
        // IANA must assign it to nothing but what the declaration is. `names` is a subset of the names
        // the conflict rules match on, so such a port is never flagged by them.
        if (info.status !== 'assigned' || info.services.length === 0)
            continue;
        if (!info.services.every((service) => names.has(service.name.toLowerCase())))
            continue;
        return { port, protocol: declared.protocol, reason: 'service', services: info.services };
    }
    return undefined;
}
function fallbackSuggestion(declared, near, options) {
    const [low, high] = declared.role === 'node' ? options.nodePortRange : FALLBACK_RANGE;
    const start = Math.min(Math.max(near, low), high);
    for (let distance = 0; distance <= high - low; distance++) {
        for (const port of distance === 0 ? [start] : [start - distance, start + distance]) {
            if (port < low || port > high)
                continue;
            if (options.budget && options.budget.remaining-- <= 0)
                return undefined;
            if (isUnassignedEverywhere(port, declared.protocol, options.registry) &&
                isFreeFor(declared, port, options)) {
                return { port, protocol: declared.protocol, reason: 'unassigned', services: [] };
            }
        }
    }
    return undefined;
}
/**
 * Unassigned on the protocol and on TCP and UDP (IANA registers most services on both), with no
 * note (a de-registered number may still be in use), and no software's conventional port.
 */
function isUnassignedEverywhere(port, protocol, registry) {
    // A suggestion's search asks about hundreds of numbers, and every search asks about the same ones.
    let known = unassignedEverywhere.get(registry);
    if (known === undefined)
        unassignedEverywhere.set(registry, (known = new Map()));
    const key = port * PROTOCOLS.length + PROTOCOLS.indexOf(protocol);
    let answer = known.get(key);
    if (answer === undefined)
        known.set(key, (answer = checkUnassignedEverywhere(port, protocol, registry)));
    return answer;
}
/** isUnassignedEverywhere's answers per registry (the organisation's overlay makes a new one per scan). */
const unassignedEverywhere = new WeakMap();
function checkUnassignedEverywhere(port, protocol, registry) {
    const protocols = new Set([protocol, 'tcp', 'udp']);
    for (const p of protocols) {
        if (!registry.isPlainlyUnassigned(port, p))
            return false;
        if (isDeFactoPort(port, p))
            return false;
    }
    return true;
}
/** Outside the avoided and allowlisted ranges, and unused elsewhere in the repository. */
function isFreeFor(declared, port, options) {
    if (inAny(port, options.avoid) || inAny(port, options.allowed ?? []))
        return false;
    if (options.isTaken?.(port, declared))
        return false;
    return !(options.usedPorts.get(port) ?? []).some((other) => !sameMapping(other, declared));
}
/**
 * The declaration itself, or the other side of its mapping: `5433:5432` is one line with a host
 * and a container port. Two host ports on one line (`ports: ["80:80", "80:81"]`) are not.
 */
function sameMapping(other, declared) {
    return (other === declared ||
        (other.file === declared.file && other.line === declared.line && other.role !== declared.role));
}
function inAny(port, ranges) {
    return ranges.some(([start, end]) => port >= start && port <= end);
}
function isPortNumber(n) {
    return Number.isInteger(n) && n >= 0 && n <= 65535;
}
/**
 * A memoized `declared -> suggested port` for one scan; the repository's port usage is indexed
 * on the first call, so a scan without findings pays nothing. A number suggested for a published
 * host port is promised to it within its scope (Compose project, workflow job): three services
 * on host port 8080 are not all sent to 8079. Elsewhere suggestions stay independent, so that
 * one finding's suggestion does not change when an unrelated finding appears or is suppressed.
 */
/**
 * Distinct numbers matter for a handful of clashing services; past this many per scope every
 * further search would walk past all the promised numbers first (quadratic on a hostile file).
 */
const MAX_PROMISES_PER_SCOPE = 128;
/** Candidate numbers all the suggestions of one scan may examine (a few ms of work in real repositories). */
const MAX_CANDIDATES_PER_SCAN = 2_000_000;
function createPortSuggester(input) {
    let options;
    const promised = new Map();
    const cache = new Map();
    const promiseKey = (p) => p.role === 'host' && p.scope !== undefined ? `${p.protocol}\0${p.scope}` : undefined;
    return (declared) => {
        if (cache.has(declared))
            return cache.get(declared);
        options ??= {
            registry: input.registry,
            matcher: input.matcher,
            usedPorts: indexPortUsage(input.ports),
            allowed: input.allowedPorts ?? [],
            avoid: input.avoid,
            nodePortRange: input.nodePortRange,
            budget: { remaining: MAX_CANDIDATES_PER_SCAN },
            isTaken: (port, asking) => {
                const key = promiseKey(asking);
                const holder = key === undefined ? undefined : promised.get(key)?.get(port);
                return holder !== undefined && holder !== asking && !sameServiceInAnotherFile(holder, asking);
            },
        };
        const port = suggestPort(declared, options);
        cache.set(declared, port);
        const key = promiseKey(declared);
        if (port !== undefined && key !== undefined) {
            const scope = promised.get(key) ?? new Map();
            if (!scope.has(port) && scope.size < MAX_PROMISES_PER_SCOPE)
                scope.set(port, declared);
            promised.set(key, scope);
        }
        return port;
    };
}

;// CONCATENATED MODULE: ./src/rules/messages.ts


/** The wording of a parser's diagnostic: its rule's template `messageId` with its data. */
function diagnosticMessage(diagnostic) {
    const { ruleId, messageId } = diagnostic;
    const messages = ruleById(ruleId)?.messages;
    const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
    if (template === undefined)
        throw new Error(`rule ${ruleId} has no message ${messageId}`);
    return formatMessage(template, diagnostic.data);
}

;// CONCATENATED MODULE: ./src/rules/engine.ts






/** Run every enabled rule over the whole scan, add the parsers' findings, sort and dedupe. */
function runRules(input) {
    const severityOf = (id) => ruleSeverity(id, input.severities);
    const findings = [];
    const suggest = createPortSuggester({ ...input, ...suggesterRanges(ALL_RULES, input.options) });
    const ownPorts = input.ports.filter((p) => p.role !== 'connect');
    for (const rule of ALL_RULES) {
        const severity = severityOf(rule.id);
        if (!rule.check || severity === 'off')
            continue;
        const hits = rule.check({
            // Where another service listens (`connect`) is not this one's socket: few rules look at it.
            ports: rule.seesConnectPorts ? input.ports : ownPorts,
            registry: input.registry,
            matcher: input.matcher,
            options: input.options?.[rule.id] ?? {},
        });
        for (const hit of mergeLogicalPorts(hits)) {
            const finding = toFinding(rule.id, severity, hit);
            // A compliant port for the findings that one fixes; a rule's own suggestion wins. One
            // logical port gets one suggestion, the one for where its number is chosen.
            if (finding.suggestion === undefined && hit.declared && rule.suggests) {
                const suggestion = suggest(hit.declared.logicalPort?.primary ?? hit.declared);
                if (suggestion !== undefined)
                    finding.suggestion = suggestion;
            }
            findings.push(finding);
        }
    }
    for (const d of input.diagnostics) {
        const severity = severityOf(d.ruleId);
        if (severity === 'off')
            continue;
        findings.push({
            ruleId: d.ruleId,
            severity,
            file: d.file,
            line: d.line,
            column: d.column,
            port: d.port ?? null,
            protocol: d.protocol ?? null,
            message: diagnosticMessage(d),
        });
    }
    return sortAndDedupe(findings);
}
function toFinding(ruleId, severity, hit) {
    const finding = { ruleId, severity, ...hit };
    if (hit.declared === undefined)
        delete finding.declared;
    return finding;
}
/**
 * One finding per rule, line and message: `"3000:3000"` declares two ports but is one mistake.
 * The first column on the line is kept.
 */
function sortAndDedupe(findings) {
    findings.sort(compareFindings);
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.ruleId}\0${f.file}\0${f.line}\0${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/link/compose-builds.ts


/**
 * A Dockerfile that a Compose service builds runs what that service is (`rabbitmq` building
 * `docker/Dockerfile`), whatever its base image: record the services on the Dockerfile's ports.
 * Only services that declare a port are seen (the Compose parser records `buildDockerfile` on ports).
 */
function recordComposeBuilds(ports) {
    const byDockerfile = new Map();
    for (const port of ports) {
        const service = port.context.service;
        const built = types_factsOf(port, 'compose')?.buildDockerfile;
        if (!built || service === undefined)
            continue;
        const dockerfile = fileKey(built);
        let builders = byDockerfile.get(dockerfile);
        if (!builders)
            byDockerfile.set(dockerfile, (builders = { services: new Map(), files: new Set() }));
        if (!builders.services.has(service))
            builders.services.set(service, port.context.image);
        builders.files.add(port.file);
    }
    if (byDockerfile.size === 0)
        return;
    for (const port of ports) {
        if (port.kind !== 'dockerfile')
            continue;
        const builders = byDockerfile.get(fileKey(port.file));
        if (!builders)
            continue;
        const builtBy = [...builders.services].map(([service, image]) => image ? { service, image } : { service });
        addFacts(port, 'dockerfile', { builtBy });
        // The Compose file now decides what this port is called: a change there changes its findings.
        addValueFrom(port, builders.files);
    }
}

;// CONCATENATED MODULE: ./src/link/resolve-target-ports.ts

/**
 * Resolve Kubernetes Service `targetPort: <name>` to the number of the named container port of the
 * pods the Service selects, repo-wide, after every file is parsed. Mutates `ports` in place.
 *
 * A container port matches when it is a Kubernetes `container` port in the Service's namespace
 * (absent = `default`), its pod labels contain every selector entry, its `portName` is the
 * reference, and its protocol is the Service port's. When several distinct numbers match, the
 * first in file order wins; when none does, the port stays `null` with its `portRef`.
 * A Service without a selector (or with an empty one) selects no pods and resolves nothing.
 */
function resolveNamedTargetPorts(ports) {
    const candidatesByName = indexNamedContainerPorts(ports);
    for (const target of ports) {
        if (target.kind !== 'kubernetes' || target.role !== 'target')
            continue;
        if (target.port !== null || target.portRef === undefined)
            continue;
        const selector = types_factsOf(target, 'kubernetes')?.selector;
        if (!selector || Object.keys(selector).length === 0)
            continue;
        const namespace = target.context.namespace ?? 'default';
        const match = candidatesByName
            .get(target.portRef)
            ?.find((candidate) => (candidate.context.namespace ?? 'default') === namespace &&
            candidate.protocol === target.protocol &&
            selects(selector, types_factsOf(candidate, 'kubernetes')?.podLabels));
        if (!match)
            continue;
        target.port = match.port;
        target.endPort = match.endPort ?? match.port;
        addValueFrom(target, [...(match.valueFrom ?? []), ...(match.file !== target.file ? [match.file] : [])]);
        // `portRef` means "not resolved to a number" (types.ts); the name stays in `raw`.
        delete target.portRef;
    }
}
/** Named Kubernetes container ports with a number, by name, in file/line/column order. */
function indexNamedContainerPorts(ports) {
    const index = new Map();
    for (const port of ports) {
        const name = port.context.portName;
        if (port.kind !== 'kubernetes' || port.role !== 'container' || name === undefined || port.port === null)
            continue;
        const list = index.get(name);
        if (list)
            list.push(port);
        else
            index.set(name, [port]);
    }
    for (const list of index.values())
        list.sort(byFilePosition);
    return index;
}

;// CONCATENATED MODULE: ./src/link/sibling-identity.ts


/**
 * What a manifest does not say about its software, a neighbour may: a Dockerfile whose folder holds
 * a Spring application (`config/Dockerfile` beside `config/src/main/resources/application.yml`) runs
 * that application; a Compose file that only adds ports to a service (`compose.ports.yml`) runs the
 * image another Compose file of its folder gives that service. Ambiguous neighbours say nothing.
 */
function recordSiblingIdentity(ports, composeLoads) {
    dockerfilesRunTheirSpringApp(ports);
    composeOverlaysRunTheServiceImage(ports, composeLoads);
}
/** How deep under a Dockerfile's folder its application's settings may sit (`src/main/resources`). */
const MAX_SPRING_DEPTH = 4;
function dockerfilesRunTheirSpringApp(ports) {
    const springApps = [];
    for (const port of ports) {
        if (port.kind === 'spring' && port.runs !== undefined)
            springApps.push({ folder: external_node_path_default().posix.dirname(port.file), runs: port.runs, file: port.file });
    }
    if (springApps.length === 0)
        return;
    for (const port of ports) {
        if (port.kind !== 'dockerfile' || port.runs !== undefined)
            continue;
        const folder = external_node_path_default().posix.dirname(port.file);
        const inside = springApps.filter((app) => isWithin(app.folder, folder, MAX_SPRING_DEPTH));
        const names = new Set(inside.map((app) => app.runs));
        if (names.size !== 1)
            continue;
        port.runs = inside[0].runs;
        addValueFrom(port, inside.map((app) => app.file));
    }
}
function composeOverlaysRunTheServiceImage(ports, composeLoads) {
    const images = new Map();
    for (const [file, loads] of composeLoads) {
        for (const [service, image] of loads.serviceImages ?? []) {
            const key = `${external_node_path_default().posix.dirname(file)}\0${service}`;
            let entry = images.get(key);
            if (!entry)
                images.set(key, (entry = { images: new Set(), files: new Set() }));
            entry.images.add(image);
            entry.files.add(file);
        }
    }
    if (images.size === 0)
        return;
    for (const port of ports) {
        const compose = types_factsOf(port, 'compose');
        if (port.kind !== 'compose' || port.context.image !== undefined || compose?.buildDockerfile !== undefined)
            continue;
        const entry = images.get(`${external_node_path_default().posix.dirname(port.file)}\0${port.context.service}`);
        if (!entry || entry.images.size !== 1)
            continue;
        addFacts(port, 'compose', { siblingImage: [...entry.images][0] });
        addValueFrom(port, entry.files);
    }
}
/** `folder` is `root` or under it, at most `depth` levels down. */
function isWithin(folder, root, depth) {
    if (root === '.')
        return folder.split('/').length <= depth;
    if (folder === root)
        return true;
    if (!folder.startsWith(`${root}/`))
        return false;
    return folder.slice(root.length + 1).split('/').length <= depth;
}

;// CONCATENATED MODULE: ./src/link/link.ts





/**
 * Cross-file resolution, once every file is parsed: named targetPorts, the Compose services that
 * build a Dockerfile, what neighbouring manifests say a file runs, `.env` ports Compose publishes,
 * Compose projects.
 */
function linkPorts(ports, composeLoads = new Map()) {
    resolveNamedTargetPorts(ports);
    recordComposeBuilds(ports);
    recordSiblingIdentity(ports, composeLoads);
    relistenPublishedEnvPorts(ports);
    linkComposeProjects(ports, composeLoads);
}

;// CONCATENATED MODULE: ./src/pipeline/scan.ts













/**
 * The pipeline: discover manifests -> parse each by kind -> link across files -> classify against
 * IANA -> apply the rules. Never throws for a bad manifest: that is a finding. Policy (suppressions,
 * allowlist, scope, the gate) is applied to what it returns by applyPolicy (src/policy/apply.ts).
 */
function scan(options) {
    const registry = withOrganisationRegistry(loadRegistry(), options.organisationRegistry ?? []);
    const { files, ports, diagnostics, suppressions, unreported, reads, composeLoads } = parseAll(options);
    linkPorts(ports, composeLoads);
    const classified = classifyPorts(ports, registry);
    // On the classified copies, which the rules and the findings hold.
    linkLogicalPorts(classified);
    const findings = runRules({
        ports: classified,
        diagnostics,
        registry,
        matcher: createMatcher(options.serviceAliases),
        severities: options.ruleSeverities,
        options: options.ruleOptions,
        allowedPorts: options.allowedPorts,
    });
    // Counted by applyPolicy, once the findings to report are known.
    const uncounted = { files: files.length, ports: classified.length, errors: 0, warnings: 0, notices: 0 };
    return {
        result: { files, ports: classified, findings, summary: uncounted, registryUpdated: registry.updated },
        suppressions,
        unreported,
        reads,
    };
}
function parseAll(options) {
    const { cwd } = options;
    const roots = (options.paths.length ? options.paths : ['.']).map((p) => realFolder(external_node_path_default().resolve(cwd, p)));
    const files = [];
    const ports = [];
    const diagnostics = [];
    const suppressions = [];
    const unreported = new Map();
    const reads = new Map();
    const composeLoads = new Map();
    // A folder the walk could not or would not enter is reported like a file it could not read.
    const onSkipped = (file, reason) => diagnostics.push(notScanned(file, reason));
    const found = discover(options.paths, {
        cwd,
        kinds: KINDS,
        include: options.include,
        exclude: options.exclude,
        roots,
        onSkipped,
    });
    // Per-file work (read, kind, suppressions, parse) is in parse-file.ts; it may run on worker threads.
    for (const outcome of parseDiscovered(found, { cwd, roots })) {
        if (outcome.file)
            files.push(outcome.file);
        if (outcome.suppressions)
            suppressions.push(outcome.suppressions);
        for (const port of outcome.ports)
            ports.push(port);
        for (const diagnostic of outcome.diagnostics)
            diagnostics.push(diagnostic);
        if (outcome.unreported && outcome.file)
            unreported.set(outcome.file.path, outcome.unreported);
        if (outcome.reads && outcome.file)
            reads.set(outcome.file.path, outcome.reads);
        if (outcome.composeLoads && outcome.file)
            composeLoads.set(outcome.file.path, outcome.composeLoads);
    }
    return { files, ports, diagnostics, suppressions, unreported, reads, composeLoads };
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline/run.ts








/** Config -> scan -> policy: what both the CLI and the action run. Throws PortlintError on bad config. */
async function runScan(given) {
    // Optional fields are absent, not undefined: read none of them through Object.prototype.
    const request = ownFields(given);
    assertOneScope(request);
    const config = loadConfig(request.cwd, request.configPath);
    const scanAt = (cwd) => scan({
        paths: request.paths,
        cwd,
        ruleSeverities: config.ruleSeverities,
        ruleOptions: config.ruleOptions,
        serviceAliases: config.services,
        organisationRegistry: config.registry,
        include: config.include,
        exclude: config.exclude,
        allowedPorts: config.allow.map((entry) => [entry.port, entry.endPort]),
    });
    const outcome = applyPolicy(scanAt(request.cwd), config, ownFields({ ...request, scanAt }));
    return { ...outcome, config, version: version/* VERSION */.x };
}
/** The paths a scan is asked for (`.` when none); one UsageError names each that cannot be scanned. */
function scannablePaths(paths, cwd) {
    const wanted = paths.length > 0 ? [...paths] : ['.'];
    const unusable = unusablePathsMessage(wanted, cwd);
    if (unusable !== undefined)
        throw new UsageError(unusable);
    return wanted;
}

;// CONCATENATED MODULE: ./src/report/json.ts
/** Bumped only when a field changes meaning or disappears; new fields may be added within a version. */
const JSON_SCHEMA_VERSION = 1;
/** The CLI's `--format json` and the action's `report` output: a stable, versioned contract. */
function toJsonReport(result, version) {
    return {
        schema: JSON_SCHEMA_VERSION,
        tool: 'portlint',
        version,
        registry: { updated: result.registryUpdated },
        files: result.files.map((f) => ({ path: f.path, kind: f.kind })),
        ports: result.ports.map(jsonPort),
        findings: result.findings.map(jsonFinding),
        summary: result.summary,
    };
}
function jsonPort(p) {
    const port = {
        file: p.file,
        line: p.line,
        column: p.column,
        port: p.port,
        endPort: p.endPort,
        protocol: p.protocol,
        role: p.role,
        kind: p.kind,
        context: p.context,
        assignment: p.info
            ? { range: p.info.range, status: p.info.status, services: p.info.services.map((s) => s.name) }
            : null,
    };
    if (p.portRef !== undefined)
        port.ref = p.portRef;
    if (p.protocolUnresolved !== undefined)
        port.protocolUnresolved = p.protocolUnresolved;
    return port;
}
function jsonFinding(f) {
    const finding = {
        ruleId: f.ruleId,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        port: f.port,
        protocol: f.protocol,
        message: f.message,
    };
    if (f.suggestion !== undefined)
        finding.suggestion = f.suggestion;
    if (f.relatedLocations?.length)
        finding.related = f.relatedLocations.map(({ file, line, column }) => ({ file, line, column }));
    return finding;
}
function formatJson(result, version) {
    return `${JSON.stringify(toJsonReport(result, version), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Everything a manifest author controls (service, image and port names, file names) passes
 * through here before it reaches Markdown, HTML, a terminal or the workflow log.
 */
// C0/C1 control characters, which include ESC (ANSI sequences), CR, LF, BEL and NUL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Characters that display as nothing or reorder text (Trojan Source): zero-width characters, line
// and paragraph separators, bidi marks, overrides and isolates, invisible operators, the BOM, tag
// characters, and lone surrogates (which are not text at all).
const INVISIBLE = /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u{e0000}-\u{e007f}\ud800-\udfff]/gu;
function visibleCodePoint(ch) {
    return `\\u{${ch.codePointAt(0).toString(16)}}`;
}
/** Text safe to print to a terminal: control and invisible characters become visible `\u{..}` escapes. */
function sanitizeTerminal(text) {
    return text.replace(CONTROL, visibleCodePoint).replace(INVISIBLE, visibleCodePoint);
}
// `:` breaks `http://` and `mailto:` autolinks, `@` email ones, a `.` after `www` the `www.` ones.
const MARKDOWN_SPECIAL = /[&<>"'\\`*_{}[\]()!|~@#:]|(?<=www)\./gi;
/**
 * Inert Markdown text for GitHub: no HTML, no emphasis or links (autolinks included), no `@mention`
 * or `#123` reference, no code spans, no line breaks. Uses HTML entities, which GitHub renders as
 * the plain character.
 */
function escapeMarkdownText(text) {
    // One pass: a later pass would escape the `#` of entities written by an earlier one (`&#39;`).
    return sanitizeTerminal(text).replace(MARKDOWN_SPECIAL, (ch) => `&#${ch.charCodeAt(0)};`);
}
/** A Markdown table cell: inert text with the pipe escaped too (it is, by escapeMarkdownText). */
function escapeMarkdownCell(text) {
    return escapeMarkdownText(text);
}
/**
 * Message text of a GitHub workflow command (`::error ...::<data>`): `%`, CR and LF are
 * percent-encoded as the runner expects, so the text stays on one line and cannot start a
 * command (`::add-mask::`, `::stop-commands::`) of its own.
 */
function escapeWorkflowCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value of a GitHub workflow command (`file=`, `title=`): also `:` and `,` are encoded. */
function escapeWorkflowCommandProperty(text) {
    return escapeWorkflowCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/report/clip.ts
/**
 * Length caps for text a report shows. A report read back in `from-report` mode comes from a fork,
 * so every field may be megabytes long; each is cut before it is escaped, so a cut never splits
 * an HTML entity or a `\u{..}` escape.
 */
/** Longest text shown per field, in UTF-16 code units before escaping (ellipsis included). */
const FIELD_LIMITS = Object.freeze({
    version: 64,
    date: 32,
    path: 512,
    message: 1000,
    name: 200,
    ruleId: 100,
    title: 200,
});
const ELLIPSIS = '…';
/** `text` cut to at most `max` code units, ending with `…` when cut; never splits a surrogate pair. */
function clip_clip(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - ELLIPSIS.length);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--;
    return text.slice(0, end) + ELLIPSIS;
}

;// CONCATENATED MODULE: ./src/report/finding-text.ts


/**
 * A finding's message with its suggested port, as every report shows it: clipped, since the message
 * quotes what a manifest wrote. Each report escapes it for its own medium.
 */
function findingText(finding) {
    const text = finding.suggestion !== undefined
        ? `${finding.message} (suggested: ${finding.suggestion})`
        : finding.message;
    return clip_clip(text, FIELD_LIMITS.message);
}
/** A rule id as a terminal or a log line shows it: clipped, control characters made visible. */
function terminalRuleId(id) {
    return sanitizeTerminal(clip_clip(id, FIELD_LIMITS.ruleId));
}

;// CONCATENATED MODULE: ./src/rules/docs.ts
/**
 * Where each rule's documentation page lives. Every reporter that links to a rule (SARIF `helpUri`,
 * the pull request comment, `--format stylish`) takes the URL from here, and __tests__/docs.test.ts
 * checks that `docs/rules/<id>.md` exists for every rule and for no other id.
 */
/** Rule pages on the default branch; a page's URL is this plus `<rule-id>.md`. */
const RULE_DOCS_BASE_URL = 'https://github.com/portlint/portlint/blob/main/docs/rules/';
/** Repository folder of the rule pages, relative to the repository root. */
const RULE_DOCS_FOLDER = 'docs/rules';
/** URL of a rule's documentation page: `https://github.com/portlint/portlint/blob/main/docs/rules/<id>.md`. */
function ruleDocsUrl(id) {
    // A rule id read from a report may hold a lone surrogate, on which encodeURIComponent throws.
    return `${RULE_DOCS_BASE_URL}${encodeURIComponent(id.toWellFormed())}.md`;
}

;// CONCATENATED MODULE: ./src/report/stylish.ts




const COLORS = {
    error: ['\u001b[31m', '\u001b[39m'],
    warning: ['\u001b[33m', '\u001b[39m'],
    notice: ['\u001b[36m', '\u001b[39m'],
    dim: ['\u001b[2m', '\u001b[22m'],
    bold: ['\u001b[1m', '\u001b[22m'],
};
/**
 * For people: findings grouped by file, `line:col  severity  message  rule-id`, then one summary
 * line. Every manifest-controlled string is sanitized before it reaches the terminal.
 */
function formatStylish(result, options) {
    const paint = (style, text) => options.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
    const byFile = new Map();
    for (const f of result.findings)
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    const lines = [];
    for (const [file, findings] of byFile) {
        lines.push(paint('bold', sanitizeTerminal(file)));
        for (const f of findings) {
            const where = `${f.line}:${f.column}`.padEnd(8);
            const severity = paint(f.severity, f.severity.padEnd(7));
            const message = sanitizeTerminal(findingText(f));
            lines.push(`  ${where} ${severity} ${message}  ${paint('dim', terminalRuleId(f.ruleId))}`);
        }
        lines.push('');
    }
    for (const id of [...new Set(result.findings.map((f) => f.ruleId))].sort()) {
        lines.push(`${paint('dim', 'docs:')} ${terminalRuleId(id)} ${ruleDocsUrl(clip_clip(id, FIELD_LIMITS.ruleId))}`);
    }
    if (result.findings.length)
        lines.push('');
    const { summary } = result;
    const problems = summary.errors + summary.warnings + summary.notices;
    const counts = `${summary.errors} ${plural(summary.errors, 'error')}, ${summary.warnings} ${plural(summary.warnings, 'warning')}, ${summary.notices} ${plural(summary.notices, 'notice')}`;
    const scanned = `${summary.ports} ${plural(summary.ports, 'port')} in ${summary.files} ${plural(summary.files, 'file')}`;
    const verdict = problems === 0
        ? paint('bold', `✓ no problems: ${scanned}`)
        : paint(summary.errors ? 'error' : 'warning', `✖ ${counts}`) +
            ` (${scanned}; IANA registry ${sanitizeTerminal(clip_clip(result.registryUpdated, FIELD_LIMITS.date))})`;
    lines.push(verdict);
    return `${lines.join('\n')}\n`;
}
function plural(n, word) {
    return n === 1 ? word : `${word}s`;
}

;// CONCATENATED MODULE: ./src/report/compact.ts


/** `path:line:col: severity message [rule-id]`, one finding a line: for grep, editors and fixtures. */
function formatFindingLine(f) {
    const message = sanitizeTerminal(findingText(f));
    const ruleId = terminalRuleId(f.ruleId);
    return `${sanitizeTerminal(f.file)}:${f.line}:${f.column}: ${f.severity} ${message} [${ruleId}]`;
}
function formatCompact(result) {
    return result.findings.map((f) => `${formatFindingLine(f)}\n`).join('');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/fingerprint.ts
/**
 * Fingerprints that survive line moves, so code scanning (SARIF) and GitLab's Code Quality widget
 * keep tracking the same finding across commits.
 */

/** JSON with object keys sorted, so the same data always hashes the same. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value ?? null);
}
/**
 * Identity of a finding without its position: rule, file, port, protocol, role and context.
 * Moving a line keeps it; changing what is declared changes it. `file` is the path the report
 * names the file by (relative to the repository root), so the scan's cwd does not change it.
 */
function findingFingerprint(finding, file = finding.file) {
    const declared = finding.declared;
    const identity = {
        rule: finding.ruleId,
        file,
        port: finding.port,
        endPort: declared?.endPort ?? null,
        protocol: finding.protocol,
        role: declared?.role ?? null,
        context: (declared?.context ?? {}),
    };
    // An unresolved port is known by its variable. Findings without a declaration (parse errors,
    // skipped files) keep rule, file, port and protocol only: their message may carry positions.
    if (declared !== undefined && declared.port === null)
        identity['raw'] = declared.raw;
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(identity)).digest('hex');
}
/**
 * The fingerprint of each finding, in order, unique within the report: the second and later
 * findings with one identity get `:2`, `:3`, ... in the order the scan reports them.
 */
function uniqueFingerprints(findings, fileOf = (finding) => finding.file) {
    const seen = new Map();
    return findings.map((finding) => {
        const hash = findingFingerprint(finding, fileOf(finding));
        const occurrence = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, occurrence);
        return occurrence === 1 ? hash : `${hash}:${occurrence}`;
    });
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/report/report-base.ts
/**
 * Where a report's paths start. Findings name files relative to the scan's cwd; code scanning and
 * GitLab need them relative to the repository root, whatever folder the scan ran from.
 */



/** A finding's path (relative to `cwd`, `/`-separated) relative to `root`; unchanged without a base. */
function rebasePath(file, base) {
    if (base === undefined)
        return file;
    return toReportPath(base.root, external_node_path_default().resolve(base.cwd, file));
}
/** The root as an absolute `file:` URI ending in `/`, as SARIF's `originalUriBaseIds` wants it. */
function rootUri(base) {
    const href = (0,external_node_url_.pathToFileURL)(base.root).href;
    return href.endsWith('/') ? href : `${href}/`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts




/** Rule documentation lives here; helpUri is this plus `<id>.md`. */





const TOOL_INFORMATION_URI = 'https://github.com/portlint/portlint';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key under `partialFingerprints`; bump the suffix if the hashed fields ever change. */
const FINGERPRINT_KEY = 'portlintFinding/v1';
const DEFAULT_CATEGORY = 'portlint/';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** Documentation URL of a rule. */
function ruleHelpUri(ruleId) {
    return ruleDocsUrl(ruleId);
}
/**
 * Plain SARIF message text: no control characters, and `[`/`]` escaped so that text from a
 * manifest cannot form a SARIF embedded link (`[text](n)`).
 */
function sarifText(text) {
    return sanitizeTerminal(text).replace(/[[\]]/g, (c) => `\\${c}`);
}
/** A repository-relative path as a URI reference: each segment percent-encoded. */
function pathToUri(file) {
    return file.toWellFormed().replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
const SRCROOT = '%SRCROOT%';
function physicalLocation(file, line, column) {
    return {
        artifactLocation: { uri: pathToUri(file), uriBaseId: SRCROOT },
        region: { startLine: Math.max(1, line), startColumn: Math.max(1, column) },
    };
}
/** The rest of a logical port, or the other half of a clash: SARIF `relatedLocations` with ids 1, 2, ... */
function relatedLocations(finding, base) {
    const related = (finding.relatedLocations ?? []).slice(0, MAX_RELATED_LOCATIONS);
    if (related.length === 0)
        return {};
    return {
        relatedLocations: related.map((r, index) => ({
            id: index + 1,
            physicalLocation: physicalLocation(rebasePath(r.file, base), r.line, r.column),
            message: { text: sarifText(clip_clip(r.message, FIELD_LIMITS.message)) },
        })),
    };
}
function ruleHelpMarkdown(rule) {
    return `**${rule.id}**: ${rule.description}\n\n${rule.rationale}\n\n[Rule documentation](${ruleHelpUri(rule.id)})`;
}
function sarifRule(rule) {
    return {
        id: rule.id,
        name: rule.id
            .split('-')
            .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
            .join(''),
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.rationale },
        help: { text: `${rule.description}\n\n${rule.rationale}`, markdown: ruleHelpMarkdown(rule) },
        helpUri: ruleHelpUri(rule.id),
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
        properties: { tags: ['ports', 'networking', 'iana'] },
    };
}
/** Metadata for a rule id that no rule declares (should not happen; keeps the log valid). */
function unknownRule(id, severity) {
    return {
        id,
        defaultSeverity: severity,
        description: `portlint rule ${id}.`,
        rationale: `See ${ruleHelpUri(id)}.`,
    };
}
function normaliseCategory(category) {
    const id = (category ?? DEFAULT_CATEGORY).trim() || DEFAULT_CATEGORY;
    return id.endsWith('/') ? id : `${id}/`;
}
/**
 * A SARIF 2.1.0 log of one run. Rules are every known rule plus any id a finding uses; results
 * keep the scan's order; identical fingerprints get `:2`, `:3`, ... so each result stays distinct.
 * With a `base`, every path is relative to its root, which `originalUriBaseIds` names.
 */
function formatSarif(result, options) {
    const known = [...(options.rules ?? ALL_RULES)];
    const ids = new Set(known.map((r) => r.id));
    for (const finding of result.findings) {
        if (!ids.has(finding.ruleId)) {
            known.push(unknownRule(finding.ruleId, finding.severity));
            ids.add(finding.ruleId);
        }
    }
    const rules = known.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const { base } = options;
    const fingerprints = uniqueFingerprints(result.findings, (finding) => rebasePath(finding.file, base));
    const results = result.findings.map((finding, index) => ({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: LEVEL[finding.severity],
        message: { text: sarifText(findingText(finding)) },
        locations: [
            { physicalLocation: physicalLocation(rebasePath(finding.file, base), finding.line, finding.column) },
        ],
        ...relatedLocations(finding, base),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index] },
        ...(finding.port !== null || finding.protocol !== null
            ? {
                properties: {
                    port: finding.port,
                    protocol: finding.protocol,
                    ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}),
                },
            }
            : {}),
    }));
    // A version read back from a fork's report may be megabytes long.
    const version = clip_clip(options.version, FIELD_LIMITS.version);
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'portlint',
                        version,
                        semanticVersion: version,
                        informationUri: TOOL_INFORMATION_URI,
                        rules: rules.map(sarifRule),
                    },
                },
                automationDetails: { id: normaliseCategory(options.category) },
                ...(base ? { originalUriBaseIds: { [SRCROOT]: { uri: rootUri(base) } } } : {}),
                columnKind: 'utf16CodeUnits',
                results,
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts




/** GitHub's documented limits per step (errors, warnings, notices) and per job (total). */
const GITHUB_ANNOTATION_CAPS = Object.freeze({
    error: 10,
    warning: 10,
    notice: 10,
    total: 50,
});
/**
 * The caps left for findings when the step's own messages are annotations too and count against
 * the same caps: room for the failure reason (an error) when the step will fail, and for the
 * warnings already issued plus one later warning (comment or summary trouble).
 */
function capsLeftForFindings(willFail, warningsIssued) {
    return {
        error: Math.max(0, GITHUB_ANNOTATION_CAPS.error - (willFail ? 1 : 0)),
        warning: Math.max(0, GITHUB_ANNOTATION_CAPS.warning - warningsIssued - 1),
    };
}
/** Longest path an annotation names: no real path is longer (Linux's PATH_MAX). */
const MAX_ANNOTATION_PATH = 4096;
/** Where the CLI's own report can be read; the action passes its job summary / SARIF instead. */
const DEFAULT_MORE_AT = 'the full report (`portlint --format text`)';
const LEVELS = ['error', 'warning', 'notice'];
const PLURAL = {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    notice: ['notice', 'notices'],
};
/** `portlint: <ruleId>`, the annotation title. */
function annotationTitle(ruleId) {
    return `portlint: ${ruleId}`;
}
/** 0: on a changed line, 1: in a changed file, 2: elsewhere (or no pull request). */
function changeTier(finding, changed) {
    const lines = changed?.get(finding.file);
    if (lines === undefined)
        return 2;
    if (lines === 'all' || lines.has(finding.line))
        return 0;
    return 1;
}
function count(n, level) {
    return `${n} ${PLURAL[level][n === 1 ? 0 : 1]}`;
}
function overflowNote(level, omitted, moreAt) {
    return (`(+${count(omitted, level)} not shown as annotations: GitHub keeps ${GITHUB_ANNOTATION_CAPS[level]} per step. ` +
        `See ${moreAt} for every finding.)`);
}
/**
 * Orders findings (errors, warnings, notices; changed lines first; then by path and position),
 * keeps as many per level as the caps allow and notes the rest on the last annotation of that level.
 */
function planAnnotations(findings, options = {}) {
    const caps = { ...GITHUB_ANNOTATION_CAPS, ...options.caps };
    const moreAt = options.moreAt ?? DEFAULT_MORE_AT;
    const plan = [];
    const omittedByLevel = new Map();
    let budget = Math.max(0, caps.total);
    for (const level of LEVELS) {
        const ofLevel = findings
            .filter((f) => f.severity === level)
            .map((finding) => ({ finding, tier: changeTier(finding, options.changedLines) }))
            .sort((a, b) => a.tier - b.tier || compareFindings(a.finding, b.finding));
        const keep = Math.min(ofLevel.length, Math.max(0, caps[level]), budget);
        budget -= keep;
        for (const { finding } of ofLevel.slice(0, keep))
            plan.push(toAnnotation(finding));
        if (ofLevel.length > keep)
            omittedByLevel.set(level, ofLevel.length - keep);
    }
    for (const [level, omitted] of omittedByLevel) {
        const target = findLast(plan, (a) => a.level === level) ?? plan[plan.length - 1];
        if (target === undefined)
            continue;
        target.message += `\n${overflowNote(level, omitted, moreAt)}`;
    }
    return plan;
}
function findLast(items, predicate) {
    for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (predicate(item))
            return item;
    }
    return undefined;
}
/** The finding's message with its suggested port, as the other reporters print it. */

function toAnnotation(finding) {
    // Control characters (ANSI escapes, CR, LF) from manifests become visible escapes; the note
    // appended later may add a real line break, which the workflow command encoding keeps. Fields are
    // cut first: GitHub truncates annotations anyway, and megabytes of text would only fill the log.
    return {
        level: finding.severity,
        file: sanitizeTerminal(clip_clip(finding.file, MAX_ANNOTATION_PATH)),
        line: Math.max(1, finding.line),
        column: Math.max(1, finding.column),
        title: annotationTitle(terminalRuleId(finding.ruleId)),
        message: sanitizeTerminal(findingText(finding)),
    };
}

;// CONCATENATED MODULE: ./src/report/github-commands.ts


/** One annotation as a workflow command line (no trailing newline). Every value is escaped. */
function formatAnnotationCommand(annotation) {
    const properties = [
        `file=${escapeWorkflowCommandProperty(annotation.file)}`,
        `line=${annotation.line}`,
        `col=${annotation.column}`,
        `title=${escapeWorkflowCommandProperty(annotation.title)}`,
    ].join(',');
    return `::${annotation.level} ${properties}::${escapeWorkflowCommandData(annotation.message)}`;
}
/**
 * The workflow commands for a scan, errors first, within GitHub's per-step caps (see
 * planAnnotations). Empty string when there is nothing to annotate; otherwise ends with a newline.
 */
function formatGithubCommands(result, options = {}) {
    return formatAnnotationCommands(planAnnotations(result.findings, options));
}
/** Planned annotations as workflow command lines, each ending with a newline. */
function formatAnnotationCommands(annotations) {
    return annotations.map((annotation) => `${formatAnnotationCommand(annotation)}\n`).join('');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts





/** Room for the comment marker and a margin below GitHub's 65,536-character comment limit. */
const COMMENT_BODY_MAX_LENGTH = 65_000;
/** GitHub's job summary limit is 1 MiB per step; stay a little under it. */
const SUMMARY_MAX_BYTES = 1_000_000;
const DEFAULT_OPEN_ROWS = 10;
const DEFAULT_MAX_ROWS = 1000;
const markdown_DEFAULT_MORE_AT = 'the job summary, the SARIF report or `portlint --format text`';
const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TABLE_HEAD = '| Severity | Port | IANA assignment | Location | Message |\n| --- | --- | --- | --- | --- |\n';
const MAX_SERVICES_SHOWN = 3;
function markdown_plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
function sortFindings(findings) {
    return [...findings].sort(bySeverity);
}
/** `968/tcp`, `3000-3005/tcp`, the variable as written when unresolved, else an em dash. */
function portCell(finding) {
    const declared = finding.declared;
    const protocol = finding.protocol ?? declared?.protocol;
    if (finding.port !== null) {
        const end = declared &&
            declared.port === finding.port &&
            declared.endPort !== null &&
            declared.endPort !== declared.port
            ? `-${declared.endPort}`
            : '';
        return escapeMarkdownCell(`${finding.port}${end}${protocol ? `/${protocol}` : ''}`);
    }
    if (declared?.raw)
        return escapeMarkdownCell(clip_clip(declared.raw, FIELD_LIMITS.name));
    return '—';
}
/** What IANA says: the assigned service names, or the status of the number. */
function ianaCell(info) {
    if (!info)
        return '—';
    switch (info.status) {
        case 'assigned': {
            const names = [...new Set(info.services.map((s) => s.name).filter((n) => n !== ''))];
            if (names.length === 0)
                return 'assigned';
            const shown = names
                .slice(0, MAX_SERVICES_SHOWN)
                .map((name) => escapeMarkdownCell(clip_clip(name, FIELD_LIMITS.name)))
                .join(', ');
            const more = names.length > MAX_SERVICES_SHOWN ? ` +${names.length - MAX_SERVICES_SHOWN} more` : '';
            return `${shown}${more}`;
        }
        case 'unassigned':
            return 'Unassigned';
        case 'reserved':
            return 'Reserved';
        case 'dynamic':
            return 'Dynamic range';
    }
}
/** Percent-encodes each path segment, parentheses too, so the URL cannot end a Markdown link early. */
function encodePath(file) {
    return file
        .split('/')
        .map((segment) => encodeURIComponent(segment).replace(/[()'*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function validSha(sha) {
    return sha !== undefined && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.toLowerCase() : undefined;
}
function validRepoUrl(url) {
    if (url === undefined)
        return undefined;
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            return undefined;
        // Only the characters a repository URL has, so it cannot break out of `(...)`.
        return /^[A-Za-z0-9._~:/-]+$/.test(url) ? url.replace(/\/+$/, '') : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Only a normalised path inside the repository becomes a link: `..`, `.` and empty segments,
 * absolute and drive-letter paths, backslashes and URL schemes could point the link elsewhere.
 */
function isRepositoryPath(file) {
    if (file === '' || file.length > FIELD_LIMITS.path)
        return false;
    if (file.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(file) || !file.isWellFormed())
        return false;
    return file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
function locationCell(finding, repoUrl, sha) {
    const text = escapeMarkdownCell(`${clip_clip(finding.file, FIELD_LIMITS.path)}:${finding.line}`);
    if (!repoUrl || !sha || !isRepositoryPath(finding.file))
        return text;
    return `[${text}](${repoUrl}/blob/${sha}/${encodePath(finding.file)}#L${Math.max(1, finding.line)})`;
}
/** A rule's id linked to its page; an id no rule could have (it came from a report) stays plain text. */
function ruleCell(ruleId) {
    const text = escapeMarkdownCell(clip_clip(ruleId, FIELD_LIMITS.ruleId));
    if (!/^[a-z0-9-]+$/.test(ruleId) || ruleId.length > FIELD_LIMITS.ruleId)
        return `(${text})`;
    return `([${text}](${ruleDocsUrl(ruleId)}))`;
}
/** Places of the same logical port (or a clash's other half) named in the message cell. */
const RELATED_SHOWN = 3;
function relatedLine(finding) {
    // Lines, as the Location column shows them: a `host:container` pair is one line.
    const related = [...new Set((finding.relatedLocations ?? []).map((r) => `${r.file}\0${r.line}`))];
    if (related.length === 0)
        return '';
    const shown = related.slice(0, RELATED_SHOWN).map((key) => {
        const [file, line] = key.split('\0');
        return escapeMarkdownCell(`${clip_clip(file, FIELD_LIMITS.path)}:${line}`);
    });
    const more = related.length > RELATED_SHOWN ? ` and ${related.length - RELATED_SHOWN} more` : '';
    return `<br>Also at ${shown.join(', ')}${more}`;
}
function row(finding, repoUrl, sha) {
    const cells = [
        `${SEVERITY_ICON[finding.severity]} ${finding.severity}`,
        portCell(finding),
        ianaCell(finding.declared?.info),
        locationCell(finding, repoUrl, sha),
        `${escapeMarkdownCell(findingText(finding))} ${ruleCell(finding.ruleId)}${relatedLine(finding)}`,
    ];
    return `| ${cells.join(' | ')} |\n`;
}
function heading(result, title) {
    const { errors, warnings, notices } = result.summary;
    const escapedTitle = escapeMarkdownText(clip_clip(title, FIELD_LIMITS.title));
    if (result.findings.length === 0)
        return `### ✅ ${escapedTitle}: no findings\n\n`;
    const icon = errors > 0 ? SEVERITY_ICON.error : warnings > 0 ? SEVERITY_ICON.warning : SEVERITY_ICON.notice;
    const counts = [
        markdown_plural(errors, 'error', 'errors'),
        markdown_plural(warnings, 'warning', 'warnings'),
        markdown_plural(notices, 'notice', 'notices'),
    ].join(', ');
    return `### ${icon} ${escapedTitle}: ${counts}\n\n`;
}
function countsTable(result) {
    const { errors, warnings, notices, ports, files } = result.summary;
    return ('| ❌ Errors | ⚠️ Warnings | ℹ️ Notices | Ports | Files |\n' +
        '| ---: | ---: | ---: | ---: | ---: |\n' +
        `| ${errors} | ${warnings} | ${notices} | ${ports} | ${files} |\n\n`);
}
function cleanBody(result) {
    const { ports, files } = result.summary;
    if (ports === 0)
        return `No declared ports found (${markdown_plural(files, 'file', 'files')} scanned).\n\n`;
    return `Checked ${markdown_plural(ports, 'declared port', 'declared ports')} in ${markdown_plural(files, 'file', 'files')}: nothing to report.\n\n`;
}
function footer(result, version, sha) {
    const parts = [
        `IANA registry updated ${escapeMarkdownText(clip_clip(result.registryUpdated, FIELD_LIMITS.date))}`,
        `portlint ${escapeMarkdownText(clip_clip(version, FIELD_LIMITS.version))}`,
    ];
    if (sha)
        parts.push(`commit ${sha.slice(0, 7)}`);
    return `<sub>${parts.join(' · ')}</sub>\n`;
}
/** Measures text against both limits as it is appended. */
class Budget {
    maxLength;
    maxBytes;
    length = 0;
    bytes = 0;
    constructor(maxLength, maxBytes) {
        this.maxLength = maxLength;
        this.maxBytes = maxBytes;
    }
    fits(text, reserve = 0) {
        return (this.length + text.length + reserve <= this.maxLength &&
            this.bytes + Buffer.byteLength(text, 'utf8') + reserve <= this.maxBytes);
    }
    take(text) {
        this.length += text.length;
        this.bytes += Buffer.byteLength(text, 'utf8');
        return text;
    }
    /** Whether a whole text, measured from scratch, is within both limits. */
    holds(text) {
        return text.length <= this.maxLength && Buffer.byteLength(text, 'utf8') <= this.maxBytes;
    }
}
function omittedNote(omitted, bySize, maxRows, moreAt) {
    const why = bySize ? "GitHub's size limit" : `the table lists at most ${maxRows}`;
    return (`> [!NOTE]\n> ${markdown_plural(omitted, 'more finding is', 'more findings are')} not listed here (${why}). ` +
        `See ${moreAt}.\n\n`);
}
/**
 * Renders a scan as GitHub-flavoured Markdown. Findings are sorted by severity, path and position;
 * the first `openRows` are shown, the rest folded into `<details>`; rows past `maxRows`, or that
 * would push the body over `maxLength`/`maxBytes`, are left out and a note says how many and where
 * to see them. Every field is cut to a bounded length, so the limits hold whatever the scan holds.
 */
function formatMarkdown(result, options) {
    const title = options.title ?? 'portlint';
    const sha = validSha(options.headSha);
    const repoUrl = validRepoUrl(options.repoUrl);
    const openRows = Math.max(0, options.openRows ?? DEFAULT_OPEN_ROWS);
    const maxRows = Math.max(0, options.maxRows ?? DEFAULT_MAX_ROWS);
    const moreAt = options.moreAt ?? markdown_DEFAULT_MORE_AT;
    const end = footer(result, options.version, sha);
    const budget = new Budget(options.maxLength ?? COMMENT_BODY_MAX_LENGTH, options.maxBytes ?? Number.MAX_SAFE_INTEGER);
    let body = budget.take(heading(result, title));
    if (result.findings.length === 0) {
        body += budget.take(cleanBody(result));
        return guard(body + end, budget, result);
    }
    body += budget.take(countsTable(result));
    const findings = sortFindings(result.findings);
    // Room for what follows the rows: the closing of the fold, the longest note and the footer.
    const reserve = Buffer.byteLength(end, 'utf8') +
        Buffer.byteLength(omittedNote(findings.length, false, maxRows, moreAt), 'utf8') +
        16;
    const foldOpen = `<details>\n<summary>${markdown_plural(findings.length - openRows, 'more finding', 'more findings')}</summary>\n\n`;
    const foldClose = '</details>\n\n';
    let shown = 0;
    let bySize = false;
    for (const [index, finding] of findings.entries()) {
        if (index >= maxRows)
            break;
        let prefix = '';
        if (index === openRows)
            prefix = `${index === 0 ? '' : '\n'}${foldOpen}${TABLE_HEAD}`;
        else if (index === 0)
            prefix = TABLE_HEAD;
        const text = prefix + row(finding, repoUrl, sha);
        const closing = index >= openRows ? foldClose.length : 0;
        if (!budget.fits(text, reserve + closing)) {
            bySize = true;
            break;
        }
        body += budget.take(text);
        shown++;
    }
    body += shown > openRows ? budget.take(`\n${foldClose}`) : budget.take('\n');
    const omitted = findings.length - shown;
    if (omitted > 0)
        body += budget.take(omittedNote(omitted, bySize, maxRows, moreAt));
    return guard(body + end, budget, result);
}
/** The last word on size: a body over a limit (only with tiny limits) gives way to a short one. */
function guard(body, budget, result) {
    if (budget.holds(body))
        return body;
    const short = `${heading(result, 'portlint')}The report is too large to show here.\n`;
    return budget.holds(short) ? short : '';
}

;// CONCATENATED MODULE: ./src/report/gitlab.ts




const SEVERITY = {
    error: 'major',
    warning: 'minor',
    notice: 'info',
};
function issue(finding, fingerprint, base) {
    return {
        type: 'issue',
        description: sanitizeTerminal(findingText(finding)),
        check_name: terminalRuleId(finding.ruleId),
        fingerprint,
        severity: SEVERITY[finding.severity],
        location: {
            path: rebasePath(finding.file, base).toWellFormed(),
            lines: { begin: Math.max(1, finding.line) },
        },
    };
}
/**
 * The report as a JSON array, one issue per finding in the scan's order. With a `base`, paths are
 * rebased onto its root (the repository root); without one they stay as the findings have them.
 */
function formatGitlab(result, base) {
    const fingerprints = uniqueFingerprints(result.findings, (finding) => rebasePath(finding.file, base));
    const issues = result.findings.map((finding, index) => issue(finding, fingerprints[index], base));
    return `${JSON.stringify(issues, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/rdjson.ts






const rdjson_SEVERITY = {
    error: 'ERROR',
    warning: 'WARNING',
    notice: 'INFO',
};
function rdjson_location(file, line, column) {
    return {
        path: file.toWellFormed(),
        range: { start: { line: Math.max(1, line), column: Math.max(1, column) } },
    };
}
function relatedLocation(related) {
    return {
        message: sanitizeTerminal(clip_clip(related.message, FIELD_LIMITS.message)),
        location: rdjson_location(related.file, related.line, related.column),
    };
}
function diagnostic(finding) {
    const related = (finding.relatedLocations ?? []).slice(0, MAX_RELATED_LOCATIONS);
    return {
        message: sanitizeTerminal(findingText(finding)),
        location: rdjson_location(finding.file, finding.line, finding.column),
        severity: rdjson_SEVERITY[finding.severity],
        code: { value: terminalRuleId(finding.ruleId), url: ruleDocsUrl(finding.ruleId) },
        ...(related.length ? { related_locations: related.map(relatedLocation) } : {}),
    };
}
/** The findings as an rdjson `DiagnosticResult`, in the scan's order. */
function formatRdjson(result) {
    const report = {
        source: { name: 'portlint', url: TOOL_INFORMATION_URI },
        diagnostics: result.findings.map(diagnostic),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/pipeline/report-root.ts
/**
 * The folder a report's paths are relative to for code scanning and GitLab: the repository root
 * when cwd is in a git work tree holding every scanned path, else the scanned root.
 */



function report_root_isInside(folder, parent) {
    const relative = external_node_path_default().relative(parent, folder);
    return (relative === '' ||
        (relative !== '..' && !relative.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(relative)));
}
/** A scanned path's folder: itself, or the folder of a file. */
function report_root_folderOf(absolute) {
    try {
        return external_node_fs_default().statSync(absolute).isDirectory() ? absolute : external_node_path_default().dirname(absolute);
    }
    catch {
        return external_node_path_default().dirname(absolute);
    }
}
/** The deepest folder holding every scanned path (each climb ends at the filesystem root). */
function scannedRoot(cwd, paths) {
    const folders = (paths.length ? paths : ['.']).map((p) => report_root_folderOf(external_node_path_default().resolve(cwd, p)));
    let common = folders[0];
    for (const folder of folders.slice(1)) {
        while (!report_root_isInside(folder, common) && external_node_path_default().dirname(common) !== common)
            common = external_node_path_default().dirname(common);
    }
    return common;
}
/** Absolute root of a scan's report paths: git's top level of cwd when it holds every scanned path. */
function reportRoot(cwd, paths) {
    const scanned = scannedRoot(cwd, paths);
    const top = gitTopLevel(cwd);
    return top !== undefined && report_root_isInside(scanned, top) ? top : scanned;
}

;// CONCATENATED MODULE: ./src/cli/args.ts





const FORMATS = [
    'stylish',
    'compact',
    'json',
    'sarif',
    'github',
    'markdown',
    'gitlab',
    'rdjson',
];
const VALUE_FLAGS = ['--format', '--fail-on', '--config', '--changed-since', '--new-from'];
const BOOLEAN_FLAGS = ['--help', '--version', '--color', '--no-color'];
const SHORT = {
    '-f': '--format',
    '-c': '--config',
    '-h': '--help',
    '-v': '--version',
};
const ALL_FLAGS = [...VALUE_FLAGS, ...BOOLEAN_FLAGS];
/** Strict argv parsing: unknown flags are refused with the nearest valid one. */
function parseArgs(argv) {
    const args = ownFields({ paths: [], format: 'stylish', help: false, version: false });
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if (token === '--') {
            args.paths.push(...argv.slice(i + 1));
            break;
        }
        if (!token.startsWith('-') || token === '-') {
            args.paths.push(token);
            continue;
        }
        const eq = token.indexOf('=');
        const short = own(SHORT, token);
        const flag = short ?? (eq > 0 ? token.slice(0, eq) : token);
        if (!ALL_FLAGS.includes(flag)) {
            throw new UsageError(`unknown option "${flag}"${didYouMean(flag, ALL_FLAGS)}`);
        }
        if (VALUE_FLAGS.includes(flag)) {
            const value = eq > 0 && !short ? token.slice(eq + 1) : argv[++i];
            if (value === undefined || value === '')
                throw new UsageError(`option "${flag}" needs a value`);
            setValue(args, flag, value);
            continue;
        }
        if (flag === '--help')
            args.help = true;
        else if (flag === '--version')
            args.version = true;
        else
            args.color = flag === '--color';
    }
    // --help and --version answer whatever else is given.
    if (!args.help && !args.version)
        assertOneScope(args);
    return args;
}
function setValue(args, flag, value) {
    if (flag === '--config') {
        args.config = value;
    }
    else if (flag === '--changed-since') {
        args.changedSince = value;
    }
    else if (flag === '--new-from') {
        args.newFrom = value;
    }
    else if (flag === '--format') {
        args.format = args_oneOf(value, FORMATS, flag);
    }
    else {
        args.failOn = args_oneOf(value, FAIL_ON_VALUES, flag);
    }
}
function args_oneOf(value, valid, flag) {
    if (isOneOf(value, valid))
        return value;
    throw new UsageError(`${flag} must be one of ${valid.join(', ')}, not "${value}"${didYouMean(value, valid)}`);
}
const USAGE = `Usage: portlint [paths...] [options]
       portlint explain <port>[/<protocol>] [--path <folder>] [--format text|json]
       portlint suggest [--near N] [--service NAME] [--protocol P] [--format text|json]

Find every port your manifests declare and check it against IANA's registry.

Commands:
  explain               what IANA says about a port, who uses it by convention, where this repository declares it
  suggest               a free port that passes every rule (see "portlint suggest --help")

Options:
  -f, --format <name>   stylish (default), compact, json, sarif, github, markdown,
                        gitlab (Code Quality report), rdjson (reviewdog)
      --fail-on <level> exit 1 when a finding is at least: error (default), warning, notice, never
  -c, --config <file>   config file (default: .portlint.yml or .portlint.yaml in the current folder)
      --changed-since <ref>
                        report only findings in files changed since a git ref (whole repo still scanned)
      --new-from <ref>  report only findings the tree at a git ref does not have (by rule, file and port)
      --color, --no-color
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 nothing reached --fail-on, 1 something did, 2 usage or config error.
`;

;// CONCATENATED MODULE: ./src/cli/explain.ts
/**
 * `portlint explain <port>[/<protocol>]`: what IANA says about one port (range, status, every
 * assignment with its description, notes, known unauthorized use), which software uses it by
 * convention, and where this repository declares it.
 */











const EXPLAIN_USAGE = `Usage: portlint explain <port>[/<protocol>] [options]

What IANA says about a port, which software uses it by convention, and where this repository
declares it. Without a protocol, tcp and udp are shown (sctp and dccp too when IANA lists them).

Options:
      --path <folder>   repository to look for declarations in (default: the current folder)
  -c, --config <file>   config file (default: .portlint.yml or .portlint.yaml)
  -f, --format <name>   text (default) or json
  -h, --help            show this help
`;
const SUBCOMMAND_FORMATS = ['text', 'json'];
/**
 * Strict flag parsing for a subcommand: `--flag value`, `--flag=value`, short aliases; an
 * unknown flag is refused with the nearest valid one.
 */
function parseSubcommandFlags(argv, spec) {
    const parsed = { values: new Map(), booleans: new Set(), positionals: [] };
    const all = [...spec.values, ...spec.booleans];
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if (token === '--') {
            parsed.positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!token.startsWith('-') || token === '-' || /^-\d/.test(token)) {
            parsed.positionals.push(token);
            continue;
        }
        const eq = token.indexOf('=');
        const short = own(spec.short, token);
        const flag = short ?? (eq > 0 ? token.slice(0, eq) : token);
        if (!all.includes(flag)) {
            throw new UsageError(`unknown option "${flag}" for "portlint ${spec.command}"${didYouMean(flag, all)}`);
        }
        if (spec.booleans.includes(flag)) {
            if (eq > 0 && !short)
                throw new UsageError(`option "${flag}" takes no value`);
            parsed.booleans.add(flag);
            continue;
        }
        const value = eq > 0 && !short ? token.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '')
            throw new UsageError(`option "${flag}" needs a value`);
        parsed.values.set(flag, value);
    }
    return parsed;
}
/** `--format`'s value, checked. */
function subcommandFormat(value) {
    if (value === undefined)
        return 'text';
    if (isOneOf(value, SUBCOMMAND_FORMATS))
        return value;
    throw new UsageError(`--format must be one of ${SUBCOMMAND_FORMATS.join(', ')}, not "${value}"${didYouMean(value, SUBCOMMAND_FORMATS)}`);
}
/** A protocol name as typed (any case), checked. */
function parseProtocol(value, what) {
    const lower = value.toLowerCase();
    if (isOneOf(lower, PROTOCOLS))
        return lower;
    throw new UsageError(`${what} must be one of ${PROTOCOLS.join(', ')}, not "${value}"${didYouMean(lower, PROTOCOLS)}`);
}
/** Scan the repository (config included) for its declarations, and the registry it is checked against. */
async function scanForSubcommand(io, path, configPath) {
    const paths = [path ?? '.'];
    const unusable = unusablePathsMessage(paths, io.cwd);
    if (unusable !== undefined)
        throw new UsageError(unusable);
    const outcome = await runScan({ cwd: io.cwd, paths, configPath, failOn: 'never' });
    return { outcome, registry: withOrganisationRegistry(loadRegistry(), outcome.config.registry) };
}
const EXPLAIN_FLAGS = {
    command: 'explain',
    values: ['--path', '--config', '--format'],
    booleans: ['--help'],
    short: { '-c': '--config', '-f': '--format', '-h': '--help' },
};
/** `<port>[/<protocol>]`: the port and the protocol, if one was given. */
function explain_parsePortSpec(text) {
    const match = /^(\d{1,5})(?:\/([A-Za-z]+))?$/.exec(text);
    const port = match ? Number(match[1]) : NaN;
    if (!match || port > 65535) {
        throw new UsageError(`"${text}" is not a port: expected a number from 0 to 65535, optionally followed by /tcp, /udp, /sctp or /dccp`);
    }
    return match[2] === undefined ? { port } : { port, protocol: parseProtocol(match[2], 'the protocol') };
}
/** Everything known about `port` on the given protocols (or the usual ones), from registry, table and scan. */
function explainPort(port, protocol, registry, declarations, label) {
    const uses = declarations.filter((p) => p.port !== null &&
        p.port <= port &&
        port <= (p.endPort !== null && p.endPort >= p.port ? p.endPort : p.port));
    const explained = PROTOCOLS.map((proto) => {
        const info = registry.lookup(port, proto);
        return {
            protocol: proto,
            status: info.status,
            block: info.block ?? null,
            services: info.services.map((s) => ({ name: s.name, description: s.description })),
            notes: info.notes,
            unauthorizedUse: info.unauthorizedUse ?? [],
            deFacto: deFactoUsers(port, proto).map((e) => ({ software: e.software, reference: e.reference })),
            declared: uses
                .filter((p) => p.protocol === proto)
                .map((p) => ({
                file: p.file,
                line: p.line,
                column: p.column,
                role: p.role,
                service: label(p),
                port: p.port,
                endPort: p.endPort ?? p.port,
            })),
        };
    });
    // Without a protocol: tcp and udp always, sctp and dccp when there is something to say.
    const shown = explained.filter((e) => protocol !== undefined
        ? e.protocol === protocol
        : e.protocol === 'tcp' ||
            e.protocol === 'udp' ||
            e.status === 'assigned' ||
            e.status === 'reserved' ||
            e.deFacto.length > 0 ||
            e.declared.length > 0);
    return {
        port,
        range: registry.lookup(port, 'tcp').range,
        registry: { updated: registry.updated },
        protocols: shown,
    };
}
const RANGE_TEXT = {
    system: "IANA's System Ports range 0-1023 (well-known: assigned through IETF review; binding needs privileges)",
    user: "IANA's User Ports range 1024-49151 (registered)",
    dynamic: "IANA's Dynamic Ports range 49152-65535 (never assigned; the kernel hands them to outgoing connections)",
};
const LINUX_EPHEMERAL = [32768, 60999];
/** The explanation as plain text; every string from the repository or the data is sanitized. */
function formatExplanation(e) {
    const safe = sanitizeTerminal;
    const lines = [`Port ${e.port} is in ${RANGE_TEXT[e.range]}.`];
    if (e.port >= LINUX_EPHEMERAL[0] && e.port <= LINUX_EPHEMERAL[1]) {
        lines.push(`It is also inside Linux's default ephemeral range ${LINUX_EPHEMERAL[0]}-${LINUX_EPHEMERAL[1]}, where outgoing connections take ports.`);
    }
    for (const p of e.protocols) {
        lines.push('');
        const block = p.block ? `, in IANA's block ${p.block.start}-${p.block.end}` : '';
        const status = p.status === 'dynamic' ? 'dynamic, never assigned' : p.status;
        lines.push(`${e.port}/${p.protocol}: ${status}${block}`);
        for (const s of p.services) {
            const name = s.name || '(no service name)';
            lines.push(`  ${safe(name)}${s.description && s.description !== s.name ? `: ${safe(s.description)}` : ''}`);
        }
        for (const note of p.notes)
            lines.push(`  IANA note: ${safe(note)}`);
        for (const use of p.unauthorizedUse)
            lines.push(`  Known unauthorized use: ${safe(use)}`);
        for (const d of p.deFacto)
            lines.push(`  De-facto use: ${safe(d.software)} (${safe(d.reference)})`);
        if (p.declared.length === 0) {
            lines.push('  Not declared in this repository.');
        }
        else {
            lines.push('  Declared in this repository:');
            for (const d of p.declared) {
                const range = d.endPort !== d.port ? ` (range ${d.port}-${d.endPort})` : '';
                lines.push(`    ${safe(d.file)}:${d.line}:${d.column} ${d.role} ${safe(d.service)}${range}`);
            }
        }
    }
    lines.push('', `IANA registry of ${e.registry.updated}.`);
    return `${lines.join('\n')}\n`;
}
/** Runs `portlint explain`; returns the exit code. Throws UsageError (exit 2) on bad input. */
async function runExplain(argv, io) {
    const flags = parseSubcommandFlags(argv, EXPLAIN_FLAGS);
    if (flags.booleans.has('--help')) {
        io.stdout(EXPLAIN_USAGE);
        return 0;
    }
    const format = subcommandFormat(flags.values.get('--format'));
    if (flags.positionals.length !== 1) {
        throw new UsageError(flags.positionals.length === 0
            ? 'explain needs a port, e.g. "portlint explain 8080" or "portlint explain 53/udp"'
            : `explain takes one port, not ${flags.positionals.length}: ${flags.positionals.join(' ')}`);
    }
    const { port, protocol } = explain_parsePortSpec(flags.positionals[0]);
    const { outcome, registry } = await scanForSubcommand(io, flags.values.get('--path'), flags.values.get('--config'));
    const matcher = createMatcher(outcome.config.services);
    const explanation = explainPort(port, protocol, registry, outcome.result.ports, (p) => matcher.identify(p).label);
    io.stdout(format === 'json' ? `${JSON.stringify(explanation, null, 2)}\n` : formatExplanation(explanation));
    return 0;
}

;// CONCATENATED MODULE: ./src/cli/suggest.ts
/**
 * `portlint suggest [--near N] [--service NAME] [--protocol P]`: a port that passes every rule,
 * for a service that has none yet. The same search as the suggestions on findings: the nearest
 * port IANA assigns to a service NAME matches, else the nearest unassigned registered port
 * outside the ephemeral ranges, unused in the repository and not in the allowlist.
 */












/** Where the search starts when neither --near nor a service with an IANA port says otherwise. */
const DEFAULT_NEAR = 8000;
const SUGGEST_USAGE = `Usage: portlint suggest [--near N] [--service NAME] [--protocol P] [options]

A port that passes every portlint rule: the nearest port IANA assigns to the service NAME names
(through the same aliases as the rules), else the nearest port that IANA leaves unassigned in
1024-32767, outside the ephemeral ranges, not declared anywhere in this repository and not in the
config's allowlist.

Options:
      --near <port>     search outward from this number (default: the service's IANA port, else ${DEFAULT_NEAR})
      --service <name>  what will listen there, e.g. postgres, grafana, redis
      --protocol <p>    tcp (default), udp, sctp or dccp
      --path <folder>   repository whose declarations to avoid (default: the current folder)
  -c, --config <file>   config file (default: .portlint.yml or .portlint.yaml)
  -f, --format <name>   text (default) or json
  -h, --help            show this help

Exit codes: 0 a port was found, 1 none was, 2 usage or config error.
`;
const SUGGEST_FLAGS = {
    command: 'suggest',
    values: ['--near', '--service', '--protocol', '--path', '--config', '--format'],
    booleans: ['--help'],
    short: { '-c': '--config', '-f': '--format', '-h': '--help' },
};
function parseNear(value) {
    const near = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!(near >= 1 && near <= 65535)) {
        throw new UsageError(`--near must be a port number from 1 to 65535, not "${value}"`);
    }
    return near;
}
/** Runs `portlint suggest`; returns the exit code. Throws UsageError (exit 2) on bad input. */
async function runSuggest(argv, io) {
    const flags = parseSubcommandFlags(argv, SUGGEST_FLAGS);
    if (flags.booleans.has('--help')) {
        io.stdout(SUGGEST_USAGE);
        return 0;
    }
    if (flags.positionals.length > 0) {
        throw new UsageError(`suggest takes no arguments, only options: ${flags.positionals.join(' ')} (did you mean --near or --service?)`);
    }
    const format = subcommandFormat(flags.values.get('--format'));
    const nearFlag = flags.values.get('--near');
    const near = nearFlag === undefined ? undefined : parseNear(nearFlag);
    const service = flags.values.get('--service');
    const protocolFlag = flags.values.get('--protocol');
    const protocol = protocolFlag === undefined ? 'tcp' : parseProtocol(protocolFlag, '--protocol');
    const { outcome, registry } = await scanForSubcommand(io, flags.values.get('--path'), flags.values.get('--config'));
    const { config, result } = outcome;
    const matcher = createMatcher(config.services);
    // The port the new service would declare, as a declaration of its own (in no file).
    const wanted = {
        file: '',
        line: 0,
        column: 0,
        port: near ?? DEFAULT_NEAR,
        endPort: near ?? DEFAULT_NEAR,
        protocol,
        role: 'listen',
        kind: 'compose',
        context: service === undefined ? {} : { service },
        raw: String(near ?? DEFAULT_NEAR),
    };
    if (service !== undefined)
        assertKnownService(service, wanted, { registry, matcher, config });
    if (near === undefined && service !== undefined) {
        const own = matchingServicePorts(wanted, registry, matcher)[0];
        if (own !== undefined)
            wanted.port = wanted.endPort = own;
    }
    const suggestion = suggestFor(wanted, {
        registry,
        matcher,
        usedPorts: indexPortUsage(result.ports),
        allowed: config.allow.map((entry) => [entry.port, entry.endPort]),
        ...suggesterRanges(ALL_RULES, config.ruleOptions),
    });
    if (suggestion === undefined) {
        io.stderr(`portlint: no free ${protocol} port found near ${wanted.port}\n`);
        return 1;
    }
    if (format === 'json') {
        io.stdout(`${JSON.stringify(suggestion, null, 2)}\n`);
        return 0;
    }
    const label = `${suggestion.port}/${suggestion.protocol}`;
    const why = suggestion.reason === 'service'
        ? `IANA assigns it to ${suggestion.services.map((s) => (s.description && s.description !== s.name ? `${s.name} (${s.description})` : s.name)).join(', ')}`
        : 'unassigned by IANA, outside the ephemeral ranges';
    const lines = [`${label}: ${why}; not declared in this repository and not allowlisted`];
    for (const entry of conventionalPorts(matcher.identify(wanted).tokens, protocol)) {
        lines.push(`note: ${entry.software} uses ${entry.port}/${entry.protocol} by convention (${entry.reference})`);
    }
    io.stdout(`${lines.map(sanitizeTerminal).join('\n')}\n`);
    return 0;
}
/** How many of the nearest known names an unknown --service is answered with. */
const MAX_SERVICE_SUGGESTIONS = 3;
/**
 * A --service that nothing knows (IANA, the alias data, the de-facto table, the config's
 * `services` and `registry`) would be answered as if none were given: refuse it, with the nearest known names.
 */
function assertKnownService(service, wanted, known) {
    const { registry, matcher, config } = known;
    if (own(config.services, service.toLowerCase()) !== undefined)
        return;
    if (matcher.serviceNames(wanted).some((name) => registry.hasService(name)))
        return;
    const tokens = matcher.identify(wanted).tokens;
    if (PROTOCOLS.some((protocol) => conventionalPorts(tokens, protocol).length > 0))
        return;
    const names = new Set([
        ...Object.keys(config.services),
        ...Object.keys(SERVICE_ALIASES),
        ...DE_FACTO_PORTS.flatMap((entry) => entry.tokens),
        ...registry.serviceNames(),
    ]);
    throw new UsageError(`unknown service "${service}"${suggestionsText(nearestWords(service, names, MAX_SERVICE_SUGGESTIONS))} ` +
        '(--service takes a name IANA, portlint or the config knows, such as postgres or grafana; ' +
        'leave it out for a service of your own)');
}
/** The de-facto entries that the service's tokens name, on the protocol: worth knowing about. */
function conventionalPorts(tokens, protocol) {
    const ports = [...new Set(DE_FACTO_PORTS.map((entry) => entry.port))];
    return ports
        .map((port) => findDeFactoPort(port, protocol, tokens))
        .filter((entry) => entry !== undefined);
}

;// CONCATENATED MODULE: ./src/cli/main.ts



















/** Subcommands, dispatched on the first argument; each parses its own flags. */
const SUBCOMMANDS = {
    explain: runExplain,
    suggest: runSuggest,
};
/** argv -> scan -> formatted output; returns the exit code (0 clean, 1 fail-on reached, 2 usage/config). */
async function runCli(argv, io) {
    const subcommand = argv[0] !== undefined && Object.hasOwn(SUBCOMMANDS, argv[0]) ? argv[0] : undefined;
    try {
        if (subcommand)
            return await SUBCOMMANDS[subcommand](argv.slice(1), io);
        assertNotMistypedSubcommand(argv[0], io.cwd);
        const args = parseArgs(argv);
        if (args.help) {
            io.stdout(USAGE);
            return 0;
        }
        if (args.version) {
            io.stdout(`${version/* VERSION */.x}\n`);
            return 0;
        }
        const paths = scannablePaths(args.paths, io.cwd);
        const outcome = await runScan({
            cwd: io.cwd,
            paths,
            configPath: args.config,
            failOn: args.failOn,
            changedSince: args.changedSince,
            newFrom: args.newFrom,
        });
        io.stdout(render(outcome, args, io));
        return outcome.failed ? 1 : 0;
    }
    catch (error) {
        if (error instanceof PortlintError) {
            for (const line of messageLines(error))
                io.stderr(`portlint: ${sanitizeTerminal(line)}\n`);
            if (error instanceof UsageError)
                io.stderr(`Run "portlint ${subcommand ? `${subcommand} ` : ''}--help" for usage.\n`);
            return error.exitCode;
        }
        throw error;
    }
}
/** `portlint explian 968`: a first argument that is no path but close to a subcommand is its typo. */
function assertNotMistypedSubcommand(first, cwd) {
    if (first === undefined || first.startsWith('-') || isPresent(external_node_path_default().resolve(cwd, first)))
        return;
    const meant = closest(first, Object.keys(SUBCOMMANDS));
    if (meant !== undefined)
        throw new UsageError(`unknown command "${first}"${suggestionText(meant)}`);
}
/** Whether anything is at `absolute`, a dangling link included: then it is a path to scan. */
function isPresent(absolute) {
    try {
        return external_node_fs_default().lstatSync(absolute, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return true; // there, but not ours to look at (EACCES): the path check says so
    }
}
/** A config's errors one a line; any other message on one line (a newline in it is escaped). */
function messageLines(error) {
    return error instanceof ConfigError ? error.problems : [error.message];
}
function render(outcome, args, io) {
    switch (args.format) {
        case 'json':
            return formatJson(outcome.result, outcome.version);
        case 'compact':
            return formatCompact(outcome.result);
        case 'sarif':
            return formatSarif(outcome.result, { version: outcome.version, base: reportBase(args, io) });
        case 'github':
            return formatGithubCommands(outcome.result);
        case 'markdown':
            return formatMarkdown(outcome.result, { version: outcome.version });
        case 'gitlab':
            return formatGitlab(outcome.result, reportBase(args, io));
        case 'rdjson':
            return formatRdjson(outcome.result);
        default:
            return formatStylish(outcome.result, { color: args.color ?? wantsColor(io) });
    }
}
/**
 * Findings' paths are relative to cwd; SARIF and GitLab want them relative to the repository root.
 * Asked only for those formats: finding git's top level costs a process.
 */
function reportBase(args, io) {
    return { cwd: io.cwd, root: reportRoot(io.cwd, args.paths) };
}
function wantsColor(io) {
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    if (io.env.FORCE_COLOR !== undefined)
        return io.env.FORCE_COLOR !== '0';
    return io.isTTY;
}

;// CONCATENATED MODULE: ./src/cli/start.ts


/**
 * The CLI proper, loaded by src/cli.ts once it knows there is more to do than print the version.
 * It never imports @actions/github: it starts fast and needs no token. A parse worker runs the
 * same entry (see scan-parallel.ts): it parses, and does nothing else.
 */
async function start(entry) {
    if (isParseWorker()) {
        runParseWorker();
        return;
    }
    enableParseWorkers(entry);
    try {
        process.exitCode = await runCli(process.argv.slice(2), {
            cwd: process.cwd(),
            stdout: (text) => process.stdout.write(text),
            stderr: (text) => process.stderr.write(text),
            isTTY: Boolean(process.stdout.isTTY),
            env: process.env,
        });
    }
    catch (error) {
        process.stderr.write(`portlint: internal error: ${error.stack ?? error}\n`);
        process.exitCode = 3;
    }
}


/***/ })

};
