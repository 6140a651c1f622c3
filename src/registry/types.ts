/**
 * The shape of the generated registry data, apart from the decoder (registry.ts) so that the
 * generated module (data/iana-ports.ts) and the decoder both import it and not each other.
 */

/**
 * The generated data: IANA's `updated` date and its numbered records, one per line, fields
 * separated by tabs: `port|start-end`, protocols (`t` `u` `s` `d` letters, `*` for all four),
 * status (`a` assigned, `r` reserved, `u` unassigned), name, description, note, unauthorized use.
 */
export interface RegistryData {
  readonly updated: string;
  readonly records: string;
}
