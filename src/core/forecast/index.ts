export { backtest } from "./backtest";
export { ForecastError, type ForecastErrorCode } from "./errors";
export { chooseMethod, forecastSeries } from "./forecast";
export { type MinimizeOptions, type MinimizeResult, nelderMead } from "./optimize";
export { normalCdf, normalQuantile, studentTQuantile } from "./quantiles";
export { forecastTargetRisk, type TargetRisk } from "./target-risk";
export type { BacktestResult, Forecast, ForecastMethod, ForecastOptions } from "./types";
