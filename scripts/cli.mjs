// `npm run cli -- <command>`: a small client of the BFF's job API, through the TypeScript client
// (clients/typescript, compiled by `npm run build`, which `npm start` runs).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CliError, connection } from './lib/cli/connection.mjs';
import { jobTable, ProgressView } from './lib/cli/job-display.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLIENT = join(root, 'clients/typescript/dist/index.js');
const MAX_RECONNECTS = 20;

const USAGE = `Usage: npm run cli -- <command>

  watch <jobId>                      Follow a job live (Server-Sent Events) with a progress bar.
                                     Exits 0 when it succeeds, 1 when it fails or is cancelled.
  jobs [--state S] [--type T] [--limit N] [--cursor C]
                                     List your app's jobs, newest first.

Environment: BFF_URL (default http://127.0.0.1:3000), BFF_API_KEY (default: the demo key in .local/).`;

function options(args) {
  const parsed = {};
  for (let i = 0; i < args.length; i += 2) {
    if (!/^--(state|type|limit|cursor)$/.test(args[i]) || args[i + 1] === undefined) throw new CliError(`Unknown option ${args[i]}\n\n${USAGE}`);
    parsed[args[i].slice(2)] = args[i + 1];
  }
  return parsed;
}

async function migoBffClient() {
  if (!existsSync(CLIENT)) throw new CliError('The TypeScript client is not built yet: run `npm run build` (`npm start` does).', 2);
  const { createMigoBffClient, MigoBffProblem } = await import(pathToFileURL(CLIENT).href);
  const { url, key } = connection(root);
  return { bff: createMigoBffClient({ baseUrl: url, apiKey: key }), MigoBffProblem, url };
}

/** A refusal as the BFF worded it; an unreachable BFF as a hint to start it. Both exit 2. */
function cliErrorOf(error, { MigoBffProblem, url }) {
  if (error instanceof MigoBffProblem) return new CliError(error.message, 2);
  if (error instanceof TypeError && error.message === 'fetch failed') {
    return new CliError(`Cannot reach the BFF at ${url} (${error.cause?.code ?? error.message}). Is \`npm start\` running?`, 2);
  }
  return error;
}

async function listJobs(args) {
  const client = await migoBffClient();
  try {
    const { data: page } = await client.bff.GET('/v1/jobs', { params: { query: options(args) } });
    process.stdout.write(`${jobTable(page.items)}\n`);
    if (page.nextCursor) process.stdout.write(`More: npm run cli -- jobs --cursor ${page.nextCursor}\n`);
    return 0;
  } catch (error) {
    throw cliErrorOf(error, client);
  }
}

/** Follows the job's event stream to its end; the client reconnects with Last-Event-ID when the BFF ends it early (a restart). */
async function watch([jobId]) {
  if (!jobId) throw new CliError(USAGE);
  const client = await migoBffClient();
  const view = new ProgressView();
  let job;
  try {
    const events = client.bff.watchJob(jobId, {
      maxReconnects: MAX_RECONNECTS,
      onReconnect: ({ inMs, cause }) => view.note(`(${cause instanceof TypeError ? 'cannot reach the BFF' : 'stream ended'}; reconnecting in ${(inMs / 1000).toFixed(1)} s)`),
    });
    for await (const event of events) {
      if (event.event === 'snapshot' || event.event === 'job') view.show((job = event.data));
    }
  } catch (error) {
    view.done();
    throw cliErrorOf(error, client);
  }
  view.done();
  const summary = [`Job ${job.id} ${job.state}.`];
  if (job.error) summary.push(`${job.error.code}: ${job.error.message}`);
  process.stdout.write(`${summary.join(' ')}\n`);
  return job.state === 'succeeded' ? 0 : 1;
}

process.on('SIGINT', () => process.exit(130));

const [command, ...args] = process.argv.slice(2);
const commands = { watch, jobs: listJobs };
try {
  if (!commands[command]) throw new CliError(USAGE, command ? 2 : 0);
  process.exitCode = await commands[command](args);
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  (error.exitCode === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
  process.exitCode = error.exitCode;
}
