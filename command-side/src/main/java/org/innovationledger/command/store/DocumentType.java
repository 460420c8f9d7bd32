package org.innovationledger.command.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.Map;

/**
 * How the embedded store keeps its documents: as BSON, the encoding the server speaks on the wire anyway, instead of
 * H2's default of Java-serializing each {@link Document} whole. Profiled in a replay (issue 6), Java serialization and
 * deserialization of documents was over a third of the store's CPU; H2 also guesses 10 KB for every serialized
 * object, so its page cache held a few thousand documents and kept reading pages back from the file.
 *
 * <p>A value starts with one tag byte. {@link #BSON} marks this encoding; any other first byte is a value written by
 * H2's {@link ObjectDataType} (every store written before this type existed), read as before, so an existing data
 * folder opens unchanged and its documents move to BSON as they are rewritten. A document the BSON encoder refuses
 * (no such value reaches the store over the wire, but the fallback keeps a write from failing) is written the old
 * way.
 */
final class DocumentType extends BasicDataType<Document> {

    static final DocumentType INSTANCE = new DocumentType();

    /** Above every tag {@link ObjectDataType} writes (its highest is 119). */
    static final byte BSON = 127;

    private final ObjectDataType legacy = new ObjectDataType();

    private DocumentType() {
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notEncodable) {
            legacy.write(buffer, document);
            return;
        }
        buffer.put(BSON).put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.get(start) != BSON) {
            return (Document) legacy.read(buffer);
        }
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start + 1);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(start + 1, length)));
        buffer.position(start + 1 + length);
        return document;
    }

    /**
     * An estimate of the document's size on the heap, for H2's page cache (which samples it): about what a
     * {@link java.util.LinkedHashMap} entry, a boxed number and a string of Latin-1 characters take.
     */
    @Override
    public int getMemory(Document document) {
        return 64 + entries(document);
    }

    private static int entries(Map<?, ?> map) {
        int memory = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            memory += 40 + memory(entry.getKey()) + memory(entry.getValue());
        }
        return memory;
    }

    private static int memory(Object value) {
        if (value instanceof String text) {
            return 48 + text.length();
        }
        if (value instanceof Map<?, ?> map) {
            return 64 + entries(map);
        }
        if (value instanceof Collection<?> values) {
            int memory = 40;
            for (Object element : values) {
                memory += 8 + memory(element);
            }
            return memory;
        }
        return 24;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
