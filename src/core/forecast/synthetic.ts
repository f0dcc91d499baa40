/** Reproducible synthetic monthly series for tests and demonstrations (no Math.random). */

export interface SyntheticSeriesOptions {
  length: number;
  seed: number;
  base?: number;
  /** Added per month. */
  trend?: number;
  /** Half the peak-to-trough swing of a 12-month sine season. */
  amplitude?: number;
  /** Standard deviation of Gaussian noise. */
  noise?: number;
}

/** Linear congruential generator (Numerical Recipes constants): small, fast, seedable. */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Standard normal draws by the Box-Muller transform. */
export function seededNormal(seed: number): () => number {
  const uniform = seededUniform(seed);
  return () => {
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

export function syntheticMonthlySeries(options: SyntheticSeriesOptions): number[] {
  const { length, seed, base = 100, trend = 0.8, amplitude = 10, noise = 2 } = options;
  const normal = seededNormal(seed);
  return Array.from(
    { length },
    (_, t) => base + trend * t + amplitude * Math.sin((2 * Math.PI * t) / 12) + noise * normal(),
  );
}
