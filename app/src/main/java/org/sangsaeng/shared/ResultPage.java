package org.sangsaeng.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list searched and paged on the server.
 *
 * @param page the page's number, from 0
 * @param size how many items a page holds at most
 * @param total how many items the whole search found
 */
public record ResultPage<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 100;

    public ResultPage {
        items = List.copyOf(items);
    }

    public static <E, T> ResultPage<T> of(
            org.springframework.data.domain.Page<E> found, Function<E, T> mapping) {
        return new ResultPage<>(
                found.getContent().stream().map(mapping).toList(),
                found.getTotalElements(),
                found.getNumber(),
                found.getSize());
    }

    /**
     * A page request a client may make: page from 0, size 1 to {@value #MAX_SIZE}; refused
     * otherwise.
     */
    public static org.springframework.data.domain.PageRequest request(
            int page, int size, org.springframework.data.domain.Sort sort) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("error.page.invalid", MAX_SIZE);
        }
        return org.springframework.data.domain.PageRequest.of(page, size, sort);
    }
}
