package org.peerproof.domain.csv;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small catalog and helpers for the row validator tests, which run without a database. */
final class CsvFixtures {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static final ImportCatalog CATALOG = new ImportCatalog(
            Map.of("ledger", 1L, "payroll", 2L),
            Map.of("invoice automation", 10L, "month-end close", 11L),
            Map.of("tier 1 - power", 100L, "1", 100L, "tier 2 - quick", 101L, "2", 101L),
            Map.of("crm-001", 1000L),
            Map.of("acme health", List.of(1000L), "twin corp", List.of(1001L, 1002L)),
            Set.of("taken@acme.example"),
            Set.of("crm-001"));

    private CsvFixtures() {
    }

    static byte[] file(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
