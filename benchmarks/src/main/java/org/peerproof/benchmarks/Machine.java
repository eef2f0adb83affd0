package org.peerproof.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the figures were measured on: they mean little without the machine, the JVM, the database server and the
 * code.
 *
 * @param cpus              processors available to the JVM
 * @param cpuModel          the processor, from /proc/cpuinfo where there is one
 * @param memoryBytes       the machine's memory
 * @param java              the JVM's version and vendor
 * @param jvmArguments      the JVM's options (heap, collector)
 * @param database          the database server's version
 * @param bufferPoolMebibytes the server's InnoDB buffer pool
 * @param commit            the git commit measured, and whether the working tree differed from it
 * @param loadAtStart       the system's one-minute load average before the run: other work on the machine shows here
 * @param loadAtEnd         the same after the run
 */
record Machine(int cpus, String cpuModel, long memoryBytes, String java, List<String> jvmArguments, String database,
               long bufferPoolMebibytes, String commit, double loadAtStart, double loadAtEnd) {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** The machine as a run starts; {@link #finished} adds the load at its end. */
    static Machine describe(BenchmarkDatabase database) throws SQLException {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(), OS.getTotalMemorySize(),
                Runtime.version() + " (" + System.getProperty("java.vm.vendor") + ", "
                        + System.getProperty("java.vm.name") + ")",
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(option -> !option.startsWith("-Dpeerproof.benchmark.")).toList(),
                database.serverVersion(),
                database.bufferPoolMebibytes(), gitCommit(), OS.getSystemLoadAverage(), Double.NaN);
    }

    Machine finished() {
        return new Machine(cpus, cpuModel, memoryBytes, java, jvmArguments, database, bufferPoolMebibytes, commit,
                loadAtStart, OS.getSystemLoadAverage());
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException unreadable) {
            return "unknown";
        }
    }

    private static String gitCommit() {
        var head = git("rev-parse", "HEAD").strip();
        if (head.isEmpty()) {
            return "unknown (not run in a git work tree)";
        }
        var changed = git("status", "--porcelain", "--untracked-files=normal").lines()
                .map(line -> line.substring(3))
                .map(path -> path.contains("/") ? path.substring(0, path.indexOf('/') + 1) : path)
                .distinct().toList();
        return changed.isEmpty() ? head : head + " plus uncommitted changes in " + String.join(", ", changed);
    }

    private static String git(String... arguments) {
        var command = new ArrayList<String>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "";
        } catch (IOException unavailable) {
            return "";
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
