package org.reachable.insight.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.reachable.insight.EthnicGroup;

/**
 * Census 2021 usual residents by ethnic group (19 columns) and single year of age, one row per area and age. ONS
 * suppresses small cells as "c"; they are kept as unknown (null), never as zero.
 */
public final class CensusParser implements RowParser<List<CensusParser.PopulationRow>> {

    private static final Pattern GSS = Pattern.compile("[EKWN]\\d{8}");

    public record PopulationRow(String geographyCode, String geographyName, EthnicGroup group, int age,
                                Integer people) {
    }

    @Override
    public List<String> requiredColumns() {
        List<String> columns = new ArrayList<>(List.of("Geography Code", "Geography Name", "Age"));
        for (EthnicGroup g : EthnicGroup.values()) {
            columns.add(g.census());
        }
        return columns;
    }

    @Override
    public Result<List<PopulationRow>> parse(CSVRecord record) {
        RowChecks checks = new RowChecks(record);
        String code = checks.required("Geography Code");
        if (!code.isEmpty() && !GSS.matcher(code).matches()) {
            checks.problem("Geography Code", code, "Must be a GSS code: a letter and eight digits");
        }
        String name = checks.required("Geography Name");
        int age = age(checks);
        List<PopulationRow> rows = new ArrayList<>();
        for (EthnicGroup group : EthnicGroup.values()) {
            String value = checks.text(group.census());
            Integer people = null;
            if (!value.equals("c")) {
                try {
                    people = Integer.valueOf(value);
                    if (people < 0) {
                        checks.problem(group.census(), value, "Must not be negative");
                    }
                } catch (NumberFormatException e) {
                    checks.problem(group.census(), value, "Must be a whole number, or c where ONS suppressed it");
                }
            }
            rows.add(new PopulationRow(code, name, group, age, people));
        }
        return RowParser.result(checks, () -> rows);
    }

    private static int age(RowChecks checks) {
        String value = checks.required("Age");
        if (value.equals("100 or over")) {
            return 100;
        }
        try {
            int age = Integer.parseInt(value);
            if (age >= 0 && age < 100) {
                return age;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        if (!value.isEmpty()) {
            checks.problem("Age", value, "Must be a whole number from 0 to 99, or '100 or over'");
        }
        return -1;
    }

    @Override
    public LocalDate monthOf(List<PopulationRow> row) {
        return LocalDate.of(2021, 3, 1);
    }
}
