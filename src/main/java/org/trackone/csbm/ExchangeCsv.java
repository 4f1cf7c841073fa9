package org.trackone.csbm;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.trackone.ContentTooLarge;
import org.trackone.RuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The annual exchange of military information as a CSV file: the same information as
 * the JSON form, checked by the same rules, one row per record.
 *
 * <p>The first row is the header: it names the columns, in any order; {@code record} is
 * required, the others may be left out. Each following row is one record, named in its
 * {@code record} column, and fills the columns of its kind only (the others stay empty):
 * <ul>
 * <li>{@code BUDGET} (exactly one): {@code form} (STANDARD, SIMPLIFIED or NIL) and
 * {@code currency} (ISO 4217, not for a nil report);</li>
 * <li>{@code EXPENDITURE} (one per category; none for a nil report): {@code category}
 * (PERSONNEL, OPERATIONS_AND_MAINTENANCE, PROCUREMENT_AND_CONSTRUCTION,
 * RESEARCH_AND_DEVELOPMENT), then {@code LAND}, {@code NAVAL}, {@code AIR}, {@code OTHER}
 * for the United Nations matrix (an empty cell counts zero) or {@code amount} for the
 * simplified form;</li>
 * <li>{@code FORMATION} (any number): {@code name}, {@code level} (ARMY, CORPS, DIVISION,
 * BRIGADE, REGIMENT, AIR_WING, FLEET), {@code latitude}, {@code longitude},
 * {@code personnel}, and a count per equipment type in {@code BATTLE_TANKS},
 * {@code ARMOURED_COMBAT_VEHICLES}, {@code ARTILLERY}, {@code COMBAT_AIRCRAFT},
 * {@code COMBAT_HELICOPTERS}, {@code MAJOR_WARSHIPS} (an empty cell: none declared);</li>
 * <li>{@code POLICY} (exactly one): {@code policy}, the defence policy's text;</li>
 * <li>{@code PLANNED_BUDGET} (any number): {@code year} and {@code amount}.</li>
 * </ul>
 * A refusal names the row and column, {@code rows[7].personnel}: rows are numbered as a
 * spreadsheet numbers them, the header being row 1. The text is UTF-8 (a byte order mark
 * is allowed), comma-separated, with quotes around cells that hold commas, quotes or
 * line breaks (RFC 4180).
 */
public final class ExchangeCsv {

    /** The largest file read, in bytes: as large as the JSON a page imports. */
    public static final int MAX_BYTES = 1_000_000;

    public static final String MEDIA_TYPE = "text/csv";

    /** The kinds of row, named in the {@code record} column. */
    enum Record { BUDGET, EXPENDITURE, FORMATION, POLICY, PLANNED_BUDGET }

    private static final String RECORD = "record";

    /** The columns each kind of row fills; every other column must stay empty in it. */
    private static final Map<Record, Set<String>> COLUMNS = columns();

    private static final Set<String> KNOWN = COLUMNS.values().stream().flatMap(Set::stream)
            .collect(Collectors.toUnmodifiableSet());

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private ExchangeCsv() {
    }

    private static Map<Record, Set<String>> columns() {
        Map<Record, Set<String>> columns = new EnumMap<>(Record.class);
        columns.put(Record.BUDGET, Set.of("form", "currency"));
        columns.put(Record.EXPENDITURE, Stream.concat(Stream.of("category", "amount"),
                Arrays.stream(ArmedService.values()).map(Enum::name)).collect(Collectors.toUnmodifiableSet()));
        columns.put(Record.FORMATION, Stream.concat(Stream.of("name", "level", "latitude", "longitude", "personnel"),
                Arrays.stream(EquipmentType.values()).map(Enum::name)).collect(Collectors.toUnmodifiableSet()));
        columns.put(Record.POLICY, Set.of("policy"));
        columns.put(Record.PLANNED_BUDGET, Set.of("year", "amount"));
        return columns;
    }

    /**
     * Reads an exchange from the bytes of a CSV file.
     *
     * @param field the name of the input the file came in, for the refusals of the file as a whole
     * @throws RuleViolation naming the row and column at fault, or the field when the file is empty or not UTF-8
     * @throws ContentTooLarge when the file is larger than {@link #MAX_BYTES}
     */
    public static MilitaryInformation read(String field, byte @Nullable [] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation(field, "csbm.csv.needed", MAX_BYTES);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ContentTooLarge(field, "csbm.csv.needed", MAX_BYTES);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RuleViolation(field, "csbm.csv.notUtf8");
        }
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static MilitaryInformation read(String text) {
        List<Row> rows = rows(text);
        if (rows.isEmpty()) {
            throw new RuleViolation("rows[1]", "csbm.csv.header");
        }
        Row header = rows.getFirst();
        Map<String, Integer> columns = header(header);
        Map<Record, List<Row>> byRecord = new EnumMap<>(Record.class);
        for (Row row : rows.subList(1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (row.cells().size() > columns.size()) {
                throw new RuleViolation(row.name(), "csbm.csv.tooManyCells", columns.size());
            }
            Record record = row.enumeration(columns, RECORD, Record.class);
            if (record == null) {
                throw new RuleViolation(row.name() + "." + RECORD, "csbm.required");
            }
            for (String column : columns.keySet()) {
                if (!column.equals(RECORD) && !COLUMNS.get(record).contains(column)
                        && row.cell(columns, column) != null) {
                    throw new RuleViolation(row.name() + "." + column, "csbm.csv.notUsed", record.name());
                }
            }
            byRecord.computeIfAbsent(record, r -> new ArrayList<>()).add(row);
        }
        Row budget = single(byRecord, Record.BUDGET);
        Row policy = single(byRecord, Record.POLICY);
        MilitaryExpenditure expenditure = expenditure(budget, byRecord.getOrDefault(Record.EXPENDITURE, List.of()),
                columns);
        List<Row> formationRows = byRecord.getOrDefault(Record.FORMATION, List.of());
        List<Formation> formations = new ArrayList<>();
        for (Row row : formationRows) {
            formations.add(formation(row, columns));
        }
        List<Row> plannedRows = byRecord.getOrDefault(Record.PLANNED_BUDGET, List.of());
        List<DefencePlanning.PlannedBudget> planned = new ArrayList<>();
        for (Row row : plannedRows) {
            Integer year = row.integer(columns, "year");
            Long amount = row.amount(columns, "amount");
            planned.add(new DefencePlanning.PlannedBudget(required(row, "year", year), required(row, "amount", amount)));
        }
        String policyText = policy.cell(columns, "policy");
        DefencePlanning planning = within(column -> column.startsWith("plannedBudgets")
                ? plannedRows.get(index(column)).name() + ".amount" : policy.name() + "." + column,
                () -> new DefencePlanning(policyText == null ? "" : policyText, planned));
        return within(column -> "rows", () -> new MilitaryInformation(expenditure, formations, planning));
    }

    /** Every row of the file, numbered from 1; refuses text that is not CSV, naming the row it broke in. */
    private static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> iterator = CSV.readerFor(String[].class).readValues(text)) {
            while (iterator.hasNextValue()) {
                rows.add(new Row(rows.size() + 1, Arrays.asList(iterator.nextValue())));
            }
        } catch (JacksonException e) {
            throw new RuleViolation("rows[" + (rows.size() + 1) + "]", "csbm.csv.unreadable",
                    firstLine(e.getOriginalMessage()));
        }
        return rows;
    }

    /** The header's columns by name and position; refuses unknown and repeated names and a header without record. */
    private static Map<String, Integer> header(Row header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = String.valueOf(header.cells().get(i)).strip();
            if (name.isEmpty()) {
                throw new RuleViolation(header.name(), "csbm.csv.emptyColumn", i + 1);
            }
            if (!name.equals(RECORD) && !KNOWN.contains(name)) {
                throw new RuleViolation(header.name() + "." + name, "csbm.csv.unknownColumn");
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new RuleViolation(header.name() + "." + name, "csbm.csv.repeatedColumn");
            }
        }
        if (!columns.containsKey(RECORD)) {
            throw new RuleViolation(header.name() + "." + RECORD, "csbm.csv.header");
        }
        return columns;
    }

    private static Row single(Map<Record, List<Row>> byRecord, Record record) {
        List<Row> rows = byRecord.getOrDefault(record, List.of());
        if (rows.isEmpty()) {
            throw new RuleViolation("rows", "csbm.csv.missingRecord", record.name());
        }
        if (rows.size() > 1) {
            throw new RuleViolation(rows.get(1).name() + "." + RECORD, "csbm.csv.secondRecord", record.name(),
                    rows.getFirst().number());
        }
        return rows.getFirst();
    }

    private static MilitaryExpenditure expenditure(Row budget, List<Row> rows, Map<String, Integer> columns) {
        BudgetForm form = budget.enumeration(columns, "form", BudgetForm.class);
        if (form == null) {
            throw new RuleViolation(budget.name() + ".form", "csbm.required");
        }
        Map<ExpenditureCategory, Row> byCategory = new EnumMap<>(ExpenditureCategory.class);
        Map<ExpenditureCategory, Map<ArmedService, Long>> matrix = new EnumMap<>(ExpenditureCategory.class);
        Map<ExpenditureCategory, Long> simplified = new EnumMap<>(ExpenditureCategory.class);
        for (Row row : rows) {
            if (form == BudgetForm.NIL) {
                throw new RuleViolation(row.name() + "." + RECORD, "csbm.exchange.nilWithAmounts");
            }
            ExpenditureCategory category = row.enumeration(columns, "category", ExpenditureCategory.class);
            if (category == null) {
                throw new RuleViolation(row.name() + ".category", "csbm.required");
            }
            Row earlier = byCategory.putIfAbsent(category, row);
            if (earlier != null) {
                throw new RuleViolation(row.name() + ".category", "csbm.csv.repeatedCategory", earlier.number());
            }
            Long amount = row.amount(columns, "amount");
            Map<ArmedService, Long> cells = new EnumMap<>(ArmedService.class);
            for (ArmedService service : ArmedService.values()) {
                Long cell = row.amount(columns, service.name());
                if (cell != null) {
                    if (form == BudgetForm.SIMPLIFIED) {
                        throw new RuleViolation(row.name() + "." + service, "csbm.exchange.onlyOneForm");
                    }
                    cells.put(service, cell);
                }
            }
            if (form == BudgetForm.STANDARD) {
                if (amount != null) {
                    throw new RuleViolation(row.name() + ".amount", "csbm.exchange.onlyOneForm");
                }
                matrix.put(category, cells);
            } else {
                simplified.put(category, required(row, "amount", amount));
            }
        }
        if (form != BudgetForm.NIL && rows.isEmpty()) {
            throw new RuleViolation("rows", "csbm.csv.missingRecord", Record.EXPENDITURE.name());
        }
        return within(column -> {
            String[] parts = column.split("\\.");
            if (parts.length == 3 && parts[0].equals("matrix")) {
                return byCategory.get(ExpenditureCategory.valueOf(parts[1])).name() + "." + parts[2];
            }
            if (parts.length == 2 && parts[0].equals("simplified")) {
                return byCategory.get(ExpenditureCategory.valueOf(parts[1])).name() + ".amount";
            }
            return budget.name() + "." + column;
        }, () -> new MilitaryExpenditure(form, budget.cell(columns, "currency"),
                form == BudgetForm.STANDARD ? matrix : null, form == BudgetForm.SIMPLIFIED ? simplified : null));
    }

    private static Formation formation(Row row, Map<String, Integer> columns) {
        FormationLevel level = row.enumeration(columns, "level", FormationLevel.class);
        BigDecimal latitude = row.decimal(columns, "latitude");
        BigDecimal longitude = row.decimal(columns, "longitude");
        Integer personnel = row.integer(columns, "personnel");
        Map<EquipmentType, Integer> equipment = new EnumMap<>(EquipmentType.class);
        for (EquipmentType type : EquipmentType.values()) {
            Integer count = row.integer(columns, type.name());
            if (count != null) {
                equipment.put(type, count);
            }
        }
        String name = row.cell(columns, "name");
        double north = required(row, "latitude", latitude).doubleValue();
        double east = required(row, "longitude", longitude).doubleValue();
        Point location = within(column -> row.name() + "." + column, () -> new Point(north, east));
        FormationLevel checkedLevel = required(row, "level", level);
        int checkedPersonnel = required(row, "personnel", personnel);
        return within(column -> row.name() + "." + (column.startsWith("equipment.")
                ? column.substring("equipment.".length()) : column), () -> new Formation(name == null ? "" : name,
                checkedLevel, location, checkedPersonnel, equipment));
    }

    /** Makes a value, naming the row and column of what its rules refuse. */
    private static <T> T within(Function<String, String> field, Supplier<T> make) {
        try {
            return make.get();
        } catch (RuleViolation e) {
            throw new RuleViolation(field.apply(e.field()), e.messageCode(), e.arguments());
        }
    }

    private static <T> T required(Row row, String column, @Nullable T value) {
        if (value == null) {
            throw new RuleViolation(row.name() + "." + column, "csbm.required");
        }
        return value;
    }

    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** One row of the file: its number (the header is 1) and its cells. */
    private record Row(int number, List<String> cells) {

        String name() {
            return "rows[" + number + "]";
        }

        boolean blank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }

        /** The stripped cell of a column; null when the column is absent or the cell empty. */
        @Nullable String cell(Map<String, Integer> columns, String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size()) {
                return null;
            }
            String cell = cells.get(index);
            return cell == null || cell.isBlank() ? null : cell.strip();
        }

        <E extends Enum<E>> @Nullable E enumeration(Map<String, Integer> columns, String column, Class<E> type) {
            String cell = cell(columns, column);
            if (cell == null) {
                return null;
            }
            Map<String, E> values = new HashMap<>();
            for (E value : type.getEnumConstants()) {
                values.put(value.name(), value);
            }
            E value = values.get(cell);
            if (value == null) {
                throw new RuleViolation(name() + "." + column, "csbm.csv.oneOf", String.join(", ", values.keySet()
                        .stream().sorted().toList()));
            }
            return value;
        }

        /** A count: a whole number within the bounds of a count. */
        @Nullable Integer integer(Map<String, Integer> columns, String column) {
            Long value = whole(columns, column);
            if (value == null) {
                return null;
            }
            if (value > Quantities.MAX_COUNT) {
                throw new RuleViolation(name() + "." + column, "csbm.count.tooLarge", Quantities.MAX_COUNT);
            }
            return Quantities.count(name() + "." + column, value < 0 ? -1 : value.intValue());
        }

        /** An amount of money: a whole number within the bounds of an amount. */
        @Nullable Long amount(Map<String, Integer> columns, String column) {
            Long value = whole(columns, column);
            return value == null ? null : Quantities.amount(name() + "." + column, value);
        }

        /** A whole number; one beyond the range of a long is kept at its bound, far beyond every figure's. */
        private @Nullable Long whole(Map<String, Integer> columns, String column) {
            BigDecimal value = decimal(columns, column);
            if (value == null) {
                return null;
            }
            if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw new RuleViolation(name() + "." + column, "csbm.csv.wholeNumber");
            }
            if (value.compareTo(LONG_MAX) > 0) {
                return Long.MAX_VALUE;
            }
            return value.compareTo(LONG_MIN) < 0 ? Long.MIN_VALUE : value.longValue();
        }

        @Nullable BigDecimal decimal(Map<String, Integer> columns, String column) {
            String cell = cell(columns, column);
            if (cell == null) {
                return null;
            }
            try {
                return new BigDecimal(cell);
            } catch (NumberFormatException e) {
                throw new RuleViolation(name() + "." + column, "csbm.csv.number");
            }
        }
    }
}
