import { fromInterval, nelderMead, toInterval } from "./optimize";
import {
  type FilterResult,
  initialState,
  runFilter,
  type SmoothingParams,
  type SmoothingState,
} from "./smoothing";

/** Smoothing parameters stay inside these bounds: 0 would freeze a component, 1 would discard history. */
const LOWER = 0.001;
const UPPER = 0.999;

const ALPHA_GRID = [0.1, 0.3, 0.5, 0.7, 0.9];
const BETA_GRID = [0.01, 0.1, 0.3];
const GAMMA_GRID = [0.05, 0.2, 0.5];

export interface FittedSmoothing {
  params: SmoothingParams;
  start: SmoothingState;
  fit: FilterResult;
  /** Number of fitted smoothing parameters, for the degrees of freedom of the residual variance. */
  parameterCount: number;
}

/**
 * Chooses α, β (and γ with a season) that minimise the one-step-ahead squared error: a coarse
 * grid finds the basin, then Nelder-Mead on logit-transformed parameters refines it.
 */
export function fitSmoothing(series: readonly (number | null)[], seasonLength: number): FittedSmoothing {
  const seasonal = seasonLength >= 2;
  const start = initialState(series, seasonLength);
  const sseOf = (params: SmoothingParams) => runFilter(series, params, seasonLength, start).sse;

  let best: SmoothingParams = { alpha: 0.5, beta: 0.1, gamma: seasonal ? 0.2 : 0 };
  let bestSse = sseOf(best);
  for (const alpha of ALPHA_GRID) {
    for (const beta of BETA_GRID) {
      for (const gamma of seasonal ? GAMMA_GRID : [0]) {
        const sse = sseOf({ alpha, beta, gamma });
        if (sse < bestSse) {
          bestSse = sse;
          best = { alpha, beta, gamma };
        }
      }
    }
  }

  const decode = (x: number[]): SmoothingParams => ({
    alpha: toInterval(x[0], LOWER, UPPER),
    beta: toInterval(x[1], LOWER, UPPER),
    gamma: seasonal ? toInterval(x[2], LOWER, UPPER) : 0,
  });
  const x0 = [fromInterval(best.alpha, LOWER, UPPER), fromInterval(best.beta, LOWER, UPPER)];
  if (seasonal) x0.push(fromInterval(best.gamma, LOWER, UPPER));
  const refined = nelderMead((x) => sseOf(decode(x)), x0, { maxIterations: 300, step: 0.7 });
  const params = refined.value < bestSse ? decode(refined.x) : best;

  return {
    params,
    start,
    fit: runFilter(series, params, seasonLength, start),
    parameterCount: seasonal ? 3 : 2,
  };
}
