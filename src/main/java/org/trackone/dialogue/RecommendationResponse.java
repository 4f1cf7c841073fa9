package org.trackone.dialogue;

/** What a track-one body did with a recommendation carried to it from track two. */
public enum RecommendationResponse {
    TAKEN_UP, NOTED, DECLINED
}
