export const id = 639;
export const ids = [639,311];
export const modules = {

/***/ 6639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan),
  scannablePaths: () => (/* binding */ scannablePaths)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/discover/safe-read.ts
var safe_read = __webpack_require__(8979);
// EXTERNAL MODULE: ./src/discover/read-file.ts
var read_file = __webpack_require__(6350);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/rules/index.ts + 17 modules
var rules = __webpack_require__(248);
// EXTERNAL MODULE: ./src/policy/closest.ts
var closest = __webpack_require__(2081);
// EXTERNAL MODULE: ./src/dictionary.ts
var dictionary = __webpack_require__(2687);
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

// EXTERNAL MODULE: ./src/policy/gate.ts
var gate = __webpack_require__(5375);
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
    return (0,dictionary/* ownFields */.EE)({
        include: [],
        exclude: [],
        ruleSeverities: (0,dictionary/* dictionary */.zz)(),
        ruleOptions: (0,dictionary/* dictionary */.zz)(),
        allow: [],
        services: (0,dictionary/* dictionary */.zz)(),
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
    const root = (0,safe_read/* realFolder */.PX)(explicitPath === undefined ? cwd : absolute);
    const read = (0,safe_read/* readRegularFile */.XF)(absolute, [root], MAX_CONFIG_BYTES);
    if ('refused' in read) {
        const { refused } = read;
        const why = refused.why === 'unreadable'
            ? refused.code
            : refused.why === 'folder'
                ? 'EISDIR'
                : refused.why === 'outside-root'
                    ? 'it resolves outside the folder it was found in; not read'
                    : (0,read_file/* describeRefusal */.a2)(refused, 'a config file');
        throw new errors/* ConfigError */.xL(`${file}: cannot read the config file (${why})`);
    }
    const text = read.bytes.toString('utf8');
    return parseConfig(text, external_node_path_default().relative(cwd, absolute).split((external_node_path_default()).sep).join('/') || file);
}
/** Parse and validate config text; `file` only names it in errors, all of which come in one ConfigError. */
function parseConfig(text, file) {
    // Length in UTF-16 units bounds the bytes from below, and is free: parse nothing oversized.
    if (text.length > MAX_CONFIG_BYTES || Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES)
        throw new errors/* ConfigError */.xL(`${file}: the config file is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB`);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const problems = new ConfigProblems(file, lineCounter);
    // A broken file's structure is a guess: say what is broken, not what the guess lacks.
    for (const error of doc.errors)
        problems.noteAt(error.pos[0], error.message.split('\n')[0]);
    problems.throwIfAny();
    const config = (0,dictionary/* ownFields */.EE)({ ...emptyConfig(), file });
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
                    config.failOn = oneOf(value, gate/* FAIL_ON_VALUES */.Qm, 'fail-on', p);
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
        throw new errors/* ConfigError */.xL(lines);
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
    return `unknown ${what} "${key}"${(0,closest/* didYouMean */.au)(key, valid)} (valid: ${valid.join(', ')})`;
}
function keyOf(node, p) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return p.fail(node, 'keys must be plain strings');
    return node.value;
}
function oneOf(node, valid, key, p) {
    const value = (0,dist/* isScalar */.jn)(node) ? String(node.value) : undefined;
    if (value !== undefined && (0,closest/* isOneOf */.EK)(value, valid))
        return value;
    const suggestion = value ? (0,closest/* didYouMean */.au)(value, valid) : '';
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
    const rule = (0,rules/* ruleById */.BD)(id);
    if (!rule)
        return p.fail(pair.key, unknownKey(id, rules/* ALL_RULES */.Uj.map((r) => r.id), 'rule'));
    const value = pair.value;
    if ((0,dist/* isScalar */.jn)(value)) {
        config.ruleSeverities[id] = oneOf(value, SEVERITIES, `rules.${id}`, p);
        return;
    }
    if (!(0,dist/* isMap */.jh)(value))
        return p.fail(value, `"rules.${id}" must be a severity or a mapping`);
    const schemas = new Map(Object.entries(rule.options ?? {}));
    const allowed = ['severity', ...schemas.keys()];
    const options = (0,dictionary/* dictionary */.zz)();
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
    const entry = (0,dictionary/* ownFields */.EE)({ port: 0, endPort: 0, reason: reasonText });
    const field = (name, read) => {
        if (fields.has(name))
            attempt(() => read(fields.get(name)));
    };
    field('port', (value) => ([entry.port, entry.endPort] = readPortOrRange(value, 'allow.port', p)));
    field('protocol', (value) => (entry.protocol = oneOf(value, types/* PROTOCOLS */.yv, 'allow.protocol', p)));
    field('paths', (value) => (entry.paths = globList(value, 'allow.paths', p)));
    field('services', (value) => (entry.services = stringList(value, 'allow.services', p)));
    field('rules', (value) => {
        const ids = rules/* ALL_RULES */.Uj.map((r) => r.id);
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
                const meant = (0,closest/* closest */.kp)(key, valid);
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
    const services = (0,dictionary/* dictionary */.zz)();
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
        attempt(() => (protocol = oneOf(fields.get('protocol'), types/* PROTOCOLS */.yv, 'registry.protocol', p)));
    if (p.found > errorsBefore)
        throw new AbandonEntry();
    const entry = (0,dictionary/* ownFields */.EE)({ port, protocol, service: serviceName });
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

// EXTERNAL MODULE: ./src/rules/finding-order.ts
var finding_order = __webpack_require__(4127);
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
    return kept.sort(finding_order/* compareFindings */.Eg);
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
    if (item.severity && (!entry.severity || finding_order/* SEVERITY_RANK */.f3[item.severity] > finding_order/* SEVERITY_RANK */.f3[entry.severity])) {
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

// EXTERNAL MODULE: ./src/rules/logical-merge.ts
var logical_merge = __webpack_require__(7177);
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

// EXTERNAL MODULE: ./src/rules/suppression-rules.ts
var suppression_rules = __webpack_require__(3810);
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
const UNSUPPRESSIBLE = new Set(rules/* ALL_RULES */.Uj.filter((rule) => rule.suppressible === false).map((rule) => rule.id));
// ---------------------------------------------------------------------------------------------
// Reading the directives
const SUPPRESSIBLE_IDS = () => rules/* ALL_RULES */.Uj.map((r) => r.id).filter((id) => !UNSUPPRESSIBLE.has(id));
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
        const suggestion = (0,closest/* closest */.kp)(word, valid);
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
        problem(start, suppression_rules/* suppressionMessage */.tx.invalid('unknownDirective', {
            directive,
            didYouMean: (0,closest/* suggestionText */._T)(suggestion),
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
            problem(id.offset, suppression_rules/* suppressionMessage */.tx.invalid('tooManyRuleIds', { max: MAX_RULE_IDS, directive }));
            break;
        }
        if (id.text.toLowerCase() === 'expires') {
            problem(id.offset, suppression_rules/* suppressionMessage */.tx.invalid('expiryBeforeSeparator', { directive }));
            usable = false;
            break;
        }
        if (UNSUPPRESSIBLE.has(id.text)) {
            problem(id.offset, suppression_rules/* suppressionMessage */.tx.invalid('notSuppressible', { rule: id.text }));
        }
        else if (!known.includes(id.text)) {
            const suggestion = suggest(id.text, known);
            problem(id.offset, suppression_rules/* suppressionMessage */.tx.invalid('unknownRule', {
                rule: id.text,
                directive,
                didYouMean: (0,closest/* suggestionText */._T)(suggestion),
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
                ? suppression_rules/* suppressionMessage */.tx.invalid('invalidExpiryDate', { date })
                : suppression_rules/* suppressionMessage */.tx.invalid('expiryWithoutDate', {}));
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
        const severity = (0,rules/* ruleSeverity */.uK)(ruleId, options.severities);
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
                report('expired-suppression', file, suppression, suppression_rules/* suppressionMessage */.tx.expired('expired', { date: suppression.expires, reason }));
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
                report('unused-suppression', file, suppression, suppression_rules/* suppressionMessage */.tx.unused('suppressesNothing', { directive }));
            }
            continue;
        }
        const unused = rules.filter((id) => !usedRules.has(id));
        if (unused.length) {
            const data = { directive, rules: unused.join(', ') };
            report('unused-suppression', file, suppression, suppression_rules/* suppressionMessage */.tx.unused('rulesSuppressNothing', data));
        }
    }
    return [...kept, ...added].sort(finding_order/* compareFindings */.Eg);
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
    throw new errors/* UsageError */.eb('--changed-since and --new-from cannot be used together: they pick the findings to report two different ways ' +
        '(those in files changed since a ref, or those the tree at a ref does not have); use one');
}

// EXTERNAL MODULE: ./src/policy/git.ts
var git = __webpack_require__(8710);
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
        result = onlyInFiles(result, (0,git/* changedFilesSince */.OM)(request.cwd, request.changedSince));
    if (request.changedFiles !== undefined)
        result = onlyInFiles(result, new Set(request.changedFiles));
    const failOn = request.failOn ?? config.failOn ?? gate/* DEFAULT_FAIL_ON */.VQ;
    return { result, failOn, failed: (0,gate/* reachesFailOn */.n9)(result, failOn) };
}
/** Everything but scope and the gate: what a tree reports under this config. */
function applyConfig(raw, config, today) {
    const severities = config.ruleSeverities;
    const suppressed = applySuppressions(raw.result.findings, raw.suppressions, { today, severities });
    const severityOf = (id) => (0,rules/* ruleSeverity */.uK)(id, severities);
    const findings = capFindingsPerFile((0,logical_merge/* foldUnauthorizedUse */.ju)(suppressed), raw.unreported, severityOf);
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
    const base = (0,git/* checkoutBaseTree */.Gs)(request.cwd, ref);
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
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

// EXTERNAL MODULE: ./src/discover/report-path.ts
var report_path = __webpack_require__(4405);
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
        roots: options.roots ?? givenPaths.map((p) => (0,safe_read/* realFolder */.PX)(external_node_path_default().resolve(cwd, p))),
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
            candidates.set((0,report_path/* toReportPath */.T)(cwd, absolute), absolute);
        else if (stat.isDirectory()) {
            for (const file of listFolder(absolute, walkContext))
                candidates.set((0,report_path/* toReportPath */.T)(cwd, file), file);
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
        const reportPath = (0,report_path/* toReportPath */.T)(options.cwd, absolute);
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
            ? (0,safe_read/* readRegularFile */.XF)(external_node_path_default().join(folder, '.gitignore'), context.roots, MAX_GITIGNORE_BYTES)
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
        if (!(0,safe_read/* isInsideRoots */.oW)(external_node_fs_default().realpathSync.native(link), context.roots)) {
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

// EXTERNAL MODULE: ./src/parsers/variables.ts
var variables = __webpack_require__(6697);
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
    const { value: expanded, unresolved } = (0,variables/* interpolate */.GW)(value, values);
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
    const expanded = spec.includes('$') ? (0,variables/* expand */.fT)(spec, values) : undefined;
    if (!expanded || expanded.unresolved.length > 0)
        return parseSpec(spec, spec, (text) => (0,variables/* interpolate */.GW)(text, values));
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
    const slashParts = (0,variables/* splitOutsideBraces */.oE)(spec, '/');
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
    const parts = (0,variables/* splitOutsideBraces */.oE)(rest.text, ':').map((s) => ({
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
    return rangeOf(segment, (text) => (0,variables/* interpolate */.GW)(text, values));
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
    const expanded = entry.literal ? { value: entry.text, unresolved: [] } : (0,variables/* interpolate */.GW)(entry.text, values);
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
    const text = (0,variables/* interpolate */.GW)(written.trim(), values).value;
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
    loads.extends.push({ file, service: (0,variables/* interpolate */.GW)(extended, values).value, as: name });
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
                context.image = (0,variables/* interpolate */.GW)(image, values).value;
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
    const resolvedContext = (0,variables/* interpolate */.GW)(contextText, values).value;
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
    const known = protocolText ? protocolOf((0,variables/* interpolate */.GW)(protocolText, values).value.trim()) : 'tcp';
    // As in the short syntax: an unknown protocol is an invalid-port finding, and the port is read as tcp.
    const protocol = known ?? 'tcp';
    if (!known && protocolNode) {
        pushProblem(scope, { ruleId: 'invalid-port', messageId: 'composeUnknownProtocol', data: { protocol: protocolText } }, nodePosition(scope.source, protocolNode));
    }
    const hostIpText = scalarString(mapGet(doc, node, 'host_ip'));
    const hostIp = hostIpText ? (0,variables/* interpolate */.GW)(hostIpText, values).value : undefined;
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
        (0,types/* addFacts */.vo)(declared, 'compose', { buildContext: scope.buildContext });
    if (scope.buildDockerfile)
        (0,types/* addFacts */.vo)(declared, 'compose', { buildDockerfile: scope.buildDockerfile });
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
const MAX_NESTING = 8;
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
                (0,types/* addFacts */.vo)(port, 'dockerfile', { inFinalImage: true });
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
    const bare = variables/* VARIABLE_NAME */.nN.exec(text.slice(start + 1));
    if (bare)
        return resolved(bare[0], lookup(bare[0]), start + 1 + bare[0].length, text.slice(start, start + 1 + bare[0].length));
    if (text[start + 1] !== '{')
        return { text: '$', unresolved: [], end: start + 1 };
    // An unclosed `${` runs to the end of the text.
    const closing = (0,variables/* matchingBrace */.zL)(text, start + 2, escape);
    const close = closing < 0 ? text.length : closing;
    const written = text.slice(start, close + 1);
    const body = text.slice(start + 2, close);
    const end = close + 1;
    const parts = (0,variables/* readBracedBody */.Et)(body);
    if (!parts) {
        // `${#VAR}`, `${VAR%x}`, `${VAR/x/y}`...: not modelled, so not a value we can vouch for.
        const name = /^[#]?([A-Za-z_][A-Za-z0-9_]*)/.exec(body)?.[1] ?? body;
        return { text: written, unresolved: [name], end };
    }
    const { name, operator, argument = '' } = parts;
    const value = lookup(name);
    const alternative = () => {
        if (depth >= MAX_NESTING)
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
    return kind === undefined || kind === '' || kind.endsWith('List') || (0,dictionary/* own */.ZV)(KIND_GROUPS, kind) !== undefined;
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
        const groups = (0,dictionary/* own */.ZV)(KIND_GROUPS, kind);
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
        const templatePath = (0,dictionary/* own */.ZV)(POD_TEMPLATE_PATH, kind);
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
        if (PLACEHOLDER.test(text))
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
const PLACEHOLDER = /^[A-Z][A-Z0-9_]*$/;
/** A variable standing for the whole value: Kubernetes `$(NAME)`, or shell `${NAME}` / `$NAME` (envsubst). */
function readVariable(text) {
    const kubernetes = KUBERNETES_VARIABLE.exec(text);
    if (kubernetes)
        return { name: kubernetes[1] };
    const shell = (0,variables/* parseVariable */.mO)(text);
    if (!shell)
        return undefined;
    const value = (0,variables/* resolveVariable */.FL)(shell, new Map());
    return value === undefined ? { name: shell.name } : { name: shell.name, value };
}
function withPortName(doc, entry, context) {
    const portName = scalarString(mapGet(doc, entry, 'name'));
    return portName ? { ...context, portName } : context;
}
/** Labels and selectors: string keys to scalar values. */
function stringMap(doc, node) {
    const out = (0,dictionary/* dictionary */.zz)();
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
    const containers = ports.filter((p) => p.role === 'container' && p.speaks && (0,types/* factsOf */.xS)(p, 'kubernetes')?.podLabels);
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
        const selector = target && (0,types/* factsOf */.xS)(target, 'kubernetes')?.selector;
        if (!selector || Object.keys(selector).length === 0)
            continue;
        const match = containers.find((c) => (c.context.namespace ?? 'default') === (target.context.namespace ?? 'default') &&
            c.protocol === target.protocol &&
            (target.portRef !== undefined ? c.context.portName === target.portRef : c.port === target.port) &&
            (0,types/* selects */.ko)(selector, (0,types/* factsOf */.xS)(c, 'kubernetes')?.podLabels));
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
        (0,types/* addFacts */.vo)(port, 'helm-values', { chart: name });
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
        if (mode === 'lenient' && parsePortNumber(raw) === undefined && !(0,variables/* parseVariable */.mO)(raw))
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
    const segments = (0,variables/* splitOutsideBraces */.oE)(value, ':');
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
        const ref = (0,variables/* parseVariable */.mO)(current.trim(), { springDefaults: true });
        if (!ref || !current.trim().startsWith('${'))
            return { value: current };
        firstName ??= ref.name;
        const own = values.get(canonicalName(ref.name));
        const next = (0,variables/* resolveVariable */.FL)(ref, new Map(own === undefined ? [] : [[ref.name, own]]));
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
    const root = (0,dictionary/* dictionary */.zz)();
    for (const location of locations) {
        let node = root;
        const { path } = location;
        let ok = path.length > 0;
        for (let i = 0; i < path.length - 1 && ok; i++) {
            const segment = path[i];
            let child = childOf(node, segment);
            if (child === undefined) {
                child = typeof path[i + 1] === 'number' ? [] : (0,dictionary/* dictionary */.zz)();
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
    return (typeof value === 'string' && protocolOf(value, types/* PROTOCOLS */.yv)) || 'tcp';
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
    const out = (0,dictionary/* dictionary */.zz)();
    for (const [key, value] of expression.entries) {
        if (value.kind === 'string' || value.kind === 'number')
            out[key] = String(value.kind === 'string' ? value.value : value.raw);
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
function terraform_toProtocol(name) {
    return name === undefined ? undefined : protocolOf(name, types/* PROTOCOLS */.yv);
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
    return (0,dictionary/* own */.ZV)(byNumber, text) ?? terraform_toProtocol(text);
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
        const variable = (0,variables/* parseVariable */.mO)(portText);
        if (variable) {
            const resolved = (0,variables/* resolveVariable */.FL)(variable, new Map());
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
    if ((0,variables/* parseVariable */.mO)(value) || /^\d+(-\d+)?$/.test(value))
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/classify/identity.ts
var classify_identity = __webpack_require__(6230);
;// CONCATENATED MODULE: ./src/pipeline/parse-file.ts










/**
 * The per-file step of a scan: read the file, settle its kind, parse it and read its suppressions
 * from the comments its parser hands over.
 * Never throws: an unreadable file is a `skipped-file` notice, a parser crash a `parse-error`.
 */
function parse_file_createFileParser(context) {
    const { cwd, roots } = context;
    const foldersOf = createFolderNamer();
    // `../api/Dockerfile` from the cwd `api` is `Dockerfile`: links compare paths as discovery writes them.
    const canonical = (relative) => (0,report_path/* toReportPath */.T)(cwd, external_node_path_default().resolve(cwd, relative));
    // Several Compose files of one folder share its .env: read it once per scan.
    const siblings = new Map();
    const readSibling = (relative) => {
        if (!siblings.has(relative)) {
            const read = (0,read_file/* readManifest */.WI)(external_node_path_default().resolve(cwd, relative), roots);
            siblings.set(relative, 'text' in read ? read.text : undefined);
        }
        return siblings.get(relative);
    };
    return (found) => {
        const outcome = { ports: [], diagnostics: [] };
        const read = (0,read_file/* readManifest */.WI)(found.absolutePath, roots);
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
            for (let depth = 0; depth < classify_identity/* FOLDER_DEPTH */.jU; depth++) {
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
    const compose = (0,types/* factsOf */.xS)(port, 'compose');
    if (compose?.buildContext !== undefined)
        (0,types/* addFacts */.vo)(port, 'compose', { buildContext: canonical(compose.buildContext) });
    if (compose?.buildDockerfile !== undefined)
        (0,types/* addFacts */.vo)(port, 'compose', { buildDockerfile: canonical(compose.buildDockerfile) });
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
    return !isMainThread && workerData?.[WORKER_MARK] === true;
}
/**
 * Read and parse every discovered file; outcomes in the order of `files`. Uses worker threads when
 * they are enabled, the machine has a spare core and there are enough files.
 */
function parseDiscovered(files, context, options = {}) {
    const parseOnce = parse_file_createFileParser(context);
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
    const { files, context, shared, port } = workerData;
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

// EXTERNAL MODULE: ./src/registry/registry.ts + 1 modules
var registry_registry = __webpack_require__(4181);
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

// EXTERNAL MODULE: ./src/classify/match.ts
var match = __webpack_require__(4515);
// EXTERNAL MODULE: ./src/classify/de-facto-ports.ts
var de_facto_ports = __webpack_require__(6604);
// EXTERNAL MODULE: ./src/link/compose-projects.ts
var compose_projects = __webpack_require__(9911);
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
    const whole = new Set([c.service, c.container, c.name, c.portName, c.image && (0,match/* imageRepository */.an)(c.image).split('/').pop()]
        .filter((name) => typeof name === 'string' && name !== '')
        .map((name) => name.toLowerCase()));
    const tokens = new Set(matcher.identify(declared).tokens);
    return new Set(matcher.serviceNames(declared).filter((name) => !tokens.has(name) || whole.has(name)));
}
function serviceSuggestion(declared, near, options) {
    const { registry, matcher } = options;
    // Never from the registered range down into the well-known one: binding there needs privileges,
    // and a port such as 2222 for sshd or 5354 for DNS exists to stay off the host's own 22 or 53.
    const floor = near > registry_registry/* SYSTEM_PORTS_END */.R0 ? registry_registry/* SYSTEM_PORTS_END */.R0 + 1 : 0;
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
    const key = port * types/* PROTOCOLS */.yv.length + types/* PROTOCOLS */.yv.indexOf(protocol);
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
        if ((0,de_facto_ports/* isDeFactoPort */.Mk)(port, p))
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
                return holder !== undefined && holder !== asking && !(0,compose_projects/* sameServiceInAnotherFile */._)(holder, asking);
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

// EXTERNAL MODULE: ./src/rules/format.ts
var format = __webpack_require__(9700);
;// CONCATENATED MODULE: ./src/rules/messages.ts


/** The wording of a parser's diagnostic: its rule's template `messageId` with its data. */
function diagnosticMessage(diagnostic) {
    const { ruleId, messageId } = diagnostic;
    const messages = (0,rules/* ruleById */.BD)(ruleId)?.messages;
    const template = messages && Object.hasOwn(messages, messageId) ? messages[messageId] : undefined;
    if (template === undefined)
        throw new Error(`rule ${ruleId} has no message ${messageId}`);
    return (0,format/* formatMessage */.hw)(template, diagnostic.data);
}

// EXTERNAL MODULE: ./src/rules/options.ts
var options = __webpack_require__(1665);
;// CONCATENATED MODULE: ./src/rules/engine.ts






/** Run every enabled rule over the whole scan, add the parsers' findings, sort and dedupe. */
function runRules(input) {
    const severityOf = (id) => (0,rules/* ruleSeverity */.uK)(id, input.severities);
    const findings = [];
    const suggest = createPortSuggester({ ...input, ...(0,options/* suggesterRanges */.s)(rules/* ALL_RULES */.Uj, input.options) });
    const ownPorts = input.ports.filter((p) => p.role !== 'connect');
    for (const rule of rules/* ALL_RULES */.Uj) {
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
        for (const hit of (0,logical_merge/* mergeLogicalPorts */.u9)(hits)) {
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
    findings.sort(finding_order/* compareFindings */.Eg);
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.ruleId}\0${f.file}\0${f.line}\0${f.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./src/link/file-key.ts
var file_key = __webpack_require__(2810);
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
        const built = (0,types/* factsOf */.xS)(port, 'compose')?.buildDockerfile;
        if (!built || service === undefined)
            continue;
        const dockerfile = (0,file_key/* fileKey */.w)(built);
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
        const builders = byDockerfile.get((0,file_key/* fileKey */.w)(port.file));
        if (!builders)
            continue;
        const builtBy = [...builders.services].map(([service, image]) => image ? { service, image } : { service });
        (0,types/* addFacts */.vo)(port, 'dockerfile', { builtBy });
        // The Compose file now decides what this port is called: a change there changes its findings.
        (0,types/* addValueFrom */.bH)(port, builders.files);
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
        const selector = (0,types/* factsOf */.xS)(target, 'kubernetes')?.selector;
        if (!selector || Object.keys(selector).length === 0)
            continue;
        const namespace = target.context.namespace ?? 'default';
        const match = candidatesByName
            .get(target.portRef)
            ?.find((candidate) => (candidate.context.namespace ?? 'default') === namespace &&
            candidate.protocol === target.protocol &&
            (0,types/* selects */.ko)(selector, (0,types/* factsOf */.xS)(candidate, 'kubernetes')?.podLabels));
        if (!match)
            continue;
        target.port = match.port;
        target.endPort = match.endPort ?? match.port;
        (0,types/* addValueFrom */.bH)(target, [...(match.valueFrom ?? []), ...(match.file !== target.file ? [match.file] : [])]);
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
        list.sort(types/* byFilePosition */.$J);
    return index;
}

// EXTERNAL MODULE: ./src/link/env-ports.ts
var env_ports = __webpack_require__(4222);
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
        (0,types/* addValueFrom */.bH)(port, inside.map((app) => app.file));
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
        const compose = (0,types/* factsOf */.xS)(port, 'compose');
        if (port.kind !== 'compose' || port.context.image !== undefined || compose?.buildDockerfile !== undefined)
            continue;
        const entry = images.get(`${external_node_path_default().posix.dirname(port.file)}\0${port.context.service}`);
        if (!entry || entry.images.size !== 1)
            continue;
        (0,types/* addFacts */.vo)(port, 'compose', { siblingImage: [...entry.images][0] });
        (0,types/* addValueFrom */.bH)(port, entry.files);
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
    (0,env_ports/* relistenPublishedEnvPorts */.s)(ports);
    (0,compose_projects/* linkComposeProjects */.r)(ports, composeLoads);
}

// EXTERNAL MODULE: ./src/link/logical-ports.ts
var logical_ports = __webpack_require__(5570);
;// CONCATENATED MODULE: ./src/pipeline/scan.ts













/**
 * The pipeline: discover manifests -> parse each by kind -> link across files -> classify against
 * IANA -> apply the rules. Never throws for a bad manifest: that is a finding. Policy (suppressions,
 * allowlist, scope, the gate) is applied to what it returns by applyPolicy (src/policy/apply.ts).
 */
function scan(options) {
    const registry = withOrganisationRegistry((0,registry_registry/* loadRegistry */.Ag)(), options.organisationRegistry ?? []);
    const { files, ports, diagnostics, suppressions, unreported, reads, composeLoads } = parseAll(options);
    linkPorts(ports, composeLoads);
    const classified = classifyPorts(ports, registry);
    // On the classified copies, which the rules and the findings hold.
    (0,logical_ports/* linkLogicalPorts */.u)(classified);
    const findings = runRules({
        ports: classified,
        diagnostics,
        registry,
        matcher: (0,match/* createMatcher */.P7)(options.serviceAliases),
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
    const roots = (options.paths.length ? options.paths : ['.']).map((p) => (0,safe_read/* realFolder */.PX)(external_node_path_default().resolve(cwd, p)));
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
    const request = (0,dictionary/* ownFields */.EE)(given);
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
    const outcome = applyPolicy(scanAt(request.cwd), config, (0,dictionary/* ownFields */.EE)({ ...request, scanAt }));
    return { ...outcome, config, version: version.VERSION };
}
/** The paths a scan is asked for (`.` when none); one UsageError names each that cannot be scanned. */
function scannablePaths(paths, cwd) {
    const wanted = paths.length > 0 ? [...paths] : ['.'];
    const unusable = unusablePathsMessage(wanted, cwd);
    if (unusable !== undefined)
        throw new errors/* UsageError */.eb(unusable);
    return wanted;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VERSION: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a test. */
const VERSION = '1.0.0';


/***/ })

};
