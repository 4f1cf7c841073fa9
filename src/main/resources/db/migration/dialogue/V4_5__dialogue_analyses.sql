-- An expert's analysis of a topic assigned for a meeting. A resubmission is a new version.
create table dialogue_analysis (
    id             bigserial primary key,
    assignment_id  bigint not null references dialogue_analysis_assignment (id),
    version        integer not null check (version >= 1),
    text           text not null check (length(text) between 1 and 50000),
    submitted_at   timestamptz not null default now(),
    submitted_by   text not null,
    unique (assignment_id, version)
);

create trigger dialogue_analysis_immutable before update or delete on dialogue_analysis
    for each row execute function dialogue_refuse_change();
