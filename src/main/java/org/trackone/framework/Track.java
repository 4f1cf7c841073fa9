package org.trackone.framework;

/** Official talks (track one) or unofficial dialogue in a private capacity (track two). */
public enum Track {
    ONE, TWO
}
