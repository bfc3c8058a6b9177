import { Command } from 'commander';
import { z } from 'zod';
import { type CliContext, invalidOptions } from '../context.ts';

const ServeOptions = z.object({
  host: z.string().trim().min(1).optional(),
  port: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 to 65535')
    .max(65535, 'must be 0 to 65535')
    .optional(),
});

/** `allot serve`: the server of `npm start`, without building the web app first. */
export function serveCommand(ctx: CliContext): Command {
  return new Command('serve')
    .description('start the API and web server (Ctrl+C stops it)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--port <port>', 'port to listen on, 0 for any free port (default: PORT or 3000)')
    .action(async (options: { host?: string; port?: string }) => {
      const parsed = ServeOptions.safeParse(options);
      if (!parsed.success) throw invalidOptions(parsed.error);
      await ctx.serve(parsed.data);
    });
}
