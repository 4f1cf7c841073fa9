-- Study groups and workshops of a dialogue: a mandate, members, a term; the studies they
-- publish; at the end of a term a memorandum of recommendations addressed to a track-one
-- body, whose response to each recommendation is tracked.
create table dialogue_study_group (
    id           bigserial primary key,
    code         text not null unique,
    name         text not null,
    kind         text not null check (kind in ('STUDY_GROUP', 'WORKSHOP', 'STUDY_PROJECT')),
    body_code    text not null,
    mandate      text not null,
    term_from    date not null,
    term_to      date not null,
    members      text[] not null default '{}',
    created_at   timestamptz not null default now(),
    created_by   text not null,
    check (term_from <= term_to)
);

create table dialogue_study (
    id            bigserial primary key,
    group_id      bigint not null references dialogue_study_group (id),
    title         text not null,
    summary       text not null,
    published_on  date not null,
    recorded_by   text not null
);

create table dialogue_memorandum (
    id            bigserial primary key,
    group_id      bigint not null references dialogue_study_group (id),
    title         text not null,
    addressed_to  text not null,
    submitted_on  date not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null default now()
);

create table dialogue_recommendation (
    id             bigserial primary key,
    memorandum_id  bigint not null references dialogue_memorandum (id),
    position       integer not null,
    text           text not null,
    unique (memorandum_id, position)
);

-- The track-one body's response to a recommendation; a later response supersedes, none is erased.
create table dialogue_recommendation_response (
    id                 bigserial primary key,
    recommendation_id  bigint not null references dialogue_recommendation (id),
    response           text not null check (response in ('TAKEN_UP', 'NOTED', 'DECLINED')),
    note               text not null default '',
    responded_on       date not null,
    recorded_by        text not null,
    recorded_at        timestamptz not null default now()
);

create trigger dialogue_study_immutable before update or delete on dialogue_study
    for each row execute function dialogue_refuse_change();
create trigger dialogue_memorandum_immutable before update or delete on dialogue_memorandum
    for each row execute function dialogue_refuse_change();
create trigger dialogue_recommendation_immutable before update or delete on dialogue_recommendation
    for each row execute function dialogue_refuse_change();
create trigger dialogue_recommendation_response_immutable before update or delete on dialogue_recommendation_response
    for each row execute function dialogue_refuse_change();
