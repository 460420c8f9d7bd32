package org.innovationledger.query.ledger;

import org.innovationledger.api.achievement.AchievementCategory;
import org.innovationledger.api.achievement.AchievementStatus;
import org.innovationledger.api.patent.PatentStatus;
import org.innovationledger.api.patent.PatentType;
import org.innovationledger.api.station.GraduationOutcome;
import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.api.studio.StudioKind;

import java.util.Arrays;
import java.util.List;

/**
 * A figure of the dashboard that counts records (驾驶舱指标), with the keys it is broken down by. The same pass over
 * the ledger counts a figure and lists the records behind one of its keys, so a count and its drill-down always
 * agree.
 */
enum DashboardFigure {
    STUDIOS("studios", Record.STUDIO, "total"),
    STUDIOS_BY_LEVEL("studios.level", Record.STUDIO, names(NamingLevel.values())),
    STUDIOS_BY_KIND("studios.kind", Record.STUDIO, names(StudioKind.values())),
    /** Computed stars of the range's last year; "none" when no policy covers the studio. */
    STUDIOS_BY_STARS("studios.stars", Record.STUDIO, "0", "1", "2", "3", "4", "5", "none"),
    /** Official stars of the range's last year; "none" until confirmed. */
    STUDIOS_BY_OFFICIAL_STARS("studios.officialStars", Record.STUDIO, "0", "1", "2", "3", "4", "5", "none"),
    ACHIEVEMENTS("achievements", Record.ACHIEVEMENT, "total"),
    ACHIEVEMENTS_BY_CATEGORY("achievements.category", Record.ACHIEVEMENT, names(AchievementCategory.values())),
    ACHIEVEMENTS_BY_STATUS("achievements.status", Record.ACHIEVEMENT, names(AchievementStatus.values())),
    PATENTS_FILED("patents.filed", Record.PATENT, "total"),
    PATENTS_FILED_BY_TYPE("patents.filed.type", Record.PATENT, names(PatentType.values())),
    PATENTS_GRANTED("patents.granted", Record.PATENT, "total"),
    PATENTS_GRANTED_BY_TYPE("patents.granted.type", Record.PATENT, names(PatentType.values())),
    INCUBATED("incubation", Record.INCUBATION, "total"),
    INCUBATED_ACHIEVEMENTS_BY_CATEGORY("incubation.achievements.category", Record.INCUBATION,
            names(AchievementCategory.values())),
    INCUBATED_PATENTS_BY_TYPE("incubation.patents.type", Record.INCUBATION, names(PatentType.values())),
    INCUBATED_PATENTS_BY_STATUS("incubation.patents.status", Record.INCUBATION, names(PatentStatus.values())),
    GRADUATED_BY_OUTCOME("incubation.graduated.outcome", Record.INCUBATION, names(GraduationOutcome.values()));

    /** What kind of record a figure counts. */
    enum Record { STUDIO, ACHIEVEMENT, PATENT, INCUBATION }

    final String code;
    final Record record;
    final List<String> keys;

    DashboardFigure(String code, Record record, String... keys) {
        this.code = code;
        this.record = record;
        this.keys = List.of(keys);
    }

    static DashboardFigure byCode(String code) {
        return Arrays.stream(values()).filter(figure -> figure.code.equals(code)).findFirst().orElse(null);
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(figure -> figure.code).toList();
    }

    int keyIndex(String key) {
        return keys.indexOf(key);
    }

    private static String[] names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
    }
}
