package org.trackone.csbm;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** An urgent message over the hotline, as a delegate sends it to another participating state. */
@Schema(description = "An urgent message to another participating state.")
public record HotlineMessageInput(
        @Schema(description = "The state the message is for.", example = "PRK") @Nullable String addressee,
        @Schema(description = "The message.") @Nullable String message) {
}
