package org.innovationledger.api;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.innovationledger.api.achievement.AchievementEvent;
import org.innovationledger.api.alliance.AllianceEvent;
import org.innovationledger.api.patent.PatentEvent;
import org.innovationledger.api.rating.RatingPolicyEvent;
import org.innovationledger.api.station.StationEvent;
import org.innovationledger.api.studio.StudioEvent;
import org.innovationledger.eventstore.LedgerSerializers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The JSON of stored events is a public contract: events written years ago must still read. Each event's JSON is
 * pinned in {@code src/test/resources/stored-events/<Event>.json}; a change to it fails here and must come with a
 * {@code @Revision} and an upcaster instead. A new event fails until its JSON is approved: review
 * {@code target/stored-events/<Event>.received.json} and move it into place.
 */
class StoredEventJsonApprovalTest {

    private static final Path APPROVED = Path.of("src/test/resources/stored-events");
    private static final Path RECEIVED = Path.of("target/stored-events");
    private final Serializer serializer = LedgerSerializers.messages();

    @Test
    void everyEventHasAnExample() {
        Set<Class<?>> events = Stream.of(StudioEvent.class, AllianceEvent.class, PatentEvent.class, AchievementEvent.class,
                                         RatingPolicyEvent.class, StationEvent.class)
                                     .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses()))
                                     .collect(Collectors.toSet());
        assertThat(EventExamples.all().stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void storedJsonIsUnchangedAndReadsBack() throws IOException {
        List<String> unapproved = new java.util.ArrayList<>();
        for (Object event : EventExamples.all()) {
            String name = event.getClass().getSimpleName();
            SerializedObject<String> serialized = serializer.serialize(event, String.class);
            String json = serialized.getData();
            Path approved = APPROVED.resolve(name + ".json");
            if (!Files.exists(approved) || !Files.readString(approved, StandardCharsets.UTF_8).strip().equals(json)) {
                Files.createDirectories(RECEIVED);
                Files.writeString(RECEIVED.resolve(name + ".received.json"), json + "\n", StandardCharsets.UTF_8);
                unapproved.add(name);
                continue;
            }
            Object read = serializer.deserialize(new SimpleSerializedObject<>(
                    Files.readString(approved, StandardCharsets.UTF_8).strip(), String.class, serialized.getType()));
            assertThat(read).as(name).isEqualTo(event);
        }
        if (!unapproved.isEmpty()) {
            fail("Stored JSON changed or is new for " + unapproved + ": compare " + RECEIVED + " with " + APPROVED
                         + "; a change to a stored event needs @Revision and an upcaster");
        }
    }
}
