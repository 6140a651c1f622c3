export const id = 152;
export const ids = [152];
export const modules = {

/***/ 3152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCoreIO: () => (/* binding */ createCoreIO)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/**
 * Everything the action says to the runner goes through ActionIO, so tests can record it without
 * module mocks. createCoreIO is the real thing, over @actions/core.
 */

/** ActionIO over @actions/core. */
function createCoreIO() {
    return {
        getInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name),
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
        info: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
        warning: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message),
        writeCommands: (text) => {
            process.stdout.write(text);
        },
        appendSummary: async (markdown) => {
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
        },
        fail: (message, exitCode) => {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
            process.exitCode = exitCode;
        },
    };
}


/***/ })

};
