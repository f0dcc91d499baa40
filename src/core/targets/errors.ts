export type TargetErrorCode = "TARGET_INVALID";

export class TargetError extends Error {
  readonly code: TargetErrorCode = "TARGET_INVALID";

  constructor(message: string) {
    super(message);
    this.name = "TargetError";
  }
}
