package dev.parallax.user;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The throttle's arithmetic, with a clock we move by hand. */
class SignInThrottleTest {

    final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMillis(250), Duration.ofSeconds(15), Duration.ofSeconds(5),
            Duration.ofSeconds(60), Duration.ofMinutes(15));

    long fail(String account, String address, long now) {
        SignInThrottle.Decision d = throttle.admit(account, address, now);
        assertFalse(d.refused());
        throttle.failed(account, address, now + d.waitMillis());
        return d.waitMillis();
    }

    @Test
    void threeFreeFailuresThenTheWaitDoublesUpToTheAddressCap() {
        long now = 0;
        long[] waits = new long[12];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = fail("editor", "203.0.113.9", now);
            now += waits[i] + 10;
        }
        assertEquals(0, waits[0]);
        assertEquals(0, waits[2]);
        assertEquals(250, waits[3]);
        assertEquals(500, waits[4]);
        assertEquals(1000, waits[5]);
        assertEquals(15_000, waits[11], "capped");
    }

    @Test
    void theRealUserFromAnotherAddressWaitsAtMostTheAccountCap() {
        long now = 0;
        for (int i = 0; i < 30; i++) {
            now += fail("editor", "203.0.113.9", now) + 10;
        }
        SignInThrottle.Decision user = throttle.admit("editor", "198.51.100.4", now);
        assertFalse(user.refused());
        assertEquals(5_000, user.waitMillis(), "slowed, never locked out");
        assertEquals(0, throttle.admit("translator", "198.51.100.4", now).waitMillis(), "other accounts elsewhere: no wait");
    }

    @Test
    void parallelAttemptsFromOneAddressQueueAndTheQueueHasAnEnd() {
        long now = 0;
        for (int i = 0; i < 8; i++) {
            now += fail("a" + i, "203.0.113.9", now) + 10; // a different account each time: only the address counts
        }
        long step = throttle.step(8, 15_000);
        long first = throttle.admit("b1", "203.0.113.9", now).waitMillis();
        long second = throttle.admit("b2", "203.0.113.9", now).waitMillis();
        assertEquals(step, first);
        assertEquals(2 * step, second, "sent together, the second waits behind the first");
        boolean refused = false;
        for (int i = 0; i < 100 && !refused; i++) {
            refused = throttle.admit("b" + i, "203.0.113.9", now).refused();
        }
        assertTrue(refused, "beyond a minute of queue, attempts are refused unchecked");
    }

    @Test
    void aSuccessForgetsThatAccountsTyposFromThatAddressOnly() {
        long now = 0;
        for (int i = 0; i < 5; i++) {
            now += fail("editor", "198.51.100.4", now) + 10;
            now += fail("editor", "203.0.113.9", now) + 10;
        }
        throttle.succeeded("editor", "198.51.100.4");
        assertEquals(0, throttle.addressFailures("198.51.100.4", now));
        assertEquals(5, throttle.accountFailures("editor", now), "the failures from elsewhere still count");
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        long now = 0;
        for (int i = 0; i < 10; i++) {
            now += fail("editor", "203.0.113.9", now) + 10;
        }
        long later = now + Duration.ofMinutes(16).toMillis();
        assertEquals(0, throttle.admit("editor", "203.0.113.9", later).waitMillis());
        assertEquals(0, throttle.accountFailures("editor", later));
    }

    @Test
    void accountNamesAreComparedWithoutCase() {
        assertEquals(SignInThrottle.accountKey(" Editor "), SignInThrottle.accountKey("editor"));
    }
}
