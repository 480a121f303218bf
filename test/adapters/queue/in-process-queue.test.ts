import { describe } from 'vitest';
import { createInProcessQueue } from '../../../src/adapters/queue/in-process-queue.js';
import { queueContract } from './queue-contract.js';

describe('in-process queue', () => {
  queueContract(async (limits) => createInProcessQueue({ limits }));
});
