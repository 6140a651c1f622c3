export const id = 7;
export const ids = [7];
export const modules = {

/***/ 2007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokitTransport: () => (/* binding */ createOctokitTransport)
/* harmony export */ });
/* harmony import */ var _dictionary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2687);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/**
 * The production Transport: Octokit from @actions/github, which brings the runner's proxy settings,
 * GHES base URLs and the token. The only module that imports @actions/github; the CLI never loads it.
 */


function lowerCaseHeaders(headers) {
    // Header names come from the server.
    const out = (0,_dictionary_js__WEBPACK_IMPORTED_MODULE_1__/* .dictionary */ .zz)();
    for (const [name, value] of Object.entries(headers))
        out[name.toLowerCase()] = value === undefined ? undefined : String(value);
    return out;
}
/** A Transport that sends through Octokit; HTTP errors become responses, so retries decide. */
function createOctokitTransport(token, baseUrl, userAgent) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl,
        userAgent,
        // Octokit's own logger would print deprecation notices for endpoints we do not control.
        log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    return async (request, signal) => {
        try {
            const response = await octokit.request({
                method: request.method,
                url: request.url,
                headers: { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
                ...(request.body !== undefined ? { data: request.body } : {}),
                request: { signal },
            });
            return { status: response.status, headers: lowerCaseHeaders(response.headers), data: response.data };
        }
        catch (error) {
            const response = error.response;
            if (response !== undefined) {
                return { status: response.status, headers: lowerCaseHeaders(response.headers), data: response.data };
            }
            // No response: a network error or the timeout. Octokit wraps the abort; keep its name visible.
            if (signal.aborted) {
                const timeout = new Error('request timed out');
                timeout.name = 'TimeoutError';
                throw timeout;
            }
            throw error;
        }
    };
}


/***/ })

};
