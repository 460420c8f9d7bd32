package org.innovationledger.api.patent;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import org.innovationledger.eventstore.LedgerSerializers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApplicationNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"201710601862.3", "201410178947.1"})
    void workedExamplesOfTheDomainBriefAreValid(String number) {
        assertThat(ApplicationNumber.isValid(number)).isTrue();
        assertThat(new ApplicationNumber(number).type()).isEqualTo(PatentType.INVENTION);
    }

    @Test
    void checkCharacterIsTheWeightedSumModuloEleven() {
        // 2×2 + 0×3 + 1×4 + 7×5 + 1×6 + 0×7 + 6×8 + 0×9 + 1×2 + 8×3 + 6×4 + 2×5 = 157 = 14×11 + 3
        assertThat(ApplicationNumber.checkCharacter("201710601862")).isEqualTo('3');
        assertThat(ApplicationNumber.checkCharacter("201410178947")).isEqualTo('1');
    }

    @Test
    void wrongCheckCharacterIsRejectedNamingTheRightOne() {
        assertThat(ApplicationNumber.problemWith("201710601862.4")).hasValueSatisfying(
                problem -> assertThat(problem).contains("check character 4").contains("must be 3"));
        assertThatIllegalArgumentException().isThrownBy(() -> new ApplicationNumber("201410178947.7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"202110000004.X", "201720601860.X"})
    void remainderTenIsWrittenX(String number) {
        assertThat(ApplicationNumber.isValid(number)).isTrue();
        assertThat(ApplicationNumber.checkCharacter(number.substring(0, 12))).isEqualTo('X');
    }

    @Test
    void remainderTenWrittenAsADigitOrLowerCaseIsRejected() {
        assertThat(ApplicationNumber.isValid("202110000004.0")).isFalse();
        assertThat(ApplicationNumber.isValid("202110000004.x")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "201710601862.3, INVENTION, false",
            "202020000000.2, UTILITY_MODEL, false",
            "202030000000.8, DESIGN, false",
            "202380000000.9, INVENTION, true",
            "202490000000.9, UTILITY_MODEL, true"})
    void typeDigitNamesTheTypeItAllows(String number, PatentType type, boolean pct) {
        ApplicationNumber applicationNumber = new ApplicationNumber(number);
        assertThat(applicationNumber.type()).isEqualTo(type);
        assertThat(applicationNumber.isPct()).isEqualTo(pct);
        for (PatentType other : PatentType.values()) {
            assertThat(applicationNumber.allows(other)).as(other.name()).isEqualTo(other == type);
        }
    }

    @Test
    void typeDigitThatIsNoTypeIsRejected() {
        assertThat(ApplicationNumber.checkCharacter("202440000000")).isEqualTo('1');
        assertThat(ApplicationNumber.problemWith("202440000000.1")).hasValueSatisfying(
                problem -> assertThat(problem).contains("type digit 4"));
    }

    @Test
    void numbersBeforeTheTwelveDigitFormatAreRejected() {
        assertThat(ApplicationNumber.checkCharacter("199910000000")).isEqualTo('6');
        assertThat(ApplicationNumber.problemWith("199910000000.6")).hasValueSatisfying(
                problem -> assertThat(problem).contains("2003"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"98123456.7", "2017106018623", "201710601862", "CN201710601862.3", " 201710601862.3",
            "ZL201710601862.3", "2017106018620.3"})
    void malformedNumbersAreRejected(String number) {
        assertThat(ApplicationNumber.isValid(number)).isFalse();
    }

    @Test
    void patentNumberIsZlFollowedByTheApplicationNumber() {
        assertThat(new ApplicationNumber("201710601862.3").patentNumber()).isEqualTo("ZL201710601862.3");
    }

    @Test
    void yearIsTheFirstFourDigits() {
        assertThat(new ApplicationNumber("201410178947.1").year()).isEqualTo(2014);
    }

    @Test
    void storedAsItsString() {
        Serializer serializer = LedgerSerializers.messages();
        ApplicationNumber number = new ApplicationNumber("201710601862.3");
        String json = serializer.serialize(number, String.class).getData();

        assertThat(json).isEqualTo("\"201710601862.3\"");
        assertThat((Object) serializer.deserialize(new SimpleSerializedObject<>(json, String.class,
                ApplicationNumber.class.getName(), null))).isEqualTo(number);
    }
}
