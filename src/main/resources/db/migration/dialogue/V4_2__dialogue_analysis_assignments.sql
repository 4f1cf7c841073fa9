-- The secretariat assigns a topic that recurs across the perspectives to an expert, who
-- prepares an analysis of it for the meeting. An assignment is on record: never changed
-- nor deleted.
create table dialogue_analysis_assignment (
    id               bigserial primary key,
    meeting_id       bigint not null references dialogue_meeting (id),
    topic            text not null,
    expert           text not null,
    note             text not null default '',
    assigned_at      timestamptz not null default now(),
    assigned_by      text not null,
    unique (meeting_id, topic, expert)
);

create trigger dialogue_analysis_assignment_immutable before update or delete on dialogue_analysis_assignment
    for each row execute function dialogue_refuse_change();
