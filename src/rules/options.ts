import type { PortSpan } from '../classify/suggest.js';
import type { PortRangeOption, PortRangesOption, Rule } from './types.js';

/** Rule options by rule id, as the config holds them (validated, no defaults). */
export type ConfiguredRuleOptions = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The configured value of a `port-range` option, else its default. */
export function portRangeOption(schema: PortRangeOption, configured: unknown): PortSpan {
  return configured === undefined ? schema.default : (configured as PortSpan);
}

/** The configured value of a `port-ranges` option, else its default. */
function portRangesOption(schema: PortRangesOption, configured: unknown): readonly PortSpan[] {
  return configured === undefined ? schema.default : (configured as readonly PortSpan[]);
}

/** What the port suggester is told by the rules' options (each option's `suggester` use). */
export interface SuggesterRanges {
  /** Ranges a suggestion stays out of: every `avoid` option's default and its configured value. */
  avoid: PortSpan[];
  /** Where node ports are suggested: the `node-port-range` option, configured or default. */
  nodePortRange: PortSpan;
}

/** The suggester's ranges, from the rules' option schemas and the configured options. */
export function suggesterRanges(
  rules: readonly Rule[],
  configured: ConfiguredRuleOptions = {},
): SuggesterRanges {
  const avoid: PortSpan[] = [];
  let nodePortRange: PortSpan | undefined;
  for (const rule of rules) {
    const values = Object.hasOwn(configured, rule.id) ? configured[rule.id] : undefined;
    for (const [name, schema] of Object.entries(rule.options ?? {})) {
      const value = values && Object.hasOwn(values, name) ? values[name] : undefined;
      const spans =
        schema.kind === 'port-range' ? [portRangeOption(schema, value)] : portRangesOption(schema, value);
      // The defaults always apply: configured ranges add to them.
      const defaults = schema.kind === 'port-range' ? [schema.default] : schema.default;
      if (schema.suggester === 'avoid') avoid.push(...defaults, ...(value === undefined ? [] : spans));
      if (schema.suggester === 'node-port-range') nodePortRange = spans[0];
    }
  }
  if (nodePortRange === undefined) throw new Error('no rule option gives the node-port range');
  return { avoid, nodePortRange };
}
