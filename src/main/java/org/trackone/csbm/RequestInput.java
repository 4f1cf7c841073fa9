package org.trackone.csbm;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A request as a delegate sends it. A clarification names the submission it is about
 * (a notification or an exchange) and the day by which a reply is asked for; a request
 * about unusual military activity names the state asked, and its reply is due within the
 * hours of the rules in force.
 */
@Schema(description = "A request for clarification, or about unusual military activity.")
public record RequestInput(
        @Nullable RequestKind kind,
        @Schema(description = "For a request about unusual military activity: the state asked.", example = "RUS")
        @Nullable String addressee,
        @Schema(description = "For a clarification: the id of the notification it is about.") @Nullable Long aboutNotification,
        @Schema(description = "For a clarification: the id of the exchange it is about.") @Nullable Long aboutExchange,
        @Nullable String question,
        @Schema(description = "For a clarification: the day by which a reply is asked for, after today.")
        @Nullable LocalDate replyBy) {
}
