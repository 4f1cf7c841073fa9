-- Accounts and API tokens. Passwords are stored as Argon2id hashes and API tokens as
-- SHA-256 digests: neither can be read back, only checked.
create table access_account (
    id               bigint generated always as identity primary key,
    username         varchar(64)  not null unique,
    display_name     varchar(200) not null,
    password_hash    varchar(200) not null,
    role             varchar(16)  not null check (role in ('SECRETARIAT', 'DELEGATE', 'EXPERT', 'OBSERVER')),
    participant_code varchar(32),
    ministry         varchar(16) check (ministry in ('FOREIGN_AFFAIRS', 'DEFENCE')),
    demo             boolean      not null default false,
    created_at       timestamptz  not null default now(),
    check ((role = 'DELEGATE') = (participant_code is not null and ministry is not null))
);

create table access_api_token (
    id           bigint generated always as identity primary key,
    account_id   bigint       not null references access_account (id),
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index access_api_token_account_idx on access_api_token (account_id);
