-- Indicator core: catalogue (versioned definitions), data values with history, targets, rules.

create table indicator_group (
  id    integer generated always as identity primary key,
  code  text not null unique,
  name  text not null,
  sort  integer not null default 0
);

create table indicator (
  id                integer generated always as identity primary key,
  code              text not null,
  name              text not null,
  unit              text not null default '',          -- đơn vị tính: %, hồ sơ, người, tỷ đồng
  value_type        text not null check (value_type in ('number','integer','percent')),
  -- sum; average; last (stock figures: latest period in time, summed across units);
  -- ratio (sum of numerators over sum of denominators, times scale); none (not aggregated up).
  aggregation       text not null check (aggregation in ('sum','average','last','ratio','none')),
  period_type       text not null check (period_type in ('day','week','month','quarter','sixmonth','ninemonth','year')),
  formula           text,                               -- computed indicator: expression over other codes
  direction         text not null default 'up' check (direction in ('up','down')),
  decimals          integer not null default 1 check (decimals between 0 and 6),
  scale             double precision not null default 100, -- ratio value = numerator / denominator * scale
  min_value         double precision,
  max_value         double precision,
  numerator_label   text,
  denominator_label text,
  -- Which unit kinds report it (e.g. {commune,ward}); empty: the owner unit reports it alone.
  reporter_kinds    text[] not null default '{}',
  -- Optional disaggregation: {"dimension":"sex","options":[{"code":"nam","name":"Nam"},...]}
  disaggregation    jsonb,
  due_days          integer not null default 10,        -- a figure is timely if entered within N days after its period
  owner_unit_id     integer references org_unit(id),    -- chủ trì thực hiện
  monitor_unit_id   integer references org_unit(id),    -- chủ trì theo dõi, đôn đốc
  source            text,
  definition        text,
  is_public         boolean not null default false,
  active            boolean not null default true,
  version           integer not null default 1,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now()
);
create unique index indicator_code_key on indicator (lower(code));

create table indicator_group_member (
  indicator_id integer not null references indicator(id) on delete cascade,
  group_id     integer not null references indicator_group(id) on delete cascade,
  primary key (indicator_id, group_id)
);

-- Every saved definition, so a figure can be read against the definition in force when it was entered.
create table indicator_version (
  indicator_id integer not null references indicator(id) on delete cascade,
  version      integer not null,
  definition   jsonb not null,
  changed_by   integer,
  changed_at   timestamptz not null default now(),
  primary key (indicator_id, version)
);

create table data_value (
  indicator_id  integer not null references indicator(id),
  org_unit_id   integer not null references org_unit(id),
  period        text not null,
  disagg        text not null default '',               -- '' = no disaggregation, else an option code
  -- Denormalized from the period code so that "every month of 2025Q2" is an index range scan.
  period_type   text not null,
  period_start  date not null,
  period_end    date not null,
  value         double precision,
  numerator     double precision,
  denominator   double precision,
  status        text not null default 'draft' check (status in ('draft','submitted','approved')),
  comment       text,
  version       integer not null default 1,
  updated_by    integer,
  updated_at    timestamptz not null default now(),
  primary key (indicator_id, org_unit_id, period, disagg)
);
create index data_value_range_idx on data_value (indicator_id, period_start, org_unit_id);

create table data_value_history (
  id            bigint generated always as identity primary key,
  indicator_id  integer not null,
  org_unit_id   integer not null,
  period        text not null,
  disagg        text not null,
  value         double precision,
  numerator     double precision,
  denominator   double precision,
  status        text not null,
  comment       text,
  version       integer not null,
  changed_by    integer,
  changed_at    timestamptz not null default now(),
  action        text not null
);
create index data_value_history_key_idx on data_value_history (indicator_id, org_unit_id, period);

-- Targets (chỉ tiêu): a comparator and value for an indicator, a scope and a period.
create table target (
  id              integer generated always as identity primary key,
  indicator_id    integer not null references indicator(id),
  comparator      text not null check (comparator in ('>=','>','<=','<','=','between')),
  value           double precision not null,
  value_max       double precision,
  -- unit: that unit; subtree: the unit and everything below; level: every unit of kind level_kind under org_unit_id.
  scope_kind      text not null check (scope_kind in ('unit','subtree','level')),
  org_unit_id     integer not null references org_unit(id),
  level_kind      text,
  period          text not null,                       -- the period the target is for, e.g. 2025 or 2025Q4
  baseline_value  double precision,
  plan_ref        text,                                -- e.g. "Kế hoạch 44/KH-BCĐCĐS"
  plan_id         integer,
  monitor_unit_id integer references org_unit(id),
  note            text,
  version         integer not null default 1,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);
create index target_indicator_idx on target (indicator_id);

-- Rules between indicators, checked for each unit and period a write touches, e.g. ONLINE <= TOTAL.
create table validation_rule (
  id        integer generated always as identity primary key,
  code      text not null unique,
  name      text not null,
  left_expr text not null,
  op        text not null check (op in ('<=','<','>=','>','=')),
  right_expr text not null,
  severity  text not null default 'error' check (severity in ('error','warning'))
);
