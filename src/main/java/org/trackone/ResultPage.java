package org.trackone;

import java.util.List;

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
    public static final int MAX_PAGE = 1_000_000;

    /** Cuts an in-memory list into the requested page. */
    public static <T> ResultPage<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new ResultPage<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    /** A validated page number and size. */
    public record PageRequest(int page, int size) {

        public PageRequest {
            if (page < 0 || page > MAX_PAGE) {
                throw new RuleViolation("page", "validation.page.range", MAX_PAGE);
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new RuleViolation("size", "validation.page.size", MAX_SIZE);
            }
        }

        public long offset() {
            return (long) page * size;
        }
    }
}
