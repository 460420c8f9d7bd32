package org.innovationledger.command.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class KeyValueTypeTest {

    private static KeyValue roundTrip(KeyValue key) {
        WriteBuffer buffer = new WriteBuffer();
        KeyValueType.INSTANCE.write(buffer, key);
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        return KeyValueType.INSTANCE.read(written);
    }

    @Test
    void everyKindOfKeyReadsBackAsWritten() {
        KeyValue key = new KeyValue(Arrays.asList(null, Missing.getInstance(), 42L, -7, 2.5, "工作室/3", true, false,
                                                  new ObjectId()));
        assertThat(roundTrip(key)).isEqualTo(key);
    }

    @Test
    void keysAreOrderedLikeMongoDbValues() {
        KeyValueType type = KeyValueType.INSTANCE;
        assertThat(type.compare(new KeyValue(1L), new KeyValue(2L))).isNegative();
        assertThat(type.compare(new KeyValue("b"), new KeyValue("a"))).isPositive();
        assertThat(type.compare(new KeyValue(1L), new KeyValue(1))).isZero();
        assertThat(type.compare(new KeyValue("a", 1L), new KeyValue("a", 1L))).isZero();
        assertThat(type.compare(new KeyValue("a"), new KeyValue("a", 1L))).isNegative();
        assertThat(type.compare(new KeyValue("studio-10"), new KeyValue("studio-9"))).isNegative();
        assertThat(type.compare(new KeyValue("工作室"), new KeyValue("studio"))).isPositive();
        assertThat(type.compare(new KeyValue(-3L), new KeyValue(2L))).isNegative();
        assertThat(type.compare(new KeyValue(5L), new KeyValue("5"))).isNegative();
    }
}
