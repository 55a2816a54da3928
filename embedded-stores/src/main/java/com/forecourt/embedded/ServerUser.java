package com.forecourt.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * The operating-system identity that the PostgreSQL and Elasticsearch processes run as, and how their command lines
 * are wrapped to get there.
 *
 * <p>Both servers refuse to run as root, but containers and CI run everything as root. A root JVM therefore starts
 * them as the unprivileged uid/gid 65534 ({@code nobody}) through util-linux's {@code setpriv}, and hands them the
 * directories they write to. Any other JVM starts them as itself.
 *
 * <p>Where util-linux is available the servers are additionally started in their own session ({@code setsid}), so a
 * Ctrl-C in the terminal reaches only the JVM, whose shutdown hook then stops the servers after the application rather
 * than underneath it; and with a parent-death signal ({@code setpriv --pdeathsig}), so that even a SIGKILLed JVM
 * leaves no server behind.
 */
final class ServerUser {

    /** uid and gid of {@code nobody}/{@code nogroup} on Debian, Ubuntu, Alpine and RHEL alike. */
    static final int UNPRIVILEGED_ID = 65534;

    private static final int OWNER_EXECUTE = 0100;
    private static final int GROUP_EXECUTE = 0010;
    private static final int OTHERS_EXECUTE = 0001;

    private static final ServerUser DETECTED = detectOnce();

    private final boolean unprivileged;
    private final String setpriv;
    private final boolean pdeathsig;
    private final String setsid;

    /**
     * @param unprivileged whether to switch to uid/gid 65534 (the JVM runs as root)
     * @param setpriv      absolute path of util-linux {@code setpriv}, or {@code null} if absent
     * @param pdeathsig    whether that {@code setpriv} knows {@code --pdeathsig} (util-linux 2.33 and later)
     * @param setsid       absolute path of util-linux {@code setsid}, or {@code null} if absent
     */
    ServerUser(boolean unprivileged, String setpriv, boolean pdeathsig, String setsid) {
        this.unprivileged = unprivileged;
        this.setpriv = setpriv;
        this.pdeathsig = setpriv != null && pdeathsig;
        this.setsid = setsid;
    }

    /** The identity of this JVM's servers (probed once per JVM). */
    static ServerUser detect() {
        return DETECTED;
    }

    private static ServerUser detectOnce() {
        boolean root = currentUid().orElse(-1) == 0;
        String setpriv = findExecutable("setpriv").orElse(null);
        return new ServerUser(root, setpriv, setpriv != null && supportsPdeathsig(setpriv), findExecutable("setsid").orElse(null));
    }

    /** Older util-linux (Ubuntu 18.04, CentOS 7) has setpriv without --pdeathsig, and rejects the option. */
    private static boolean supportsPdeathsig(String setpriv) {
        try {
            Process help = new ProcessBuilder(setpriv, "--help").redirectErrorStream(true).start();
            String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            help.waitFor(5, TimeUnit.SECONDS);
            return text.contains("--pdeathsig");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the servers run as uid/gid 65534 rather than as the JVM's user. */
    boolean isUnprivileged() {
        return unprivileged;
    }

    /**
     * The command line for a short-lived helper (initdb, pg_ctl): run as the server user, in the JVM's session.
     */
    List<String> helperCommand(List<String> command) {
        List<String> full = new ArrayList<>();
        if (unprivileged) {
            full.addAll(switchUser());
        }
        full.addAll(command);
        return full;
    }

    /**
     * The command line for a long-running server: run as the server user, in a session of its own, and told to
     * terminate when the thread that launched it dies (see {@link ProcessLauncher} for why that thread never dies
     * before the JVM does).
     */
    List<String> serverCommand(List<String> command) {
        List<String> full = new ArrayList<>();
        if (setsid != null) {
            // A child of the JVM is never a process-group leader, so setsid execs in place and the pid we hold stays
            // the server's; --wait keeps that true even if it had to fork.
            full.add(setsid);
            full.add("--wait");
        }
        if (unprivileged) {
            full.addAll(switchUser());
            if (pdeathsig) {
                full.add("--pdeathsig=TERM");
            }
        } else if (pdeathsig) {
            full.add(setpriv);
            full.add("--pdeathsig=TERM");
        }
        full.addAll(command);
        return full;
    }

    private List<String> switchUser() {
        if (setpriv == null) {
            throw new EmbeddedStoreException("The JVM runs as root, which PostgreSQL and Elasticsearch refuse to run as. "
                    + "Starting them as uid " + UNPRIVILEGED_ID + " needs util-linux's 'setpriv', which is not on the PATH; "
                    + "install util-linux or run the JVM as an ordinary user.");
        }
        return List.of(setpriv, "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups");
    }

    /** Hands a file or directory (not what is inside it) to the server user; a no-op unless switching user. */
    void own(Path path) {
        if (!unprivileged) {
            return;
        }
        try {
            Files.setAttribute(path, "unix:uid", UNPRIVILEGED_ID, LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", UNPRIVILEGED_ID, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + path + " to uid " + UNPRIVILEGED_ID, e);
        }
    }

    /**
     * Hands a whole tree to the server user, unless its top already belongs to it: walking a large data directory on
     * every start would be wasted work, and a partly handed-over tree only results from a crash in this very method.
     */
    void ownTree(Path root) {
        if (!unprivileged || !Files.exists(root, LinkOption.NOFOLLOW_LINKS) || ownerUid(root) == UNPRIVILEGED_ID) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    own(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    // The top last, so that an interrupted walk is redone on the next start.
                    own(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + root + " to uid " + UNPRIVILEGED_ID, e);
        }
    }

    /**
     * Whether the server user can reach (traverse every directory down to and including) the given existing
     * directory. Always true when the servers run as the JVM's user.
     */
    boolean canReach(Path directory) {
        if (!unprivileged) {
            return true;
        }
        try {
            return canTraverse(directory.toRealPath(), UNPRIVILEGED_ID, UNPRIVILEGED_ID, ServerUser::unixMode);
        } catch (IOException e) {
            return false;
        }
    }

    /** How a log line describes who the servers run as. */
    String describe() {
        return unprivileged ? "uid/gid " + UNPRIVILEGED_ID + " (the JVM runs as root)" : "the JVM's user";
    }

    /** Owner, group and permission bits of a file, as {@code stat(2)} reports them. */
    record UnixMode(int uid, int gid, int mode) {
    }

    @FunctionalInterface
    interface UnixModeLookup {
        UnixMode lookup(Path path) throws IOException;
    }

    /**
     * Whether a process with the given uid and gid (and no supplementary groups) may search every directory from the
     * file-system root down to {@code absolutePath}, by the ordinary owner/group/others rule (the first class that
     * matches decides, even if a later one would allow it).
     */
    static boolean canTraverse(Path absolutePath, int uid, int gid, UnixModeLookup lookup) throws IOException {
        Objects.requireNonNull(absolutePath.getRoot(), "an absolute path is required");
        Path current = absolutePath.getRoot();
        if (!searchable(lookup.lookup(current), uid, gid)) {
            return false;
        }
        for (Path element : absolutePath) {
            current = current.resolve(element);
            if (!searchable(lookup.lookup(current), uid, gid)) {
                return false;
            }
        }
        return true;
    }

    private static boolean searchable(UnixMode mode, int uid, int gid) {
        if (uid == 0) {
            return true;
        }
        if (mode.uid() == uid) {
            return (mode.mode() & OWNER_EXECUTE) != 0;
        }
        if (mode.gid() == gid) {
            return (mode.mode() & GROUP_EXECUTE) != 0;
        }
        return (mode.mode() & OTHERS_EXECUTE) != 0;
    }

    static UnixMode unixMode(Path path) throws IOException {
        return new UnixMode((Integer) Files.getAttribute(path, "unix:uid"), (Integer) Files.getAttribute(path, "unix:gid"),
                (Integer) Files.getAttribute(path, "unix:mode"));
    }

    static int ownerUid(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    /** The JVM's effective uid, where the platform exposes one. */
    static OptionalInt currentUid() {
        try {
            // /proc/self belongs to the process's effective uid.
            return OptionalInt.of((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name")) ? OptionalInt.of(0) : OptionalInt.empty();
        }
    }

    static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    }

    private static Optional<String> findExecutable(String name) {
        if (!isLinux()) {
            return Optional.empty();
        }
        List<String> directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        // Minimal container images sometimes have a PATH without the sbin directories, or none at all.
        directories.addAll(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        return directories.stream()
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }
}
