package org.innovationledger.query.store;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.innovationledger.api.common.RegionCode;
import org.innovationledger.api.achievement.SavingsPeriod;
import org.innovationledger.api.common.Yuan;
import org.innovationledger.api.patent.ApplicationNumber;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as BSON documents and back, field by field under the record's component names, in the forms every
 * read model here stores: dates as ISO strings ({@code "2024-05-01"}), money as Decimal128 with two decimals, other
 * exact decimals (a contributor's share) as Decimal128 as they are, enums as their names, application numbers, region
 * codes and savings periods as their strings, lists as arrays and nested records as documents. The entries of a view (a patent's office actions, an achievement's savings claims…) and the facts of
 * a history are plain records, so one mapping serves every read model; a renamed component changes the stored
 * field, which a replay rebuilds.
 */
public final class RecordDocuments {

    private RecordDocuments() {
    }

    public static Document toDocument(Record record) {
        Document document = new Document();
        for (Component component : COMPONENTS.get(record.getClass())) {
            document.append(component.name(), toBson(component.read(record)));
        }
        return document;
    }

    /** A record component with its accessor made accessible once (reflection per call was a replay hot spot). */
    record Component(String name, Class<?> type, Method accessor) {

        Object read(Record record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name, e.getCause());
            }
        }
    }

    /** The components of each record type, in declaration order. */
    static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(component -> {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                return new Component(component.getName(), component.getType(), accessor);
            }).toList();
        }
    };

    public static List<Document> toDocuments(List<? extends Record> records) {
        return records.stream().map(RecordDocuments::toDocument).toList();
    }

    public static <R extends Record> R fromDocument(Document document, Class<R> type) {
        if (document == null) {
            return null;
        }
        Construction construction = CONSTRUCTIONS.get(type);
        Object[] values = new Object[construction.names().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = fromBson(document.get(construction.names()[i]), construction.types()[i]);
        }
        try {
            return type.cast(construction.constructor().newInstance(values));
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getName() + " from " + document, e.getCause());
        }
    }

    /** How a record type is built from its components, found once per type. */
    private record Construction(String[] names, Type[] types, Constructor<?> constructor) {
    }

    private static final ClassValue<Construction> CONSTRUCTIONS = new ClassValue<>() {
        @Override
        protected Construction computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return new Construction(Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new),
                                        Arrays.stream(components).map(RecordComponent::getGenericType)
                                              .toArray(Type[]::new),
                                        constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("cannot build " + type.getName(), e);
            }
        }
    };

    public static <R extends Record> List<R> fromDocuments(List<Document> documents, Class<R> type) {
        return documents == null ? List.of()
                : documents.stream().map(document -> fromDocument(document, type)).toList();
    }

    /** A value as stored. */
    public static Object toBson(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Yuan yuan) {
            return new Decimal128(yuan.amount());
        }
        if (value instanceof BigDecimal decimal) {
            return new Decimal128(decimal);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof ApplicationNumber || value instanceof RegionCode || value instanceof SavingsPeriod) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RecordDocuments::toBson).toList();
        }
        if (value instanceof Record record) {
            return toDocument(record);
        }
        throw new IllegalArgumentException("no stored form for " + value.getClass().getName());
    }

    /**
     * A stored value in a form JSON shows as the API does: money as a decimal string with two decimals, a decimal
     * with more (a share of 33.333 percent) as its exact string, documents as objects.
     */
    public static Object toJson(Object stored) {
        if (stored instanceof Decimal128 amount) {
            BigDecimal decimal = amount.bigDecimalValue();
            return Yuan.hasValidScale(decimal) ? new Yuan(decimal).toString() : decimal.toPlainString();
        }
        if (stored instanceof Document document) {
            Map<String, Object> object = new LinkedHashMap<>();
            document.forEach((key, value) -> object.put(key, toJson(value)));
            return object;
        }
        if (stored instanceof List<?> list) {
            return list.stream().map(RecordDocuments::toJson).toList();
        }
        return stored;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object fromBson(Object stored, Type type) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (stored == null) {
            if (raw == int.class || raw == long.class) {
                return raw == int.class ? 0 : 0L;
            }
            return raw == boolean.class ? false : raw == List.class ? List.of() : null;
        }
        if (raw == String.class || raw == Boolean.class || raw == boolean.class) {
            return stored;
        }
        if (raw == int.class || raw == Integer.class) {
            return ((Number) stored).intValue();
        }
        if (raw == long.class || raw == Long.class) {
            return ((Number) stored).longValue();
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse((String) stored);
        }
        if (raw == Yuan.class) {
            return new Yuan(((Decimal128) stored).bigDecimalValue());
        }
        if (raw == BigDecimal.class) {
            return ((Decimal128) stored).bigDecimalValue();
        }
        if (raw == SavingsPeriod.class) {
            return SavingsPeriod.parse((String) stored);
        }
        if (raw.isEnum()) {
            return Enum.valueOf((Class<Enum>) raw, (String) stored);
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            return ((List<?>) stored).stream().map(item -> fromBson(item, element)).toList();
        }
        if (raw.isRecord()) {
            return fromDocument((Document) stored, (Class<Record>) raw);
        }
        throw new IllegalArgumentException("cannot read a " + raw.getName() + " from " + stored);
    }

}
