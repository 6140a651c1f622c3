/**
 * `--format github`: findings as GitHub workflow commands (`::error file=..,line=..,col=..::msg`),
 * one per line, which the Actions runner turns into annotations. The action writes the same text.
 */
import type { ScanResult } from '../types.js';
import { planAnnotations, type Annotation, type AnnotationPlanOptions } from './annotations.js';
import { escapeWorkflowCommandData, escapeWorkflowCommandProperty } from './escape.js';

export type GithubCommandsOptions = AnnotationPlanOptions;

/** One annotation as a workflow command line (no trailing newline). Every value is escaped. */
export function formatAnnotationCommand(annotation: Annotation): string {
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
export function formatGithubCommands(result: ScanResult, options: GithubCommandsOptions = {}): string {
  return formatAnnotationCommands(planAnnotations(result.findings, options));
}

/** Planned annotations as workflow command lines, each ending with a newline. */
export function formatAnnotationCommands(annotations: readonly Annotation[]): string {
  return annotations.map((annotation) => `${formatAnnotationCommand(annotation)}\n`).join('');
}
