// What people do on a task: the lead unit reports progress (with evidence files) or completion,
// asks for an extension; the assigning unit decides extensions, reopens, pauses or resumes.
import {
  Button,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DateInput } from "../components/DateInput";
import { ErrorAlert } from "../components/ErrorAlert";
import { useNotify } from "../components/notify";
import { api, apiRequest } from "../lib/api";
import { formatDate, todayIso } from "../lib/format";
import type { Extension, TaskDetail } from "./api";
import { usePlansWrite } from "./api";

export function ProgressForm({ detail }: { detail: TaskDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const task = detail.item;
  const cycle = task.deadlineKind === "recurring" ? detail.occurrences.find((o) => !o.completedOn) : null;
  const [note, setNote] = useState("");
  const [percent, setPercent] = useState<number | string>(cycle?.progress ?? task.progress);
  const [complete, setComplete] = useState(false);
  const [resultText, setResultText] = useState("");
  const [completedOn, setCompletedOn] = useState<string | null>(todayIso());
  const [files, setFiles] = useState<File[]>([]);
  const send = usePlansWrite(async () => {
    const form = new FormData();
    if (note.trim()) form.append("note", note.trim());
    form.append("progress", String(complete ? 100 : Number(percent) || 0));
    form.append("complete", complete ? "true" : "false");
    if (resultText.trim()) form.append("resultText", resultText.trim());
    if (complete && completedOn) form.append("completedOn", completedOn);
    if (cycle) form.append("occurrenceId", String(cycle.id));
    for (const f of files) form.append("files", f);
    return apiRequest(`/tasks/${task.id}/updates`, { method: "POST", body: form });
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="sm">
        {t("plans.form.title")}
      </Title>
      {cycle && (
        <Text size="sm" mb="xs">
          {t("plans.form.cycleFor", { period: cycle.periodCode })} · {t("plans.col.due")}{" "}
          {formatDate(cycle.dueOn)}
        </Text>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate(undefined, {
            onSuccess: () => {
              notify(t("plans.form.saved"));
              setNote("");
              setFiles([]);
              setResultText("");
              setComplete(false);
            },
          });
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t("plans.form.note")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
            name="note"
          />
          <Group align="flex-end">
            <NumberInput
              label={t("plans.form.percent")}
              min={0}
              max={100}
              step={10}
              value={complete ? 100 : percent}
              onChange={setPercent}
              disabled={complete}
              w={140}
              name="progress"
            />
            <Checkbox
              label={t("plans.form.complete")}
              checked={complete}
              onChange={(e) => setComplete(e.currentTarget.checked)}
              mb={8}
              name="complete"
            />
          </Group>
          {complete && (
            <Group align="flex-start">
              <TextInput
                label={t("plans.form.resultText")}
                description={t("plans.form.resultHint")}
                value={resultText}
                onChange={(e) => setResultText(e.currentTarget.value)}
                w={320}
                maxLength={500}
                name="resultText"
              />
              <DateInput
                label={t("plans.form.completedOn")}
                value={completedOn}
                onChange={setCompletedOn}
                w={150}
              />
            </Group>
          )}
          <FileInput
            label={t("plans.form.files")}
            description={t("plans.form.filesHint")}
            multiple
            value={files}
            onChange={setFiles}
            clearable
            name="files"
            accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.png,.jpg,.jpeg,.gif,.txt,.csv"
          />
          <ErrorAlert error={send.error} />
          <Group>
            <Button type="submit" loading={send.isPending}>
              {t("plans.form.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function ExtensionRequest({ taskId, due }: { taskId: number; due: string | null }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [newDue, setNewDue] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const send = usePlansWrite(() => api.post(`/tasks/${taskId}/extensions`, { requestedDue: newDue, reason }));
  if (!due) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="sm">
        {t("plans.ext.request")}
      </Title>
      <Group align="flex-end">
        <DateInput label={t("plans.ext.newDue")} value={newDue} onChange={setNewDue} w={150} />
        <TextInput
          label={t("plans.ext.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          w={360}
          maxLength={2000}
        />
        <Button
          variant="light"
          disabled={!newDue || !reason.trim()}
          loading={send.isPending}
          onClick={() =>
            send.mutate(undefined, {
              onSuccess: () => {
                notify(t("plans.ext.sent"));
                setReason("");
                setNewDue(null);
              },
            })
          }
        >
          {t("plans.ext.send")}
        </Button>
      </Group>
      <ErrorAlert error={send.error} />
    </Paper>
  );
}

export function ExtensionDecision({ taskId, ext }: { taskId: number; ext: Extension }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [note, setNote] = useState("");
  const decide = usePlansWrite((approve: boolean) =>
    api.post(`/tasks/${taskId}/extensions/${ext.id}/decision`, { approve, note: note.trim() || null }),
  );
  const run = (approve: boolean) =>
    decide.mutate(approve, { onSuccess: () => notify(t("plans.ext.decided")) });
  return (
    <Group align="flex-end" mt="xs">
      <TextInput
        label={t("plans.ext.note")}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        w={300}
        size="xs"
      />
      <Button
        size="xs"
        color="green"
        loading={decide.isPending && decide.variables === true}
        onClick={() => run(true)}
      >
        {t("plans.ext.approve")}
      </Button>
      <Button
        size="xs"
        color="red"
        variant="light"
        loading={decide.isPending && decide.variables === false}
        onClick={() => run(false)}
      >
        {t("plans.ext.reject")}
      </Button>
      <ErrorAlert error={decide.error} />
    </Group>
  );
}

export function ManageActions({ detail }: { detail: TaskDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [reason, setReason] = useState("");
  const task = detail.item;
  const act = usePlansWrite((action: "reopen" | "pause" | "resume") =>
    api.post(`/tasks/${task.id}/${action}`, { reason: reason.trim() || (action === "resume" ? null : "") }),
  );
  const run = (action: "reopen" | "pause" | "resume") =>
    act.mutate(action, {
      onSuccess: () => {
        notify(t("plans.manage.done"));
        setReason("");
      },
    });
  return (
    <Paper withBorder p="md">
      <Group align="flex-end">
        <TextInput
          label={t("plans.manage.reason")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          w={320}
        />
        {task.completedOn && (
          <Button
            variant="light"
            disabled={!reason.trim()}
            onClick={() => run("reopen")}
            loading={act.isPending}
          >
            {t("plans.manage.reopen")}
          </Button>
        )}
        {!task.completedOn && !task.paused && (
          <Button
            variant="light"
            color="yellow"
            disabled={!reason.trim()}
            onClick={() => run("pause")}
            loading={act.isPending}
          >
            {t("plans.manage.pause")}
          </Button>
        )}
        {task.paused && (
          <Button variant="light" onClick={() => run("resume")} loading={act.isPending}>
            {t("plans.manage.resume")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={act.error} />
    </Paper>
  );
}
