/** The action's entry (dist/index.js): everything lives in main.ts, which tests import directly. */
import { run } from './main.js';

void run();
