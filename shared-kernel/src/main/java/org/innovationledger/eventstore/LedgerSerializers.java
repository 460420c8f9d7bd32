package org.innovationledger.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The serializers that define the stored format of events, messages, tokens and snapshots. They are built here, not
 * taken from Spring Boot, so that an upgrade of Boot's ObjectMapper never changes what is stored.
 */
public final class LedgerSerializers {

    private LedgerSerializers() {
    }

    /** Events, messages and tokens: records and value objects through their constructors. */
    public static JacksonSerializer messages() {
        return new TypeCachingJacksonSerializer(JacksonSerializer.builder().objectMapper(baseMapper()));
    }

    /**
     * Aggregate snapshots: the aggregate's fields, whatever their visibility, and nothing else, so that an aggregate
     * keeps its state private and still round-trips (a snapshot stored as {@code {}} would break loading).
     */
    public static JacksonSerializer snapshots() {
        ObjectMapper mapper = baseMapper()
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        return new TypeCachingJacksonSerializer(JacksonSerializer.builder().objectMapper(mapper));
    }

    private static ObjectMapper baseMapper() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .build();
    }
}
