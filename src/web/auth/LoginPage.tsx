// Sign-in: username and password, then a 6-digit TOTP code when the server asks for one
// (AUTH_TOTP_REQUIRED). Errors are worded from their codes and announced in an alert that takes
// focus; the first field takes focus on arrival.
import {
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { LanguageSwitch } from "../app/HeaderControls";
import { ErrorAlert } from "../components/ErrorAlert";
import { Emblem } from "../components/icons";
import { api, isApiError } from "../lib/api";
import { login, useMeQuery } from "../lib/auth";
import { safeNextPath } from "../lib/login";
import type { Me, Meta } from "../lib/types";

function destinationFor(user: Me, next: string): string {
  return user.mustEnrollTotp ? "/totp-setup" : next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get("next"));
  const me = useMeQuery();
  const meta = useQuery({
    queryKey: ["meta"],
    queryFn: () => api.get<Meta>("/meta"),
    staleTime: Infinity,
    retry: false,
  });

  const [step, setStep] = useState<"password" | "totp">("password");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [totpCode, setTotpCode] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const totpRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = `${t("login.title")} · ${t("app.name")}`;
  }, [t]);
  useEffect(() => {
    if (step === "password") usernameRef.current?.focus();
    else totpRef.current?.focus();
  }, [step]);

  if (me.data && !submitting) return <Navigate to={destinationFor(me.data, next)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Checked here rather than by disabling the button, so the reason is announced.
    const missing = step === "password" ? !username.trim() || !password : totpCode.trim().length !== 6;
    if (missing) {
      setError(new Error(step === "password" ? t("login.missingFields") : t("login.missingCode")));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      const user = await login(queryClient, {
        username: username.trim(),
        password,
        totpCode: step === "totp" ? totpCode.trim() : undefined,
      });
      navigate(destinationFor(user, next), { replace: true });
    } catch (caught) {
      if (step === "password" && isApiError(caught, "AUTH_TOTP_REQUIRED")) {
        setStep("totp");
      } else {
        if (isApiError(caught, "AUTH_INVALID_CREDENTIALS")) setPassword("");
        if (isApiError(caught, "AUTH_TOTP_INVALID")) setTotpCode("");
        setError(caught);
      }
    } finally {
      setSubmitting(false);
    }
  }

  function backToPassword() {
    setStep("password");
    setTotpCode("");
    setError(null);
  }

  return (
    <div className="dh-login-bg">
      <Container size={440} pt={48} pb="xl">
        <Group justify="space-between" mb="lg" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Emblem />
            <Box>
              <Text fw={700} c="white" lh={1.2}>
                {t("app.name")}
              </Text>
              <Text size="xs" c="rgba(255,255,255,0.8)" lh={1.3}>
                {t("app.tagline")}
              </Text>
            </Box>
          </Group>
          <LanguageSwitch />
        </Group>
        <main>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Title order={1} size="h3" mb={4}>
              {t("login.title")}
            </Title>
            <Text size="sm" c="dimmed" mb="lg">
              {step === "password" ? t("login.subtitle") : t("login.totpHint")}
            </Text>
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <ErrorAlert error={error} title={t("login.failed")} />
                {step === "password" ? (
                  <>
                    <TextInput
                      ref={usernameRef}
                      label={t("login.username")}
                      name="username"
                      autoComplete="username"
                      autoCapitalize="none"
                      spellCheck={false}
                      required
                      value={username}
                      onChange={(event) => setUsername(event.currentTarget.value)}
                    />
                    <PasswordInput
                      label={t("login.password")}
                      name="password"
                      autoComplete="current-password"
                      required
                      value={password}
                      onChange={(event) => setPassword(event.currentTarget.value)}
                      visibilityToggleButtonProps={{
                        "aria-label": t("login.togglePassword"),
                      }}
                    />
                  </>
                ) : (
                  <TextInput
                    ref={totpRef}
                    label={t("login.totpCode")}
                    description={t("login.totpDescription")}
                    name="totpCode"
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    pattern="[0-9]*"
                    maxLength={6}
                    required
                    value={totpCode}
                    onChange={(event) => setTotpCode(event.currentTarget.value.replace(/\D/g, ""))}
                    classNames={{ input: "dh-mono" }}
                  />
                )}
                <Button type="submit" fullWidth loading={submitting}>
                  {step === "password" ? t("login.submit") : t("login.verify")}
                </Button>
                {step === "totp" && (
                  <Anchor component="button" type="button" size="sm" onClick={backToPassword}>
                    {t("login.back")}
                  </Anchor>
                )}
              </Stack>
            </form>
          </Paper>
          {meta.data?.demo && (
            <Text size="xs" c="dimmed" mt="md" ta="center">
              {t("login.demoHint")}
            </Text>
          )}
        </main>
      </Container>
    </div>
  );
}
