-- The confidence-building regime of a body, one row per version. A version is never
-- updated or deleted: a change of the rules is a new version with a later effective date.
-- The body is named by its code, as the framework module's public API gives it.

create table csbm_rule_set_version (
    id             bigint generated always as identity primary key,
    body_code      varchar(32)  not null,
    version        int          not null check (version > 0),
    effective_from date         not null,
    rules          jsonb        not null,
    recorded_at    timestamptz  not null,
    recorded_by    varchar(100) not null,
    unique (body_code, version)
);

-- Which demonstration data sets of this module have been loaded, so a restart never loads one twice.
create table csbm_demo_load (
    source    varchar(200) primary key,
    loaded_at timestamptz  not null default now()
);
