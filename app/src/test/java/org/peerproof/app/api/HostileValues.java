package org.peerproof.app.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hostile inputs of issue 14 (docs/reliability.md): JSON values put into every field, whatever its declared type,
 * and raw bodies that are not valid JSON or not valid UTF-8.
 */
final class HostileValues {

    private static final int ONE_MEGABYTE = 1 << 20;

    /** JSON literals: markup and SQL, control and invisible characters, huge texts and arrays, wrong types. */
    static final List<String> FOR_EVERY_FIELD = List.of(
            quoted("<script>alert(1)</script>"),
            quoted("' OR '1'='1'; DROP TABLE advocate; --"),
            quoted("Robert\\\"); DELETE FROM ask; --"),
            quoted("\\u0000"),
            quoted("bell\\u0007ring"),
            quoted("\\ud800"),
            quoted("x\\udc00"),
            quoted("Jose\\u0301"),
            quoted("\\u202Egnp.exe"),
            quoted("Zo\u00eb \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB \u65E5\u672C\u8A9E"),
            quoted("two\\nlines"),
            quoted(""),
            quoted("   "),
            quoted("a".repeat(10_001)),
            quoted("a".repeat(ONE_MEGABYTE)),
            "0", "-1", "1.5", "2.7", "1e400", "-1e400", "9223372036854775808", "-9223372036854775809",
            "2147483648", "true", "null", "[]", "{}", quoted("1"), quoted("IT"), quoted("EXECUTIVE"),
            quoted("+10000-01-01"), quoted("-0001-01-01"), quoted("2026-02-30"), quoted("9999-12-31"),
            quoted("23:59:59.999999999"), quoted("17:00:00.5"), quoted("24:00"), quoted("2026-12-02T10:00:00Z"),
            "[" + String.join(",", Collections.nCopies(10_000, quoted("x"))) + "]",
            "[" + String.join(",", Collections.nCopies(10_000, "1")) + "]",
            "[".repeat(600) + "]".repeat(600));

    private HostileValues() {
    }

    /** Whole bodies: deep nesting, malformed and overlong UTF-8, raw control bytes, wrong shapes, oversize. */
    static Map<String, byte[]> rawBodies(String baseline) {
        var bodies = new LinkedHashMap<String, byte[]>();
        bodies.put("10,000-deep", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.US_ASCII));
        bodies.put("10,000-deep objects", ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000))
                .getBytes(StandardCharsets.US_ASCII));
        bodies.put("overlong '/' (C0 AF)", withBytesInFirstText(baseline, 0xC0, 0xAF));
        bodies.put("lone continuation byte", withBytesInFirstText(baseline, 0x80));
        bodies.put("byte FF", withBytesInFirstText(baseline, 0xFF));
        bodies.put("truncated sequence", withBytesInFirstText(baseline, 0xE6, 0x97));
        bodies.put("CESU surrogate (ED A0 80)", withBytesInFirstText(baseline, 0xED, 0xA0, 0x80));
        bodies.put("raw NUL", withBytesInFirstText(baseline, 0x00));
        bodies.put("empty", new byte[0]);
        bodies.put("null", "null".getBytes(StandardCharsets.US_ASCII));
        bodies.put("array", ("[" + baseline + "]").getBytes(StandardCharsets.UTF_8));
        bodies.put("truncated", baseline.substring(0, baseline.length() / 2).getBytes(StandardCharsets.UTF_8));
        bodies.put("duplicate keys", ("{\"x\":1,\"x\":2," + baseline.strip().substring(1))
                .getBytes(StandardCharsets.UTF_8));
        bodies.put("2 MB", (baseline.strip().replaceFirst("\\}$", "") + ",\"padding\":\""
                + "a".repeat(2 * ONE_MEGABYTE) + "\"}").getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    private static String quoted(String escapedText) {
        return "\"" + escapedText + "\"";
    }

    /** The baseline with these bytes placed inside its first string value. */
    private static byte[] withBytesInFirstText(String baseline, int... bytes) {
        var colon = baseline.indexOf(":\"");
        var out = new ByteArrayOutputStream();
        if (colon < 0) {
            out.writeBytes("{\"x\":\"".getBytes(StandardCharsets.US_ASCII));
            for (var b : bytes) {
                out.write(b);
            }
            out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }
        out.writeBytes(baseline.substring(0, colon + 2).getBytes(StandardCharsets.UTF_8));
        for (var b : bytes) {
            out.write(b);
        }
        out.writeBytes(baseline.substring(colon + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
