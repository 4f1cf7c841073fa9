package org.trackone.framework;

/** What a body's records disclose: public, restricted to those taking part, or off the record (nothing attributed). */
public enum RecordRule {
    PUBLIC, RESTRICTED, OFF_THE_RECORD
}
