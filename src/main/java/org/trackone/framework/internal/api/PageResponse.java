package org.trackone.framework.internal.api;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import org.trackone.ResultPage;

/** One page of a list: the items, the zero-based page number, the page size asked for and the total count. */
@Schema(description = "One page of a list.")
record PageResponse<T>(
        List<T> items,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(description = "Page size asked for.", example = "50") int size,
        @Schema(description = "How many items there are in all pages.", example = "10") long total) {

    static <S, T> PageResponse<T> of(ResultPage<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
