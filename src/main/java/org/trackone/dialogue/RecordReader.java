package org.trackone.dialogue;

import org.jspecify.annotations.Nullable;

/** Who is reading records: an account name (null when nobody is signed in) and whether it is the secretariat. */
public record RecordReader(@Nullable String username, boolean secretariat) {

    public static final RecordReader ANONYMOUS = new RecordReader(null, false);
}
