-- The secretariat invites a person (an account), for a participant or in a capacity of
-- their own, to a meeting; the person accepts (and is then registered) or declines, once.
-- A meeting of a body whose records are not public registers only invited persons.
create table dialogue_invitation (
    id               bigserial primary key,
    meeting_id       bigint not null references dialogue_meeting (id),
    username         text not null,
    participant_code text,
    capacity         text not null check (capacity in ('OFFICIAL_DELEGATE', 'PRIVATE_CAPACITY', 'EXPERT', 'OBSERVER',
                         'SECRETARIAT')),
    invited_at       timestamptz not null default now(),
    invited_by       text not null,
    unique (meeting_id, username)
);

create table dialogue_invitation_answer (
    invitation_id  bigint primary key references dialogue_invitation (id),
    answer         text not null check (answer in ('ACCEPTED', 'DECLINED')),
    answered_at    timestamptz not null default now(),
    answered_by    text not null
);

create trigger dialogue_invitation_immutable before update or delete on dialogue_invitation
    for each row execute function dialogue_refuse_change();
create trigger dialogue_invitation_answer_immutable before update or delete on dialogue_invitation_answer
    for each row execute function dialogue_refuse_change();
