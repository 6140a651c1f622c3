/** The action's entry (dist/index.js): main.ts runs it, over the modules in src/action/. */
import { run } from './main.js';

void run();
