// A scan worker that starts, then dies on its first request (the pool must fail, not hang).
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', () => process.exit(3));
