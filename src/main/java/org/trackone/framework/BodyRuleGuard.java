package org.trackone.framework;

/**
 * A part of the system that has a say before a body's record rule changes: the
 * dialogue's sessions, for one, may not be less strict than their body. Asked inside
 * the change's transaction, before anything is written; the framework knows nothing
 * of what each guard keeps.
 */
public interface BodyRuleGuard {

    /**
     * @throws org.trackone.RuleViolation naming {@code recordRule} when the body cannot
     *     take this record rule
     */
    void allow(String bodyCode, RecordRule recordRule);
}
