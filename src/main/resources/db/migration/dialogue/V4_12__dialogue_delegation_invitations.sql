-- The secretariat invites a participant's delegation, in a capacity, to a meeting. Each
-- delegate of that participant accepts for themselves (and is then registered in that
-- capacity), or a delegate declines for the delegation, once. A meeting of a body whose
-- records are not public registers the delegates of an invited delegation that has not
-- declined.
create table dialogue_delegation_invitation (
    id               bigserial primary key,
    meeting_id       bigint not null references dialogue_meeting (id),
    participant_code text not null,
    capacity         text not null check (capacity in ('OFFICIAL_DELEGATE', 'PRIVATE_CAPACITY', 'EXPERT', 'OBSERVER',
                         'SECRETARIAT')),
    invited_at       timestamptz not null default now(),
    invited_by       text not null,
    unique (meeting_id, participant_code)
);

-- A delegate's acceptance, for themselves: once per delegate.
create table dialogue_delegation_acceptance (
    invitation_id  bigint not null references dialogue_delegation_invitation (id),
    username       text not null,
    accepted_at    timestamptz not null default now(),
    primary key (invitation_id, username)
);

-- The delegation's refusal, given by one of its delegates: once per invitation.
create table dialogue_delegation_decline (
    invitation_id  bigint primary key references dialogue_delegation_invitation (id),
    declined_by    text not null,
    declined_at    timestamptz not null default now()
);

create trigger dialogue_delegation_invitation_immutable before update or delete on dialogue_delegation_invitation
    for each row execute function dialogue_refuse_change();
create trigger dialogue_delegation_acceptance_immutable before update or delete on dialogue_delegation_acceptance
    for each row execute function dialogue_refuse_change();
create trigger dialogue_delegation_decline_immutable before update or delete on dialogue_delegation_decline
    for each row execute function dialogue_refuse_change();
