/** Quantiles for prediction intervals: normal, and Student's t for short series. */

/** erf by Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7, plenty for interval widths). */
function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * a);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-a * a));
}

export function normalCdf(z: number): number {
  return 0.5 * (1 + erf(z / Math.SQRT2));
}

/** Inverse of normalCdf by bisection; monotone and accurate to the erf above. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError("p must be in (0, 1)");
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Quantile of Student's t with `df` degrees of freedom: exact for 1 and 2, a Cornish-Fisher
 * expansion around the normal quantile beyond (error under 1% from 3 degrees of freedom on,
 * for levels up to 95%).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!Number.isFinite(df) || df > 1e6) return normalQuantile(p);
  if (df <= 1) return Math.tan(Math.PI * (p - 0.5));
  if (df <= 2) {
    const q = 2 * p - 1;
    return (q * Math.SQRT2) / Math.sqrt(1 - q * q);
  }
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}
