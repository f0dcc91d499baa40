-- Plans and the tasks they assign: progress with evidence files, extensions, recurring reporting
-- cycles, chasing (đôn đốc) with a reminder log, and in-app notifications.
-- Task status is never stored: it is derived from these dates and progress on every read.

-- Evidence and attachments live in the database (bytea), not on disk: a file then commits or rolls
-- back with the update that brings it, a backup of the database is a backup of the files, and
-- several app instances behind a load balancer see the same files without a shared volume.
-- 20 MB per file is enforced here too; larger archives belong in a document system.
create table file_blob (
  id            bigint generated always as identity primary key,
  filename      text not null,
  content_type  text not null,
  size_bytes    integer not null check (size_bytes > 0 and size_bytes <= 20971520),
  sha256        text not null,
  data          bytea not null,
  org_unit_id   integer references org_unit(id),
  uploaded_by   integer references app_user(id),
  uploaded_at   timestamptz not null default now()
);

create table plan (
  id              integer generated always as identity primary key,
  -- The unit that issued the plan and assigns its tasks (UBND tỉnh, a steering committee's unit).
  org_unit_id     integer not null references org_unit(id),
  number          text,                      -- Số/ký hiệu: "44/KH-UBND"
  doc_type        text not null,             -- KH, QĐ, NQ, TB, CV, ...
  issued_on       date,
  issuer          text,
  title           text not null,             -- trích yếu
  period_from     date,
  period_to       date,
  status          text not null default 'active' check (status in ('draft','active','completed','cancelled')),
  -- The plan this one implements, when it is in the system; else its reference as written.
  parent_plan_id  integer references plan(id),
  implements_ref  text,
  version         integer not null default 1,
  created_by      integer references app_user(id),
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  constraint plan_period_range check (period_to is null or period_from is null or period_to >= period_from)
);
create index plan_unit_idx on plan (org_unit_id);
create index plan_parent_idx on plan (parent_plan_id);

create table plan_file (
  plan_id  integer not null references plan(id),
  file_id  bigint not null references file_blob(id),
  kind     text not null default 'attachment' check (kind in ('source','attachment')),
  primary key (plan_id, file_id)
);

create table task (
  id                    integer generated always as identity primary key,
  plan_id               integer not null references plan(id),
  parent_id             integer references task(id),
  code                  text,                -- numbering in the plan: "II.3"
  title                 text not null,
  content               text,
  section               text,                -- heading of the group in the plan
  sort_order            integer not null default 0,
  assigner_unit_id      integer not null references org_unit(id),
  -- The one accountable unit. Null only on a fanned-out parent whose lead was collective
  -- ("Các sở, ban, ngành"): each unit then has its own subtask.
  lead_unit_id          integer references org_unit(id),
  lead_text             text,
  fan_out               boolean not null default false,
  coordinator_unit_ids  integer[] not null default '{}',
  coordinators_text     text,
  deadline_kind         text not null default 'none'
                          check (deadline_kind in ('date','month','quarter','year','range','recurring','roadmap','none')),
  due_from              date,
  due_to                date,
  deadline_text         text,
  original_due_to       date,                -- the due day before any approved extension
  recur_cycle           text check (recur_cycle in ('month','quarter','sixmonth','year')),
  recur_due_day         integer check (recur_due_day between 1 and 31),
  expected_result       text,
  priority              text not null default 'normal' check (priority in ('low','normal','high','urgent')),
  -- Loose references to the indicator catalogue (codes) and targets (ids) of other capabilities.
  indicator_codes       text[] not null default '{}',
  target_refs           text[] not null default '{}',
  progress              integer not null default 0 check (progress between 0 and 100),
  started_on            date,
  completed_on          date,
  result_text           text,
  paused                boolean not null default false,
  pause_reason          text,
  version               integer not null default 1,
  created_by            integer references app_user(id),
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  constraint task_due_range check (due_to is null or due_from is null or due_to >= due_from),
  constraint task_recurring_cycle check (deadline_kind <> 'recurring' or recur_cycle is not null)
);
create index task_plan_idx on task (plan_id, sort_order);
create index task_parent_idx on task (parent_id);
create index task_lead_idx on task (lead_unit_id);
create index task_assigner_idx on task (assigner_unit_id);
create index task_due_idx on task (due_to) where completed_on is null;

-- One reporting instance per cycle of a recurring task, with its own status and evidence.
create table task_occurrence (
  id            integer generated always as identity primary key,
  task_id       integer not null references task(id),
  period_code   text not null,               -- "2025Q2", "202503", "2025S1", "2025"
  period_from   date not null,
  period_to     date not null,
  due_on        date not null,
  progress      integer not null default 0 check (progress between 0 and 100),
  started_on    date,
  completed_on  date,
  result_text   text,
  unique (task_id, period_code)
);
create index task_occurrence_due_idx on task_occurrence (due_on) where completed_on is null;

create table task_update (
  id             bigint generated always as identity primary key,
  task_id        integer not null references task(id),
  occurrence_id  integer references task_occurrence(id),
  kind           text not null check (kind in ('progress','complete','reopen','pause','resume',
                   'extension_request','extension_approved','extension_rejected','edit')),
  note           text,
  progress       integer check (progress between 0 and 100),
  result_text    text,
  author_id      integer references app_user(id),
  author_name    text not null,
  org_unit_id    integer references org_unit(id),
  at             timestamptz not null default now()
);
create index task_update_task_idx on task_update (task_id, at);

create table task_update_file (
  update_id  bigint not null references task_update(id),
  file_id    bigint not null references file_blob(id),
  primary key (update_id, file_id)
);
create index task_update_file_file_idx on task_update_file (file_id);

create table task_extension (
  id                 integer generated always as identity primary key,
  task_id            integer not null references task(id),
  previous_due       date,
  requested_due      date not null,
  reason             text not null,
  status             text not null default 'pending' check (status in ('pending','approved','rejected')),
  requested_by       integer references app_user(id),
  requested_by_name  text not null,
  requested_at       timestamptz not null default now(),
  decided_by         integer references app_user(id),
  decided_by_name    text,
  decided_at         timestamptz,
  decision_note      text
);
create index task_extension_task_idx on task_extension (task_id);
create unique index task_extension_one_pending on task_extension (task_id) where status = 'pending';

create table notification (
  id          bigint generated always as identity primary key,
  user_id     integer not null references app_user(id) on delete cascade,
  kind        text not null,
  title       text not null,
  body        text,
  link        text,
  task_id     integer references task(id),
  created_at  timestamptz not null default now(),
  read_at     timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);

-- Every chase sent, once per task, cycle, kind, step and due day: re-running the job sends nothing
-- twice, and an approved extension (a new due day) arms the reminders again.
create table task_reminder (
  id             bigint generated always as identity primary key,
  task_id        integer not null references task(id),
  occurrence_id  integer references task_occurrence(id),
  kind           text not null check (kind in ('due_soon','overdue','escalation')),
  step           integer not null default 0,
  due_on         date not null,
  org_unit_id    integer not null references org_unit(id),
  recipients     integer not null default 0,
  emails         integer not null default 0,
  sent_at        timestamptz not null
);
create unique index task_reminder_once on task_reminder (task_id, coalesce(occurrence_id, 0), kind, step, due_on);
create index task_reminder_unit_idx on task_reminder (org_unit_id, sent_at);
