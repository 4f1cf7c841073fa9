-- A PDF submitted with one version of a national perspective, with its SHA-256. Part of
-- the submission: written in the same transaction, never changed nor deleted; the next
-- version of the perspective carries its own attachment or none.
create table dialogue_perspective_attachment (
    perspective_id  bigint primary key references dialogue_perspective (id),
    file_name       text not null check (length(file_name) between 1 and 200),
    size            integer not null check (size > 0),
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea not null,
    check (length(content) = size)
);

create trigger dialogue_perspective_attachment_immutable before update or delete on dialogue_perspective_attachment
    for each row execute function dialogue_refuse_change();
