package org.trackone.csbm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trackone.ContentTooLarge;
import org.trackone.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exchange's CSV layout: read into the same information as its JSON, refused naming row and column. */
class ExchangeCsvTest {

    /** The shipped example file's content as the API's JSON. */
    static final String EXAMPLE_AS_JSON = """
            {"budget": {"form": "STANDARD", "currency": "EUR", "matrix": {
                "PERSONNEL": {"LAND": 2000000, "NAVAL": 900000, "AIR": 800000, "OTHER": 150000},
                "OPERATIONS_AND_MAINTENANCE": {"LAND": 1200000, "NAVAL": 700000, "AIR": 750000},
                "PROCUREMENT_AND_CONSTRUCTION": {"LAND": 500000, "NAVAL": 650000, "AIR": 700000},
                "RESEARCH_AND_DEVELOPMENT": {"OTHER": 210000}}},
             "forces": [
                {"name": "Example 1st Armoured Division", "level": "DIVISION",
                 "location": {"latitude": 52.52, "longitude": 13.40}, "personnel": 14500,
                 "equipment": {"BATTLE_TANKS": 220, "ARMOURED_COMBAT_VEHICLES": 310, "ARTILLERY": 72}},
                {"name": "Example 3rd Mechanized Brigade, \\"North\\"", "level": "BRIGADE",
                 "location": {"latitude": 53.55, "longitude": 9.99}, "personnel": 4200,
                 "equipment": {"ARMOURED_COMBAT_VEHICLES": 140, "ARTILLERY": 18}},
                {"name": "Example 71st Air Wing", "level": "AIR_WING",
                 "location": {"latitude": 50.11, "longitude": 8.68}, "personnel": 2600,
                 "equipment": {"COMBAT_AIRCRAFT": 42, "COMBAT_HELICOPTERS": 12}},
                {"name": "Example Coastal Fleet", "level": "FLEET",
                 "location": {"latitude": 54.32, "longitude": 10.14}, "personnel": 6100,
                 "equipment": {"COMBAT_HELICOPTERS": 8, "MAJOR_WARSHIPS": 14}}],
             "planning": {"policy": "An illustrative example with invented figures, not any state's data.\\nDefence is territorial and alliance-based; forces are reported down to brigade and air wing.",
                "plannedBudgets": [{"year": 2028, "amount": 8400000}, {"year": 2029, "amount": 8700000}]}}""";

    /** A small valid file: the header is row 1, then BUDGET (2), EXPENDITURE (3), FORMATION (4), POLICY (5). */
    private static final String VALID = """
            record,form,currency,category,LAND,amount,name,level,latitude,longitude,personnel,BATTLE_TANKS,policy
            BUDGET,STANDARD,KRW,,,,,,,,,,
            EXPENDITURE,,,PERSONNEL,100,,,,,,,,
            FORMATION,,,,,,1st Corps,CORPS,37.7,126.9,42000,310,
            POLICY,,,,,,,,,,,,Defensive.
            """;

    static byte[] example() throws IOException {
        try (InputStream in = ExchangeCsvTest.class.getResourceAsStream("/csbm/exchange-example.csv")) {
            assertThat(in).as("the example file on the class path").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theExampleFileReadsAsTheSameInformationAsItsJson() throws IOException {
        MilitaryInformation fromCsv = ExchangeCsv.read("csv", example());
        MilitaryInformation fromJson = CsbmCalls.JSON.readValue(EXAMPLE_AS_JSON, MilitaryInformation.class);
        assertThat(fromCsv).isEqualTo(fromJson);
        assertThat(fromCsv.forces()).hasSize(4);
        assertThat(fromCsv.budget().total()).isEqualTo(8_560_000);
    }

    @Test
    void aSmallFileWithAByteOrderMarkAndColumnsLeftOutReads() {
        MilitaryInformation read = ExchangeCsv.read("csv", ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8));
        assertThat(read.budget().amount(ExpenditureCategory.PERSONNEL, ArmedService.LAND)).isEqualTo(100);
        assertThat(read.forces().getFirst().count(EquipmentType.BATTLE_TANKS)).isEqualTo(310);
        assertThat(read.planning().policy()).isEqualTo("Defensive.");
    }

    @Test
    void theSimplifiedFormAndANilReportRead() {
        MilitaryInformation simplified = ExchangeCsv.read("csv", """
                record,form,currency,category,amount,policy
                BUDGET,SIMPLIFIED,CNY,,,
                EXPENDITURE,,,PERSONNEL,10,
                EXPENDITURE,,,RESEARCH_AND_DEVELOPMENT,5,
                POLICY,,,,,
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(simplified.budget().total()).isEqualTo(15);
        MilitaryInformation nil = ExchangeCsv.read("csv", """
                record,form,policy
                BUDGET,NIL,
                POLICY,,No armed forces.
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(nil.budget().form()).isEqualTo(BudgetForm.NIL);
        assertThat(nil.forces()).isEmpty();
    }

    /** Each case replaces one text of the valid file and names the row and column refused. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            42000,310               | -5,310                     | rows[4].personnel
            42000,310               | 42000,12.5                 | rows[4].BATTLE_TANKS
            42000,310               | 42000,twelve               | rows[4].BATTLE_TANKS
            42000,310               | 20000000,310               | rows[4].personnel
            42000,310               | 42000,99999999999999999999 | rows[4].BATTLE_TANKS
            37.7,126.9              | 95,126.9                   | rows[4].latitude
            37.7,126.9              | 37.7,-181                  | rows[4].longitude
            37.7,126.9              | ,126.9                     | rows[4].latitude
            CORPS                   | SQUADRON                   | rows[4].level
            1st Corps               | ''                         | rows[4].name
            BATTLE_TANKS,policy     | SUBMARINES,policy          | rows[1].SUBMARINES
            BATTLE_TANKS,policy     | BATTLE_TANKS,LAND          | rows[1].LAND
            KRW                     | XXQ                        | rows[2].currency
            BUDGET,STANDARD,KRW,,,, | BUDGET,STANDARD,KRW,,,,x   | rows[2].name
            BUDGET,STANDARD         | BUDGET,BIG                 | rows[2].form
            BUDGET,STANDARD         | BUDGETS,STANDARD           | rows[2].record
            BUDGET,STANDARD         | ,STANDARD                  | rows[2].record
            BUDGET,STANDARD         | POLICY,STANDARD            | rows[2].form
            PERSONNEL,100,,         | PERSONNEL,100,7,           | rows[3].amount
            PERSONNEL,100           | PERSONNEL,-100             | rows[3].LAND
            PERSONNEL,100           | ,100                       | rows[3].category
            EXPENDITURE             | FORMATION                  | rows[3].category
            STANDARD                | NIL                        | rows[3].record
            STANDARD                | SIMPLIFIED                 | rows[3].LAND
            Defensive.              | Defensive.,extra           | rows[5]
            POLICY                  | BUDGET                     | rows[5].policy
            record,form             | kind,form                  | rows[1].kind
            record,form             | form,form                  | rows[1].form
            Defensive.              | "Defensive.                | rows[5]
            """)
    void aRefusalNamesTheRowAndColumn(String replaced, String by, String field) {
        String text = VALID.replace(replaced, by);
        assertThat(text).as("the case changes the file").isNotEqualTo(VALID);
        assertThatThrownBy(() -> ExchangeCsv.read("csv", text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void aFileWithoutTheRowsItNeedsIsRefused() {
        assertThatThrownBy(() -> ExchangeCsv.read("csv", VALID.replace("POLICY,,,,,,,,,,,,Defensive.\n", "")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("rows"));
        assertThatThrownBy(() -> ExchangeCsv.read("csv", VALID.replace("EXPENDITURE,,,PERSONNEL,100,,,,,,,,\n", "")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("rows"));
        assertThatThrownBy(() -> ExchangeCsv.read("csv", (VALID + "EXPENDITURE,,,PERSONNEL,7,,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("rows[6].category"));
        assertThatThrownBy(() -> ExchangeCsv.read("csv", (VALID + "BUDGET,NIL,,,,,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("rows[6].record"));
    }

    @Test
    void anEmptyATooLargeAndANonUtf8FileAreRefusedAsAWhole() {
        assertThatThrownBy(() -> ExchangeCsv.read("file", new byte[0]))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> ExchangeCsv.read("file", null))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("file"));
        assertThatThrownBy(() -> ExchangeCsv.read("file", new byte[ExchangeCsv.MAX_BYTES + 1]))
                .isInstanceOf(ContentTooLarge.class);
        assertThatThrownBy(() -> ExchangeCsv.read("csv", new byte[] {'r', 'e', (byte) 0xC3, 0x28}))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("csv"));
        assertThatThrownBy(() -> ExchangeCsv.read("csv", "\n\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).startsWith("rows[1]"));
    }
}
