package org.innovationledger.command.store;

import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTypeTest {

    private static Document commit() {
        return new Document("_id", 42L)
                .append("aggregateId", "studio-1")
                .append("at", Instant.parse("2026-11-29T08:00:00Z"))
                .append("void", false)
                .append("count", 3)
                .append("share", 0.25)
                .append("amount", new Decimal128(new BigDecimal("12345.67")))
                .append("ref", new ObjectId())
                .append("nothing", null)
                .append("events", List.of(new Document("seq", 0L).append("payload", "{\"name\":\"数控创新工作室\"}"),
                                          new Document("seq", 1L).append("tags", Arrays.asList("甲", null, 7))));
    }

    private static ByteBuffer written(Object... writes) {
        WriteBuffer buffer = new WriteBuffer();
        for (Object write : writes) {
            if (write instanceof Document document) {
                DocumentType.INSTANCE.write(buffer, document);
            } else {
                new ObjectDataType().write(buffer, ((Object[]) write)[0]);
            }
        }
        ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }

    @Test
    void aDocumentReadsBackAsWrittenWithItsTypesAndOrder() {
        Document commit = commit();
        ByteBuffer bytes = written(commit, commit);

        assertThat(bytes.get(0)).isEqualTo(DocumentType.BSON);
        Document first = DocumentType.INSTANCE.read(bytes);
        Document second = DocumentType.INSTANCE.read(bytes);
        assertThat(first).isEqualTo(commit);
        assertThat(first.keySet()).containsExactlyElementsOf(commit.keySet());
        assertThat(first.get("count")).isInstanceOf(Integer.class);
        assertThat(first.get("_id")).isInstanceOf(Long.class);
        assertThat(second).isEqualTo(commit);
        assertThat(bytes.hasRemaining()).isFalse();
    }

    /** Every store written before this type: its values were Java-serialized by H2's default type. */
    @Test
    void aDocumentWrittenByH2sDefaultTypeStillReads() {
        Document commit = commit();
        ByteBuffer bytes = written(new Object[] {commit}, commit, new Object[] {commit});

        assertThat(DocumentType.INSTANCE.read(bytes)).isEqualTo(commit);
        assertThat(DocumentType.INSTANCE.read(bytes)).isEqualTo(commit);
        assertThat(DocumentType.INSTANCE.read(bytes)).isEqualTo(commit);
        assertThat(bytes.hasRemaining()).isFalse();
    }

    @Test
    void theMemoryEstimateGrowsWithTheDocument() {
        Document small = new Document("_id", 1L);
        Document large = commit();

        assertThat(DocumentType.INSTANCE.getMemory(small)).isBetween(64, 500);
        assertThat(DocumentType.INSTANCE.getMemory(large)).isGreaterThan(DocumentType.INSTANCE.getMemory(small) * 5)
                                                          .isLessThan(10_000);
    }
}
