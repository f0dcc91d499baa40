-- Leader dashboard: saved views per user (shareable by link) and unit boundaries for the map.

-- A saved view is a user's arrangement of the dashboard (scope, indicator groups, period, ranking
-- and score weights). Shared views are opened by their token; what each viewer sees is still
-- limited by that viewer's own grants.
create table dashboard_view (
  id          integer generated always as identity primary key,
  token       text not null,
  user_id     integer not null references app_user(id) on delete cascade,
  name        text not null,
  config      jsonb not null default '{}',
  shared      boolean not null default false,
  version     integer not null default 1,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now()
);
create unique index dashboard_view_token_key on dashboard_view (token);
create index dashboard_view_user_idx on dashboard_view (user_id);

-- One boundary per unit: a GeoJSON Polygon or MultiPolygon in WGS 84 (lon, lat), keyed by the
-- unit so that a merger or rename keeps its shape. Stored as jsonb: the map only draws shapes, it
-- never asks spatial questions, so PostGIS is not needed (and PGlite does not have it).
create table geo_boundary (
  org_unit_id  integer primary key references org_unit(id),
  geometry     jsonb not null,
  source       text not null default 'import',   -- 'demo' (generated) or 'import'
  properties   jsonb not null default '{}',
  imported_by  integer references app_user(id),
  imported_at  timestamptz not null default now()
);
