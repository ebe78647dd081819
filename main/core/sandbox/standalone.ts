/**
 * `npm run sandbox -- --port N ...`: the embedded sandbox on its own, for demos, manual
 * testing and other processes (the CLI, the browser harness). Exit code 2 means a bad flag.
 */
import { createSandbox } from './sandboxServer.js';
import { parseStandaloneArgs, USAGE } from './standaloneArgs.js';

const parsed = parseStandaloneArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`${parsed.message}\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  const sandbox = await createSandbox(parsed.options);
  console.log(`Sandbox partner API listening on ${sandbox.url}`);
  console.log(`Stats: GET ${sandbox.url}/__sandbox/stats   Faults: POST ${sandbox.url}/__sandbox/faults`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the sandbox`);
    // Nothing else holds the event loop: once close() resolves, Node exits on its own.
    void sandbox.close().then(() => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      console.log('Sandbox stopped.');
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${parsed.options.port} is already in use.` : `Could not start the sandbox: ${String(err)}`);
  process.exit(1);
}
