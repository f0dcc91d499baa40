-- A version number for the catalogues that every analytics read needs (units, successions,
-- indicators). Readers cache them in memory keyed by (database id, version); any write to those
-- tables bumps the version in the same transaction, so a cache is never stale, on any instance.

create table catalog_version (
  id  uuid not null default gen_random_uuid(),
  v   bigint not null default 1,
  singleton boolean primary key default true check (singleton)
);
insert into catalog_version default values;

create function bump_catalog_version() returns trigger language plpgsql as $$
begin
  update catalog_version set v = v + 1;
  return null;
end;
$$;

create trigger org_unit_catalog_version after insert or update or delete on org_unit
  for each statement execute function bump_catalog_version();
create trigger org_unit_succession_catalog_version after insert or update or delete on org_unit_succession
  for each statement execute function bump_catalog_version();
create trigger indicator_catalog_version after insert or update or delete on indicator
  for each statement execute function bump_catalog_version();
create trigger indicator_group_member_catalog_version after insert or update or delete on indicator_group_member
  for each statement execute function bump_catalog_version();
