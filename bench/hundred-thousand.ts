/**
 * 100,000 evaluations of the typical offer from raw input, not extrapolated, after a warm-up:
 * run by bench/suite.ts in a process of its own that holds nothing else, as a consumer's loop
 * would. In the suite's process, after its setup (1,000 generated offers sampled, offers parsed
 * and kept), the same loop ran 30–45 % slower: V8's allocation-site pretenuring, switched on by
 * that setup, put short-lived objects in the old generation (the loop took 3.8 s there with
 * `--no-allocation-site-pretenuring`, 5.1 s without). bench/README.md has the figures.
 */
import { evaluateOffer } from '../src/index.js';
import { hospitalCoder } from '../test/fixtures/seed-offers.js';

for (let index = 0; index < 5_000; index += 1) evaluateOffer(hospitalCoder);
const start = performance.now();
for (let index = 0; index < 100_000; index += 1) evaluateOffer(hospitalCoder);
process.stdout.write(JSON.stringify(Number(((performance.now() - start) / 1000).toFixed(2))));
