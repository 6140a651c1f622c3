export const id = 334;
export const ids = [334];
export const modules = {

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RestGitHubApi: () => (/* binding */ RestGitHubApi)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9830);
/**
 * The few GitHub REST endpoints the action uses, over a Transport with retries and pagination.
 * Tests give a fake Transport (or a fake GitHubApi); production uses octokit-transport.ts.
 */


const PER_PAGE = 100;
/**
 * Bounds a listing even if the server keeps sending `next` links. A longer listing is an error, not
 * a shorter list: a comment missing from a cut listing would be posted a second time.
 */
const MAX_PAGES = 100;
const DEFAULT_API_BUDGET = Object.freeze({ listingMs: 120_000, runMs: 300_000 });
function repoPath(repo) {
    return `/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
}
function toComment(value) {
    if (!(0,_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(value) || typeof value['id'] !== 'number')
        return undefined;
    const comment = {
        id: value['id'],
        body: typeof value['body'] === 'string' ? value['body'] : '',
    };
    if (typeof value['html_url'] === 'string')
        comment.htmlUrl = value['html_url'];
    const user = value['user'];
    comment.author = (0,_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(user) && typeof user['login'] === 'string' ? user['login'] : '';
    return comment;
}
function toFile(value) {
    if (!(0,_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(value) || typeof value['filename'] !== 'string')
        return undefined;
    const file = {
        filename: value['filename'],
        status: typeof value['status'] === 'string' ? value['status'] : 'modified',
        changes: typeof value['changes'] === 'number' ? value['changes'] : 0,
    };
    if (typeof value['patch'] === 'string')
        file.patch = value['patch'];
    return file;
}
function expectComment(response, what) {
    const comment = toComment(response.data);
    if (!comment)
        throw new _http_js__WEBPACK_IMPORTED_MODULE_0__.GitHubApiError(`${what}: unexpected response`, response.status, false);
    return comment;
}
/** GitHubApi over a Transport: retries per request, follows `Link: rel="next"` on the API's origin only. */
class RestGitHubApi {
    transport;
    baseUrl;
    policy;
    env;
    budget;
    runDeadline;
    constructor(transport, 
    /** API base URL (GITHUB_API_URL); next-page links elsewhere are not followed (the token goes along). */
    baseUrl, policy = _http_js__WEBPACK_IMPORTED_MODULE_0__.DEFAULT_RETRY_POLICY, env = _http_js__WEBPACK_IMPORTED_MODULE_0__.realRetryEnvironment, budget = DEFAULT_API_BUDGET) {
        this.transport = transport;
        this.baseUrl = baseUrl;
        this.policy = policy;
        this.env = env;
        this.budget = budget;
        this.runDeadline = env.now() + budget.runMs;
    }
    send(request, options = {}) {
        const deadline = Math.min(options.deadline ?? Number.POSITIVE_INFINITY, this.runDeadline);
        return (0,_http_js__WEBPACK_IMPORTED_MODULE_0__.requestWithRetry)(this.transport, request, this.policy, this.env, { ...options, deadline });
    }
    async listAll(firstUrl, convert) {
        const items = [];
        const origin = new URL(this.baseUrl).origin;
        const deadline = this.env.now() + this.budget.listingMs;
        let url = firstUrl;
        for (let page = 0; url !== undefined; page++) {
            if (page === MAX_PAGES) {
                const listing = firstUrl.replace(/\?.*$/, '');
                throw new _http_js__WEBPACK_IMPORTED_MODULE_0__.GitHubApiError(`GET ${listing}: more than ${MAX_PAGES} pages`, undefined, false);
            }
            const response = await this.send({ method: 'GET', url }, { deadline });
            if (!Array.isArray(response.data)) {
                throw new _http_js__WEBPACK_IMPORTED_MODULE_0__.GitHubApiError(`GET ${firstUrl}: expected a list`, response.status, false);
            }
            for (const raw of response.data) {
                const item = convert(raw);
                if (item !== undefined)
                    items.push(item);
            }
            const next = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__.nextPageUrl)(response.headers['link']);
            url = next !== undefined && new URL(next, this.baseUrl).origin === origin ? next : undefined;
        }
        return items;
    }
    listIssueComments(repo, issueNumber) {
        return this.listAll(`${repoPath(repo)}/issues/${issueNumber}/comments?per_page=${PER_PAGE}`, toComment);
    }
    async createIssueComment(repo, issueNumber, body) {
        const response = await this.send({
            method: 'POST',
            url: `${repoPath(repo)}/issues/${issueNumber}/comments`,
            body: { body },
        });
        return expectComment(response, 'create comment');
    }
    async updateIssueComment(repo, commentId, body) {
        const response = await this.send({
            method: 'PATCH',
            url: `${repoPath(repo)}/issues/comments/${commentId}`,
            body: { body },
        });
        return expectComment(response, 'update comment');
    }
    async deleteIssueComment(repo, commentId) {
        await this.send({ method: 'DELETE', url: `${repoPath(repo)}/issues/comments/${commentId}` });
    }
    listPullRequestFiles(repo, pullNumber) {
        return this.listAll(`${repoPath(repo)}/pulls/${pullNumber}/files?per_page=${PER_PAGE}`, toFile);
    }
    async getPullRequest(repo, pullNumber) {
        const response = await this.send({ method: 'GET', url: `${repoPath(repo)}/pulls/${pullNumber}` });
        const data = response.data;
        const head = (0,_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(data) ? data['head'] : undefined;
        if (!(0,_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(data) ||
            typeof data['number'] !== 'number' ||
            !(0,_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(head) ||
            typeof head['sha'] !== 'string') {
            throw new _http_js__WEBPACK_IMPORTED_MODULE_0__.GitHubApiError('get pull request: unexpected response', response.status, false);
        }
        return {
            number: data['number'],
            headSha: head['sha'],
            state: typeof data['state'] === 'string' ? data['state'] : '',
        };
    }
}


/***/ })

};
