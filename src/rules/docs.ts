/**
 * Where each rule's documentation page lives. Every reporter that links to a rule (SARIF `helpUri`,
 * the pull request comment, `--format stylish`) takes the URL from here, and __tests__/docs.test.ts
 * checks that `docs/rules/<id>.md` exists for every rule and for no other id.
 */

/** Rule pages on the default branch; a page's URL is this plus `<rule-id>.md`. */
export const RULE_DOCS_BASE_URL = 'https://github.com/portlint/portlint/blob/main/docs/rules/';

/** Repository folder of the rule pages, relative to the repository root. */
export const RULE_DOCS_FOLDER = 'docs/rules';

/** URL of a rule's documentation page: `https://github.com/portlint/portlint/blob/main/docs/rules/<id>.md`. */
export function ruleDocsUrl(id: string): string {
  // A rule id read from a report may hold a lone surrogate, on which encodeURIComponent throws.
  return `${RULE_DOCS_BASE_URL}${encodeURIComponent(id.toWellFormed())}.md`;
}
