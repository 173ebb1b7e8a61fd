// `pnpm start`: the API and the built board on one origin.
import { readConfig } from './config.ts';
import { startServer } from './start.ts';

const server = await startServer(readConfig());

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second Ctrl-C: leave now
    stopping = true;
    console.log(`${signal}: finishing open requests…`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
