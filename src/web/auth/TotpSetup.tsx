// Turning on two-step sign-in: the server issues a secret; the user adds it to an authenticator
// app (by typing the key or opening the otpauth:// link) and proves it with a first code.
import { Alert, Button, Code, CopyButton, Group, List, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../components/ErrorAlert";
import { api } from "../lib/api";
import { ME_KEY } from "../lib/auth";
import { groupSecret } from "../lib/login";

interface TotpSecret {
  secret: string;
  otpauthUrl: string;
}

export function TotpSetup({ onEnabled }: { onEnabled?: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const codeRef = useRef<HTMLInputElement>(null);
  const setup = useMutation({ mutationFn: () => api.post<TotpSecret>("/auth/totp/setup") });
  const enable = useMutation({
    mutationFn: (value: string) => api.post<void>("/auth/totp/enable", { code: value }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      onEnabled?.();
    },
  });

  useEffect(() => {
    if (setup.data) codeRef.current?.focus();
  }, [setup.data]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (code.length === 6) enable.mutate(code);
  }

  if (enable.isSuccess) {
    return (
      <Alert color="green" role="status" title={t("totp.enabledTitle")}>
        {t("totp.enabledBody")}
      </Alert>
    );
  }

  if (!setup.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t("totp.intro")}</Text>
        <ErrorAlert error={setup.error} />
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t("totp.start")}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <List type="ordered" size="sm" spacing={6}>
        <List.Item>{t("totp.step1")}</List.Item>
        <List.Item>{t("totp.step2")}</List.Item>
        <List.Item>{t("totp.step3")}</List.Item>
      </List>
      <div>
        <Text size="sm" fw={600} id="totp-secret-label">
          {t("totp.secret")}
        </Text>
        <Group gap="xs" mt={4}>
          <Code fz="md" aria-labelledby="totp-secret-label" className="dh-mono">
            {groupSecret(setup.data.secret)}
          </Code>
          <CopyButton value={setup.data.secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
      </div>
      <div>
        <Text size="sm" fw={600} id="totp-url-label">
          {t("totp.otpauthUrl")}
        </Text>
        <Code
          block
          mt={4}
          aria-labelledby="totp-url-label"
          style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }}
        >
          {setup.data.otpauthUrl}
        </Code>
        <Text size="xs" c="dimmed" mt={4}>
          <a href={setup.data.otpauthUrl}>{t("totp.openInApp")}</a>
        </Text>
      </div>
      <form onSubmit={submit}>
        <Stack gap="sm" maw={360}>
          <ErrorAlert error={enable.error} />
          <TextInput
            ref={codeRef}
            label={t("totp.code")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            value={code}
            onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ""))}
            classNames={{ input: "dh-mono" }}
          />
          <Group>
            <Button type="submit" loading={enable.isPending} disabled={code.length !== 6}>
              {t("totp.enable")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
