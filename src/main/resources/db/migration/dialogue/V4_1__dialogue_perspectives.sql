-- National perspectives: before a meeting each delegation submits one by its foreign
-- ministry and one by its defence ministry. A submission is an official act: never
-- updated nor deleted. A second submission by the same ministry for the same meeting is
-- the next version, pointing at the one it supersedes.
create table dialogue_perspective (
    id               bigserial primary key,
    meeting_id       bigint not null references dialogue_meeting (id),
    participant_code text not null,
    ministry         text not null check (ministry in ('FOREIGN_AFFAIRS', 'DEFENCE')),
    version          integer not null check (version >= 1),
    supersedes_id    bigint references dialogue_perspective (id),
    language         text not null check (language in ('en', 'ko', 'ja', 'zh', 'ru')),
    text             text not null check (length(text) between 1 and 50000),
    topics           text[] not null default '{}',
    submitted_at     timestamptz not null default now(),
    submitted_by     text not null,
    late             boolean not null,
    unique (meeting_id, participant_code, ministry, version),
    check ((version = 1) = (supersedes_id is null))
);

create function dialogue_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is an official record: it is never changed nor deleted; submit a new version', tg_table_name;
end $$;

create trigger dialogue_perspective_immutable before update or delete on dialogue_perspective
    for each row execute function dialogue_refuse_change();
