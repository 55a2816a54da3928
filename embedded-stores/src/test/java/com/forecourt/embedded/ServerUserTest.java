package com.forecourt.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServerUserTest {

    private static final List<String> POSTGRES = List.of("/opt/pg/bin/postgres", "-D", "/data/postgres");

    @Test
    void rootRunsServersAsNobodyInTheirOwnSessionWithAParentDeathSignal() {
        ServerUser root = new ServerUser(true, "/usr/bin/setpriv", true, "/usr/bin/setsid");

        assertThat(root.serverCommand(POSTGRES)).containsExactly("/usr/bin/setsid", "--wait",
                "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--pdeathsig=TERM",
                "/opt/pg/bin/postgres", "-D", "/data/postgres");
    }

    @Test
    void rootRunsHelpersAsNobodyInTheJvmsSession() {
        ServerUser root = new ServerUser(true, "/usr/bin/setpriv", true, "/usr/bin/setsid");

        assertThat(root.helperCommand(List.of("/opt/pg/bin/initdb", "-D", "x"))).containsExactly(
                "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "/opt/pg/bin/initdb", "-D", "x");
    }

    @Test
    void ordinaryUserRunsServersAsItselfAndKeepsTheParentDeathSignal() {
        ServerUser user = new ServerUser(false, "/usr/bin/setpriv", true, "/usr/bin/setsid");

        assertThat(user.serverCommand(POSTGRES)).containsExactly("/usr/bin/setsid", "--wait",
                "/usr/bin/setpriv", "--pdeathsig=TERM", "/opt/pg/bin/postgres", "-D", "/data/postgres");
        assertThat(user.helperCommand(POSTGRES)).isEqualTo(POSTGRES);
    }

    @Test
    void anOldSetprivWithoutPdeathsigStillSwitchesUser() {
        ServerUser root = new ServerUser(true, "/usr/bin/setpriv", false, "/usr/bin/setsid");

        assertThat(root.serverCommand(POSTGRES)).containsExactly("/usr/bin/setsid", "--wait",
                "/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "/opt/pg/bin/postgres", "-D", "/data/postgres");
        assertThat(new ServerUser(false, "/usr/bin/setpriv", false, null).serverCommand(POSTGRES)).isEqualTo(POSTGRES);
    }

    @Test
    void withoutUtilLinuxAnOrdinaryUserRunsTheCommandUnchanged() {
        ServerUser macUser = new ServerUser(false, null, false, null);

        assertThat(macUser.serverCommand(POSTGRES)).isEqualTo(POSTGRES);
        assertThat(macUser.helperCommand(POSTGRES)).isEqualTo(POSTGRES);
    }

    @Test
    void rootWithoutSetprivIsToldWhatToInstall() {
        ServerUser root = new ServerUser(true, null, false, "/usr/bin/setsid");

        assertThatThrownBy(() -> root.serverCommand(POSTGRES))
                .isInstanceOf(EmbeddedStoreException.class)
                .hasMessageContaining("setpriv")
                .hasMessageContaining("util-linux");
    }

    @Test
    void anOrdinaryUserReachesEverythingItsOwnProcessesNeed() {
        assertThat(new ServerUser(false, null, false, null).canReach(Path.of("/root/not/even/existing"))).isTrue();
    }

    private static final Map<Path, ServerUser.UnixMode> TREE = Map.of(
            Path.of("/"), new ServerUser.UnixMode(0, 0, 0755),
            Path.of("/root"), new ServerUser.UnixMode(0, 0, 0700),
            Path.of("/root/app"), new ServerUser.UnixMode(0, 0, 0755),
            Path.of("/tmp"), new ServerUser.UnixMode(0, 0, 01777),
            Path.of("/tmp/ci"), new ServerUser.UnixMode(0, 0, 0700),
            Path.of("/tmp/shared"), new ServerUser.UnixMode(0, 0, 0755),
            Path.of("/tmp/owned"), new ServerUser.UnixMode(65534, 0, 0700),
            Path.of("/tmp/group-denied"), new ServerUser.UnixMode(0, 65534, 0701));

    private static boolean nobodyCanTraverse(String path) throws Exception {
        return ServerUser.canTraverse(Path.of(path), 65534, 65534, TREE::get);
    }

    @Test
    void traversalNeedsSearchPermissionOnEveryAncestor() throws Exception {
        assertThat(nobodyCanTraverse("/tmp/shared")).isTrue();
        assertThat(nobodyCanTraverse("/")).isTrue();
        // A checkout below a mode-700 /root, or in a mktemp -d directory, is out of reach.
        assertThat(nobodyCanTraverse("/root/app")).isFalse();
        assertThat(nobodyCanTraverse("/tmp/ci")).isFalse();
    }

    @Test
    void theFirstMatchingPermissionClassDecides() throws Exception {
        // Owner bits apply to the owner even if "others" would be stricter...
        assertThat(nobodyCanTraverse("/tmp/owned")).isTrue();
        // ...and group bits deny the group even where "others" would allow.
        assertThat(nobodyCanTraverse("/tmp/group-denied")).isFalse();
    }

    @Test
    void rootTraversesAnything() throws Exception {
        assertThat(ServerUser.canTraverse(Path.of("/root/app"), 0, 0, TREE::get)).isTrue();
    }
}
