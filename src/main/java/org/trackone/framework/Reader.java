package org.trackone.framework;

/**
 * Who is reading, as far as the framework's records care: an insider (the secretariat,
 * a delegate, an expert) also reads the notes on memberships of bodies whose record
 * rule is not public; observers and anonymous visitors read only what is public.
 */
public record Reader(boolean insider) {

    public static final Reader PUBLIC = new Reader(false);
    public static final Reader INSIDER = new Reader(true);

    boolean readsNotesOf(Body body) {
        return insider || body.recordRule() == RecordRule.PUBLIC;
    }
}
