package org.innovationledger.query.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One page of a list (分页结果): its items, where it lies, and how many items the whole list has. */
@Schema(description = "One page of a list")
public record Page<T>(
        List<T> items,
        @Schema(description = "0-based page number", example = "0") int page,
        @Schema(description = "Items per page", example = "20") int size,
        @Schema(description = "Items in the whole list", example = "69") long totalItems,
        @Schema(description = "Pages in the whole list", example = "4") long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long totalPages = (totalItems + request.size() - 1) / request.size();
        return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
    }
}
