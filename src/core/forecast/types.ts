export type ForecastMethod = "holt-winters" | "holt" | "linear" | "naive";

export interface ForecastOptions {
  /** Positions per seasonal cycle; 12 for monthly series. */
  seasonLength?: number;
  /** Coverage of the prediction interval, 0.8 by default. */
  level?: number;
  /** Force a method instead of choosing by the number of observations. */
  method?: ForecastMethod;
  /** Clamp points and bounds, e.g. 0 and 100 for a percentage. */
  min?: number;
  max?: number;
}

export interface Forecast {
  method: ForecastMethod;
  /** point[h - 1] is the forecast h steps after the last position of the input. */
  point: number[];
  lower: number[];
  upper: number[];
  /** Standard error of each point forecast (before clamping). */
  stdErr: number[];
  /** Interval coverage actually used. */
  level: number;
  /** 12 with Holt-Winters, 1 (no season) otherwise. */
  seasonLength: number;
  /** Trend per step at the end of the series (0 for naive). */
  trend: number;
  /** Standard deviation of the one-step residuals. */
  sigma: number;
  /** Non-null values the model was fitted on. */
  observations: number;
  /** Smoothing parameters, for the exponential-smoothing methods. */
  params?: { alpha: number; beta: number; gamma?: number };
}

export interface BacktestResult {
  method: ForecastMethod;
  holdout: number;
  /** Holdout points with an actual value (and, for MAPE, a non-zero one). */
  compared: number;
  /** Mean absolute percentage error, in percent. */
  mape: number | null;
  mae: number | null;
  rmse: number | null;
  forecast: Forecast;
}
