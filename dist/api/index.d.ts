/** Who declares the port. Only the fields that apply are set; all are as written in the manifest. */
export interface PortContext {
	/** Compose service key, Kubernetes Service name, workflow service, Procfile process type, ... */
	service?: string;
	image?: string;
	container?: string;
	/** Kubernetes port `name`, Helm key, ... */
	portName?: string;
	namespace?: string;
	/** Kubernetes `Kind/name`, Terraform resource address. */
	object?: string;
	/** Dockerfile stage alias. */
	stage?: string;
	job?: string;
	/** Helm values key path such as `service.port`. */
	keyPath?: string;
	/** Host address a published port binds to (`127.0.0.1`, `::1`); absent means every address. */
	hostIp?: string;
	/** nginx server_name, fly app, devcontainer name, systemd unit, ... */
	name?: string;
}
export interface ScanSummary {
	files: number;
	ports: number;
	errors: number;
	warnings: number;
	notices: number;
}
interface JsonPort {
	file: string;
	line: number;
	column: number;
	port: number | null;
	endPort: number | null;
	protocol: string;
	role: string;
	kind: string;
	context: PortContext;
	assignment: {
		range: string;
		status: string;
		services: string[];
	} | null;
	ref?: string;
	protocolUnresolved?: string;
}
interface JsonFinding {
	ruleId: string;
	severity: string;
	file: string;
	line: number;
	column: number;
	port: number | null;
	protocol: string | null;
	message: string;
	suggestion?: number;
	/** The other places of the same logical port, or the other half of a clash. */
	related?: Array<{
		file: string;
		line: number;
		column: number;
	}>;
}
interface JsonReport {
	schema: number;
	tool: string;
	version: string;
	registry: {
		updated: string;
	};
	files: Array<{
		path: string;
		kind: string;
	}>;
	ports: JsonPort[];
	findings: JsonFinding[];
	summary: ScanSummary;
}
/** A failure of portlint itself or of its input (config, usage): never a finding. */
export declare class PortlintError extends Error {
	/** Process exit code the CLI uses: 2 for usage and config errors. */
	readonly exitCode: number;
	constructor(message: string, 
	/** Process exit code the CLI uses: 2 for usage and config errors. */
	exitCode?: number, options?: {
		cause?: unknown;
	});
}
/** What `scan()` accepts; every field is optional, as on the command line. */
export interface ScanOptions {
	/** The folder paths are relative to, the config is looked up in, and report paths are relative to. Default `process.cwd()`. */
	cwd?: string;
	/** A config file; default `.portlint.yml` or `.portlint.yaml` in `cwd` when present. */
	config?: string;
	/** Report only findings in files changed since this git ref (`--changed-since`). */
	changedSince?: string;
	/** Report only findings the tree at this git ref does not have (`--new-from`). */
	newFrom?: string;
}
/**
 * Scan `paths` (default the whole of `cwd`) and return the JSON report (schema 1), exactly what
 * `portlint --format json` prints. Rejects with a `PortlintError` on a bad config, a missing path or
 * a git failure; a malformed manifest is a finding, never a rejection.
 */
export declare function scan(paths?: readonly string[], options?: ScanOptions): Promise<JsonReport>;

export {
	JsonFinding as ReportFinding,
	JsonPort as ReportPort,
	JsonReport as PortlintReport,
};

export {};
