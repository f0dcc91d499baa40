/** Nelder-Mead downhill simplex: derivative-free, enough for 2 or 3 smoothing parameters. */

export interface MinimizeOptions {
  maxIterations?: number;
  /** Stop when the spread of function values across the simplex falls below this. */
  tolerance?: number;
  /** Size of the first simplex's steps around the start point. */
  step?: number;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  iterations: number;
}

export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  const maxIterations = options.maxIterations ?? 200 * start.length;
  const tolerance = options.tolerance ?? 1e-10;
  const step = options.step ?? 0.5;
  const n = start.length;

  const simplex: { x: number[]; value: number }[] = [{ x: [...start], value: f(start) }];
  for (let i = 0; i < n; i++) {
    const x = [...start];
    x[i] += step;
    simplex.push({ x, value: f(x) });
  }

  const along = (from: number[], to: number[], t: number): number[] =>
    from.map((v, i) => v + t * (to[i] - v));

  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0];
    const worst = simplex[n];
    if (Math.abs(worst.value - best.value) <= tolerance * (Math.abs(best.value) + tolerance)) break;

    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i].x[j] / n;

    // Reflect the worst point through the centroid of the others; t = -1 mirrors it.
    const reflected = along(centroid, worst.x, -1);
    const reflectedValue = f(reflected);
    if (reflectedValue < best.value) {
      const expanded = along(centroid, worst.x, -2);
      const expandedValue = f(expanded);
      simplex[n] =
        expandedValue < reflectedValue
          ? { x: expanded, value: expandedValue }
          : { x: reflected, value: reflectedValue };
      continue;
    }
    if (reflectedValue < simplex[n - 1].value) {
      simplex[n] = { x: reflected, value: reflectedValue };
      continue;
    }
    // Contract towards the better of the worst point and its reflection.
    const outside = reflectedValue < worst.value;
    const contracted = along(centroid, worst.x, outside ? -0.5 : 0.5);
    const contractedValue = f(contracted);
    if (contractedValue < Math.min(reflectedValue, worst.value)) {
      simplex[n] = { x: contracted, value: contractedValue };
      continue;
    }
    // Nothing helped: shrink everything towards the best point.
    for (let i = 1; i <= n; i++) {
      const x = along(best.x, simplex[i].x, 0.5);
      simplex[i] = { x, value: f(x) };
    }
  }
  simplex.sort((a, b) => a.value - b.value);
  return { x: simplex[0].x, value: simplex[0].value, iterations };
}

/** Maps the real line onto (lo, hi), so the simplex can roam freely while parameters stay in range. */
export function toInterval(x: number, lo: number, hi: number): number {
  return lo + (hi - lo) / (1 + Math.exp(-x));
}

export function fromInterval(p: number, lo: number, hi: number): number {
  const u = (p - lo) / (hi - lo);
  return Math.log(u / (1 - u));
}
