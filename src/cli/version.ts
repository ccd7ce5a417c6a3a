/** The tool's name and version, read from package.json (two levels up from src/cli and dist/cli). */
import { readFileSync } from 'node:fs';

interface PackageJson {
  readonly name: string;
  readonly version: string;
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson;

/** `office-sim`. */
export const TOOL_NAME = 'office-sim';
/** The package version, e.g. `0.1.0`: results saved by one version are never reused by another. */
export const TOOL_VERSION = pkg.version;
