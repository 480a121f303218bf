// The action's entry (bundled to action/dist/index.js by `npm run build:action`): no logic here.
import { runner } from './runner.js';

await runner(process.env);
