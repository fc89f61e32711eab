package org.annalist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Sign-in throttling and the hourly upload quota, on a clock the test moves. */
class LimitsTest {

    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void tooManyFailedSignInsCloseTheAccountAndTheAddressForTheWindow() {
        MovingClock clock = new MovingClock();
        LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 2; i++) {
            throttle.failed("Rita", "10.0.0.1");
        }
        assertThat(throttle.closed("rita", "10.0.0.9")).isFalse();
        throttle.failed("rita", "10.0.0.1");
        assertThat(throttle.closed("rita", "10.0.0.9")).as("the account, from anywhere").isTrue();
        assertThat(throttle.closed("bob", "10.0.0.1")).as("the address, for any account").isTrue();
        assertThat(throttle.closed("bob", "10.0.0.2")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(throttle.closed("rita", "10.0.0.1")).isFalse();
        throttle.failed("bob", "10.0.0.5");
        throttle.succeeded("bob");
        assertThat(throttle.closed("bob", "10.0.0.6")).isFalse();
    }

    @Test
    void uploadsPassTheHourlyQuotaOfFilesOrBytesNever() {
        MovingClock clock = new MovingClock();
        UploadQuota quota = new UploadQuota(3, 1000, clock);
        assertThat(quota.take("eddie", 400)).isTrue();
        assertThat(quota.take("eddie", 500)).isTrue();
        assertThat(quota.take("eddie", 200)).as("bytes").isFalse();
        assertThat(quota.take("eddie", 100)).isTrue();
        assertThat(quota.take("eddie", 1)).as("files").isFalse();
        assertThat(quota.take("other", 900)).as("per person").isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        assertThat(quota.take("eddie", 1000)).isTrue();
    }
}
