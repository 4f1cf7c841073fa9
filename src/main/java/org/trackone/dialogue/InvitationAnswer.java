package org.trackone.dialogue;

/** An invited person's answer to an invitation, given once. */
public enum InvitationAnswer {
    ACCEPTED, DECLINED
}
