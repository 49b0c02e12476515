/**
 * The Node options the client starts the language server with; the benchmarks start it the
 * same way, so that what they measure is what ships.
 *
 * - A small young generation keeps the server's memory low with many drafts open.
 * - One V8 worker thread instead of one per core: the server's work is one analysis at a time,
 *   and each extra thread keeps its own malloc arena and stack (about 3 MB of RSS with ten
 *   200k drafts open, measured with `npm run bench`), with no gain in latency.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=2', '--v8-pool-size=1'];
