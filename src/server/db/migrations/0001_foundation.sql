-- Platform foundation: org units with history, users, scoped role grants, sessions, audit, jobs.

create table org_unit (
  id          integer generated always as identity primary key,
  code        text not null,
  name        text not null,
  short_name  text,
  kind        text not null check (kind in ('central','province','department','district','commune','ward','special_zone','division','other')),
  parent_id   integer references org_unit(id),
  -- Materialized path of ids, '/1/7/42/': a subtree is a prefix match, ancestors are its segments.
  path        text not null,
  depth       integer not null,
  valid_from  date not null default '1900-01-01',
  valid_to    date,
  version     integer not null default 1,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  constraint org_unit_valid_range check (valid_to is null or valid_to >= valid_from)
);
create unique index org_unit_code_key on org_unit (lower(code));
create index org_unit_path_idx on org_unit (path text_pattern_ops);
create index org_unit_parent_idx on org_unit (parent_id);

-- Mergers, splits and renames: data of a predecessor adds up under its successor from `effective_date`.
create table org_unit_succession (
  predecessor_id integer not null references org_unit(id),
  successor_id   integer not null references org_unit(id),
  effective_date date not null,
  kind           text not null check (kind in ('merge','split','rename')),
  primary key (predecessor_id, successor_id)
);
create index org_unit_succession_successor_idx on org_unit_succession (successor_id);

create table app_user (
  id              integer generated always as identity primary key,
  username        text not null,
  full_name       text not null,
  email           text,
  password_hash   text not null,
  locale          text not null default 'vi',
  disabled        boolean not null default false,
  totp_secret     text,
  totp_enabled    boolean not null default false,
  failed_logins   integer not null default 0,
  locked_until    timestamptz,
  last_login_at   timestamptz,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now()
);
create unique index app_user_username_key on app_user (lower(username));

create table role_grant (
  user_id     integer not null references app_user(id) on delete cascade,
  role        text not null check (role in ('admin','leader','office','officer','viewer')),
  org_unit_id integer not null references org_unit(id),
  primary key (user_id, role, org_unit_id)
);

create table user_session (
  id            text primary key,          -- sha256 of the cookie token; the token itself is never stored
  user_id       integer not null references app_user(id) on delete cascade,
  csrf_token    text not null,
  created_at    timestamptz not null default now(),
  last_seen_at  timestamptz not null default now(),
  expires_at    timestamptz not null,
  ip            text,
  user_agent    text
);
create index user_session_user_idx on user_session (user_id);

-- Append-only, hash-chained: hash = sha256(prev_hash || canonical JSON of the event).
create table audit_event (
  seq          bigint primary key,
  at           timestamptz not null,
  actor_id     integer,
  actor_name   text,
  action       text not null,
  entity_type  text not null,
  entity_id    text,
  org_unit_id  integer,
  before       jsonb,
  after        jsonb,
  request_id   text,
  ip           text,
  prev_hash    text not null,
  hash         text not null
);
create index audit_event_at_idx on audit_event (at);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
create index audit_event_actor_idx on audit_event (actor_id);

-- One row holding the chain's head. Appending locks it, so events get gap-free sequence numbers
-- and each links to the one before, across any number of app instances.
create table audit_head (
  id    integer primary key check (id = 1),
  seq   bigint not null,
  hash  text not null
);
insert into audit_head (id, seq, hash) values (1, 0, 'GENESIS');

create table idempotency_key (
  key          text not null,
  principal    text not null,
  route        text not null,
  status_code  integer not null,
  body         text not null,
  created_at   timestamptz not null default now(),
  primary key (principal, key)
);

-- Background jobs, claimed with FOR UPDATE SKIP LOCKED so several app instances share the work.
create table job (
  id           bigint generated always as identity primary key,
  kind         text not null,
  payload      jsonb not null default '{}',
  run_at       timestamptz not null default now(),
  status       text not null default 'pending' check (status in ('pending','running','done','failed')),
  attempts     integer not null default 0,
  last_error   text,
  locked_until timestamptz,
  unique_key   text,
  created_at   timestamptz not null default now(),
  finished_at  timestamptz
);
create index job_due_idx on job (status, run_at);
create unique index job_unique_key on job (unique_key) where unique_key is not null;
