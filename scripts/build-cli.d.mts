/** Bundles the CLI into dist/cli; resolves to false when it was already up to date. */
export function buildCli(options?: { force?: boolean }): Promise<boolean>;
