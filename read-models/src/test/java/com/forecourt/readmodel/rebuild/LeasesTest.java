package com.forecourt.readmodel.rebuild;

import com.forecourt.readmodel.rebuild.RebuildRegistry.Rebuild;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Who carries a rebuild on, and when it may be swapped in, by a fixed clock. */
class LeasesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2061-03-04T10:00:00Z"), ZoneOffset.UTC);
    private static final Duration LEASE = Duration.ofSeconds(15);

    private static Rebuild ownedByA(Duration silentFor) {
        Instant started = CLOCK.instant().minus(Duration.ofMinutes(10));
        return new Rebuild("vehicle-listing", 3, -1, 500, started, "node-a", CLOCK.instant().minus(silentFor));
    }

    @Test
    void canKeepARebuildWithItsOwnerWhileItBeatsWithinTheLease() {
        assertThat(Leases.isOrphaned(ownedByA(Duration.ofSeconds(15)), CLOCK.instant(), LEASE)).isFalse();
    }

    @Test
    void canAdoptARebuildWhoseOwnerWasSilentForLongerThanTheLease() {
        assertThat(Leases.isOrphaned(ownedByA(Duration.ofSeconds(16)), CLOCK.instant(), LEASE)).isTrue();
    }

    @Test
    void canCarryAnAdoptedRebuildOnTowardsTheSameTarget() {
        Rebuild adopted = Leases.adoptedBy(ownedByA(Duration.ofMinutes(1)), "node-b", CLOCK.instant());

        assertThat(Leases.isOwnedBy(adopted, "node-b")).isTrue();
        assertThat(adopted.heartbeat()).isEqualTo(CLOCK.instant());
        assertThat(adopted.targetVersion()).isEqualTo(3);
        assertThat(adopted.startPosition()).isEqualTo(-1);
        assertThat(adopted.targetPosition()).isEqualTo(500);
    }

    @Test
    void canHandOverOnceTheRebuildPassedItsTargetAndIsCloseToTheHead() {
        assertThat(Leases.isReadyToHandOver(ownedByA(Duration.ZERO), 560L, -1, 600, 100)).isTrue();
    }

    @Test
    void cannotHandOverBeforeTheRebuildReachedTheHeadItStartedAt() {
        assertThat(Leases.isReadyToHandOver(ownedByA(Duration.ZERO), 499L, -1, 520, 100)).isFalse();
    }

    @Test
    void cannotHandOverWhileTheRebuildIsFurtherBehindTheHeadThanAllowed() {
        assertThat(Leases.isReadyToHandOver(ownedByA(Duration.ZERO), 520L, -1, 621, 100)).isFalse();
    }

    @Test
    void cannotHandOverWhileARebuildSegmentHasNoPosition() {
        assertThat(Leases.isReadyToHandOver(ownedByA(Duration.ZERO), null, -1, 600, 100)).isFalse();
    }

    @Test
    void canHandOverAtOnceWhenTheStoreHoldsNoEvents() {
        assertThat(Leases.isReadyToHandOver(ownedByA(Duration.ZERO), null, -1, -1, 100)).isTrue();
    }
}
