package org.innovationledger.eventstore;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's Jackson serializer, remembering the class each stored type name resolves to. Axon asks the class loader
 * again for every message it deserializes — through Spring Boot's nested-jar class loader, a few per cent of the
 * query side's CPU in a replay (issue 6). The class path does not change while the application runs, so neither
 * does the answer (an unknown type stays unknown).
 */
final class TypeCachingJacksonSerializer extends JacksonSerializer {

    @SuppressWarnings("rawtypes")
    private final Map<String, Class> classes = new ConcurrentHashMap<>();

    TypeCachingJacksonSerializer(Builder builder) {
        super(builder);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        Class known = classes.get(type.getName());
        if (known != null) {
            return known;
        }
        Class resolved = super.classForType(type);
        classes.put(type.getName(), resolved);
        return resolved;
    }
}
