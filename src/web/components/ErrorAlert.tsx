// An error worded for people, announced to screen readers (role="alert") and, by default,
// given focus when it appears so keyboard users land on it.
import { Alert, List } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { errorDetailLines, errorMessage } from "../lib/errors";

export interface ErrorAlertProps {
  error: unknown;
  title?: string;
  /** Move focus to the alert when it appears (forms: yes; background lists: no). */
  focus?: boolean;
}

export function ErrorAlert({ error, title, focus = true }: ErrorAlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error && focus) ref.current?.focus();
  }, [error, focus]);
  if (!error) return null;
  const lines = errorDetailLines(error);
  return (
    <Alert
      ref={ref}
      role="alert"
      tabIndex={-1}
      color="red"
      variant="light"
      title={title ?? t("common.errorTitle")}
      className="dh-alert-focus"
    >
      {errorMessage(error)}
      {lines.length > 0 && (
        <List size="sm" mt={4}>
          {lines.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
