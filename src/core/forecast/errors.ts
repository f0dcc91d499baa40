export type ForecastErrorCode = "FORECAST_NO_DATA" | "FORECAST_INVALID";

export class ForecastError extends Error {
  readonly code: ForecastErrorCode;

  constructor(code: ForecastErrorCode, message: string) {
    super(message);
    this.name = "ForecastError";
    this.code = code;
  }
}
