package com.forecourt.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLayoutTest {

    private static final Path BASE = Path.of("/var/tmp");
    private static final Path DISTRIBUTIONS = Path.of("/var/tmp/forecourt-distributions");

    @Test
    void reachableDataDirectoryHoldsEverything() {
        StoreLayout layout = StoreLayout.of(Path.of("/srv/forecourt/data"), true, BASE, DISTRIBUTIONS);

        assertThat(layout.relocated()).isFalse();
        assertThat(layout.postgresData()).isEqualTo(Path.of("/srv/forecourt/data/postgres"));
        assertThat(layout.postgresParent()).isEqualTo(Path.of("/srv/forecourt/data"));
        assertThat(layout.elasticsearchRoot()).isEqualTo(Path.of("/srv/forecourt/data/elasticsearch"));
        assertThat(layout.distributions()).isEqualTo(DISTRIBUTIONS);
    }

    @Test
    void unreachableDataDirectoryIsRelocatedUnderAStableHashedName() {
        Path requested = Path.of("/tmp/tmp.Xq3/forecourt/embedded-stores/target/it-data");
        StoreLayout layout = StoreLayout.of(requested, false, BASE, DISTRIBUTIONS);
        String hash = StoreLayout.shortHash(requested);

        assertThat(layout.relocated()).isTrue();
        assertThat(hash).matches("[0-9a-f]{12}");
        assertThat(layout.postgresData()).isEqualTo(Path.of("/var/tmp/forecourt-postgres-" + hash + "/postgres"));
        assertThat(layout.elasticsearchRoot()).isEqualTo(Path.of("/var/tmp/forecourt-elasticsearch-" + hash));
        assertThat(StoreLayout.of(requested, false, BASE, DISTRIBUTIONS)).isEqualTo(layout);
    }

    @Test
    void differentDataDirectoriesAreRelocatedApart() {
        StoreLayout one = StoreLayout.of(Path.of("/root/a/data"), false, BASE, DISTRIBUTIONS);
        StoreLayout other = StoreLayout.of(Path.of("/root/b/data"), false, BASE, DISTRIBUTIONS);

        assertThat(one.postgresParent()).isNotEqualTo(other.postgresParent());
        assertThat(one.elasticsearchRoot()).isNotEqualTo(other.elasticsearchRoot());
    }

    @Test
    void rootsServersUnpackIntoOneWorldReadablePlaceOutsideAnyHome() {
        ServerUser root = new ServerUser(true, "/usr/bin/setpriv", true, null);

        assertThat(StoreLayout.sharedDistributions(root, Path.of("/root/app/data"))).isEqualTo(DISTRIBUTIONS);
    }

    @Test
    void anOrdinaryUsersServersUnpackIntoItsCache(@TempDir Path home) throws Exception {
        String previous = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertThat(StoreLayout.sharedDistributions(new ServerUser(false, null, false, null), Path.of("/srv/data")))
                    .isEqualTo(home.resolve(".cache/forecourt/distributions"));
            // Without a usable home directory (here: a file), next to the data.
            System.setProperty("user.home", Files.createFile(home.resolve("not-a-directory")).toString());
            assertThat(StoreLayout.sharedDistributions(new ServerUser(false, null, false, null), Path.of("/srv/data")))
                    .isEqualTo(Path.of("/srv/data/distributions"));
        } finally {
            System.setProperty("user.home", previous);
        }
    }

    @Test
    void relocationMessageSaysFromWhereToWhereAndWhy() {
        Path requested = Path.of("/root/app/data");
        StoreLayout layout = StoreLayout.of(requested, false, BASE, DISTRIBUTIONS);

        assertThat(layout.relocationMessage("Elasticsearch", layout.elasticsearchRoot()))
                .contains("/root/app/data", layout.elasticsearchRoot().toString(), "65534", "cannot traverse");
    }
}
