package org.trackone.framework.internal.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.trackone.framework.Format;
import org.trackone.framework.ParticipantCode;

/** A named composition of a table and the participants it brings together. */
@Schema(name = "Format", description = "A named composition of a table, such as \"2+2\".")
record FormatResponse(
        @Schema(example = "2-plus-2") String code,
        @Schema(example = "2+2") String name,
        String description,
        @Schema(description = "Codes of the participants at the table.",
                example = "[\"KOR\", \"PRK\", \"USA\", \"CHN\"]")
        List<String> participants) {

    static FormatResponse of(Format format) {
        return new FormatResponse(format.code(), format.name(), format.description(),
                format.participants().stream().map(ParticipantCode::value).toList());
    }
}
