// For mutation testing only (vitest.stryker.config.ts): one fixed fast-check seed. Stryker runs
// each mutant against the tests that covered it, picked by name, and @fast-check/vitest puts
// the seed in a property's name — a random one each run, so no property matched and none ever
// ran against a mutant.
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20261125 });
