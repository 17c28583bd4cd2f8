import fc from "fast-check";

// Property tests run with a fresh seed each run, so every run explores new cases. A failure prints
// its seed and path (`{ seed: …, path: … }`); `FC_SEED=<seed> npx vitest run <file>` replays it.
const replay = process.env.FC_SEED;
if (replay) {
  const seed = Number(replay);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${JSON.stringify(replay)}`);
  fc.configureGlobal({ seed });
}
