-- Data exchange and federation: system clients with hashed API keys and a usage log, federation
-- links between a lower and an upper dieuhanh instance, idempotent batch receipts, webhooks with a
-- delivery log. The change feed is data_value_history itself (ids are monotonic and written in the
-- same transaction as the value), so the write path needs no outbox of its own.

create table api_client (
  id                     integer generated always as identity primary key,
  name                   text not null,
  description            text,
  -- The first characters of the key, shown to admins so they can tell keys apart; useless alone.
  key_prefix             text not null,
  -- sha256 of the key. The key has 256 random bits, so a fast hash is enough; it is shown once.
  key_hash               text not null,
  access                 text not null check (access in ('read','write')),
  -- Subtrees the client may read (and write, with access = 'write').
  unit_ids               integer[] not null,
  -- Indicators it may read or write; empty means every indicator.
  indicator_codes        text[] not null default '{}',
  rate_limit_per_minute  integer not null default 600 check (rate_limit_per_minute between 1 and 100000),
  -- A lower dieuhanh instance syncing with this one, and the data groups shared down to it.
  federation             boolean not null default false,
  down_group_codes       text[] not null default '{}',
  disabled               boolean not null default false,
  created_by             integer references app_user(id),
  created_at             timestamptz not null default now(),
  last_used_at           timestamptz,
  version                integer not null default 1
);
create unique index api_client_key_hash_key on api_client (key_hash);
create unique index api_client_name_key on api_client (lower(name));

create table api_client_usage (
  id           bigint generated always as identity primary key,
  client_id    integer not null references api_client(id) on delete cascade,
  at           timestamptz not null default now(),
  method       text not null,
  route        text not null,
  status_code  integer not null,
  duration_ms  integer not null,
  ip           text
);
create index api_client_usage_client_idx on api_client_usage (client_id, at desc);

-- On a lower instance: its link to the upper one. The lower starts every exchange (push up, pull
-- down), so it can sit behind NAT and the upper needs no credentials of the lower.
create table sync_link (
  id                    integer generated always as identity primary key,
  uid                   text not null unique,          -- random; prefixes batch ids so they are never reused
  name                  text not null,
  upper_url             text not null,
  api_key               text not null,                 -- issued by the upper; needed in clear to call it
  owned_unit_ids        integer[] not null,            -- units whose figures this instance owns and pushes up
  group_codes           text[] not null default '{}',  -- data groups pushed up
  notify_secret         text,                          -- HMAC secret of the upper's "pull now" webhook
  paused                boolean not null default false,
  up_cursor             bigint not null default 0,     -- last local data_value_history id the upper acknowledged
  down_cursor           bigint not null default 0,     -- last upper data_value_history id applied here
  down_pending          integer not null default 0,    -- what the upper said was still waiting at the last pull
  down_meta_etag        text,
  next_attempt_at       timestamptz not null default now(),
  consecutive_failures  integer not null default 0,
  last_error            text,
  last_error_at         timestamptz,
  last_success_at       timestamptz,
  last_push_at          timestamptz,
  last_pull_at          timestamptz,
  pushed_values         bigint not null default 0,
  pulled_values         bigint not null default 0,
  created_by            integer references app_user(id),
  created_at            timestamptz not null default now(),
  version               integer not null default 1
);

-- Batches applied here, by peer ('client:5' for a lower instance's push, 'link:2' for a pull):
-- the same batch applied twice returns the first answer and changes nothing.
create table sync_batch (
  peer         text not null,
  batch_id     text not null,
  received_at  timestamptz not null default now(),
  value_count  integer not null,
  result       jsonb not null,
  primary key (peer, batch_id)
);
create index sync_batch_received_idx on sync_batch (peer, received_at desc);

-- The source's version of each figure last applied from a peer: an older or repeated one is skipped.
create table sync_value_version (
  peer            text not null,
  indicator_id    integer not null,
  org_unit_id     integer not null,
  period          text not null,
  disagg          text not null,
  source_version  integer not null,
  primary key (peer, indicator_id, org_unit_id, period, disagg)
);

-- Upper objects mirrored on a lower instance (targets), by the upper's id.
create table sync_remote_ref (
  link_id    integer not null references sync_link(id) on delete cascade,
  entity     text not null,
  remote_id  text not null,
  local_id   integer not null,
  primary key (link_id, entity, remote_id)
);

-- Tasks the upper assigned to units of the lower instance, as the upper last described them.
create table sync_inbound_task (
  link_id       integer not null references sync_link(id) on delete cascade,
  remote_id     integer not null,
  lead_unit_id  integer references org_unit(id),
  payload       jsonb not null,
  received_at   timestamptz not null default now(),
  updated_at    timestamptz not null default now(),
  primary key (link_id, remote_id)
);

create table webhook_subscription (
  id                   integer generated always as identity primary key,
  name                 text not null,
  url                  text not null,
  secret               text not null,                 -- HMAC key; needed in clear to sign
  events               text[] not null,               -- data_value, task
  unit_ids             integer[] not null default '{}', -- empty: every unit
  active               boolean not null default true,
  data_cursor          bigint not null default 0,     -- last data_value_history id turned into events
  task_cursor          bigint not null default 0,     -- last task_update id turned into events
  task_created_cursor  bigint not null default 0,     -- last task id turned into events
  created_by           integer references app_user(id),
  created_at           timestamptz not null default now(),
  version              integer not null default 1
);

create table webhook_delivery (
  id                bigint generated always as identity primary key,
  subscription_id   integer not null references webhook_subscription(id) on delete cascade,
  event_id          text not null,
  event_type        text not null,
  payload           jsonb not null,
  status            text not null default 'pending' check (status in ('pending','delivered','failed')),
  attempts          integer not null default 0,
  next_attempt_at   timestamptz not null default now(),
  last_status_code  integer,
  last_error        text,
  created_at        timestamptz not null default now(),
  delivered_at      timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at);
create index webhook_delivery_sub_idx on webhook_delivery (subscription_id, id desc);
