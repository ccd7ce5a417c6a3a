/**
 * `office-sim serve`: serves the built web app (the managers' app and trainer mode) on this
 * machine and opens it in the default browser. The site is static: everything runs in the page,
 * so the server only hands out files, and by default only to this machine (127.0.0.1).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { CliError, EXIT } from '../exit.js';

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new InvalidArgumentError('a port number from 0 to 65535 (0: any free port)');
  return port;
}

/** The platform's "open this URL" command, detached so the browser outlives nothing of ours. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write(`could not open a browser; open ${url} yourself\n`));
    child.unref();
  } catch {
    process.stderr.write(`could not open a browser; open ${url} yourself\n`);
  }
}

export function serveCommand(): Command {
  return new Command('serve')
    .summary('serve the web app and trainer mode on this machine and open the browser')
    .description(
      'Serves the web app (build an office, run it, compare what-ifs) and trainer mode on ' +
        'http://127.0.0.1:PORT/ until Ctrl-C, and opens it in the default browser. Everything runs in ' +
        'the page; nothing leaves this machine.',
    )
    .option('-p, --port <port>', 'port to listen on (0: any free port)', parsePort, 4173)
    .option('--host <host>', 'address to listen on (0.0.0.0 lets other machines in)', '127.0.0.1')
    .option('--no-open', 'do not open the browser')
    .addHelpText('after', '\nExamples:\n  $ npx office-sim serve\n  $ npx office-sim serve --port 8080 --no-open\n')
    .action(async (options: { port: number; host: string; open: boolean }) => {
      const { WEB_APP_DIR, serveStatic } = await import('../static-site.js');
      if (!existsSync(join(WEB_APP_DIR, 'index.html'))) {
        throw new CliError(`the web app is not built (${WEB_APP_DIR}): run npm run build`, EXIT.failure);
      }
      let site;
      try {
        site = await serveStatic(WEB_APP_DIR, { host: options.host, port: options.port });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new CliError(`port ${options.port} is in use: choose another with --port`, EXIT.failure);
        throw error;
      }
      process.stdout.write(`office-sim web app: ${site.url}\ntrainer mode:       ${site.url}trainer.html\n(Ctrl-C to stop)\n`);
      if (options.open) openInBrowser(site.url);
      await new Promise<void>((resolveStop) => {
        const stop = () => resolveStop();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await site.close();
    });
}
