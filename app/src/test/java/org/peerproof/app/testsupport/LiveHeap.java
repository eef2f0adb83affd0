package org.peerproof.app.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live objects on this JVM's heap by class, as {@code jcmd <pid> GC.class_histogram} reports them: the
 * histogram is taken after a full collection, so only reachable objects count. Two of them, compared, say what a
 * piece of work left behind.
 */
public record LiveHeap(Map<String, ClassShare> byClass) {

    /** Free space the collector formats as arrays so the heap stays walkable: no one's data. */
    private static final String GC_FILLER = "[Ljdk.internal.vm.FillerElement;";
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** The instances of one class and the bytes they take (shallow sizes). */
    public record ClassShare(long instances, long bytes) {
    }

    /** How the live objects of a class changed from one histogram to the next. */
    public record Growth(String className, long instances, long bytes) {
    }

    /**
     * A histogram to compare a later one with. Taken while another histogram is held, as the later one is taken
     * while this one is held: so neither counts more of the measurement itself (about 2 MB) than the other.
     */
    public static LiveHeap baseline() {
        var held = now();
        var baseline = now();
        Reference.reachabilityFence(held);
        return baseline;
    }

    /** Takes the histogram now (a full collection first). */
    public static LiveHeap now() {
        try {
            var histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            var byClass = new HashMap<String, ClassShare>();
            histogram.lines().map(ROW::matcher).filter(Matcher::find)
                    .filter(row -> !row.group(3).equals(GC_FILLER))
                    .forEach(row -> byClass.merge(row.group(3),
                            new ClassShare(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                            (a, b) -> new ClassShare(a.instances() + b.instances(), a.bytes() + b.bytes())));
            return new LiveHeap(Map.copyOf(byClass));
        } catch (JMException e) {
            throw new IllegalStateException("No class histogram from this JVM", e);
        }
    }

    public long bytes() {
        return byClass.values().stream().mapToLong(ClassShare::bytes).sum();
    }

    /** The instances of {@code type} alive now. */
    public long instancesOf(Class<?> type) {
        var share = byClass.get(type.getName());
        return share == null ? 0 : share.instances();
    }

    /** The {@code limit} classes that grew most in bytes since {@code before}. */
    public List<Growth> grownSince(LiveHeap before, int limit) {
        return byClass.entrySet().stream()
                .map(entry -> {
                    var earlier = before.byClass.getOrDefault(entry.getKey(), new ClassShare(0, 0));
                    return new Growth(entry.getKey(), entry.getValue().instances() - earlier.instances(),
                            entry.getValue().bytes() - earlier.bytes());
                })
                .sorted(Comparator.comparingLong(Growth::bytes).reversed())
                .limit(limit)
                .toList();
    }
}
