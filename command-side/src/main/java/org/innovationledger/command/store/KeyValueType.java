package org.innovationledger.command.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * How the embedded store keeps the keys of its unique indexes: strings and numbers written directly and compared
 * with MongoDB's value order. H2's default type compares such keys by Java-serializing both sides on every step
 * of a B-tree search, which made every indexed lookup and insert of mongo-java-server's H2 backend slow (profiled:
 * most of the store's CPU time). Other value types still fall back to Java serialization.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    static final KeyValueType INSTANCE = new KeyValueType();

    private static final byte NULL = 0;
    private static final byte MISSING = 1;
    private static final byte LONG = 2;
    private static final byte INTEGER = 3;
    private static final byte DOUBLE = 4;
    private static final byte STRING = 5;
    private static final byte TRUE = 6;
    private static final byte FALSE = 7;
    private static final byte SERIALIZED = 9;

    private final ValueComparator comparator = ValueComparator.asc();

    private KeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * MongoDB's value order, as {@link ValueComparator} has it; strings and longs — every key of this store but a few
     * — compared directly, as it compares them after resolving their types (a B-tree search compares keys at each
     * step: profiled at a few per cent of a replay's store CPU).
     */
    private int compareValues(Object a, Object b) {
        if (a instanceof String left && b instanceof String right) {
            return left.compareTo(right);
        }
        if (a instanceof Long left && b instanceof Long right) {
            return Long.compare(left, right);
        }
        return comparator.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 48;
        for (Object value : key) {
            memory += value instanceof String text ? 40 + 2 * text.length() : 24;
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            writeValue(buffer, value);
        }
    }

    private static void writeValue(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof Missing) {
            buffer.put(MISSING);
        } else if (value instanceof Long number) {
            buffer.put(LONG).putLong(number);
        } else if (value instanceof Integer number) {
            buffer.put(INTEGER).putInt(number);
        } else if (value instanceof Double number) {
            buffer.put(DOUBLE).putDouble(number);
        } else if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            buffer.put(STRING).putVarInt(bytes.length).put(bytes);
        } else if (value instanceof Boolean flag) {
            buffer.put(flag ? TRUE : FALSE);
        } else {
            byte[] bytes = serialize(value);
            buffer.put(SERIALIZED).putVarInt(bytes.length).put(bytes);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readValue(buffer));
        }
        return new KeyValue(values);
    }

    private static Object readValue(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case MISSING -> Missing.getInstance();
            case LONG -> buffer.getLong();
            case INTEGER -> buffer.getInt();
            case DOUBLE -> buffer.getDouble();
            case STRING -> new String(bytes(buffer), StandardCharsets.UTF_8);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case SERIALIZED -> deserialize(bytes(buffer));
            default -> throw new IllegalStateException("Unknown index key tag " + tag);
        };
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
        buffer.get(bytes);
        return bytes;
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
