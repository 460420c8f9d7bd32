package org.innovationledger.query.ledger;

import org.innovationledger.api.station.GraduationOutcome;
import org.innovationledger.api.station.IncubationSubjectKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service stations (职工创新创业服务站) and everything they incubate, one slot per incubation in the order
 * admitted. An incubation points at its subject's slot in the achievement or patent columns, so counts by category,
 * type and status read the subject as it is now.
 */
final class Incubations {

    static final int NO_DATE = AchievementColumns.NO_DATE;
    static final byte NOT_GRADUATED = -1;

    private final Map<String, Integer> stationSlots = new HashMap<>();
    final List<Station> stations = new ArrayList<>();
    private final Map<String, Integer> slots = new HashMap<>();
    int count;
    String[] ids = new String[256];
    int[] station = new int[256];
    byte[] kind = new byte[256];
    /** The subject's slot in {@link AchievementColumns} or {@link PatentColumns}, -1 if never seen. */
    int[] subject = new int[256];
    /** The subject's studio ordinal, -1 if unknown. */
    int[] studio = new int[256];
    int[] admittedOn = new int[256];
    int[] graduatedOn = new int[256];
    byte[] outcome = new byte[256];
    int[] milestones = new int[256];

    /** A station as registered. */
    record Station(int ordinal, String id, String name, String regionCode, String hostUnion) {
    }

    void register(String stationId, String name, String regionCode, String hostUnion) {
        Integer known = stationSlots.get(stationId);
        Station station = new Station(known == null ? stations.size() : known, stationId, name, regionCode, hostUnion);
        if (known == null) {
            stationSlots.put(stationId, station.ordinal());
            stations.add(station);
        } else {
            stations.set(known, station);
        }
    }

    int stationOf(String stationId) {
        Integer known = stationSlots.get(stationId);
        if (known == null) {
            register(stationId, stationId, null, null);
            known = stationSlots.get(stationId);
        }
        return known;
    }

    Station station(String stationId) {
        Integer known = stationSlots.get(stationId);
        return known == null ? null : stations.get(known);
    }

    int slotOf(String stationId, String incubationId) {
        return slots.getOrDefault(stationId + '/' + incubationId, -1);
    }

    void admit(String stationId, String incubationId, IncubationSubjectKind subjectKind, int subjectSlot,
               int studioOrdinal, int day) {
        String key = stationId + '/' + incubationId;
        if (slots.containsKey(key)) {
            return;
        }
        if (count == ids.length) {
            grow(count * 2);
        }
        int slot = count++;
        slots.put(key, slot);
        ids[slot] = incubationId;
        station[slot] = stationOf(stationId);
        kind[slot] = (byte) subjectKind.ordinal();
        subject[slot] = subjectSlot;
        studio[slot] = studioOrdinal;
        admittedOn[slot] = day;
        graduatedOn[slot] = NO_DATE;
        outcome[slot] = NOT_GRADUATED;
    }

    void graduate(int slot, GraduationOutcome graduation, int day) {
        graduatedOn[slot] = day;
        outcome[slot] = (byte) graduation.ordinal();
    }

    IncubationSubjectKind kind(int slot) {
        return IncubationSubjectKind.values()[kind[slot]];
    }

    GraduationOutcome outcome(int slot) {
        return outcome[slot] == NOT_GRADUATED ? null : GraduationOutcome.values()[outcome[slot]];
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        station = Arrays.copyOf(station, capacity);
        kind = Arrays.copyOf(kind, capacity);
        subject = Arrays.copyOf(subject, capacity);
        studio = Arrays.copyOf(studio, capacity);
        admittedOn = Arrays.copyOf(admittedOn, capacity);
        graduatedOn = Arrays.copyOf(graduatedOn, capacity);
        outcome = Arrays.copyOf(outcome, capacity);
        milestones = Arrays.copyOf(milestones, capacity);
    }
}
