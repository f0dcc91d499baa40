import { ForecastError } from "./errors";
import { forecastSeries } from "./forecast";
import type { BacktestResult, ForecastOptions } from "./types";

/**
 * Fits on all but the last `holdout` positions and scores the forecast of those positions.
 * Holdout positions without a value are skipped; MAPE also skips actual zeros.
 */
export function backtest(
  values: readonly (number | null | undefined)[],
  holdout: number,
  opts: ForecastOptions = {},
): BacktestResult {
  if (!Number.isInteger(holdout) || holdout < 1 || holdout >= values.length) {
    throw new ForecastError(
      "FORECAST_INVALID",
      "Số kỳ giữ lại để kiểm tra phải từ 1 đến độ dài chuỗi trừ 1.",
    );
  }
  const training = values.slice(0, values.length - holdout);
  const actuals = values.slice(values.length - holdout);
  const forecast = forecastSeries(training, holdout, opts);

  let absolute = 0;
  let squared = 0;
  let percent = 0;
  let compared = 0;
  let percentCount = 0;
  actuals.forEach((actual, i) => {
    if (typeof actual !== "number" || !Number.isFinite(actual)) return;
    const error = actual - forecast.point[i];
    absolute += Math.abs(error);
    squared += error * error;
    compared++;
    if (actual !== 0) {
      percent += Math.abs(error / actual);
      percentCount++;
    }
  });

  return {
    method: forecast.method,
    holdout,
    compared,
    mape: percentCount > 0 ? (100 * percent) / percentCount : null,
    mae: compared > 0 ? absolute / compared : null,
    rmse: compared > 0 ? Math.sqrt(squared / compared) : null,
    forecast,
  };
}
