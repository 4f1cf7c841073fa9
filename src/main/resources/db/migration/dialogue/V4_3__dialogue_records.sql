-- Who attends a meeting, in which capacity, and the records of its sessions.

create table dialogue_attendance (
    id               bigserial primary key,
    meeting_id       bigint not null references dialogue_meeting (id),
    username         text not null,
    participant_code text,
    capacity         text not null check (capacity in ('OFFICIAL_DELEGATE', 'PRIVATE_CAPACITY', 'EXPERT', 'OBSERVER',
                         'SECRETARIAT')),
    registered_at    timestamptz not null default now(),
    registered_by    text not null,
    unique (meeting_id, username)
);

-- The record of one session, drafted by its rapporteur. Every change is a new version:
-- draft, then the amendment phase (open to attendees), then final, after which nothing
-- changes.
create table dialogue_record (
    id               bigserial primary key,
    meeting_id       bigint not null references dialogue_meeting (id),
    session_position integer not null,
    rapporteur       text not null,
    created_at       timestamptz not null default now(),
    unique (meeting_id, session_position),
    foreign key (meeting_id, session_position) references dialogue_session (meeting_id, position)
);

create table dialogue_record_version (
    id          bigserial primary key,
    record_id   bigint not null references dialogue_record (id),
    version     integer not null check (version >= 1),
    status      text not null check (status in ('DRAFT', 'AMENDMENT', 'FINAL')),
    body        text not null,
    search      tsvector generated always as (to_tsvector('simple', body)) stored,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    unique (record_id, version)
);
create index dialogue_record_version_search_idx on dialogue_record_version using gin (search);
-- At most one final version per record: once final, a record is locked.
create unique index dialogue_record_one_final_idx on dialogue_record_version (record_id) where status = 'FINAL';

-- A statement of one version of a record. Speaker and affiliation only where the
-- session is on the record: under the Chatham House Rule, off the record or closed, the
-- database itself refuses them.
create table dialogue_record_statement (
    id           bigserial primary key,
    version_id   bigint not null references dialogue_record_version (id),
    position     integer not null,
    speaker      text,
    affiliation  text,
    text         text not null,
    unique (version_id, position)
);

create function dialogue_statement_attribution() returns trigger language plpgsql as $$
declare
    rule text;
begin
    if new.speaker is null and new.affiliation is null then
        return new;
    end if;
    select s.record_rule into rule
    from dialogue_record_version v
    join dialogue_record r on r.id = v.record_id
    join dialogue_session s on s.meeting_id = r.meeting_id and s.position = r.session_position
    where v.id = new.version_id;
    if rule is distinct from 'ON_THE_RECORD' then
        raise exception 'statements of a session under rule % carry no speaker nor affiliation', rule;
    end if;
    return new;
end $$;

create trigger dialogue_record_statement_attribution before insert on dialogue_record_statement
    for each row execute function dialogue_statement_attribution();

-- An attendee's proposed change to a record in its amendment phase.
create table dialogue_record_amendment (
    id           bigserial primary key,
    record_id    bigint not null references dialogue_record (id),
    version_id   bigint not null references dialogue_record_version (id),
    proposed_by  text not null,
    text         text not null,
    proposed_at  timestamptz not null default now()
);

create trigger dialogue_attendance_immutable before update or delete on dialogue_attendance
    for each row execute function dialogue_refuse_change();
create trigger dialogue_record_version_immutable before update or delete on dialogue_record_version
    for each row execute function dialogue_refuse_change();
create trigger dialogue_record_statement_immutable before update or delete on dialogue_record_statement
    for each row execute function dialogue_refuse_change();
create trigger dialogue_record_amendment_immutable before update or delete on dialogue_record_amendment
    for each row execute function dialogue_refuse_change();
