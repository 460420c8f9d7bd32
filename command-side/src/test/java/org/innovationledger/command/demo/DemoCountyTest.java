package org.innovationledger.command.demo;

import org.innovationledger.api.studio.NamingLevel;
import org.innovationledger.command.demo.DemoPlan.Step;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo county as a plan, before any request: its size, its keys and that it is the same every time. */
class DemoCountyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final DemoCounty county = DemoCounty.invent(TODAY);

    @Test
    void hasSeventyStudiosOneNationalElevenMunicipal() {
        assertThat(county.studios).hasSize(70);
        assertThat(county.studios.stream().filter(s -> s.level() == NamingLevel.NATIONAL)).hasSize(1);
        assertThat(county.studios.stream().filter(s -> s.level() == NamingLevel.MUNICIPAL)).hasSize(11);
    }

    @Test
    void verifiedSavingsOfTheCountyComeOutABitOverAMillion() {
        assertThat(county.achievements.verifiedInCounty())
                .isBetween(new BigDecimal("1000000"), new BigDecimal("1300000"));
        assertThat(county.achievements.infos()).hasSize(420);
    }

    @Test
    void everyStepHasItsOwnValidIdempotencyKey() {
        List<Step> steps = steps(county);
        Set<String> keys = new HashSet<>();
        Pattern valid = Pattern.compile("[\\x21-\\x7E]{1,100}");
        for (Step step : steps) {
            assertThat(keys.add(step.key())).as(step.key()).isTrue();
            assertThat(step.key()).matches(valid);
        }
        assertThat(keys).contains(DemoCounty.firstKey(), DemoCounty.lastKey());
        assertThat(steps.get(0).key()).isEqualTo(DemoCounty.firstKey());
        assertThat(steps.get(steps.size() - 1).key()).isEqualTo(DemoCounty.lastKey());
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(steps(DemoCounty.invent(TODAY))).isEqualTo(steps(county));
    }

    private static List<Step> steps(DemoCounty county) {
        return county.phases().stream().flatMap(p -> p.chains().stream()).flatMap(c -> c.steps().stream()).toList();
    }
}
