// npm run fuzz: the property and hostile-input suites with many more runs and a printed
// seed. Replay a failure with FUZZ_SEED=<seed> npm run fuzz (fast-check also prints the
// path of the shrunk counterexample). PROP_RUNS sets the runs per property (default 5000).
import { spawnSync } from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.PROP_RUNS ?? '5000';
console.log(`fuzz: FUZZ_SEED=${seed} PROP_RUNS=${runs}`);
const r = spawnSync('npx', ['vitest', 'run', 'test/property', '--typecheck.enabled=false'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, PROP_RUNS: runs },
});
if (r.status !== 0) console.log(`fuzz failed: replay with FUZZ_SEED=${seed} PROP_RUNS=${runs} npm run fuzz`);
process.exit(r.status ?? 1);
