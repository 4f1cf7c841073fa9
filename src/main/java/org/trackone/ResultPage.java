package org.trackone;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param page zero-based page number
 * @param size the page size asked for
 * @param total how many items there are in all
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(items.stream().map(mapper).toList(), page, size, total);
    }

    /** Cuts an in-memory list into the requested page. */
    public static <T> ResultPage<T> of(List<T> all, PageRequest request) {
        int from = Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new ResultPage<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    /** A validated page number and size. */
    public record PageRequest(int page, int size) {

        public PageRequest {
            if (page < 0) {
                throw new RuleViolation("page", "validation.page.negative");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new RuleViolation("size", "validation.page.size", MAX_SIZE);
            }
        }

        public int offset() {
            return page * size;
        }
    }
}
