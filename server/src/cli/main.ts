#!/usr/bin/env node
/**
 * The `gongwen` command: `gongwen check <files or folders>` before a draft is submitted.
 * Exit codes: 0 nothing blocking, 1 blocking findings remain, 2 usage error or unreadable file.
 */
import { runCli } from './check';

// `gongwen check … | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
