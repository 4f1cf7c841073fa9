-- The parts of a notification's verdict that compliance counts, as plain columns beside
-- the verdict itself, so that the dashboard adds them up without reading every verdict's
-- JSON. They are derived from the verdict, written once with it, and never changed.

alter table csbm_notification
    add column notifiable boolean not null default false,
    add column late       boolean not null default false,
    add column days_late  bigint  not null default 0;

update csbm_notification
set notifiable = coalesce((verdict ->> 'notifiable')::boolean, false),
    late = coalesce((verdict ->> 'late')::boolean, false),
    days_late = coalesce((verdict ->> 'daysLate')::bigint, 0);

create index csbm_notification_compliance on csbm_notification (body_code, state, starts_on)
    include (notifiable, late, days_late);
