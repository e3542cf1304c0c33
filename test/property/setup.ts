// fast-check settings shared by the property suites: `npm run fuzz` sets FUZZ_SEED and
// PROP_RUNS; a failure prints the seed and path to replay with (FUZZ_SEED=… npm run fuzz).
import fc from 'fast-check';

const seed = process.env['FUZZ_SEED'];
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
