// A date typed as dd/mm/yyyy whatever the browser's locale (a native date input follows the
// browser's language, so Vietnamese users could be shown mm/dd/yyyy). Emits YYYY-MM-DD or null.
import { TextInput, type TextInputProps } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, parseDate } from "../lib/format";

export interface DateInputProps extends Omit<TextInputProps, "value" | "onChange"> {
  value: string | null;
  onChange: (isoDate: string | null) => void;
}

export function DateInput({ value, onChange, error, ...rest }: DateInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(formatDate(value));
  const [invalid, setInvalid] = useState(false);

  // Follow outside changes (a reset, a preset) without clobbering what is being typed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only outside changes of value matter
  useEffect(() => {
    if (parseDate(text) !== value) {
      setText(formatDate(value));
      setInvalid(false);
    }
  }, [value]);

  return (
    <TextInput
      placeholder={t("common.datePlaceholder")}
      inputMode="numeric"
      autoComplete="off"
      {...rest}
      value={text}
      error={invalid ? t("common.invalidDate") : error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (next.trim() === "") {
          setInvalid(false);
          onChange(null);
          return;
        }
        const iso = parseDate(next);
        if (iso) {
          setInvalid(false);
          onChange(iso);
        }
      }}
      onBlur={(event) => {
        setInvalid(text.trim() !== "" && parseDate(text) === null);
        rest.onBlur?.(event);
      }}
    />
  );
}
