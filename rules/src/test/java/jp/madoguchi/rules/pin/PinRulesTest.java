package jp.madoguchi.rules.pin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PinRulesTest {

    /** Privacy: the kiosk must never take a PIN, so the PIN rules offer nothing a PIN could be passed to. */
    @Test
    void noMethodAcceptsText() {
        for (Method method : PinRules.class.getDeclaredMethods()) {
            if (java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                assertThat(Arrays.asList(method.getParameterTypes()))
                    .as(method.getName())
                    .noneMatch(type -> CharSequence.class.isAssignableFrom(type) || type == char[].class);
            }
        }
    }
}
