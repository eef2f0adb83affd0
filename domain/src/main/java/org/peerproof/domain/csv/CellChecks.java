package org.peerproof.domain.csv;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks of single cells shared by the row validators. Text cells are checked against the Bean Validation
 * constraints of the entity field they fill, so an import accepts exactly what the entity does.
 */
final class CellChecks {

    private final Validator validator;
    private final List<ImportProblem> problems;
    private final CsvRow row;

    CellChecks(Validator validator, List<ImportProblem> problems, CsvRow row) {
        this.validator = validator;
        this.problems = problems;
        this.row = row;
    }

    int problemCount() {
        return problems.size();
    }

    void report(String column, String messageKey, Object... arguments) {
        problems.add(ImportProblem.of(row.number(), column, messageKey, arguments));
    }

    /**
     * {@code value} may stand in one row of the file only (rows compared by {@code key}) and must not be taken in the
     * database yet; the first repeat is reported with the row it repeats, otherwise a taken value with
     * {@code takenMessageKey}.
     */
    void unique(String column, String value, String key, Map<String, Integer> firstRowByKey, Predicate<String> taken,
                String takenMessageKey) {
        var first = firstRowByKey.putIfAbsent(key, row.number());
        if (first != null) {
            report(column, "import.cell.duplicateInFile", value, first);
        } else if (taken.test(key)) {
            report(column, takenMessageKey, value);
        }
    }

    /** The cell if it satisfies {@code entity.property}'s constraints, blank as {@code null}; otherwise reported. */
    String text(String column, Class<?> entity, String property) {
        var value = row.cell(column);
        var violations = validator.validateValue(entity, property, value.isEmpty() ? null : value);
        if (violations.isEmpty()) {
            return value.isEmpty() ? null : value;
        }
        var constraint = violations.iterator().next().getConstraintDescriptor();
        var type = constraint.getAnnotation().annotationType();
        if (type == NotBlank.class || value.isEmpty()) {
            report(column, "import.cell.required");
        } else if (type == Email.class) {
            report(column, "import.cell.email", value);
        } else if (type == Size.class) {
            report(column, "import.cell.tooLong", constraint.getAttributes().get("max"));
        } else {
            report(column, "import.cell.invalid", value);
        }
        return null;
    }

    /** A required enum cell; constant names match case-insensitively, spaces and hyphens as underscores. */
    <E extends Enum<E>> E requiredEnum(String column, Class<E> type) {
        if (row.cell(column).isEmpty()) {
            report(column, "import.cell.required");
            return null;
        }
        return optionalEnum(column, type).orElse(null);
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String column, Class<E> type) {
        var value = row.cell(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        var name = value.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        var match = Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
        if (match.isEmpty()) {
            report(column, "import.cell.unknownValue", value, Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
        return match;
    }

    /** Ids of the names in a list cell; each unknown name is reported. */
    List<Long> catalogIds(String column, Map<String, Long> idsByName, String unknownKey) {
        return row.list(column).stream().map(name -> {
            var id = idsByName.get(name.toLowerCase(Locale.ROOT));
            if (id == null) {
                report(column, unknownKey, name);
            }
            return id;
        }).filter(id -> id != null).distinct().toList();
    }
}
