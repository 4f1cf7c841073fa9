-- The secretariat designates the rapporteur of each session, an attendee who is not an
-- observer, before the record starts. A new designation is a new row; the latest applies.
-- Named by meeting and position like records; a session with a designation is not removed
-- (the service refuses it), so no row points at a session that is gone.
create table dialogue_rapporteur (
    id               bigserial primary key,
    meeting_id       bigint not null references dialogue_meeting (id),
    session_position integer not null,
    username         text not null,
    designated_at    timestamptz not null default now(),
    designated_by    text not null
);
create index dialogue_rapporteur_session_idx on dialogue_rapporteur (meeting_id, session_position, id);

create trigger dialogue_rapporteur_immutable before update or delete on dialogue_rapporteur
    for each row execute function dialogue_refuse_change();
