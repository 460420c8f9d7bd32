package org.innovationledger.query.patent;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.query.patent.PatentCounts.Group;
import org.innovationledger.query.patent.PatentDetail.StudioRef;
import org.innovationledger.query.web.InvalidQueryException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How to count patents (专利统计口径): the dimensions to group by and which year {@code year} means. Patents never
 * granted have no year of grant, so counting by the year granted counts granted patents only (including those
 * that lapsed, expired or were invalidated since).
 */
record PatentGrouping(List<Dimension> dimensions, YearOf yearOf) {

    /** What patents can be grouped by. */
    enum Dimension {
        STUDIO("studio"), ENTERPRISE("enterprise"), REGION("region"), TYPE("type"), STATUS("status"), YEAR("year");

        private final String parameter;

        Dimension(String parameter) {
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }

    /** The year {@code year} stands for. */
    enum YearOf {
        FILED(PatentDocuments.FILED_YEAR), GRANTED(PatentDocuments.GRANTED_YEAR);

        private final String field;

        YearOf(String field) {
            this.field = field;
        }
    }

    static PatentGrouping parse(String groupBy, String yearOf) {
        if (groupBy == null || groupBy.isBlank()) {
            throw invalidGroupBy(groupBy);
        }
        Set<Dimension> dimensions = new LinkedHashSet<>();
        for (String part : groupBy.split(",", -1)) {
            Dimension dimension = Arrays.stream(Dimension.values())
                                        .filter(candidate -> candidate.parameter.equals(part.trim()))
                                        .findFirst().orElseThrow(() -> invalidGroupBy(groupBy));
            if (!dimensions.add(dimension)) {
                throw new InvalidQueryException("groupBy", "groupBy names " + part.trim() + " twice");
            }
        }
        return new PatentGrouping(List.copyOf(dimensions), parseYearOf(yearOf));
    }

    /** {@code $match} the filter, then {@code $group} by the dimensions, counting. */
    List<Bson> pipeline(Bson filter) {
        Bson match = dimensions.contains(Dimension.YEAR) && yearOf == YearOf.GRANTED
                ? Filters.and(filter, Filters.ne(PatentDocuments.GRANTED_YEAR, null)) : filter;
        Document key = new Document();
        dimensions.forEach(dimension -> key.append(dimension.parameter, "$" + field(dimension)));
        return List.of(Aggregates.match(match), Aggregates.group(key, Accumulators.sum("count", 1)));
    }

    /** The groups the aggregation answered, with studio names from the studios known, in dimension order. */
    List<Group> groups(List<Document> rows, Function<Set<String>, Map<String, StudioRef>> studios) {
        Set<String> studioIds = dimensions.contains(Dimension.STUDIO)
                ? rows.stream().map(row -> row.get("_id", Document.class).getString("studio"))
                      .filter(Objects::nonNull).collect(Collectors.toSet())
                : Set.of();
        Map<String, StudioRef> known = studios.apply(studioIds);
        List<Group> groups = new ArrayList<>();
        for (Document row : rows) {
            Document key = row.get("_id", Document.class);
            String studioId = key.getString("studio");
            StudioRef studio = studioId == null ? null : known.get(studioId);
            Number year = key.get("year", Number.class);
            groups.add(new Group(studioId, studio == null ? null : studio.name(), key.getString("enterprise"),
                                 key.getString("region"), enumOf(PatentType.class, key.getString("type")),
                                 enumOf(PatentStatus.class, key.getString("status")),
                                 year == null ? null : year.intValue(), row.get("count", Number.class).longValue()));
        }
        groups.sort(order());
        return groups;
    }

    List<String> parameters() {
        return dimensions.stream().map(Dimension::parameter).toList();
    }

    /** {@code filed} or {@code granted}, as the parameter names it. */
    String yearOfName() {
        return yearOf.name().toLowerCase(Locale.ROOT);
    }

    private String field(Dimension dimension) {
        return switch (dimension) {
            case STUDIO -> PatentDocuments.STUDIO_ID;
            case ENTERPRISE -> PatentDocuments.STUDIO_ENTERPRISE;
            case REGION -> PatentDocuments.STUDIO_REGION;
            case TYPE -> PatentDocuments.TYPE;
            case STATUS -> PatentDocuments.STATUS;
            case YEAR -> yearOf.field;
        };
    }

    private Comparator<Group> order() {
        Comparator<Group> order = (a, b) -> 0;
        for (Dimension dimension : dimensions) {
            order = order.thenComparing(switch (dimension) {
                case STUDIO -> Comparator.comparing(Group::studioName, nullsLast())
                                         .thenComparing(Group::studioId, nullsLast());
                case ENTERPRISE -> Comparator.comparing(Group::enterprise, nullsLast());
                case REGION -> Comparator.comparing(Group::regionCode, nullsLast());
                case TYPE -> Comparator.comparing(Group::type, nullsLast());
                case STATUS -> Comparator.comparing(Group::status, nullsLast());
                case YEAR -> Comparator.comparing(Group::year, nullsLast());
            });
        }
        return order;
    }

    private static <T extends Comparable<? super T>> Comparator<T> nullsLast() {
        return Comparator.nullsLast(Comparator.naturalOrder());
    }

    private static YearOf parseYearOf(String raw) {
        if (raw == null || raw.isBlank()) {
            return YearOf.FILED;
        }
        return Arrays.stream(YearOf.values()).filter(value -> value.name().equalsIgnoreCase(raw.trim())).findFirst()
                     .orElseThrow(() -> new InvalidQueryException("yearOf", "yearOf must be filed or granted; got '"
                             + raw + "'"));
    }

    private static InvalidQueryException invalidGroupBy(String raw) {
        String names = Arrays.stream(Dimension.values()).map(Dimension::parameter).collect(Collectors.joining(", "));
        return new InvalidQueryException("groupBy", "groupBy must name one or more of " + names
                + ", separated by commas, e.g. studio,year; got '" + (raw == null ? "" : raw) + "'");
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
