package org.innovationledger.command.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.innovationledger.api.common.BusinessRuleViolation;
import org.innovationledger.api.common.ErrorCode;

/** Matches a {@link BusinessRuleViolation} that carries a given {@link ErrorCode}. */
public final class RuleViolationMatcher extends TypeSafeDiagnosingMatcher<Throwable> {

    private final ErrorCode code;

    private RuleViolationMatcher(ErrorCode code) {
        this.code = code;
    }

    public static Matcher<Throwable> violates(ErrorCode code) {
        return new RuleViolationMatcher(code);
    }

    @Override
    protected boolean matchesSafely(Throwable thrown, Description mismatch) {
        if (!(thrown instanceof BusinessRuleViolation violation)) {
            mismatch.appendText("threw ").appendValue(thrown);
            return false;
        }
        if (violation.code() != code) {
            mismatch.appendText("violated ").appendValue(violation.code()).appendText(": ")
                    .appendText(violation.getMessage());
            return false;
        }
        return true;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a business rule violation of ").appendValue(code);
    }
}
