-- Reporting regimes (chế độ báo cáo, Nghị định 09/2019/NĐ-CP): what each regime asks for, what
-- every reporting unit sent for every period, the consolidated reports, the reminders sent, and the
-- per-year holiday corrections the working-day deadlines need.
-- The figures of a submission are NOT stored here: they are data values (table data_value),
-- written through the data service; a submission holds its status and its narrative sections.
-- Expected reports (period x unit) are computed on read from the regime, never materialized.

create table report_regime (
  id                 integer generated always as identity primary key,
  code               text not null,
  name               text not null,
  legal_basis        text,                  -- the document that sets the regime ("Kế hoạch số 44/KH-BCĐCĐS")
  content            text,                  -- what the report is about (nội dung yêu cầu báo cáo)
  frequency          text not null check (frequency in ('month','quarter','sixmonth','ninemonth','year','adhoc')),
  method             text not null default 'system'
                       check (method in ('system','electronic_document','paper','email','fax')),
  receiving_unit_id  integer not null references org_unit(id),
  -- NĐ 09 window: from day `cutoff_start_day` of the month before the period to the day before it
  -- in the period's last month. 15 is the default of Điều 12; 1 means the calendar period.
  cutoff_start_day   integer not null default 15 check (cutoff_start_day between 1 and 28),
  deadline_text      text not null,         -- as written: "trước ngày 15 của tháng cuối quý"
  deadline_rule      jsonb not null,        -- parsed (src/core/calendar DeadlineRule)
  indicator_codes    text[] not null default '{}',
  -- Data items the regime asks for that are not (yet) indicators in the catalogue: they count
  -- against "share held by the system" in the regime review.
  extra_items        text[] not null default '{}',
  -- Outline (đề cương): [{key, title, guidance, required, maxLength}]
  sections           jsonb not null default '[]',
  -- Document template: number symbol, place, recipients, signer (NĐ 30/2020 layout).
  template           jsonb not null default '{}',
  start_period       text not null,         -- first period expected (of the frequency's type)
  end_period         text,
  adhoc_due          date,                  -- ad hoc regimes: the one deadline
  remind_before      integer[] not null default '{3,1}', -- working days before the deadline
  active             boolean not null default true,
  version            integer not null default 1,
  created_by         integer references app_user(id),
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  constraint report_regime_adhoc check ((frequency = 'adhoc') = (adhoc_due is not null))
);
create unique index report_regime_code_key on report_regime (lower(code));
create index report_regime_receiver_idx on report_regime (receiving_unit_id);

create table report_regime_unit (
  regime_id    integer not null references report_regime(id) on delete cascade,
  org_unit_id  integer not null references org_unit(id),
  primary key (regime_id, org_unit_id)
);
create index report_regime_unit_unit_idx on report_regime_unit (org_unit_id);

create table report_submission (
  id                   integer generated always as identity primary key,
  regime_id            integer not null references report_regime(id),
  period               text not null,
  org_unit_id          integer not null references org_unit(id),
  status               text not null default 'draft' check (status in ('draft','submitted','returned','accepted')),
  narrative            jsonb not null default '{}',  -- {sectionKey: text}
  -- The deadline in force when the report was first sent: later edits of the regime's rule do not
  -- turn a report that was on time into a late one.
  due_on               date not null,
  first_submitted_at   timestamptz,
  submitted_at         timestamptz,
  submitted_by         integer references app_user(id),
  submitted_by_name    text,
  reviewed_at          timestamptz,
  reviewed_by          integer references app_user(id),
  reviewed_by_name     text,
  return_reason        text,
  submit_count         integer not null default 0,
  version              integer not null default 1,
  created_at           timestamptz not null default now(),
  updated_at           timestamptz not null default now(),
  unique (regime_id, period, org_unit_id),
  constraint report_submission_sent check (status = 'draft' or first_submitted_at is not null)
);
create index report_submission_unit_idx on report_submission (org_unit_id, regime_id);

-- What happened to a submission, for the people who read it (the audit log keeps the full record).
create table report_submission_log (
  id             bigint generated always as identity primary key,
  submission_id  integer not null references report_submission(id),
  action         text not null check (action in ('save','submit','return','accept')),
  note           text,
  actor_id       integer references app_user(id),
  actor_name     text not null,
  at             timestamptz not null
);
create index report_submission_log_idx on report_submission_log (submission_id, at);

-- The receiving unit's consolidated report of a period: its number and date. The tables and the
-- narratives are computed from the accepted submissions each time the document is produced.
create table report_consolidation (
  id            integer generated always as identity primary key,
  regime_id     integer not null references report_regime(id),
  period        text not null,
  number        text,                      -- "12/BC-SKHCN"; null leaves "Số: .../BC-SKHCN" for the clerk
  doc_date      date not null,
  signer_name   text,
  created_by    integer references app_user(id),
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  version       integer not null default 1,
  unique (regime_id, period)
);

-- Every reminder sent, once per regime, period, unit, kind, step and deadline: re-running the job
-- sends nothing twice.
create table report_reminder (
  id            bigint generated always as identity primary key,
  regime_id     integer not null references report_regime(id),
  period        text not null,
  org_unit_id   integer not null references org_unit(id),
  kind          text not null check (kind in ('due_soon','overdue')),
  step          integer not null default 0,
  due_on        date not null,
  recipients    integer not null default 0,
  sent_at       timestamptz not null
);
create unique index report_reminder_once on report_reminder (regime_id, period, org_unit_id, kind, step, due_on);
create index report_reminder_unit_idx on report_reminder (org_unit_id, sent_at);

-- Per-year corrections of the public-holiday calendar (Tết dates, swaps, extra days off), as the
-- Government announces them; read into src/core/calendar's HolidayCalendar.
create table holiday_override (
  year        integer primary key check (year between 1900 and 2199),
  override    jsonb not null,
  updated_by  integer references app_user(id),
  updated_at  timestamptz not null default now()
);
